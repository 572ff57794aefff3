/**
 * Summarises a Chromium .cpuprofile (from BENCH_PROFILE in the Chromium benches): where the samples'
 * time went by function (self time) and by function with its callees (total time), optionally only
 * between two times (ms from the profile's start).
 * Run: npx tsx bench/profile-summary.ts file.cpuprofile [top=25] [fromMs] [toMs]
 */
import { readFileSync } from 'node:fs';

type Frame = { functionName: string; url: string; lineNumber: number; columnNumber: number };
type ProfileNode = { id: number; callFrame: Frame; children?: number[] };
type Profile = { nodes: ProfileNode[]; startTime: number; endTime: number; samples: number[]; timeDeltas: number[] };

const [file, topArg, fromArg, toArg] = process.argv.slice(2);
if (!file) throw new Error('Usage: tsx bench/profile-summary.ts file.cpuprofile [top] [fromMs] [toMs]');
const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
const top = Number(topArg ?? 25);
const from = fromArg === undefined ? -Infinity : Number(fromArg);
const to = toArg === undefined ? Infinity : Number(toArg);

const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map<number, number>();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const label = (f: Frame) => `${f.functionName || '(anonymous)'} ${f.url.split('/').pop() ?? ''}:${f.lineNumber + 1}:${f.columnNumber + 1}`;

const self = new Map<string, number>();
const total = new Map<string, number>();
let t = 0;
let counted = 0;
for (let i = 0; i < profile.samples.length; i += 1) {
  const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000; // the time until the next sample is this sample's
  t += (profile.timeDeltas[i] ?? 0) / 1000;
  if (t < from || t > to) continue;
  const node = byId.get(profile.samples[i] ?? -1);
  if (!node) continue;
  counted += dt;
  const key = label(node.callFrame);
  self.set(key, (self.get(key) ?? 0) + dt);
  const seen = new Set<string>();
  for (let id: number | undefined = node.id; id !== undefined; id = parent.get(id)) {
    const k = label(byId.get(id)!.callFrame);
    if (seen.has(k)) continue;
    seen.add(k);
    total.set(k, (total.get(k) ?? 0) + dt);
  }
}
const print = (title: string, map: Map<string, number>) => {
  console.log(`\n${title}`);
  for (const [k, ms] of [...map].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${ms.toFixed(1).padStart(9)} ms  ${k}`);
};
console.log(`${file}: ${((profile.endTime - profile.startTime) / 1000).toFixed(0)} ms profiled, ${counted.toFixed(0)} ms in the window`);
print('Self time', self);
print('Total time (with callees)', total);
