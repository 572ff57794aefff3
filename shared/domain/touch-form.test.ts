import { describe, expect, it } from 'vitest';
import { localDateTimeInput, touchFormSchema, touchFromForm } from './touch-form';

describe('touch form', () => {
  it('turns the local time into UTC and blanks into null', () => {
    const at = localDateTimeInput(new Date('2026-11-22T14:05:00.000Z'));
    const touch = touchFromForm({ accountId: 'a1', contactId: '', kind: 'call', summary: ' Renewal call ', details: '', at });
    expect(touch).toEqual({ accountId: 'a1', contactId: null, kind: 'call', summary: 'Renewal call', details: '', at: '2026-11-22T14:05:00.000Z' });
  });
  it('asks for the account, a summary and a time', () => {
    const parsed = touchFormSchema.safeParse({ accountId: '', contactId: '', kind: 'call', summary: '  ', details: '', at: '' });
    expect(parsed.error?.issues.map((i) => i.message)).toEqual(['Pick the account', 'Say what happened', 'Say when it happened']);
  });
});
