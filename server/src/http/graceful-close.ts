import type { FastifyInstance } from 'fastify';

/**
 * Once the server is closing, answers to requests still in flight carry `Connection: close`, so
 * their keep-alive connections end with the answer instead of holding shutdown open until they time out.
 */
export function installGracefulClose(app: FastifyInstance): void {
  let closing = false;
  app.addHook('preClose', async () => { closing = true; });
  app.addHook('onSend', async (_request, reply, payload) => {
    if (closing) reply.header('Connection', 'close');
    return payload;
  });
}
