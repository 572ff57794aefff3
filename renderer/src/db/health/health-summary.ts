import type { UpdateCadence } from '../../../../shared/domain/escalation-rules';
import type { HealthBand } from '../../../../shared/domain/health/bands';
import { defaultRiskOptions, riskAlerts, type RiskAlert } from '../../../../shared/domain/health/risk-rules';
import { scoreAccount } from '../../../../shared/domain/health/score';
import type { HealthInput } from '../../../../shared/domain/health/types';
import type { HealthSettings } from '../../../../shared/domain/health/weights';

/** What the lists need of an account's health: small enough to send 10,000 of from the worker. */
export type AccountHealth = {
  accountId: string;
  name: string;
  arrMinor: number;
  currency: string;
  deleted: boolean;
  score: number | null;
  band: HealthBand;
  drivers: string[];
  alerts: RiskAlert[];
};

/** When the health is computed: the local day and the instant, and the customer-update cadence in force (default if absent). */
export type HealthClock = { today: string; nowMs: number; cadence?: UpdateCadence };

/** Scores one account and runs the at-risk rules on it. */
export function summarizeHealth(input: HealthInput, settings: HealthSettings, clock: HealthClock): AccountHealth {
  const asOf = { today: clock.today };
  const result = scoreAccount(input, asOf, settings);
  const a = input.account;
  return {
    accountId: a.id, name: a.name, arrMinor: a.arrMinor, currency: a.currency, deleted: a.deleted,
    score: result.score, band: result.band, drivers: result.drivers,
    alerts: riskAlerts(input, asOf, result.score, clock.nowMs, { ...defaultRiskOptions, healthyFrom: settings.thresholds.healthy, ...(clock.cadence ? { cadence: clock.cadence } : {}) }),
  };
}
