import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { registerAuthRoutes } from './auth/auth-routes';
import { SessionCache } from './auth/session-cache';
import type { Database } from './db/database';
import { installCors } from './http/cors';
import { installErrorHandling } from './http/error-handling';
import { installGracefulClose } from './http/graceful-close';
import { installJsonBody } from './http/json-body';
import { buildOpenApiDocument } from './http/openapi';
import { installSecurityHeaders } from './http/security-headers';
import { OpenStreams } from './sync/open-streams';
import { ChangeFeed } from './sync/change-feed';
import { registerEventsRoute } from './sync/events-route';
import { registerSyncRoutes } from './sync/sync-routes';
import { registerAdminRoutes } from './users/admin-routes';
import { maxBodyBytes } from '../../shared/sync/protocol';

/** What the server is built from; tests pass their own database and clock. */
export type AppDeps = {
  /** A migrated database. */
  db: Database;
  /** The clock (defaults to the system clock). */
  now?: () => Date;
  /** Fastify's logger option: false in tests, structured JSON lines in production. */
  logger?: FastifyServerOptions['logger'];
  /** Fastify's trustProxy: which proxies' X-Forwarded-For gives the client address (login throttling). */
  trustProxy?: FastifyServerOptions['trustProxy'];
  /** How often open event streams' sessions are checked (default 30 s). */
  streamCheckMs?: number;
  /** How long a looked-up session is remembered (default 5 s; 0 looks every request up). */
  sessionCacheMs?: number;
  /** Called before every password check (tests count them). */
  onPasswordCheck?: () => void;
  /** Called for every route registered (tests compare them with the OpenAPI document). */
  onRoute?: (method: string, url: string) => void;
};

/** Builds the sync server (PROTOCOL.md) without opening a socket; `app.inject` drives it in tests. */
export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const { db } = deps;
  const now = deps.now ?? (() => new Date());
  const app = Fastify({
    logger: deps.logger ?? false,
    bodyLimit: maxBodyBytes,
    trustProxy: deps.trustProxy ?? false,
    forceCloseConnections: 'idle',
    onProtoPoisoning: 'error',
    onConstructorPoisoning: 'error',
  });
  const { onRoute } = deps;
  if (onRoute) app.addHook('onRoute', (route) => { for (const m of [route.method].flat()) onRoute(m, route.url); });
  app.decorateRequest('user', null);
  app.decorateRequest('token', null);
  installErrorHandling(app);
  installJsonBody(app);
  installCors(app);
  installSecurityHeaders(app);
  installGracefulClose(app);

  let serverId: Promise<string> | null = null;
  const readServerId = () => (serverId ??= db
    .query<{ value: string }>("SELECT value FROM server_meta WHERE key = 'instance_id'")
    .then((rows) => rows[0]?.value ?? 'unknown'));

  const feed = new ChangeFeed(db);
  await feed.start();
  app.addHook('onClose', async () => { await feed.stop(); });

  const streams = new OpenStreams();
  const auth = { db, now, sessions: new SessionCache(deps.sessionCacheMs ?? 5_000) };
  const openApi = buildOpenApiDocument();
  app.get('/v1/health', async () => ({ ok: true }));
  app.get('/v1/openapi.json', async () => openApi);
  registerAuthRoutes(app, auth, { onPasswordCheck: deps.onPasswordCheck, onLogout: (token) => streams.endToken(token) });
  registerAdminRoutes(app, auth, (userId) => streams.endUser(userId));
  registerSyncRoutes(app, auth, readServerId);
  registerEventsRoute(app, auth, feed, { streams, everyMs: deps.streamCheckMs ?? 30_000 });
  return app;
}
