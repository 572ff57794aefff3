import { describe, expect, it } from 'vitest';
import { escalationEditPlan, type EscalationEditable } from './escalation-edit';

const opened: EscalationEditable = { title: 'Outage', description: '', severity: 'S2', departments: ['support', 'engineering'], ownerId: 'm1', targetResolutionDate: null };

describe('editing an opened escalation', () => {
  it('writes nothing when nothing changed (departments in another order included)', () => {
    expect(escalationEditPlan(opened, { ...opened, departments: ['engineering', 'support'] })).toEqual({ changes: {}, timelineNote: null });
  });

  it('records a severity change on the timeline, with the other changed fields', () => {
    const plan = escalationEditPlan(opened, { ...opened, severity: 'S1', ownerId: 'm2', targetResolutionDate: '2026-12-04', departments: ['support'] });
    expect(plan.changes).toEqual({ severity: 'S1', ownerId: 'm2', targetResolutionDate: '2026-12-04', departments: ['support'] });
    expect(plan.timelineNote).toBe('Severity: S2 → S1');
  });

  it('does not note an owner or date change as a severity change', () => {
    expect(escalationEditPlan(opened, { ...opened, ownerId: null }).timelineNote).toBeNull();
  });
});
