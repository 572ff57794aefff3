/**
 * The field rule of PROTOCOL.md "Push": decides, for one field, whether an incoming write applies
 * and which concurrent value must be kept as a conflict record. Pure; the server applies it.
 */
import type { Hlc } from './hlc';

/** Who wrote a value: a client (user and installation), or null for the server itself. */
export type Writer = { userId: string; clientId: string } | null;

/** A field as the server stores it. */
export type StoredField = { value: unknown; version: number; hlc: Hlc; writer: Writer };

/** A field update as a client pushes it, with its mutation's HLC and writer. */
export type IncomingField = { value: unknown; base: number; hlc: Hlc; writer: NonNullable<Writer> };

/** One side of a concurrent pair: a value with the HLC and writer of its write. */
export type WrittenValue = { value: unknown; hlc: Hlc; writer: Writer };

/** Two concurrent, different values: which one stays and which one is kept aside. */
export type ConcurrentValues = { kept: 'server' | 'client'; keptValue: WrittenValue; lostValue: WrittenValue };

/**
 * The decision for one field: `write` stores the incoming value, `keep` leaves the stored one;
 * `conflict`, when present, describes the concurrent value that lost and must be recorded.
 */
export type FieldMerge = { action: 'write' | 'keep'; conflict: ConcurrentValues | null };

/** Whether two writers are the same client (the server never counts as one). */
export function sameWriter(a: Writer, b: Writer): boolean {
  return a !== null && b !== null && a.userId === b.userId && a.clientId === b.clientId;
}

/** Decides one field update against the stored field (undefined when the field was never written). */
export function mergeField(stored: StoredField | undefined, incoming: IncomingField): FieldMerge {
  if (stored === undefined || stored.version <= incoming.base || sameWriter(stored.writer, incoming.writer)) {
    return { action: 'write', conflict: null };
  }
  const clientWins = incoming.hlc > stored.hlc;
  if (jsonEqual(stored.value, incoming.value)) return { action: clientWins ? 'write' : 'keep', conflict: null };
  const server: WrittenValue = { value: stored.value, hlc: stored.hlc, writer: stored.writer };
  const client: WrittenValue = { value: incoming.value, hlc: incoming.hlc, writer: incoming.writer };
  return clientWins
    ? { action: 'write', conflict: { kept: 'client', keptValue: client, lostValue: server } }
    : { action: 'keep', conflict: { kept: 'server', keptValue: server, lostValue: client } };
}

/** Structural equality of JSON values (object key order does not matter). */
export function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((x, i) => jsonEqual(x, b[i]));
  }
  const ao = a as Record<string, unknown>;
  const bo = b as Record<string, unknown>;
  const keys = Object.keys(ao);
  if (keys.length !== Object.keys(bo).length) return false;
  return keys.every((k) => Object.prototype.hasOwnProperty.call(bo, k) && jsonEqual(ao[k], bo[k]));
}
