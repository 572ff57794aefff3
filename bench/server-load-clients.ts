/**
 * The simulated clients of the server load benchmark: each pushes batches of mutations (new records
 * and concurrent edits of shared ones) and pulls what changed, over loopback HTTP, until a deadline.
 */
import http from 'node:http';
import { performance } from 'node:perf_hooks';
import { formatHlc, randomHlcNode } from '../shared/sync/hlc';
import type { PullResponse, PushResponse } from '../shared/sync/protocol';

/** What one client did: request latencies (ms) and counts. */
export type ClientStats = {
  pushMs: number[]; pullMs: number[]; mutations: number; creates: number; conflicts: number; pulledRecords: number; errors: number;
};

/** Where an installation stands: its next mutation id, its pull cursor and the versions it has seen. */
export type ClientPosition = { mutationId: number; cursor: string | null; versions: Map<string, number> };

/** One simulated installation: a token, a client id, the team's shared records, and where it stands (kept between runs). */
export type SimulatedClient = { token: string; clientId: string; sharedIds: string[]; position?: ClientPosition };

/**
 * One keep-alive connection pool for every simulated client. node:http rather than fetch: the 50
 * clients share the machine's 2 cores with the server, and fetch spent about twice the CPU per request
 * (CPU the raw INSERT baseline does not pay), so lighter clients leave the server what a remote client would.
 */
const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });

/** POSTs JSON with a bearer token and times the round trip. */
export function post<T>(url: string, token: string | null, body: unknown): Promise<{ ms: number; status: number; body: T }> {
  const t0 = performance.now();
  const payload = Buffer.from(JSON.stringify(body));
  return new Promise((resolve, reject) => {
    const req = http.request(url, {
      method: 'POST', agent,
      headers: { 'content-type': 'application/json', 'content-length': payload.length, ...(token ? { authorization: `Bearer ${token}` } : {}) },
    }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('error', reject);
      res.on('end', () => {
        try {
          const parsed = JSON.parse(Buffer.concat(chunks).toString('utf8')) as T;
          resolve({ ms: performance.now() - t0, status: res.statusCode ?? 0, body: parsed });
        } catch (error) { reject(error instanceof Error ? error : new Error(String(error))); }
      });
    });
    req.on('error', reject);
    req.end(payload);
  });
}

/**
 * Runs one client until `deadline` (performance.now() ms); `batch` mutations per push. With `paceMs`,
 * the client starts a push-and-pull round at most every `paceMs` (after a random start within one
 * period), like a user whose edits arrive at a steady rate; without it, rounds follow each other at once.
 */
export async function runClient(baseUrl: string, client: SimulatedClient, deadline: number, batch: number, paceMs = 0): Promise<ClientStats> {
  const stats: ClientStats = { pushMs: [], pullMs: [], mutations: 0, creates: 0, conflicts: 0, pulledRecords: 0, errors: 0 };
  const node = randomHlcNode();
  const position: ClientPosition = client.position ?? { mutationId: 1, cursor: null, versions: new Map() };
  client.position = position;
  const { versions } = position;
  let counter = 0;
  if (paceMs > 0) await sleep(Math.random() * paceMs);
  while (performance.now() < deadline) {
    const roundStart = performance.now();
    const mutations = Array.from({ length: batch }, (_, i) => {
      // One mutation in five edits a record the whole team shares, from whatever version this client last saw.
      const shared = i % 5 === 0 ? client.sharedIds[(position.mutationId + i) % client.sharedIds.length] : undefined;
      const id = shared ?? `${client.clientId}-${position.mutationId + i}`;
      counter += 1;
      return {
        mutationId: position.mutationId + i, hlc: formatHlc({ wallMs: Date.now(), counter: counter % 0xffff, node }),
        entity: 'accounts', id, space: 'team',
        fields: { name: { value: `Account ${id} #${counter}`, base: versions.get(`name:${id}`) ?? 0 }, industry: { value: 'Software', base: versions.get(`industry:${id}`) ?? 0 } },
      };
    });
    const push = await post<PushResponse>(`${baseUrl}/v1/sync/push`, client.token, { clientId: client.clientId, mutations });
    stats.pushMs.push(push.ms);
    if (push.status !== 200) { stats.errors += 1; continue; }
    position.mutationId = push.body.lastMutationId + 1;
    stats.mutations += push.body.results.length;
    stats.conflicts += push.body.results.filter((r) => r.status === 'conflict').length;
    // A mutation of a record of its own is that record's create (its id is new).
    stats.creates += push.body.results.filter((r, i) => r.status === 'applied' && !mutations[i]?.id.startsWith('shared-')).length;
    let more = true;
    while (more) {
      const pull: { ms: number; status: number; body: PullResponse } = await post<PullResponse>(`${baseUrl}/v1/sync/pull`, client.token, { clientId: client.clientId, cursor: position.cursor, limit: 1000 });
      stats.pullMs.push(pull.ms);
      if (pull.status !== 200) { stats.errors += 1; break; }
      for (const c of pull.body.changes) for (const [f, v] of Object.entries(c.fields)) versions.set(`${f}:${c.id}`, v.version);
      stats.pulledRecords += pull.body.changes.length;
      position.cursor = pull.body.cursor;
      more = pull.body.more;
    }
    if (paceMs > 0) await sleep(Math.max(0, Math.min(roundStart + paceMs, deadline) - performance.now()));
  }
  return stats;
}

const sleep = (ms: number) => new Promise<void>((done) => setTimeout(done, ms));

/** The p-th percentile (0–100) of a list of numbers. */
export function percentile(values: number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}
