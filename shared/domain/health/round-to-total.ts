/**
 * Rounds values to integers that add up to their rounded sum (largest remainder), so a breakdown
 * shown in whole points always adds up to the whole score shown.
 */
export function roundToTotal(values: readonly number[]): number[] {
  const total = Math.round(values.reduce((s, v) => s + v, 0));
  const floors = values.map(Math.floor);
  let short = total - floors.reduce((s, v) => s + v, 0);
  const order = values.map((v, i) => ({ i, rest: v - Math.floor(v) })).sort((a, b) => b.rest - a.rest || a.i - b.i);
  const out = [...floors];
  for (const { i } of order) {
    if (short <= 0) break;
    out[i] = (out[i] ?? 0) + 1;
    short -= 1;
  }
  return out;
}
