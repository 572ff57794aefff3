import type { Queryable } from '../db/database';

/** Failed logins for one email after which every attempt is refused. */
export const maxLoginFailures = 10;
/** How long refusals last after the last failure, and how close failures must follow each other. */
export const loginFailureWindowMs = 15 * 60 * 1000;

/**
 * Login throttling, kept in the database so every server process sees the same count.
 * Failures count while each follows the previous one within the window.
 */
export async function isLoginThrottled(db: Queryable, emailKey: string, now: Date): Promise<boolean> {
  const rows = await db.query<{ failures: number; last_failure_at: Date }>(
    'SELECT failures, last_failure_at FROM login_failures WHERE email_key = $1', [emailKey],
  );
  const row = rows[0];
  return row !== undefined && row.failures >= maxLoginFailures && now.getTime() - row.last_failure_at.getTime() < loginFailureWindowMs;
}

/** Counts one failed login. */
export async function recordLoginFailure(db: Queryable, emailKey: string, now: Date): Promise<void> {
  await db.query(
    `INSERT INTO login_failures (email_key, failures, last_failure_at) VALUES ($1, 1, $2)
     ON CONFLICT (email_key) DO UPDATE SET
       failures = CASE WHEN login_failures.last_failure_at <= $3 THEN 1 ELSE login_failures.failures + 1 END,
       last_failure_at = $2`,
    [emailKey, now, new Date(now.getTime() - loginFailureWindowMs)],
  );
}

/** Forgets the failures of an email after a successful login. */
export async function clearLoginFailures(db: Queryable, emailKey: string): Promise<void> {
  await db.query('DELETE FROM login_failures WHERE email_key = $1', [emailKey]);
}
