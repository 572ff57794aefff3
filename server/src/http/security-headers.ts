import type { FastifyInstance } from 'fastify';

/** Every API answer: never sniffed as another content type, never stored by a browser or proxy cache. */
export function installSecurityHeaders(app: FastifyInstance): void {
  app.addHook('onSend', async (_request, reply, payload) => {
    reply.header('X-Content-Type-Options', 'nosniff');
    reply.header('Cache-Control', 'no-store');
    return payload;
  });
}
