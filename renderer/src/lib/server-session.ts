import type { TokenGrant } from '../../../shared/bridge';
import { serverOrigin } from '../../../shared/sync/server-address';

/** Who this device syncs as: the server, the user and team (token kept apart, in memory/session only). */
export type ServerSession = { url: string; userId: string; email: string; name: string; teamId: string; role: string };

const sessionKey = 'rapport.serverSession';
const tokenKey = 'rapport.serverToken';
const tokenOriginKey = 'rapport.serverTokenOrigin';
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

/** Web mode's bearer token for a request to `baseUrl`: session storage only (gone when the window closes), never the database, and only for the server that issued it. In Electron the main process keeps it. */
export function readToken(baseUrl: string): string | null {
  if (typeof sessionStorage === 'undefined') return null;
  const token = sessionStorage.getItem(tokenKey);
  const origin = sessionStorage.getItem(tokenOriginKey);
  return token && origin && serverOrigin(baseUrl) === origin ? token : null;
}

/** Whether web mode keeps a token at all. */
export function hasToken(): boolean {
  return typeof sessionStorage !== 'undefined' && sessionStorage.getItem(tokenKey) !== null && sessionStorage.getItem(tokenOriginKey) !== null;
}

/** Keeps web mode's token, bound to the origin of the server that issued it, or forgets it. */
export function writeToken(grant: TokenGrant | null): void {
  const origin = grant ? serverOrigin(grant.baseUrl) : null;
  if (!grant || !origin) {
    sessionStorage.removeItem(tokenKey);
    sessionStorage.removeItem(tokenOriginKey);
    return;
  }
  sessionStorage.setItem(tokenKey, grant.token);
  sessionStorage.setItem(tokenOriginKey, origin);
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
