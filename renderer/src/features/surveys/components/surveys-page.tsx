import { useState } from 'react';
import { addDays } from '../../../../../shared/domain/local-date';
import { PageHeader } from '../../../components/ui/page-header';
import { localToday } from '../../../lib/format';
import { useSurveys } from '../api/use-surveys';
import { FollowUpsPanel } from './follow-ups-panel';
import { NpsBreakdown } from './nps-breakdown';
import { ResponseDialog } from './response-dialog';
import { ResponsesList } from './responses-list';
import { SurveysDue } from './surveys-due';

/** Props of SurveysPage. */
export type SurveysPageProps = { onOpenAccount?: (accountId: string) => void };

/** Surveys: open follow-ups with their clock, every response (searchable), NPS per segment and account, and who is due for a survey. */
export function SurveysPage({ onOpenAccount }: SurveysPageProps) {
  const view = useSurveys();
  const [recording, setRecording] = useState(false);
  const today = localToday();
  return (
    <>
      <PageHeader title="Surveys" subtitle="NPS, CSAT and effort answers; every detractor followed up to closure."
        actions={<button type="button" className="button primary" onClick={() => setRecording(true)}>Record a response</button>} />
      <div className="page-body">
        {view ? (
          <>
            <FollowUpsPanel onOpenAccount={onOpenAccount} />
            <ResponsesList responses={view.responses} accountNames={view.accountNames} contactNames={view.contactNames} />
            <div className="two-col stack-narrow">
              <NpsBreakdown responses={view.responses} accounts={view.accounts} since={addDays(today, -365)} />
              <SurveysDue accounts={view.accounts} responses={view.responses} today={today} />
            </div>
          </>
        ) : <p className="muted">Loading…</p>}
      </div>
      {recording ? <ResponseDialog onClose={() => setRecording(false)} /> : null}
    </>
  );
}
