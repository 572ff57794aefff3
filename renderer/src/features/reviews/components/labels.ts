import type { AgendaSource, ReviewStatus } from '../../../../../shared/domain/review';

/** Display names of where an agenda item came from. */
export const agendaSourceLabels: Record<AgendaSource, string> = {
  escalation: 'Escalation', renewal: 'Renewal', health: 'Health', commitment: 'Commitment', expansion: 'Growth', custom: 'Added',
};

/** Display names of review states. */
export const reviewStatusLabels: Record<ReviewStatus, string> = { planned: 'Planned', held: 'Held', cancelled: 'Cancelled' };
