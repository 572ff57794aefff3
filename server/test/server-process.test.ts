import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatHlc } from '../../shared/sync/hlc';
import type { LoginResponse, PullResponse, PushResponse } from '../../shared/sync/protocol';
import { runCreateUser, startServer, type ServerProcess } from './support/server-process';

const postgresUrl = process.env.RAPPORT_TEST_DATABASE_URL;
const storages = [
  { name: 'PGlite', env: (dir: string) => ({ RAPPORT_DATA_DIR: dir, DATABASE_URL: '' }) },
  ...(postgresUrl ? [{ name: 'PostgreSQL', env: () => ({ DATABASE_URL: postgresUrl }) }] : []),
];

async function call<T>(server: ServerProcess, path: string, body: unknown, token?: string): Promise<{ status: number; body: T }> {
  const res = await fetch(`${server.url}${path}`, {
    method: 'POST', body: JSON.stringify(body),
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
  });
  return { status: res.status, body: (await res.json()) as T };
}

function batch(from: number, count: number, tag: string) {
  return Array.from({ length: count }, (_, i) => ({
    mutationId: from + i,
    hlc: formatHlc({ wallMs: Date.now(), counter: i, node: '00000000000000aa' }),
    entity: 'accounts', id: `${tag}-${from + i}`, space: 'team',
    fields: { name: { value: `Account ${from + i}`, base: 0 }, industry: { value: 'x'.repeat(90), base: 0 } },
  }));
}

for (const storage of storages) {
  describe(`the server as a process [${storage.name}]`, () => {
    const dir = mkdtempSync(join(tmpdir(), 'rapport-server-'));
    const env = storage.env(dir);
    const email = `owner-${Date.now()}-${Math.random().toString(36).slice(2)}@example.com`;
    const running = new Set<ServerProcess>();
    const start = async () => { const s = await startServer(env); running.add(s); return s; };
    afterAll(() => {
      for (const s of running) s.child.kill('SIGKILL');
      rmSync(dir, { recursive: true, force: true });
    });

    it('creates a user from the command line, finishes in-flight pushes on SIGTERM, and survives a crash mid-push', async () => {
      // The password comes on stdin, never on the command line.
      const created = await runCreateUser(['--email', email, '--name', 'Owner', '--team', `Team ${email}`, '--role', 'admin'], env, 'long enough\n');
      expect(created.output).toMatch(/Created team/);
      expect(created.output).not.toMatch(/Warning/);
      expect(created.code).toBe(0);
      if (storage.name === 'PGlite') {
        const short = await runCreateUser(['--email', email, '--password', 'short', '--name', 'X', '--team', 'T'], env);
        expect(short.code).toBe(1);
        expect(short.output).toMatch(/--password leaves the password/);
      }

      let server = await start();
      const login = await call<LoginResponse>(server, '/v1/auth/login', { email, password: 'long enough' });
      expect(login.status).toBe(200);
      const token = login.body.token;
      const clientId = 'process-test-client';

      const pullAll = async () => {
        const ids: string[] = [];
        let cursor: string | null = null;
        for (;;) {
          const page: { status: number; body: PullResponse } = await call<PullResponse>(server, '/v1/sync/pull', { clientId, cursor, limit: 5000 }, token);
          ids.push(...page.body.changes.map((c) => c.id));
          cursor = page.body.cursor;
          if (!page.body.more) return { ids, last: page.body.lastMutationId };
        }
      };

      // SIGKILL in the middle of a push: after a restart the push is all there or not at all.
      const doomed = call<PushResponse>(server, '/v1/sync/push', { clientId, mutations: batch(1, 500, 'crash') }, token).catch(() => null);
      await new Promise((r) => setTimeout(r, 300));
      server.child.kill('SIGKILL');
      await doomed;
      await server.exited;
      running.delete(server);

      server = await start();
      const afterCrash = await pullAll();
      const crashed = afterCrash.ids.filter((id) => id.startsWith('crash-')).length;
      expect(afterCrash.last === 0 ? crashed === 0 : afterCrash.last === 500 && crashed === 500).toBe(true);
      const resend = await call<PushResponse>(server, '/v1/sync/push', { clientId, mutations: batch(1, 500, 'crash') }, token);
      expect(new Set(resend.body.results.map((r) => r.status)).size).toBe(1);
      const recovered = await pullAll();
      expect(recovered.last).toBe(500);
      expect(new Set(recovered.ids.filter((id) => id.startsWith('crash-'))).size).toBe(500);

      // SIGTERM while a large push is in flight: the push completes, then the process exits cleanly.
      const inFlight = call<PushResponse>(server, '/v1/sync/push', { clientId, mutations: batch(501, 400, 'graceful') }, token);
      await new Promise((r) => setTimeout(r, 150));
      const stopAt = performance.now();
      server.child.kill('SIGTERM');
      const finished = await inFlight;
      expect(finished.status).toBe(200);
      expect(finished.body.lastMutationId).toBe(900);
      expect(finished.body.results.every((r) => r.status === 'applied')).toBe(true);
      expect(await server.exited).toBe(0);
      // Keep-alive connections of answered requests must not hold the shutdown open.
      expect(performance.now() - stopAt).toBeLessThan(15_000);
      running.delete(server);
    }, 150_000);
  });
}
