import type { Database, Queryable } from './database';
import { backfillMemberRecords } from '../users/member-records';

/** One migration statement: SQL, or a data step run in the same transaction. */
type Step = string | ((tx: Queryable) => Promise<void>);

/**
 * The schema, as numbered steps of single statements. Append new steps; never edit an applied one.
 * Every per-team row carries `team_id` so a team can be sharded on it.
 */
const migrations: readonly (readonly Step[])[] = [
  [
    `CREATE TABLE server_meta (key text PRIMARY KEY, value text NOT NULL)`,
    `INSERT INTO server_meta (key, value) VALUES ('instance_id', replace(gen_random_uuid()::text, '-', ''))`,
    `CREATE TABLE teams (
       id text PRIMARY KEY, name text NOT NULL UNIQUE, version bigint NOT NULL DEFAULT 0,
       created_at timestamptz NOT NULL DEFAULT now())`,
    `CREATE TABLE users (
       id text PRIMARY KEY, team_id text NOT NULL REFERENCES teams (id), email text NOT NULL,
       email_key text NOT NULL UNIQUE, name text NOT NULL,
       role text NOT NULL CHECK (role IN ('admin', 'member', 'viewer')), password_hash text NOT NULL,
       created_at timestamptz NOT NULL DEFAULT now())`,
    `CREATE TABLE sessions (
       token_hash text PRIMARY KEY, user_id text NOT NULL REFERENCES users (id),
       expires_at timestamptz NOT NULL, created_at timestamptz NOT NULL DEFAULT now())`,
    `CREATE INDEX sessions_by_user ON sessions (user_id)`,
    `CREATE TABLE login_failures (email_key text PRIMARY KEY, failures integer NOT NULL, last_failure_at timestamptz NOT NULL)`,
    `CREATE TABLE client_progress (
       user_id text NOT NULL REFERENCES users (id), client_id text NOT NULL, last_mutation_id bigint NOT NULL,
       PRIMARY KEY (user_id, client_id))`,
    `CREATE TABLE records (
       team_id text NOT NULL REFERENCES teams (id), entity text NOT NULL, id text NOT NULL,
       space text NOT NULL CHECK (space IN ('team', 'private')), owner_id text NOT NULL,
       max_version bigint NOT NULL, PRIMARY KEY (team_id, entity, id))`,
    `CREATE UNIQUE INDEX records_by_version ON records (team_id, max_version)`,
    `CREATE TABLE fields (
       team_id text NOT NULL, entity text NOT NULL, record_id text NOT NULL, field text NOT NULL,
       value jsonb NOT NULL, version bigint NOT NULL, hlc text NOT NULL,
       writer_user_id text, writer_client_id text,
       PRIMARY KEY (team_id, entity, record_id, field),
       FOREIGN KEY (team_id, entity, record_id) REFERENCES records (team_id, entity, id))`,
  ],
  [
    // 1.1: deactivated users, per-address login throttling, prunable failure tables, team member records.
    `ALTER TABLE users ADD COLUMN active boolean NOT NULL DEFAULT true`,
    `CREATE TABLE login_address_failures (address text PRIMARY KEY, failures integer NOT NULL, last_failure_at timestamptz NOT NULL)`,
    `CREATE INDEX login_failures_by_time ON login_failures (last_failure_at)`,
    `CREATE INDEX login_address_failures_by_time ON login_address_failures (last_failure_at)`,
    (tx) => backfillMemberRecords(tx, new Date()),
  ],
  [
    // Push speed: the fields' foreign key to their record was checked row by row (one index probe and
    // row lock per field written, ~85% of a push's write statement under 50 clients). The server
    // writes a record's row in the same statement as its fields and never deletes records, so the
    // key adds no safety the write does not give (server/test/push.test.ts checks no field is orphaned).
    `ALTER TABLE fields DROP CONSTRAINT IF EXISTS fields_team_id_entity_record_id_fkey`,
  ],
];

/** Brings the schema up to date (or up to step `through`, for tests of upgrades); safe to run from several processes at once. */
export async function migrate(db: Database, through: number = migrations.length): Promise<void> {
  await db.transaction(async (tx) => {
    // Serializes concurrent starters on one database (any constant key would do).
    await tx.query('SELECT pg_advisory_xact_lock(727274)');
    await tx.query('CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())');
    const rows = await tx.query<{ version: number }>('SELECT coalesce(max(version), 0) AS version FROM schema_migrations');
    const current = rows[0]?.version ?? 0;
    for (let i = current; i < Math.min(through, migrations.length); i += 1) {
      for (const step of migrations[i] ?? []) {
        if (typeof step === 'string') await tx.query(step);
        else await step(tx);
      }
      await tx.query('INSERT INTO schema_migrations (version) VALUES ($1)', [i + 1]);
    }
  });
}
