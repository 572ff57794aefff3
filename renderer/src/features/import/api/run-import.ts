import type { CsvTable } from '../../../../../shared/import/csv-rows';
import type { ImportEntity } from '../../../../../shared/import/fields';
import { defaultImportChoices, planImport, type ImportChoices, type ImportPlan } from '../../../../../shared/import/import-plan';
import type { ColumnMapping } from '../../../../../shared/import/column-mapping';
import type { DataLayer } from '../../../db/data-layer';
import type { RapportDb } from '../../../db/db';
import { duringBulkWrite } from '../../../db/bulk-writes';
import { followUpsForImported } from '../../../../../shared/domain/closed-loop';
import type { EntityRecord } from '../../../../../shared/domain/entities';
import { useSurveySettings } from '../../../lib/survey-settings';
import { readImportContext } from './import-context';
import { clearImportMarker, writeImportMarker } from './import-marker';

/** Where the import is: checking rows, then saving records. */
export type ImportProgress = { phase: 'checking' | 'saving'; done: number; total: number };

/** What an import did. */
export type ImportOutcome<E extends ImportEntity> = {
  created: number; updated: number; unchanged: number; skipped: number; pastRenewals: number; timelineNotes: number; rejected: ImportPlan<E>['rejected'];
};

/** What the wizard already knows: the user's choices, the file's name, and the plan it previewed (so the file is not planned twice). */
export type RunImportOptions<E extends ImportEntity> = { choices?: ImportChoices; fileName?: string; plan?: ImportPlan<E> };

/**
 * New records per command. 1,000 rows kept each chunk's main-thread task near 130–240 ms (2,500: 300–900 ms)
 * but made the import 0.5–1 s slower in back-to-back runs (bench/README.md, wip/import2), so 2,500 stays.
 */
export const createChunkRows = 2500;
const updateChunk = 250;

/** Lets the browser paint and handle input between chunks, so a big import never freezes the window. */
const yieldToEventLoop = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Imports a parsed CSV file: plans it against the data there now (or takes the plan the wizard made
 * against its live view of that data), then writes it in chunks through
 * the data layer (createMany for new records, update for changed ones, so every write is in the sync
 * outbox), yielding to the event loop between chunks. While it saves, a marker says how far it got,
 * so a reload mid-import can tell the user and offer to finish.
 */
export async function runImport<E extends ImportEntity>(
  target: { db: RapportDb; data: DataLayer }, entity: E, table: CsvTable, mapping: ColumnMapping,
  onProgress: (progress: ImportProgress) => void, options: RunImportOptions<E> = {},
): Promise<ImportOutcome<E>> {
  const { db, data } = target;
  const { choices = defaultImportChoices, fileName = 'the file' } = options;
  onProgress({ phase: 'checking', done: 0, total: table.rows.length });
  await yieldToEventLoop();
  const plan = options.plan ?? planImport(entity, table.headers, table.rows, mapping, await readImportContext(db, entity), choices);
  const { creates, updates, unchanged, rejected, skipped, pastRenewals, timelineNotes } = plan;
  const total = creates.length + updates.length;
  // Each note is written with its account (create chunk or update chunk); the rest (accounts left unchanged) at the end.
  const notesByAccount = new Map<string, typeof timelineNotes>();
  for (const note of timelineNotes) notesByAccount.set(note.accountId, [...(notesByAccount.get(note.accountId) ?? []), note]);
  const takeNotes = (accountIds: readonly string[]) => accountIds.flatMap((id) => {
    const notes = notesByAccount.get(id) ?? [];
    notesByAccount.delete(id);
    return notes;
  });
  let done = 0;
  const progress = () => {
    onProgress({ phase: 'saving', done, total });
    writeImportMarker({ fileName, entity, saved: done, total });
  };
  progress();
  // A bulk write: derived data (health scores) is recomputed once at the end, not after every chunk.
  await duringBulkWrite(async () => {
    // Each chunk is one command (its records and their timeline notes commit together). The next chunk is
    // handed to IndexedDB while the previous one commits, so the page prepares one while the browser writes
    // the other; they commit in order, and an import that fails stops after the chunks already handed over.
    const writing: Promise<number>[] = [];
    const settleOldest = async () => {
      const oldest = writing.shift();
      if (!oldest) return;
      try {
        done += await oldest;
      } catch (error) {
        for (const rest of await Promise.allSettled(writing.splice(0))) if (rest.status === 'fulfilled') done += rest.value;
        throw error;
      }
      progress();
      await yieldToEventLoop();
    };
    for (let i = 0; i < creates.length; i += createChunkRows) {
      const chunk = creates.slice(i, i + createChunkRows);
      const notes = entity === 'surveyResponses' ? [] : takeNotes(chunk.map((r) => r.id));
      const write = (entity === 'surveyResponses'
        ? createResponsesWithFollowUps(target, chunk as EntityRecord<'surveyResponses'>[])
        : data.command(async () => {
          await data.createMany(entity, chunk);
          if (notes.length > 0) await data.createMany('touches', notes);
        })).then(() => chunk.length);
      // Marks the failure as handled now; settleOldest awaits it and reports it.
      write.catch(() => undefined);
      writing.push(write);
      if (writing.length > 1) await settleOldest();
    }
    while (writing.length > 0) await settleOldest();
    for (let i = 0; i < updates.length; i += updateChunk) {
      const chunk = updates.slice(i, i + updateChunk);
      // One command per chunk: its updates (and the history they record) and their notes commit together, stamped once.
      const notes = takeNotes(chunk.map((u) => u.id));
      await data.command(async (w) => {
        for (const { id, patch } of chunk) await w.update(entity, id, patch);
        if (notes.length > 0) await data.createMany('touches', notes);
      });
      done += chunk.length;
      progress();
      await yieldToEventLoop();
    }
    const rest = [...notesByAccount.values()].flat();
    for (let i = 0; i < rest.length; i += createChunkRows) await data.createMany('touches', rest.slice(i, i + createChunkRows));
  });
  clearImportMarker();
  return { created: creates.length, updated: updates.length, unchanged, skipped, pastRenewals, timelineNotes: timelineNotes.length, rejected };
}

/**
 * Imported survey answers and the closed-loop follow-up of each unhappy one (owned by the account
 * owner, id derived from the answer's), in one command: an answer is never saved without its follow-up.
 */
async function createResponsesWithFollowUps({ db, data }: { db: RapportDb; data: DataLayer }, responses: EntityRecord<'surveyResponses'>[]): Promise<void> {
  const accountIds = [...new Set(responses.map((r) => r.accountId))];
  const owners = new Map((await db.accounts.bulkGet(accountIds)).map((a, i) => [accountIds[i] ?? '', a?.ownerId ?? null]));
  const candidates = followUpsForImported(responses, (id) => owners.get(id) ?? null, new Set(), new Date().toISOString(), useSurveySettings.getState().settings.followUpHours);
  const existing = new Set((await db.surveyFollowUps.bulkGet(candidates.map((f) => f.id))).flatMap((f) => (f ? [f.id] : [])));
  await data.command(async (w) => {
    for (const { id, ...fields } of responses) await w.create('surveyResponses', fields, { id });
    for (const { id, ...fields } of candidates) if (!existing.has(id)) await w.create('surveyFollowUps', fields, { id });
  });
}
