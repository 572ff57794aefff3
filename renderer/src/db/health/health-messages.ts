import type { HealthSettings } from '../../../../shared/domain/health/weights';
import type { HealthUpdate } from './health-engine';
import type { HealthClock } from './health-summary';

/** What the app asks of the health worker. */
export type HealthRequest =
  | { type: 'init'; dbName: string; settings: HealthSettings; clock: HealthClock }
  | { type: 'changed'; accountIds: string[] | 'all'; settings: HealthSettings; clock: HealthClock }
  | { type: 'rescore'; settings: HealthSettings; clock: HealthClock };

/** What the health worker answers: scores that changed, or a failure in words. */
export type HealthReply = ({ type: 'update' } & HealthUpdate) | { type: 'error'; message: string };
