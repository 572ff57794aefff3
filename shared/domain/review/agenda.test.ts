import { describe, expect, it } from 'vitest';
import { newRecordFields } from '../record-defaults';
import { customAgendaItem, moveAgendaItem, proposeAgenda } from './agenda';
import { testBundle } from './test-bundle';

const now = '2026-12-01T10:00:00.000Z';
const escalation = (id: string, severity: 'S1' | 'S2' | 'S3', status: 'open' | 'resolved' = 'open') =>
  ({ id, ...newRecordFields('escalations', { accountId: 'acc-1', title: `Outage ${id}`, severity, status }, now) });
const commitment = (id: string, dueDate: string, owedBy: 'us' | 'customer' = 'us', status: 'open' | 'kept' = 'open') =>
  ({ id, ...newRecordFields('commitments', { accountId: 'acc-1', title: `Deliver ${id}`, dueDate, owedBy, status }, now) });

describe('proposeAgenda', () => {
  it('puts open escalations first, most severe first, and leaves resolved ones out', () => {
    const agenda = proposeAgenda(testBundle({ escalations: [escalation('e3', 'S3'), escalation('e1', 'S1'), escalation('e2', 'S2', 'resolved')] }), '2026-12-01');
    expect(agenda.filter((i) => i.source === 'escalation').map((i) => i.sourceId)).toEqual(['e1', 'e3']);
    expect(agenda[0]?.text).toContain('Outage e1 (S1, open)');
  });

  it('adds the renewal when it is within 180 days, with the days to it', () => {
    expect(proposeAgenda(testBundle(), '2026-12-01').find((i) => i.source === 'renewal')?.text).toBe('Renewal on 1 Mar 2027 (in 90 days): goals, terms and timeline');
    expect(proposeAgenda(testBundle(), '2026-06-01').some((i) => i.source === 'renewal')).toBe(false);
  });

  it('adds what drives health only when the account is not healthy', () => {
    const score = { score: 38, band: 'at_risk' as const, components: [], drivers: ['Usage down 40%', 'Champion left'] };
    const atRisk = proposeAgenda(testBundle({ health: { score, history: [] } }), '2026-12-01');
    expect(atRisk.find((i) => i.source === 'health')?.text).toBe('Account health (38/100): Usage down 40%; Champion left');
    const healthy = proposeAgenda(testBundle({ health: { score: { ...score, score: 80, band: 'healthy' }, history: [] } }), '2026-12-01');
    expect(healthy.some((i) => i.source === 'health')).toBe(false);
  });

  it('lists open commitments due within 30 days or overdue, both ways, soonest first, at most five', () => {
    const commitments = [
      commitment('late', '2026-11-20'), commitment('soon', '2026-12-05', 'customer'), commitment('far', '2027-02-01'), commitment('done', '2026-12-02', 'us', 'kept'),
      ...['a', 'b', 'c', 'd'].map((x) => commitment(x, '2026-12-20')),
    ];
    const items = proposeAgenda(testBundle({ commitments }), '2026-12-01').filter((i) => i.source === 'commitment');
    expect(items.map((i) => i.sourceId)).toEqual(['late', 'soon', 'a', 'b', 'c']);
    expect(items[0]?.text).toBe('Our commitment: Deliver late (overdue since 20 Nov 2026)');
    expect(items[1]?.text).toBe('Your commitment: Deliver soon (due 5 Dec 2026)');
  });

  it('ends with open expansion ideas, and gives the same ids when proposed twice', () => {
    const expansions = [{ id: 'x1', ...newRecordFields('expansionOpportunities', { accountId: 'acc-1', title: 'Analytics add-on' }, now) },
      { id: 'x2', ...newRecordFields('expansionOpportunities', { accountId: 'acc-1', title: 'Lost deal', stage: 'lost' }, now) }];
    const bundle = testBundle({ expansions });
    const agenda = proposeAgenda(bundle, '2026-12-01');
    expect(agenda.at(-1)?.text).toBe('Growth idea: Analytics add-on');
    expect(agenda.some((i) => i.text.includes('Lost deal'))).toBe(false);
    expect(proposeAgenda(bundle, '2026-12-01').map((i) => i.id)).toEqual(agenda.map((i) => i.id));
  });
});

describe('editing an agenda', () => {
  const items = ['one', 'two', 'three'].map((t) => customAgendaItem(t, [])).map((i, n) => ({ ...i, id: `i${n}` }));
  it('moves an item up and down, clamped to the list', () => {
    expect(moveAgendaItem(items, 2, -1).map((i) => i.text)).toEqual(['one', 'three', 'two']);
    expect(moveAgendaItem(items, 0, -1).map((i) => i.text)).toEqual(['one', 'two', 'three']);
    expect(moveAgendaItem(items, 0, 5).map((i) => i.text)).toEqual(['two', 'three', 'one']);
  });
  it('gives a typed item an id no other item has', () => {
    const added = customAgendaItem('  Roadmap preview ', [{ ...items[0]!, id: 'custom-2' }]);
    expect(added).toMatchObject({ text: 'Roadmap preview', source: 'custom', done: false });
    expect(added.id).not.toBe('custom-2');
  });
});
