import type { EntityRecord } from '../domain/entities';
import { timelineNoteKey } from './fields';
import type { ReadRow } from './read-row';

/** Longest summary of an imported note; the whole text stays in its details. */
const summaryLength = 140;

/** Two 32-bit FNV-1a hashes of a text with different seeds, as 16 hex digits. */
function hash64(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x01000193) ^ (b >>> 15);
  }
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}

/**
 * The id of the note a column's text makes on an account's timeline: derived from the account, the
 * column and the text, so importing the same file again finds the note already there instead of
 * adding it twice, and two devices importing the same file make the same record.
 */
export function importedNoteId(accountId: string, column: string, text: string): string {
  const textHash = hash64(`${column}\u0000${text}`);
  const id = `note-${accountId}-${textHash}`;
  return id.length <= 64 ? id : `note-${hash64(accountId)}-${textHash}`;
}

/** The summary of an imported note: the column it came from and the first line of its text. */
export function importedNoteSummary(column: string, text: string): string {
  const firstLine = text.split(/\r?\n/, 1)[0]?.trim() ?? '';
  const summary = `${column}: ${firstLine}`;
  return summary.length <= summaryLength ? summary : `${summary.slice(0, summaryLength - 1)}…`;
}

/**
 * The timeline notes (touches of kind "note") an account row carries: one per non-blank column
 * mapped to "Note on the timeline", with the column's name as context, dated at the import, and
 * none whose id is already taken (a re-import, or a note deleted since).
 */
export function timelineNotesOf(read: ReadRow, accountId: string, nowIso: string, existingIds: ReadonlySet<string>): EntityRecord<'touches'>[] {
  return (read.candidates[timelineNoteKey] ?? []).flatMap(({ column, text }) => {
    const id = importedNoteId(accountId, column, text);
    if (existingIds.has(id)) return [];
    return [{
      id, accountId, contactId: null, kind: 'note', summary: importedNoteSummary(column, text), details: text.slice(0, 20_000),
      at: nowIso, authorId: null, deleted: false,
    }];
  });
}
