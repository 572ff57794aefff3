import { performance } from 'node:perf_hooks';

/** Runs fn `runs` times and returns the median milliseconds. */
export async function medianMs(runs: number, fn: () => unknown): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? 0;
}

/** Prints one figure beside its baseline, with the ratio. */
export function report(label: string, ms: number, baselineLabel: string, baselineMs: number, budgetMs?: number): void {
  const ratio = baselineMs > 0 ? (ms / baselineMs).toFixed(1) : '∞';
  const budget = budgetMs === undefined ? '' : `  (budget ${budgetMs} ms: ${ms <= budgetMs ? 'within' : 'OVER'})`;
  console.log(`${label.padEnd(46)} ${ms.toFixed(2).padStart(9)} ms   | ${baselineLabel.padEnd(36)} ${baselineMs.toFixed(2).padStart(9)} ms   x${ratio}${budget}`);
}
