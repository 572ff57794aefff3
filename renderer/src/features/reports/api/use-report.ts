import { useMemo } from 'react';
import type { Segment } from '../../../../../shared/domain/account';
import { healthBandLabels, healthBands, type HealthBand } from '../../../../../shared/domain/health/bands';
import { compareLines, figureLines, type ComparedLine } from '../../../../../shared/domain/metrics/figure-lines';
import { periodFigures, sliceInput, type PeriodFigures } from '../../../../../shared/domain/metrics/figures';
import { healthDistribution } from '../../../../../shared/domain/metrics/operations';
import { keptOnTimeByOwner, reportOutliers, type Outlier } from '../../../../../shared/domain/metrics/outliers';
import { periodContaining, periodsEndingWith, previousPeriod, shortPeriodLabel, type Period } from '../../../../../shared/domain/metrics/period';
import type { TrendPoint } from '../../../../../shared/document/monthly-review';
import { userZone } from '../../../lib/now';
import type { ReportData } from './use-report-data';

/** What the user picked: month or quarter, which one (its first day), and the slice. */
export type ReportChoice = { kind: Period['kind']; start: string; segment: Segment | null; ownerId: string | null };

/** Everything the Reports screen and its exports show for a choice. */
export type Report = {
  period: Period; previous: Period; current: PeriodFigures; lines: ComparedLine[]; trend: (TrendPoint & { escalationsOpened: number; escalationsResolved: number })[];
  health: { band: HealthBand; label: string; count: number }[]; outliers: Outlier[]; keptByOwner: { name: string; rate: number | null; finished: number }[];
};

/** Computes the report for a choice from the records (recomputed only when they or the choice change). */
export function useReport(data: ReportData | undefined, scores: { accountId: string; score: number | null; band: string }[], choice: ReportChoice, nowMs: number): Report | undefined {
  return useMemo(() => {
    if (!data) return undefined;
    const input = sliceInput(data.input, { segment: choice.segment, ownerId: choice.ownerId });
    const period = periodContaining(choice.kind, choice.start);
    const previous = previousPeriod(period);
    const current = periodFigures(input, period, userZone, nowMs);
    const lines = compareLines(figureLines(current), figureLines(periodFigures(input, previous, userZone, nowMs)));
    const trend = periodsEndingWith(period, choice.kind === 'month' ? 12 : 6).map((p) => {
      const f = p === period ? current : periodFigures(input, p, userZone, nowMs);
      return {
        label: shortPeriodLabel(p), nps: f.nps.score, closedLoopRate: f.closedLoop.rate,
        nrr: Object.fromEntries(f.retention.byCurrency.map((c) => [c.currency, c.nrr])), grr: Object.fromEntries(f.retention.byCurrency.map((c) => [c.currency, c.grr])),
        escalationsOpened: f.escalations.opened, escalationsResolved: f.escalations.resolved,
      };
    });
    const ids = new Set(input.accounts.map((a) => a.id));
    const mine = scores.filter((s) => ids.has(s.accountId));
    const health = healthDistribution(mine.map((s) => s.band as HealthBand), healthBands).map((h) => ({ band: h.band, label: healthBandLabels[h.band], count: h.count }));
    const keptByOwner = keptOnTimeByOwner(input, period, userZone).map((r) => ({ name: data.memberNames.get(r.ownerId) ?? 'Someone', rate: r.rate, finished: r.finished }));
    return { period, previous, current, lines, trend, health, outliers: reportOutliers(input, mine, nowMs, userZone), keptByOwner };
  }, [data, scores, choice, nowMs]);
}
