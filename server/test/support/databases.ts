import { describe } from 'vitest';
import type { Database } from '../../src/db/database';
import { openDatabase } from '../../src/db/open-database';

/** A database engine the suite runs against. */
export type DatabaseVariant = { name: string; open: () => Promise<Database> };

const postgresUrl = process.env.RAPPORT_TEST_DATABASE_URL;

/** PGlite in memory always; real PostgreSQL when RAPPORT_TEST_DATABASE_URL is set. */
export const databaseVariants: DatabaseVariant[] = [
  { name: 'PGlite', open: () => openDatabase({}) },
  ...(postgresUrl ? [{ name: 'PostgreSQL', open: () => openDatabase({ databaseUrl: postgresUrl }) }] : []),
];

/** Runs a suite once per database variant, and says so when the PostgreSQL variant is skipped. */
export function describeEachDatabase(title: string, suite: (variant: DatabaseVariant) => void): void {
  for (const variant of databaseVariants) describe(`${title} [${variant.name}]`, () => suite(variant));
  if (!postgresUrl) {
    describe.skip(`${title} [PostgreSQL: skipped, set RAPPORT_TEST_DATABASE_URL (see test/setup/start-postgres.sh)]`, () => {
      suite({ name: 'PostgreSQL', open: () => Promise.reject(new Error('RAPPORT_TEST_DATABASE_URL is not set')) });
    });
  }
}
