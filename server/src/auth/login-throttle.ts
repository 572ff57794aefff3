import type { Queryable } from '../db/database';

/** Failed logins for one email after which every attempt for it is refused. */
export const maxLoginFailures = 10;
/** Failed logins from one client address (any email) after which every attempt from it is refused. */
export const maxAddressFailures = 30;
/** How long refusals last after the last failure, and how close failures must follow each other. */
export const loginFailureWindowMs = 15 * 60 * 1000;

/** The two counters: per email and per client address. Table and column names are constants, never input. */
const counters = {
  email: { table: 'login_failures', key: 'email_key', max: maxLoginFailures },
  address: { table: 'login_address_failures', key: 'address', max: maxAddressFailures },
} as const;
type Counter = keyof typeof counters;

/**
 * Counts one attempt as a failure before the password is checked, in one atomic statement: the row
 * is only bumped while it is under the limit (or its window has passed), so however many guesses
 * arrive at once, at most `max` of them get a slot. Refused attempts do not extend the window.
 */
async function claim(db: Queryable, counter: Counter, key: string, now: Date): Promise<boolean> {
  const { table, key: column, max } = counters[counter];
  const rows = await db.query(
    `INSERT INTO ${table} AS l (${column}, failures, last_failure_at) VALUES ($1, 1, $2)
     ON CONFLICT (${column}) DO UPDATE SET
       failures = CASE WHEN l.last_failure_at <= $3 THEN 1 ELSE l.failures + 1 END,
       last_failure_at = $2
     WHERE l.last_failure_at <= $3 OR l.failures < $4
     RETURNING failures`,
    [key, now, new Date(now.getTime() - loginFailureWindowMs), max],
  );
  return rows.length > 0;
}

/** Gives back an attempt claimed by `claim` that turned out not to be a failure. */
async function refund(db: Queryable, counter: Counter, key: string): Promise<void> {
  const { table, key: column } = counters[counter];
  await db.query(`UPDATE ${table} SET failures = greatest(failures - 1, 0) WHERE ${column} = $1`, [key]);
}

/**
 * Takes a login attempt slot for an email from a client address before the (slow) password check.
 * Resolves to which limit refuses the attempt, or null when the password may be checked; the attempt
 * then already counts as a failure until `loginSucceeded` says otherwise.
 */
export async function claimLoginAttempt(db: Queryable, emailKey: string, address: string, now: Date): Promise<Counter | null> {
  if (!(await claim(db, 'address', address, now))) return 'address';
  if (!(await claim(db, 'email', emailKey, now))) {
    await refund(db, 'address', address);
    return 'email';
  }
  return null;
}

/** After a successful login: the email's failures are forgotten and the address gets its attempt back. */
export async function loginSucceeded(db: Queryable, emailKey: string, address: string): Promise<void> {
  await db.query('DELETE FROM login_failures WHERE email_key = $1', [emailKey]);
  await refund(db, 'address', address);
}

/** Forgets failures whose window has passed, so the tables stay small. */
export async function pruneLoginFailures(db: Queryable, now: Date): Promise<void> {
  const cutoff = new Date(now.getTime() - loginFailureWindowMs);
  await db.query('DELETE FROM login_failures WHERE last_failure_at <= $1', [cutoff]);
  await db.query('DELETE FROM login_address_failures WHERE last_failure_at <= $1', [cutoff]);
}
