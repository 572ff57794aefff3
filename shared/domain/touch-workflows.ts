import type { Touch } from './touch';
import { planCreate, planUpdate, type WritePlan } from './write-plan';

/** The touch fields a person enters when logging one. */
export type TouchInput = Pick<Touch, 'accountId' | 'contactId' | 'kind' | 'summary' | 'details' | 'at'>;

/** Logging a touch: the touch, and the stakeholder it was with marked as contacted then. */
export function planLogTouch(input: TouchInput, id: string, authorId: string | null): WritePlan {
  return [
    planCreate('touches', id, { ...input, authorId }),
    ...(input.contactId ? [planUpdate('contacts', input.contactId, { lastContactedAt: input.at })] : []),
  ];
}
