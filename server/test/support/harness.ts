import { randomBytes } from 'node:crypto';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll } from 'vitest';
import { buildApp } from '../../src/app';
import { createSession } from '../../src/auth/sessions';
import type { Database } from '../../src/db/database';
import { hashPassword } from '../../src/auth/password';
import { createUser, findOrCreateTeam, isEmailTaken } from '../../src/users/users';
import type { DatabaseVariant } from './databases';
import { formatHlc } from '../../../shared/sync/hlc';
import type { PullResponse, PushResponse, Role, User } from '../../../shared/sync/protocol';

/** A server built on a test database with a clock the test can move. */
export type Harness = { db: Database; app: FastifyInstance; clock: { ms: number } };

/** Builds the app on `db` with a controllable clock (starting at the real time). */
export async function buildHarness(db: Database): Promise<Harness> {
  const clock = { ms: Date.now() };
  const app = await buildApp({ db, now: () => new Date(clock.ms) });
  return { db, app, clock };
}

/**
 * The harness of a suite: opens the variant's database and builds the app before the suite's tests,
 * closes both after them. The returned harness reads through to the one built (use it inside tests).
 */
export function useHarness(variant: DatabaseVariant): Harness {
  let built: Harness | undefined;
  beforeAll(async () => { built = await buildHarness(await variant.open()); });
  afterAll(async () => {
    await built?.app.close();
    await built?.db.close();
  });
  const current = (): Harness => {
    if (!built) throw new Error('The harness is built in beforeAll: use it inside tests');
    return built;
  };
  return { get db() { return current().db; }, get app() { return current().app; }, get clock() { return current().clock; } };
}

/** A random suffix so tests sharing one database never collide. */
export const unique = (): string => randomBytes(6).toString('hex');

/** One mutation as a test writes it: field → [value, base]. */
export type TestMutation = {
  entity?: string; id: string; space?: 'team' | 'private'; fields: Record<string, [unknown, number]>; hlc?: string; mutationId?: number;
};

/** A logged-in installation of the app: a user, a token and a client with its own mutation ids and clock. */
export class TestClient {
  nextMutationId = 1;
  private counter = 0;
  readonly node = randomBytes(8).toString('hex');

  constructor(readonly h: Harness, readonly user: User, readonly token: string, readonly clientId = `client-${unique()}`) {}

  /** The next HLC of this client (strictly increasing). */
  hlc(): string {
    this.counter += 1;
    return formatHlc({ wallMs: this.h.clock.ms, counter: this.counter, node: this.node });
  }

  /** The team's current version (users' member records take versions too). */
  async teamVersion(): Promise<number> {
    const rows = await this.h.db.query<{ version: number }>('SELECT version FROM teams WHERE id = $1', [this.user.teamId]);
    return rows[0]?.version ?? 0;
  }

  /** Sends any request with this client's token. */
  request(method: 'GET' | 'POST', url: string, payload?: unknown): Promise<LightMyRequestResponse> {
    return this.h.app.inject({ method, url, headers: { authorization: `Bearer ${this.token}` }, ...(payload === undefined ? {} : { payload: payload as object }) });
  }

  /** Builds the protocol form of test mutations, numbering them in order. */
  build(mutations: TestMutation[]) {
    return mutations.map((m) => ({
      mutationId: m.mutationId ?? this.nextMutationId++,
      hlc: m.hlc ?? this.hlc(),
      entity: m.entity ?? 'accounts',
      id: m.id,
      space: m.space ?? 'team',
      fields: Object.fromEntries(Object.entries(m.fields).map(([f, [value, base]]) => [f, { value, base }])),
    }));
  }

  /** Pushes mutations and expects a 200. */
  async push(mutations: TestMutation[]): Promise<PushResponse> {
    const res = await this.request('POST', '/v1/sync/push', { clientId: this.clientId, mutations: this.build(mutations) });
    if (res.statusCode !== 200) throw new Error(`push answered ${res.statusCode}: ${res.body}`);
    return res.json<PushResponse>();
  }

  /** Pulls one page and expects a 200. */
  async pull(cursor: string | null = null, limit?: number): Promise<PullResponse> {
    const res = await this.request('POST', '/v1/sync/pull', { clientId: this.clientId, cursor, ...(limit ? { limit } : {}) });
    if (res.statusCode !== 200) throw new Error(`pull answered ${res.statusCode}: ${res.body}`);
    return res.json<PullResponse>();
  }

  /** Pulls every page from `cursor` and returns all changes and the final cursor. */
  async pullAll(cursor: string | null = null, limit?: number): Promise<{ changes: PullResponse['changes']; cursor: string; pages: number }> {
    const changes: PullResponse['changes'] = [];
    let pages = 0;
    for (;;) {
      const page = await this.pull(cursor, limit);
      pages += 1;
      changes.push(...page.changes);
      cursor = page.cursor;
      if (!page.more) return { changes, cursor, pages };
    }
  }
}

// The slow hash of each test password is made once per test run.
const hashes = new Map<string, Promise<string>>();
const hashOnce = (password: string) => hashes.get(password) ?? hashes.set(password, hashPassword(password)).get(password) ?? hashPassword(password);

/** A fresh team with an admin, plus a way to add members; users get sessions without the slow login. */
export async function createTeam(h: Harness) {
  const team = await findOrCreateTeam(h.db, `team-${unique()}`);
  const addUser = async (role: Role, password = 'correct horse battery'): Promise<TestClient> => {
    const user = await createUser(h.db, { teamId: team.id, email: `${role}-${unique()}@example.com`, passwordHash: await hashOnce(password), name: `A ${role}`, role });
    if (isEmailTaken(user)) throw new Error('email collision');
    return new TestClient(h, user, await createSession(h.db, user.id, new Date(h.clock.ms)));
  };
  return { teamId: team.id, admin: await addUser('admin'), addUser };
}

/** Pulled changes other than the team member records the server writes for every user. */
export function withoutMembers(changes: PullResponse['changes']): PullResponse['changes'] {
  return changes.filter((c) => c.entity !== 'teamMembers');
}

/** The value of one field of one record in a list of pulled changes (last write wins). */
export function fieldValue(changes: PullResponse['changes'], entity: string, id: string, field: string): unknown {
  let value: unknown;
  for (const c of changes) if (c.entity === entity && c.id === id && c.fields[field]) value = c.fields[field]?.value;
  return value;
}
