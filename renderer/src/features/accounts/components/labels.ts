/** Display labels for segments. */
export const segmentLabels: Record<string, string> = { smb: 'SMB', mid_market: 'Mid-market', enterprise: 'Enterprise' };
/** Display labels for tiers. */
export const tierLabels: Record<string, string> = { tier_1: 'Tier 1', tier_2: 'Tier 2', tier_3: 'Tier 3' };
/** Display labels for lifecycle stages. */
export const stageLabels: Record<string, string> = {
  onboarding: 'Onboarding', adopting: 'Adopting', mature: 'Mature', renewing: 'Renewing', at_risk: 'At risk', churned: 'Churned',
};
/** Display labels for stakeholder roles. */
export const roleLabels: Record<string, string> = {
  champion: 'Champion', decision_maker: 'Decision maker', influencer: 'Influencer', user: 'User', detractor: 'Detractor',
};
/** Display labels for sentiments. */
export const sentimentLabels: Record<string, string> = { positive: 'Positive', neutral: 'Neutral', negative: 'Negative' };
