import type { CsvTable } from '../../../../../shared/import/csv-rows';
import type { ImportEntity } from '../../../../../shared/import/fields';
import { createImportPlanner, type ImportPlan } from '../../../../../shared/import/import-plan';
import type { ColumnMapping } from '../../../../../shared/import/column-mapping';
import type { DataLayer } from '../../../db/data-layer';
import type { RapportDb } from '../../../db/db';
import { readImportContext } from './import-context';

/** Where the import is: checking rows, then saving records. */
export type ImportProgress = { phase: 'checking' | 'saving'; done: number; total: number };

/** What an import did. */
export type ImportOutcome<E extends ImportEntity> = { created: number; updated: number; unchanged: number; rejected: ImportPlan<E>['rejected'] };

const checkChunk = 1000;
const createChunk = 1000;
const updateChunk = 250;

/** Lets the browser paint and handle input between chunks, so a big import never freezes the window. */
const yieldToEventLoop = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Imports a parsed CSV file: plans it in chunks against the data already there, then writes it in
 * chunks through the data layer (createMany for new records, update for changed ones, so every
 * write is in the sync outbox), yielding to the event loop between chunks.
 */
export async function runImport<E extends ImportEntity>(
  target: { db: RapportDb; data: DataLayer }, entity: E, table: CsvTable, mapping: ColumnMapping,
  onProgress: (progress: ImportProgress) => void,
): Promise<ImportOutcome<E>> {
  const { db, data } = target;
  const planner = createImportPlanner(entity, table.headers, mapping, await readImportContext(db, entity));
  for (let i = 0; i < table.rows.length; i += checkChunk) {
    planner.add(table.rows.slice(i, i + checkChunk));
    onProgress({ phase: 'checking', done: Math.min(i + checkChunk, table.rows.length), total: table.rows.length });
    await yieldToEventLoop();
  }
  const { creates, updates, unchanged, rejected } = planner.plan;
  const total = creates.length + updates.length;
  let done = 0;
  onProgress({ phase: 'saving', done, total });
  for (let i = 0; i < creates.length; i += createChunk) {
    const chunk = creates.slice(i, i + createChunk);
    await data.createMany(entity, chunk);
    done += chunk.length;
    onProgress({ phase: 'saving', done, total });
    await yieldToEventLoop();
  }
  for (let i = 0; i < updates.length; i += updateChunk) {
    const chunk = updates.slice(i, i + updateChunk);
    // One command per chunk: its updates (and the history they record) commit together, stamped once.
    await data.command(async (w) => {
      for (const { id, patch } of chunk) await w.update(entity, id, patch);
    });
    done += chunk.length;
    onProgress({ phase: 'saving', done, total });
    await yieldToEventLoop();
  }
  return { created: creates.length, updated: updates.length, unchanged, rejected };
}
