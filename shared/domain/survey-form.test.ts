import { describe, expect, it } from 'vitest';
import { responseDateProblem, responseFormSchema, responseFromForm } from './survey-form';

const values = { accountId: 'acc', contactId: '', kind: 'nps' as const, score: '4', respondedOn: '2026-11-02', theme: ' Support ', comment: ' Slow ' };

describe('the response form', () => {
  it('explains a score outside the kind range in words', () => {
    const r = responseFormSchema.safeParse({ ...values, kind: 'csat', score: '7' });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]).toMatchObject({ path: ['score'], message: 'CSAT scores are whole numbers from 1 to 5' });
    expect(responseFormSchema.safeParse({ ...values, kind: 'ces', score: '7' }).success).toBe(true);
    expect(responseFormSchema.safeParse({ ...values, score: '' }).error?.issues[0]?.message).toBe('Enter the score the customer gave');
    expect(responseFormSchema.safeParse({ ...values, accountId: '' }).error?.issues[0]?.message).toBe('Pick the account that answered');
  });
  it('dates today answers now and earlier ones at noon; trims and lower-cases the theme', () => {
    const parsed = responseFormSchema.parse(values);
    expect(responseFromForm(parsed, '2026-11-02', '2026-11-02T15:04:05.000Z', 'UTC')).toEqual({
      accountId: 'acc', contactId: null, kind: 'nps', score: 4, comment: 'Slow', theme: 'support', respondedAt: '2026-11-02T15:04:05.000Z',
    });
    expect(responseFromForm(parsed, '2026-11-05', '2026-11-05T15:00:00.000Z', 'UTC').respondedAt).toBe('2026-11-02T12:00:00.000Z');
    expect(responseDateProblem('2026-11-06', '2026-11-05')).toMatch(/future/);
  });
});
