import { resolve } from 'node:path';

/** How the server is configured (PROTOCOL.md "Starting the server"). */
export type ServerConfig = { port: number; host: string; databaseUrl: string | undefined; dataDir: string; trustProxy: boolean | string };

/** Reads the configuration from the environment; throws a readable error for a bad PORT. */
export function readConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const port = Number(env.PORT ?? 8787);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number, got ${env.PORT}`);
  return {
    port,
    host: env.HOST || '127.0.0.1',
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: resolve(env.RAPPORT_DATA_DIR || './data/server'),
    // Behind a reverse proxy, the client address (for login throttling) comes from X-Forwarded-For:
    // TRUST_PROXY=true trusts every hop, or give the proxies' addresses/CIDRs, comma-separated.
    trustProxy: env.TRUST_PROXY === 'true' ? true : env.TRUST_PROXY || false,
  };
}

/** Where the data lives, for logs (never prints a password from the URL). */
export function describeStorage(config: ServerConfig): string {
  if (!config.databaseUrl) return `PGlite in ${config.dataDir}`;
  try {
    const url = new URL(config.databaseUrl);
    return `PostgreSQL at ${url.hostname}:${url.port || 5432}${url.pathname}`;
  } catch {
    return 'PostgreSQL';
  }
}
