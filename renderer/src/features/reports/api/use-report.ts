import { useMemo } from 'react';
import type { Segment } from '../../../../../shared/domain/account';
import { healthBandLabels, healthBands, type HealthBand } from '../../../../../shared/domain/health/bands';
import { compareLines, figureLines, type ComparedLine } from '../../../../../shared/domain/metrics/figure-lines';
import { periodFigures, sliceInput, type PeriodFigures } from '../../../../../shared/domain/metrics/figures';
import { healthDistribution } from '../../../../../shared/domain/metrics/operations';
import { keptOnTimeByOwner, reportOutliers, type Outlier } from '../../../../../shared/domain/metrics/outliers';
import { periodContaining, periodsEndingWith, previousPeriod, shortPeriodLabel, type Period } from '../../../../../shared/domain/metrics/period';
import { bandCountsOver, biggestHealthDrops, healthFigureLines, type HealthDrop } from '../../../../../shared/domain/metrics/health-over-time';
import type { BandThresholds } from '../../../../../shared/domain/health/weights';
import type { HealthTrendPoint, TrendPoint } from '../../../../../shared/document/monthly-review';
import { userZone } from '../../../lib/now';
import type { HealthOverTime } from './use-health-over-time';
import type { ReportData } from './use-report-data';

/** What the user picked: month or quarter, which one (its first day), and the slice. */
export type ReportChoice = { kind: Period['kind']; start: string; segment: Segment | null; ownerId: string | null };

/** Everything the Reports screen and its exports show for a choice. */
export type Report = {
  period: Period; previous: Period; current: PeriodFigures; lines: ComparedLine[]; trend: (TrendPoint & { escalationsOpened: number; escalationsResolved: number })[];
  health: { band: HealthBand; label: string; count: number }[]; outliers: Outlier[]; keptByOwner: { name: string; rate: number | null; finished: number }[];
  /** Band counts at the end of each trend period, and the biggest drops over the chosen one: null until the health worker answered. */
  healthTrend: HealthTrendPoint[] | null; drops: HealthDrop[] | null;
};

/** The periods of the report's trends: 12 months or 6 quarters ending with the chosen one. */
export function reportTrendPeriods(choice: Pick<ReportChoice, 'kind' | 'start'>): Period[] {
  return periodsEndingWith(periodContaining(choice.kind, choice.start), choice.kind === 'month' ? 12 : 6);
}

/** Computes the report for a choice from the records (recomputed only when they or the choice change). */
export function useReport(data: ReportData | undefined, scores: { accountId: string; score: number | null; band: string }[], choice: ReportChoice, nowMs: number, history: HealthOverTime, thresholds: BandThresholds): Report | undefined {
  const base = useMemo(() => {
    if (!data) return undefined;
    const input = sliceInput(data.input, { segment: choice.segment, ownerId: choice.ownerId });
    const period = periodContaining(choice.kind, choice.start);
    const previous = previousPeriod(period);
    const current = periodFigures(input, period, userZone, nowMs);
    const lines = compareLines(figureLines(current), figureLines(periodFigures(input, previous, userZone, nowMs)));
    const trend = reportTrendPeriods(choice).map((p) => {
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
    return { input, period, previous, current, lines, trend, health, outliers: reportOutliers(input, mine, nowMs, userZone), keptByOwner };
  }, [data, scores, choice, nowMs]);
  const { series, driverOf } = history;
  return useMemo(() => {
    if (!base) return undefined;
    const { input, ...rest } = base;
    if (!series) return { ...rest, healthTrend: null, drops: null };
    // series.dates: the day before the first trend period, then each trend period's last day.
    const counts = bandCountsOver(series, input.accounts, input.events, thresholds, userZone);
    const healthTrend = base.trend.map((p, i) => ({ label: p.label, ...(counts[i + 1]?.counts ?? { healthy: 0, watch: 0, at_risk: 0, unknown: 0 }) }));
    const last = series.dates.length - 1;
    const drops = biggestHealthDrops(series, last - 1, last, input.accounts, input.events, driverOf, userZone);
    const now = counts[last]?.counts;
    const before = counts[last - 1]?.counts;
    const lines = now && before ? [...base.lines, ...compareLines(healthFigureLines(now), healthFigureLines(before))] : base.lines;
    return { ...rest, lines, healthTrend, drops };
  }, [base, series, driverOf, thresholds]);
}
