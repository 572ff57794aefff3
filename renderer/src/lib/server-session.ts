/** Who this device syncs as: the server, the user and team (token kept apart, in memory/session only). */
export type ServerSession = { url: string; userId: string; email: string; name: string; teamId: string; role: string };

const sessionKey = 'rapport.serverSession';
const tokenKey = 'rapport.serverToken';
const activeDbKey = 'rapport.activeDb';

/** The saved session, if this device is signed in to a server. */
export function readSession(): ServerSession | null {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(sessionKey) ?? 'null');
    return parsed && typeof parsed === 'object' ? (parsed as ServerSession) : null;
  } catch {
    return null;
  }
}

/** Web mode's bearer token: session storage only (gone when the window closes), never the database. In Electron the main process keeps it. */
export function readToken(): string | null {
  return typeof sessionStorage === 'undefined' ? null : sessionStorage.getItem(tokenKey);
}

/** Keeps or forgets web mode's token. */
export function writeToken(token: string | null): void {
  if (token === null) sessionStorage.removeItem(tokenKey);
  else sessionStorage.setItem(tokenKey, token);
}

/** Saves who this device syncs as (the token goes through the bridge). */
export function writeSession(session: ServerSession): void {
  localStorage.setItem(sessionKey, JSON.stringify(session));
}

/** Forgets which server this device syncs with. */
export function forgetSession(): void {
  localStorage.removeItem(sessionKey);
}

/** The local database for a server and team: each server+team gets its own, so data never mixes. */
export function databaseNameFor(url: string, teamId: string): string {
  return `rapport@${url.replace(/\/+$/, '').toLowerCase()}#${teamId}`;
}

/** The database this window opens (the plain local one until a team claims it). */
export function activeDatabaseName(): string {
  return (typeof localStorage !== 'undefined' && localStorage.getItem(activeDbKey)) || 'rapport';
}

/** Chooses the database the next start opens. */
export function setActiveDatabaseName(name: string): void {
  localStorage.setItem(activeDbKey, name);
}
