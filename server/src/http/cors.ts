import type { FastifyInstance } from 'fastify';

/**
 * The app in web mode calls the server from another origin. Authentication is a bearer header,
 * never a cookie, so any origin may call; preflights are answered before authentication.
 */
export function installCors(app: FastifyInstance): void {
  app.addHook('onRequest', async (request, reply) => {
    reply.header('Access-Control-Allow-Origin', '*');
    if (request.method === 'OPTIONS') {
      reply
        .header('Access-Control-Allow-Methods', 'GET, POST, PATCH, OPTIONS')
        .header('Access-Control-Allow-Headers', 'Authorization, Content-Type')
        .header('Access-Control-Max-Age', '86400')
        .code(204)
        .send();
      return reply;
    }
  });
}
