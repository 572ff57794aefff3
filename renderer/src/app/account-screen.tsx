import { useState } from 'react';
import { AccountPage } from '../features/accounts/components/account-page';
import { AccountCommitments } from '../features/commitments/components/account-commitments';
import { AccountReviews } from '../features/reviews/components/account-reviews';
import { AccountCharts } from '../features/health/components/account-charts';
import { HealthCard } from '../features/health/components/health-card';
import { SinceLastVisit } from '../features/health/components/since-last-visit';
import { AccountLeads } from '../features/leads/components/account-leads';
import { FlagLeadDialog } from '../features/leads/components/flag-lead-dialog';
import { AccountSurveys } from '../features/surveys/components/account-surveys';
import { AccountWorkActions } from './account-work';

/** Props of AccountScreen. */
export type AccountScreenProps = { accountId: string };

/** The account page with the other features' parts composed in: work actions, since your last visit, health, usage and NPS charts, commitments, reviews, expansion leads, surveys, and a lead from a touch. */
export function AccountScreen({ accountId }: AccountScreenProps) {
  const [fromTouch, setFromTouch] = useState<{ accountId: string; summary: string } | null>(null);
  return (
    <>
      <AccountPage
        accountId={accountId}
        quickActions={<AccountWorkActions accountId={accountId} />}
        sections={<><SinceLastVisit accountId={accountId} /><HealthCard accountId={accountId} /><AccountCharts accountId={accountId} /><AccountCommitments accountId={accountId} /><AccountReviews accountId={accountId} /><AccountLeads accountId={accountId} /><AccountSurveys accountId={accountId} /></>}
        onFlagOpportunity={setFromTouch}
      />
      {fromTouch ? <FlagLeadDialog accountId={fromTouch.accountId} source="touch" evidence={`From a touch: ${fromTouch.summary}`} onClose={() => setFromTouch(null)} /> : null}
    </>
  );
}
