import type { FastifyInstance } from 'fastify';
import type { ServerResponse } from 'node:http';
import { liveTokens } from '../auth/sessions';
import { authenticate, currentUser, type AuthContext } from '../http/authenticate';
import type { ChangeEvent } from '../../../shared/sync/protocol';
import type { ChangeFeed } from './change-feed';
import type { OpenStreams } from './open-streams';
import { readTeamVersion } from './team-changes';

/** Seconds between keep-alive comments, below common proxy idle timeouts. */
const heartbeatMs = 25_000;

function sendEvent(res: ServerResponse, event: ChangeEvent): void {
  res.write(`data: ${JSON.stringify(event)}\n\n`);
}

/** How the events route checks that open streams' sessions are still valid. */
export type StreamChecks = { streams: OpenStreams; everyMs: number };

/**
 * GET /v1/sync/events: Server-Sent Events with the team's version on connect and after every change.
 * At most a few streams per user; every `everyMs` the sessions of open streams are checked, so a
 * stream ends when its token expires or is revoked (also by another server process) or its user is deactivated.
 */
export function registerEventsRoute(app: FastifyInstance, auth: AuthContext, feed: ChangeFeed, checks: StreamChecks): void {
  const { db, now } = auth;
  const { streams } = checks;
  const timer = setInterval(() => {
    const open = streams.all();
    if (open.length === 0) return;
    liveTokens(db, open.map((s) => s.token), now())
      .then((live) => { for (const s of open) if (!live.has(s.token)) s.res.end(); })
      .catch((error: unknown) => app.log.warn({ err: error }, 'could not check the sessions of open event streams'));
  }, checks.everyMs);
  timer.unref();
  // Streams never end by themselves: close them so a graceful shutdown can finish.
  app.addHook('preClose', async () => {
    clearInterval(timer);
    streams.endAll();
  });

  app.get('/v1/sync/events', { onRequest: authenticate(auth) }, async (request, reply) => {
    const user = currentUser(request);
    const token = request.token ?? '';
    const version = await readTeamVersion(db, user.teamId);
    reply.hijack();
    const res = reply.raw;
    res.writeHead(200, {
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-store, no-transform',
      'X-Content-Type-Options': 'nosniff',
      Connection: 'keep-alive',
      'Access-Control-Allow-Origin': '*',
      'X-Accel-Buffering': 'no',
    });
    res.write('retry: 3000\n\n');
    sendEvent(res, { version });
    const unsubscribe = feed.subscribe(user.teamId, (v) => sendEvent(res, { version: v }));
    const heartbeat = setInterval(() => res.write(': keep-alive\n\n'), heartbeatMs);
    res.on('close', () => {
      clearInterval(heartbeat);
      unsubscribe();
    });
    streams.add(res, user.id, token);
  });
}
