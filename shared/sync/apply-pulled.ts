import type { RecordChange } from './protocol';

/** What the client knows of one record's sync state: its space, and per field the version and value last pulled. */
export type PulledState = { space: 'team' | 'private'; versions: Record<string, number>; values: Record<string, unknown> };

/** The outcome of applying one pulled record change locally. */
export type PulledMerge = {
  /** Fields to write into the local record. */
  recordPatch: Record<string, unknown>;
  /** The record's sync state after the change. */
  state: PulledState;
};

/**
 * Merges a pulled change into local state (PROTOCOL.md "Pull"): every field newer than the version
 * known is recorded as pulled; its value is written locally unless a pending local mutation of the
 * same field is waiting to be pushed (that local value stays until the push settles it).
 */
export function mergePulledChange(change: RecordChange, known: PulledState | undefined, pendingFields: ReadonlySet<string>): PulledMerge {
  const state: PulledState = {
    space: change.space,
    versions: { ...(known?.versions ?? {}) },
    values: { ...(known?.values ?? {}) },
  };
  const recordPatch: Record<string, unknown> = {};
  for (const [field, pulled] of Object.entries(change.fields)) {
    if ((state.versions[field] ?? 0) >= pulled.version) continue;
    state.versions[field] = pulled.version;
    state.values[field] = pulled.value;
    if (!pendingFields.has(field)) recordPatch[field] = pulled.value;
  }
  return { recordPatch, state };
}
