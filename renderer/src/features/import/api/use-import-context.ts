import { useLiveQuery } from 'dexie-react-hooks';
import type { ImportEntity } from '../../../../../shared/import/fields';
import type { ImportContext } from '../../../../../shared/import/import-plan';
import { db } from '../../../db/instance';
import { readImportContext } from './import-context';

/** The data an import of `entity` is checked against, kept live for the preview. */
export function useImportContext<E extends ImportEntity>(entity: E): ImportContext<E> | undefined {
  return useLiveQuery(() => readImportContext(db, entity), [entity]);
}
