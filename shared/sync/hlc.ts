/**
 * Hybrid logical clock (PROTOCOL.md "Identifiers and clocks").
 * Format: `<ISO-8601 UTC with ms>-<4 hex counter>-<16 hex node id>`; strings compare in clock order.
 */

/** A hybrid logical clock timestamp string. */
export type Hlc = string;

/** The state a node keeps to issue HLCs. */
export type HlcState = { wallMs: number; counter: number; node: string };

const hlcPattern = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z)-([0-9a-f]{4})-([0-9a-f]{16})$/;
const maxCounter = 0xffff;

/** Whether a string is a well-formed HLC. */
export function isHlc(value: unknown): value is Hlc {
  if (typeof value !== 'string') return false;
  const m = hlcPattern.exec(value);
  return m !== null && !Number.isNaN(Date.parse(m[1] ?? ''));
}

/** Splits an HLC into its parts; throws on a malformed string. */
export function parseHlc(hlc: Hlc): HlcState {
  const m = hlcPattern.exec(hlc);
  if (!m || m[1] === undefined || m[2] === undefined || m[3] === undefined) throw new Error(`Malformed HLC: ${hlc}`);
  return { wallMs: Date.parse(m[1]), counter: parseInt(m[2], 16), node: m[3] };
}

/** Formats clock parts as an HLC string. */
export function formatHlc(state: HlcState): Hlc {
  return `${new Date(state.wallMs).toISOString()}-${state.counter.toString(16).padStart(4, '0')}-${state.node}`;
}

/** A fresh clock for a node id (16 lower-case hex digits). */
export function createHlcState(node: string): HlcState {
  if (!/^[0-9a-f]{16}$/.test(node)) throw new Error(`HLC node ids are 16 lower-case hex digits, got ${node}`);
  return { wallMs: 0, counter: 0, node };
}

/** Issues the next timestamp for a local event (send rule). Returns the new state and its HLC. */
export function tickHlc(state: HlcState, nowMs: number): { state: HlcState; hlc: Hlc } {
  const next =
    nowMs > state.wallMs
      ? { wallMs: nowMs, counter: 0, node: state.node }
      : bump({ wallMs: state.wallMs, counter: state.counter + 1, node: state.node });
  return { state: next, hlc: formatHlc(next) };
}

/** Advances the clock past a received HLC (receive rule), so later local writes sort after it. */
export function receiveHlc(state: HlcState, remote: Hlc, nowMs: number): HlcState {
  const r = parseHlc(remote);
  const wallMs = Math.max(state.wallMs, r.wallMs, nowMs);
  let counter: number;
  if (wallMs === state.wallMs && wallMs === r.wallMs) counter = Math.max(state.counter, r.counter) + 1;
  else if (wallMs === state.wallMs) counter = state.counter + 1;
  else if (wallMs === r.wallMs) counter = r.counter + 1;
  else counter = 0;
  return bump({ wallMs, counter, node: state.node });
}

/**
 * The latest well-formed HLC of a list (undefined when there is none). HLC strings compare in clock
 * order, so this compares strings and checks only the candidates' format.
 */
export function greatestHlc(hlcs: readonly string[]): Hlc | undefined {
  let greatest: Hlc | undefined;
  for (const hlc of hlcs) if (greatest === undefined || hlc > greatest) greatest = hlc;
  if (greatest === undefined || isHlc(greatest)) return greatest;
  return greatestHlc(hlcs.filter(isHlc));
}

/** Carries a counter overflow into the next millisecond. */
function bump(state: HlcState): HlcState {
  return state.counter > maxCounter ? { wallMs: state.wallMs + 1, counter: 0, node: state.node } : state;
}

/** A random 16-hex-digit node id. */
export function randomHlcNode(random: () => number = Math.random): string {
  let out = '';
  for (let i = 0; i < 16; i += 1) out += Math.floor(random() * 16).toString(16);
  return out;
}
