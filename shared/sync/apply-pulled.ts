import type { RecordChange } from './protocol';

/**
 * What the client knows of one record's sync state: its space, per field the version last pulled,
 * and the last pulled value of each field edited locally since (put back if the server refuses the
 * edit). Fields not edited since their pull hold that value in the record itself.
 */
export type PulledState = {
  space: 'team' | 'private'; versions: Record<string, number>; values: Record<string, unknown>;
  /** The version known for every field not in `versions` (records a first sync stored without per-field versions). */
  floor?: number;
};

/** The server version of a field last pulled (0 when none is known). */
export function knownVersion(state: Pick<PulledState, 'versions' | 'floor'>, field: string): number {
  return state.versions[field] ?? state.floor ?? 0;
}

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
 * same field is waiting to be pushed (that local value stays until the push settles it, and the
 * pulled value is remembered to put back if the server refuses the edit).
 */
export function mergePulledChange(change: RecordChange, known: PulledState | undefined, pendingFields: ReadonlySet<string>): PulledMerge {
  const versions: Record<string, number> = known ? { ...known.versions } : {};
  const values: Record<string, unknown> = known ? { ...known.values } : {};
  const floor = known?.floor;
  const recordPatch: Record<string, unknown> = {};
  for (const field in change.fields) {
    const pulled = change.fields[field];
    if (!pulled || (versions[field] ?? floor ?? 0) >= pulled.version) continue;
    versions[field] = pulled.version;
    if (pendingFields.has(field)) values[field] = pulled.value;
    else {
      recordPatch[field] = pulled.value;
      if (field in values) delete values[field];
    }
  }
  return { recordPatch, state: floor === undefined ? { space: change.space, versions, values } : { space: change.space, versions, values, floor } };
}

/**
 * Before a local edit of pulled fields: the state that remembers each field's last pulled value
 * (its value in the record before the edit, unless an earlier unsent edit already remembered it),
 * or null when nothing needs remembering (fields never pulled have no server value to go back to).
 */
export function rememberPulledValues(known: PulledState, before: Record<string, unknown>, edited: readonly string[]): PulledState | null {
  const remember = edited.filter((field) => knownVersion(known, field) > 0 && !(field in known.values));
  if (remember.length === 0) return null;
  const values = { ...known.values };
  for (const field of remember) values[field] = before[field];
  return { ...known, values };
}
