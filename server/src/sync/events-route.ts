import type { FastifyInstance } from 'fastify';
import type { ServerResponse } from 'node:http';
import type { Database } from '../db/database';
import { authenticate, currentUser } from '../http/authenticate';
import type { ChangeEvent } from '../../../shared/sync/protocol';
import type { ChangeFeed } from './change-feed';
import { readTeamVersion } from './team-changes';

/** Seconds between keep-alive comments, below common proxy idle timeouts. */
const heartbeatMs = 25_000;

function sendEvent(res: ServerResponse, event: ChangeEvent): void {
  res.write(`data: ${JSON.stringify(event)}\n\n`);
}

/** GET /v1/sync/events: Server-Sent Events with the team's version on connect and after every change. */
export function registerEventsRoute(app: FastifyInstance, db: Database, feed: ChangeFeed, now: () => Date): void {
  const open = new Set<ServerResponse>();
  // Streams never end by themselves: close them so a graceful shutdown can finish.
  app.addHook('preClose', async () => { for (const res of open) res.end(); });

  app.get('/v1/sync/events', { onRequest: authenticate(db, now) }, async (request, reply) => {
    const user = currentUser(request);
    const version = await readTeamVersion(db, user.teamId);
    reply.hijack();
    const res = reply.raw;
    res.writeHead(200, {
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-cache, no-transform',
      Connection: 'keep-alive',
      'Access-Control-Allow-Origin': '*',
      'X-Accel-Buffering': 'no',
    });
    res.write('retry: 3000\n\n');
    sendEvent(res, { version });
    open.add(res);
    const unsubscribe = feed.subscribe(user.teamId, (v) => sendEvent(res, { version: v }));
    const heartbeat = setInterval(() => res.write(': keep-alive\n\n'), heartbeatMs);
    res.on('close', () => {
      clearInterval(heartbeat);
      unsubscribe();
      open.delete(res);
    });
  });
}
