import { maxBodyBytes } from './protocol';

/** Room in a push body for the envelope and one mutation's own keys (clientId, hlc, entity, id…). */
const envelopeBytes = 4 * 1024;

/** The largest a single mutation may be, in bytes of JSON: anything larger could never be pushed. */
export const maxMutationBytes = maxBodyBytes - envelopeBytes;

/** Bytes of a value as UTF-8 JSON. */
export function jsonBytes(value: unknown): number {
  const json = JSON.stringify(value) ?? '';
  // Every UTF-16 unit is at most 3 UTF-8 bytes: the exact count is needed only near the limit.
  return json.length * 3 < maxMutationBytes ? json.length : new TextEncoder().encode(json).length;
}

/** Why a change is too large to sync (naming its largest field), or null when it fits. */
export function mutationTooLarge(fields: Record<string, unknown>): { field: string; message: string } | null {
  const bytes = jsonBytes(fields);
  if (bytes <= maxMutationBytes) return null;
  let largest = '';
  let largestBytes = -1;
  for (const [field, value] of Object.entries(fields)) {
    const b = jsonBytes(value);
    if (b > largestBytes) [largest, largestBytes] = [field, b];
  }
  const mb = (n: number) => (n / (1024 * 1024)).toFixed(1);
  return { field: largest, message: `This is too large to sync (${mb(bytes)} MB; at most ${mb(maxMutationBytes)} MB can be sent at once). Shorten it or split it.` };
}

/**
 * Splits outbox entries, in order, into push bodies that stay under the body limit and the
 * mutation count limit. A lone entry over the limit still gets its own body (it was written before
 * the write-time check existed); the server then refuses it and the rest goes on.
 */
export function splitIntoPushes<T>(entries: readonly T[], maxCount: number, bytesOf: (entry: T) => number = jsonBytes): T[][] {
  const pushes: T[][] = [];
  let current: T[] = [];
  let size = envelopeBytes;
  for (const entry of entries) {
    const b = bytesOf(entry) + 1;
    if (current.length > 0 && (size + b > maxBodyBytes || current.length >= maxCount)) {
      pushes.push(current);
      current = [];
      size = envelopeBytes;
    }
    current.push(entry);
    size += b;
  }
  if (current.length > 0) pushes.push(current);
  return pushes;
}
