import { createDataLayer } from './data-layer';
import { activeDatabaseName } from '../lib/server-session';
import { createDb } from './db';

/** The app's single database. */
export const db = createDb(activeDatabaseName());

/** The app's single data layer: every write goes through it. */
export const data = createDataLayer(db);
