import { describe, expect, it } from 'vitest';
import { escalationFormSchema, escalationFromForm } from './escalation-form';

describe('escalation form', () => {
  it('accepts a complete escalation and fills blanks with null', () => {
    const parsed = escalationFormSchema.parse({ accountId: 'a1', title: ' Sync down ', description: '', severity: 'S1', departments: ['engineering'], ownerId: '', targetResolutionDate: '' });
    expect(escalationFromForm(parsed)).toEqual({ accountId: 'a1', title: 'Sync down', description: '', severity: 'S1', departments: ['engineering'], ownerId: null, targetResolutionDate: null });
  });
  it('explains what is missing', () => {
    const parsed = escalationFormSchema.safeParse({ accountId: '', title: '', description: '', severity: 'S9', departments: false, ownerId: '', targetResolutionDate: 'friday' });
    expect(Object.fromEntries((parsed.error?.issues ?? []).map((i) => [i.path[0], i.message]))).toMatchObject({
      accountId: 'Pick the account', title: 'Give the escalation a title', departments: 'Involve at least one department',
    });
  });
});
