import { describe, expect, it } from 'vitest';
import { changesSince } from './changes-since';
import { testInput, weeklyUsage } from './test-input';
import { defaultHealthSettings } from './weights';

const today = '2026-11-22';
const since = '2026-11-08T10:00:00.000Z';
const at = (date: string) => `${date}T12:00:00.000Z`;

describe('what changed since the last visit', () => {
  it('says nothing when nothing changed', () => {
    expect(changesSince(testInput(), since, today, defaultHealthSettings)).toEqual([]);
  });

  it('lists new tickets by category, survey responses, commitments that came due and the renewal, leaving older records out', () => {
    const input = testInput({
      tickets: [
        { category: 'Billing', openedAt: at('2026-11-10'), deleted: false }, { category: 'Billing', openedAt: at('2026-11-12'), deleted: false },
        { category: 'Login', openedAt: at('2026-11-20'), deleted: false }, { category: 'Login', openedAt: at('2026-11-01'), deleted: false },
        { category: 'Billing', openedAt: at('2026-11-21'), deleted: true },
      ],
      surveys: [
        { kind: 'nps', score: 3, respondedAt: at('2026-11-15'), contactId: null, deleted: false },
        { kind: 'nps', score: 10, respondedAt: at('2026-10-15'), contactId: null, deleted: false },
      ],
      commitments: [
        { id: 'c1', title: 'Send the SSO roadmap', owedBy: 'us', status: 'open', dueDate: '2026-11-18', deleted: false },
        { id: 'c2', title: 'Share pricing', owedBy: 'us', status: 'kept', dueDate: '2026-11-09', deleted: false },
        { id: 'c3', title: 'Later', owedBy: 'us', status: 'open', dueDate: '2026-12-01', deleted: false },
      ],
      accountEvents: [{ kind: 'renewed', at: at('2026-11-19'), deleted: false }],
    });
    expect(changesSince(input, since, today, defaultHealthSettings).filter((l) => l.kind !== 'health')).toEqual([
      { kind: 'tickets', text: '3 new tickets: Billing ×2, Login', tone: 'bad' },
      { kind: 'surveys', text: 'NPS response 3 (detractor)', tone: 'bad' },
      { kind: 'commitments', text: '2 commitments came due: "Send the SSO roadmap", "Share pricing" — 1 still open', tone: 'bad' },
      { kind: 'renewal', text: 'Renewal recorded', tone: 'good' },
    ]);
  });

  it('flags a renewal date that passed with nothing recorded', () => {
    const lines = changesSince(testInput({}, { renewalDate: '2026-11-15' }), since, today, defaultHealthSettings);
    expect(lines.find((l) => l.kind === 'renewal')).toEqual({ kind: 'renewal', text: 'The renewal date (2026-11-15) passed with no renewal recorded', tone: 'bad' });
  });

  it('gives the health score then and now when usage fell since', () => {
    const usage = weeklyUsage(today, [20, 20, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100]);
    const health = changesSince(testInput({ usage }), since, today, defaultHealthSettings).find((l) => l.kind === 'health');
    expect(health?.tone).toBe('bad');
    expect(health?.text).toMatch(/^Health (\d+) → (\d+) \(down \d+\)$/);
    const [, then, now] = /^Health (\d+) → (\d+)/.exec(health?.text ?? '') ?? [];
    expect(Number(now)).toBeLessThan(Number(then));
  });
});
