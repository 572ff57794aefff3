import type { ComponentReading, HealthInput } from './types';

/** The champions' state: live ones by sentiment and how many were removed (left the company). */
export type ChampionStatus = { live: HealthInput['contacts']; gone: HealthInput['contacts'] };

/** The account's champions, live and removed. */
export function championStatus(input: HealthInput): ChampionStatus {
  const champions = input.contacts.filter((c) => c.role === 'champion');
  return { live: champions.filter((c) => !c.deleted), gone: champions.filter((c) => c.deleted) };
}

const bySentiment = { positive: 100, neutral: 65, negative: 15 } as const;

/**
 * Champion component: the best live champion's sentiment (positive 100, neutral 65, negative 15);
 * 0 when every champion named has been removed; missing when no champion was ever named.
 */
export function championComponent(input: HealthInput): ComponentReading {
  const { live, gone } = championStatus(input);
  if (live.length === 0) {
    if (gone.length > 0) return { score: 0, sentence: `Champion ${gone[0]?.name ?? ''} gone, no new champion named` };
    return { score: null, sentence: 'No champion named' };
  }
  const best = [...live].sort((a, b) => bySentiment[b.sentiment] - bySentiment[a.sentiment])[0];
  if (!best) return { score: null, sentence: 'No champion named' };
  const feeling = best.sentiment === 'negative' ? 'turned negative' : best.sentiment === 'neutral' ? 'is neutral' : 'is positive';
  return { score: bySentiment[best.sentiment], sentence: `Champion ${best.name} ${feeling}` };
}
