import { expansionKindLabels } from '../../../../../shared/domain/expansion/expansion-rules';

/** How each kind of opportunity reads (defined once in shared/domain/expansion). */
export const kindLabels = expansionKindLabels;
