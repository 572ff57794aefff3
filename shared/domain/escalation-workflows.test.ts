import { describe, expect, it } from 'vitest';
import type { Escalation } from './escalation';
import { planOpenEscalation, planResolveEscalation, planStatusChange } from './escalation-workflows';
import { planLogTouch } from './touch-workflows';

const at = '2026-11-28T10:00:00.000Z';
const actor = () => {
  let n = 0;
  return { authorId: 'me', at, newId: () => `id-${(n += 1)}` };
};
const escalation: Escalation = {
  id: 'esc', accountId: 'acc', title: 'Invoices wrong', description: '', severity: 'S2', departments: ['billing'], ownerId: null,
  openedAt: '2026-11-20T10:00:00.000Z', targetResolutionDate: null, status: 'investigating', rootCause: '', resolution: '', resolvedAt: null, deleted: false,
};

describe('escalation workflows', () => {
  it('opens an escalation with the first line of its timeline, linked by id', () => {
    const { id, plan } = planOpenEscalation({ accountId: 'acc', title: 'Outage', description: '', severity: 'S1', departments: [], ownerId: null, targetResolutionDate: null }, actor());
    expect(plan).toEqual([
      expect.objectContaining({ op: 'create', entity: 'escalations', id, fields: expect.objectContaining({ status: 'open', openedAt: at }) }),
      expect.objectContaining({ op: 'create', entity: 'escalationEvents', fields: expect.objectContaining({ escalationId: id, body: 'Escalation opened (S1)' }) }),
    ]);
  });

  it('resolves: root cause, status change on the timeline, and one commitment per follow-up', () => {
    const plan = planResolveEscalation(escalation, { rootCause: 'Tax table', resolution: 'Fixed', followUps: [{ title: 'Credit note', dueDate: '2026-12-01' }] }, actor());
    expect(plan.map((s) => `${s.op} ${s.entity}`)).toEqual(['update escalations', 'update escalations', 'create escalationEvents', 'create commitments']);
    expect(plan[1]).toMatchObject({ patch: { status: 'resolved', resolvedAt: at } });
    expect(plan[2]).toMatchObject({ fields: { body: 'Status: investigating → resolved', fromStatus: 'investigating', toStatus: 'resolved' } });
    expect(plan[3]).toMatchObject({ fields: { title: 'Credit note', sourceKind: 'escalation', sourceId: 'esc', ownerId: 'me', dueDate: '2026-12-01' } });
  });

  it('changes nothing when the status is already the one asked for, and clears resolvedAt when reopened', () => {
    expect(planStatusChange(escalation, 'investigating', actor())).toEqual([]);
    const reopened = planStatusChange({ ...escalation, status: 'resolved', resolvedAt: at }, 'open', actor());
    expect(reopened[0]).toMatchObject({ patch: { status: 'open', resolvedAt: null } });
  });

  it('logs a touch and marks its stakeholder contacted; a touch with nobody updates no stakeholder', () => {
    const input = { accountId: 'acc', contactId: 'c1', kind: 'call' as const, summary: 'QBR prep', details: '', at };
    expect(planLogTouch(input, 't1', 'me')).toEqual([
      expect.objectContaining({ op: 'create', entity: 'touches', id: 't1' }),
      expect.objectContaining({ op: 'update', entity: 'contacts', id: 'c1', patch: { lastContactedAt: at } }),
    ]);
    expect(planLogTouch({ ...input, contactId: null }, 't1', 'me')).toHaveLength(1);
  });
});
