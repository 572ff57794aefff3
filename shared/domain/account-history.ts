import type { AccountEvent } from './account-event';
import type { EntityName } from './entities';

/** The fields of a history event an edit produces. */
export type HistoryEventFields = Omit<AccountEvent, 'id' | 'deleted' | 'note' | 'authorId' | 'renewalDate'> & { renewalDate: string | null };

const num = (v: unknown) => (typeof v === 'number' ? v : null);
const str = (v: unknown) => (typeof v === 'string' ? v : null);

/**
 * The history events an edit of a record produces (recorded with the edit, in its transaction): for an
 * account, a change of contract value (`arr_changed`) and of lifecycle stage (`lifecycle_changed`;
 * moving to "churned" is recorded as `churned`). Other entities keep no history.
 */
export function historyEventsFor(entity: EntityName, before: Record<string, unknown>, after: Record<string, unknown>, at: string): HistoryEventFields[] {
  if (entity !== 'accounts' || typeof after.id !== 'string') return [];
  const base = { accountId: after.id, at, currency: str(after.currency) ?? 'USD', renewalDate: str(after.renewalDate) };
  const events: HistoryEventFields[] = [];
  if (num(before.arrMinor) !== num(after.arrMinor)) {
    events.push({ ...base, kind: 'arr_changed', fromArrMinor: num(before.arrMinor), toArrMinor: num(after.arrMinor), fromStage: null, toStage: null });
  }
  if (str(before.lifecycleStage) !== str(after.lifecycleStage)) {
    events.push({
      ...base, kind: after.lifecycleStage === 'churned' ? 'churned' : 'lifecycle_changed',
      fromArrMinor: num(after.arrMinor), toArrMinor: num(after.arrMinor), fromStage: str(before.lifecycleStage), toStage: str(after.lifecycleStage),
    });
  }
  return events;
}
