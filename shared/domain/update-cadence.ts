// The customer-update cadence per severity as people set it: whole hours, or none ("update on change").
// escalation-rules.ts applies a cadence; these functions read and check what someone typed for one.
import { severities, type Severity } from './escalation';
import { defaultUpdateCadence, type UpdateCadence } from './escalation-rules';

const hourMs = 3_600_000;
/** The longest cadence one can set: 30 days. */
export const maxCadenceHours = 30 * 24;

/** A cadence in whole hours per severity; null means no timed updates (update on change). */
export type CadenceHours = Record<Severity, number | null>;

/** The cadence in hours, as the Settings form shows it. */
export function cadenceToHours(cadence: UpdateCadence): CadenceHours {
  const hours = (ms: number | null) => (ms === null ? null : Math.round(ms / hourMs));
  return { S1: hours(cadence.S1), S2: hours(cadence.S2), S3: hours(cadence.S3), S4: hours(cadence.S4) };
}

/** The cadence the rules use, from hours. */
export function cadenceFromHours(hours: CadenceHours): UpdateCadence {
  const ms = (h: number | null) => (h === null ? null : h * hourMs);
  return { S1: ms(hours.S1), S2: ms(hours.S2), S3: ms(hours.S3), S4: ms(hours.S4) };
}

/** What was typed for one severity's cadence: empty means "on change only", else whole hours from 1 to 720, or a problem in words. */
export function parseCadenceHours(text: string): { hours: number | null } | { error: string } {
  const t = text.trim();
  if (t === '') return { hours: null };
  const n = Number(t);
  if (!Number.isFinite(n) || !/^\d+$/.test(t)) return { error: `"${t}" is not a number of hours — type whole hours like 24, or leave it empty for updates on change only` };
  if (n < 1) return { error: 'A cadence is at least 1 hour; leave it empty for updates on change only' };
  if (n > maxCadenceHours) return { error: `A cadence is at most ${maxCadenceHours} hours (30 days)` };
  return { hours: n };
}

/** A stored cadence checked value by value; anything unusable falls back to the default for that severity. */
export function readCadence(stored: unknown): UpdateCadence {
  const hours = cadenceToHours(defaultUpdateCadence);
  if (stored && typeof stored === 'object') {
    for (const s of severities) {
      const v: unknown = (stored as Record<string, unknown>)[s];
      if (v === null || (typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= maxCadenceHours)) hours[s] = v;
    }
  }
  return cadenceFromHours(hours);
}

/** The cadence in words for one severity: "every 24 h", "every 7 d", "on change only". */
export function describeCadence(ms: number | null): string {
  if (ms === null) return 'on change only';
  const h = Math.round(ms / hourMs);
  return h % 24 === 0 && h >= 48 ? `every ${h / 24} d` : `every ${h} h`;
}
