import type { HealthSettings } from '../../../../shared/domain/health/weights';
import type { HealthUpdate } from './health-engine';
import type { HealthClock } from './health-summary';

/** What the app asks of the health worker. */
export type HealthRequest =
  | { type: 'init'; dbName: string; settings: HealthSettings; clock: HealthClock }
  | { type: 'changed'; accountIds: string[] | 'all'; settings: HealthSettings; clock: HealthClock }
  | { type: 'rescore'; settings: HealthSettings; clock: HealthClock };

/** What the health worker answers: scores that changed (an update may come in several replies, all but the last with `more`), or a failure in words. */
export type HealthReply = ({ type: 'update'; more: boolean } & HealthUpdate) | { type: 'error'; message: string };
