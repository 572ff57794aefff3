import type { ExpansionKind } from '../../../../../shared/domain/expansion';

/** How each kind of opportunity reads. */
export const kindLabels: Record<ExpansionKind, string> = { product: 'Product', seats: 'Seats', service: 'Service' };
