/**
 * Hybrid logical clock (PROTOCOL.md "Identifiers and clocks").
 * Format: `<ISO-8601 UTC with ms>-<4 hex counter>-<16 hex node id>`; strings compare in clock order.
 */
/** A hybrid logical clock timestamp string. */
export type Hlc = string;
/** The state a node keeps to issue HLCs. */
export type HlcState = {
    wallMs: number;
    counter: number;
    node: string;
};
/** Whether a string is a well-formed HLC. */
export declare function isHlc(value: unknown): value is Hlc;
/** Splits an HLC into its parts; throws on a malformed string. */
export declare function parseHlc(hlc: Hlc): HlcState;
/** Formats clock parts as an HLC string. */
export declare function formatHlc(state: HlcState): Hlc;
/** A fresh clock for a node id (16 lower-case hex digits). */
export declare function createHlcState(node: string): HlcState;
/** Issues the next timestamp for a local event (send rule). Returns the new state and its HLC. */
export declare function tickHlc(state: HlcState, nowMs: number): {
    state: HlcState;
    hlc: Hlc;
};
/** Advances the clock past a received HLC (receive rule), so later local writes sort after it. */
export declare function receiveHlc(state: HlcState, remote: Hlc, nowMs: number): HlcState;
/** A random 16-hex-digit node id. */
export declare function randomHlcNode(random?: () => number): string;
