import { healthBandLabels, type HealthBand } from '../../../../shared/domain/health/bands';

/** Props of HealthBadge. */
export type HealthBadgeProps = { score: number | null; band: HealthBand };

const tone: Record<HealthBand, string> = { healthy: 'badge ok', watch: 'badge warn', at_risk: 'badge danger', unknown: 'badge' };

/** A health score with its band's colour, readable without colour too ("52 · Watch"). */
export function HealthBadge({ score, band }: HealthBadgeProps) {
  return <span className={tone[band]} title={healthBandLabels[band]}>{score === null ? 'No data' : `${score} · ${healthBandLabels[band]}`}</span>;
}
