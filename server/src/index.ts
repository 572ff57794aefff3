import { mkdirSync } from 'node:fs';
import { buildApp } from './app';
import { describeStorage, readConfig } from './config';
import { openDatabase } from './db/open-database';

/** Starts the sync server: opens and migrates the database, listens, and shuts down gracefully on signals. */
async function main(): Promise<void> {
  const config = readConfig();
  if (!config.databaseUrl) mkdirSync(config.dataDir, { recursive: true });
  const db = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  const app = await buildApp({ db, logger: { level: process.env.LOG_LEVEL ?? 'info' }, trustProxy: config.trustProxy });
  app.log.info({ storage: describeStorage(config) }, 'database ready');

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    app.log.info({ signal }, 'shutting down: finishing requests in flight');
    // app.close() stops accepting connections and resolves once in-flight requests have been answered.
    app.close()
      .then(() => db.close())
      .then(() => { app.log.info('stopped'); process.exit(0); })
      .catch((error: unknown) => { app.log.error({ err: error }, 'shutdown failed'); process.exit(1); });
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));

  await app.listen({ port: config.port, host: config.host });
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
