import type { ExpansionOpportunity, ExpansionStage } from '../../../../../shared/domain/expansion';
import { planFlagLead, planLeadStage, type LeadClose, type LeadInput } from '../../../../../shared/domain/expansion/expansion-rules';
import { handedOffLeadsCsv, type LeadFacts } from '../../../../../shared/domain/expansion/hand-off';
import { planUpdate } from '../../../../../shared/domain/write-plan';
import { data } from '../../../db/instance';
import { bridge } from '../../../lib/bridge';
import { newRecordId } from '../../../lib/ids';

export type { LeadInput } from '../../../../../shared/domain/expansion/expansion-rules';

/** Flags an expansion opportunity on an account; returns its id. */
export async function flagLead(input: LeadInput, ownerId: string | null): Promise<string> {
  const id = newRecordId();
  await data.apply(planFlagLead(input, id, ownerId, new Date().toISOString()));
  return id;
}

/** Ticks or clears the qualification checks. */
export function setChecks(lead: ExpansionOpportunity, checks: Partial<Pick<ExpansionOpportunity, 'needConfirmed' | 'valueConfirmed' | 'timingConfirmed' | 'championConfirmed'>>): Promise<void> {
  return data.apply([planUpdate('expansionOpportunities', lead.id, checks)]);
}

/** Moves a lead to a stage (throws, in words, when it cannot). */
export function moveLead(lead: ExpansionOpportunity, to: ExpansionStage, close: LeadClose = {}): Promise<void> {
  return data.apply(planLeadStage(lead, to, new Date().toISOString(), close));
}

/** Saves the CSV of every handed-off lead, in the CRM's opportunity import format. */
export async function exportHandedOffCsv(leads: readonly ExpansionOpportunity[], factsOf: (lead: ExpansionOpportunity) => LeadFacts): Promise<void> {
  await bridge.saveFile({ suggestedName: `expansion-leads-${new Date().toISOString().slice(0, 10)}.csv`, contents: handedOffLeadsCsv(leads, factsOf), mimeType: 'text/csv' });
}
