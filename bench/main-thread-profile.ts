/**
 * Attributes a page's main-thread long tasks from a CDP CPU profile (Profiler domain): the stretches
 * where the main thread ran without an idle sample for over `longMs`, each with the functions that
 * took its time (self time) and the entry points it ran under. Used by the Chromium benches.
 */

/** The parts of a CDP `Profiler.Profile` read here. */
export type CpuProfile = {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }[];
  startTime: number;
  endTime: number;
  samples?: number[];
  timeDeltas?: number[];
};

/** One busy stretch of the main thread: when (ms from the profile's start), how long, and what ran. */
export type BusyStretch = { startMs: number; durationMs: number; self: [string, number][]; entries: [string, number][] };

function frameName(f: CpuProfile['nodes'][number]['callFrame']): string {
  const file = f.url.split('/').pop() ?? '';
  return `${f.functionName || '(anonymous)'}${file ? ` ${file}:${f.lineNumber + 1}` : ''}`;
}

function top(map: Map<string, number>, n: number): [string, number][] {
  return [...map].sort((a, b) => b[1] - a[1]).slice(0, n).map(([k, v]) => [k, Math.round(v)]);
}

/** The stretches over `longMs` of the profile, with their top self-time functions and entry points. */
export function busyStretches(profile: CpuProfile, longMs = 50): BusyStretch[] {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const entryOf = (id: number): string => {
    // The outermost JavaScript frame under (root)/(program): what the task was started for.
    let at = id;
    let outer = id;
    while (parent.has(at)) {
      const up = parent.get(at) ?? 0;
      if ((byId.get(up)?.callFrame.functionName ?? '(root)') === '(root)') break;
      outer = up;
      at = up;
    }
    return frameName(byId.get(outer)?.callFrame ?? { functionName: '?', url: '', lineNumber: 0 });
  };
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  const out: BusyStretch[] = [];
  let t = profile.startTime;
  let current: { start: number; end: number; self: Map<string, number>; entries: Map<string, number> } | null = null;
  const close = () => {
    if (current && (current.end - current.start) / 1000 > longMs) {
      out.push({ startMs: (current.start - profile.startTime) / 1000, durationMs: (current.end - current.start) / 1000, self: top(current.self, 6), entries: top(current.entries, 4) });
    }
    current = null;
  };
  for (let i = 0; i < samples.length; i += 1) {
    // Sample i was taken at startTime + deltas[0..i]; it stands for the time until the next sample.
    t += deltas[i] ?? 0;
    const node = byId.get(samples[i] ?? 0);
    const name = node?.callFrame.functionName ?? '(idle)';
    if (name === '(idle)') { close(); continue; }
    const us = deltas[i + 1] ?? 0;
    current ??= { start: t, end: t, self: new Map(), entries: new Map() };
    current.end = t + us;
    const label = node ? frameName(node.callFrame) : '?';
    current.self.set(label, (current.self.get(label) ?? 0) + us / 1000);
    const entry = node ? entryOf(node.id) : '?';
    current.entries.set(entry, (current.entries.get(entry) ?? 0) + us / 1000);
  }
  close();
  return out;
}
