import { useLiveQuery } from 'dexie-react-hooks';
import type { ImportEntity } from '../../../../../shared/import/fields';
import type { ImportContext } from '../../../../../shared/import/import-plan';
import { db } from '../../../db/instance';
import { readImportContext } from './import-context';

/**
 * The data an import of `entity` is checked against, kept live for the preview; not read while
 * `active` is false (during the import itself, re-reading it after every saved chunk would replan the file each time).
 */
export function useImportContext<E extends ImportEntity>(entity: E, active = true): ImportContext<E> | undefined {
  return useLiveQuery(() => (active ? readImportContext(db, entity) : undefined), [entity, active]);
}
