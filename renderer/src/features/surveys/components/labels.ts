import type { Segment } from '../../../../../shared/domain/account';

/** Segment names as people say them. */
export const segmentNames: Record<Segment, string> = { smb: 'SMB', mid_market: 'Mid-market', enterprise: 'Enterprise' };

/** An NPS score as shown: "+25", "−40", "0", or "—" without answers. */
export function showNps(score: number | null): string {
  if (score === null) return '—';
  const n = Math.round(score);
  return n > 0 ? `+${n}` : n < 0 ? `−${-n}` : '0';
}
