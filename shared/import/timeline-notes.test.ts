import { describe, expect, it } from 'vitest';
import type { EntityRecord } from '../domain/entities';
import { guessMapping } from './column-mapping';
import { parseCsv } from './csv-rows';
import { planImport, type ImportContext } from './import-plan';
import { planSummary } from './preview';
import { importedNoteId, importedNoteSummary } from './timeline-notes';

const csv = [
  'Account Name,ARR,Description,Notes,Comments',
  'Northwind,"$120,000",Regional grocer,"Champion left in May; new VP wants a QBR",',
  'Contoso,"$48,000",,,"Asked for SSO\nsecond line"',
  'Fabrikam,"$9,000",,,',
].join('\n');

function context(existing: EntityRecord<'accounts'>[] = [], importedNoteIds: string[] = []): ImportContext<'accounts'> {
  let n = 0;
  return { accounts: [], existing, teamMembers: [], now: '2026-11-28T10:00:00.000Z', newId: () => `acc-${(n += 1)}`, importedNoteIds: new Set(importedNoteIds) };
}

function planOf(ctx: ImportContext<'accounts'>) {
  const { headers, rows } = parseCsv(csv);
  return planImport('accounts', headers, rows, guessMapping('accounts', headers, 'custom'), ctx);
}

describe('notes columns of an accounts import', () => {
  it('maps Notes and Comments columns to the timeline, and Description to the account', () => {
    expect(guessMapping('accounts', parseCsv(csv).headers, 'custom')).toEqual(['name', 'arrMinor', 'description', 'timelineNote', 'timelineNote']);
  });

  it('makes one note per non-blank notes cell on the new account’s timeline, with the column as context', () => {
    const plan = planOf(context());
    expect(plan.creates.map((a) => [a.name, a.description])).toEqual([['Northwind', 'Regional grocer'], ['Contoso', ''], ['Fabrikam', '']]);
    expect(plan.creates[0]).not.toHaveProperty('timelineNote');
    expect(plan.timelineNotes).toEqual([
      {
        id: importedNoteId('acc-1', 'Notes', 'Champion left in May; new VP wants a QBR'), accountId: 'acc-1', contactId: null, kind: 'note',
        summary: 'Notes: Champion left in May; new VP wants a QBR', details: 'Champion left in May; new VP wants a QBR',
        at: '2026-11-28T10:00:00.000Z', authorId: null, deleted: false,
      },
      expect.objectContaining({ accountId: 'acc-2', summary: 'Comments: Asked for SSO', details: 'Asked for SSO\nsecond line' }),
    ]);
    expect(planSummary(plan)).toBe('3 new, 2 notes for account timelines');
  });

  it('adds no note twice when the same file is imported again, and adds a changed note', () => {
    const first = planOf(context());
    const existing = first.creates;
    const again = planOf(context(existing, first.timelineNotes.map((n) => n.id)));
    expect(again.unchanged).toBe(3);
    expect(again.timelineNotes).toEqual([]);
    expect(planSummary(again)).toBe('3 unchanged');

    const edited = csv.replace('new VP wants a QBR', 'new VP booked the QBR');
    const { headers, rows } = parseCsv(edited);
    const ctx = context(existing, first.timelineNotes.map((n) => n.id));
    const third = planImport('accounts', headers, rows, guessMapping('accounts', headers, 'custom'), ctx);
    expect(third.timelineNotes.map((n) => [n.accountId, n.details])).toEqual([['acc-1', 'Champion left in May; new VP booked the QBR']]);
  });

  it('derives ids that stay valid record ids and differ by account, column and text', () => {
    const long = 'x'.repeat(64);
    const ids = [importedNoteId('a', 'Notes', 't'), importedNoteId('b', 'Notes', 't'), importedNoteId('a', 'Comments', 't'), importedNoteId('a', 'Notes', 'u'), importedNoteId(long, 'Notes', 't')];
    expect(new Set(ids).size).toBe(5);
    for (const id of ids) expect(id).toMatch(/^[A-Za-z0-9_-]{1,64}$/);
    expect(importedNoteId('a', 'Notes', 't')).toBe(importedNoteId('a', 'Notes', 't'));
  });

  it('keeps a summary short and the whole text in the details', () => {
    const summary = importedNoteSummary('Notes', 'y'.repeat(500));
    expect(summary).toHaveLength(140);
    expect(summary.endsWith('…')).toBe(true);
  });
});
