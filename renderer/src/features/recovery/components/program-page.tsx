import { useMemo, useState, type ReactNode } from 'react';
import { surveySummary, targetSurvey } from '../../../../../shared/domain/recovery/follow-up-survey';
import { outcomeSummary } from '../../../../../shared/domain/recovery/recovery-outcomes';
import { EmptyState } from '../../../components/ui/empty-state';
import { PageHeader } from '../../../components/ui/page-header';
import { useTeamMembers } from '../../../db/use-team-members';
import { showDateTime } from '../../../lib/format';
import { useMe } from '../../../lib/me';
import { useNavigation } from '../../../lib/navigation';
import { useNow } from '../../../lib/now';
import { describeError } from '../../../lib/storage-error';
import { useToasts } from '../../../lib/toast';
import { exportProgramCsv, exportProgramPdf } from '../api/recovery-export';
import { assignTargets, setProgramStatus } from '../api/recovery-writes';
import { useRecoveryProgram } from '../api/use-recovery';
import type { ViewChoice } from './account-chooser';
import { AddAccountsDialog } from './add-accounts-dialog';
import { FollowUpSurveyPanel } from './follow-up-survey-panel';
import { OutcomeCards } from './outcome-cards';
import { OutreachPanel } from './outreach-panel';
import { ProgramProgress } from './program-progress';
import { SurveySummaryCard } from './survey-summary-card';
import { TargetTrack } from './target-track';
import { TargetsTable } from './targets-table';

/** Props of ProgramPage. */
export type ProgramPageProps = {
  programId: string; savedViews: ViewChoice[];
  /** The survey answer form for one account (the surveys feature's, composed by the app). */
  renderResponseDialog?: (accountId: string, onClose: () => void) => ReactNode;
};

/** One recovery program: progress against the deadline, outcomes, follow-up survey, the affected accounts and each one's track. */
export function ProgramPage({ programId, savedViews, renderResponseDialog }: ProgramPageProps) {
  const view = useRecoveryProgram(programId);
  const members = useTeamMembers();
  const me = useMe((s) => s.memberId);
  const now = useNow();
  const go = useNavigation((s) => s.go);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [openId, setOpenId] = useState<string | null>(null);
  const [owner, setOwner] = useState('');
  const [adding, setAdding] = useState(false);
  const [answerFor, setAnswerFor] = useState<string | null>(null);
  const memberNames = useMemo(() => new Map(members.map((m) => [m.id, m.name])), [members]);
  const targets = useMemo(() => (view ? [...view.targets].sort((a, b) => (view.accounts.get(a.accountId)?.name ?? '').localeCompare(view.accounts.get(b.accountId)?.name ?? '')) : []), [view]);
  const back = <button type="button" className="button" onClick={() => go({ section: 'recovery' })}>All programs</button>;
  if (view === undefined) return <PageHeader title="Recovery program" />;
  if (view === null) return <><PageHeader title="Program not found" actions={back} /><EmptyState title="This program does not exist" action={back}>It may have been removed on another device.</EmptyState></>;
  const { program, accounts } = view;
  const summary = outcomeSummary(program, targets, accounts, new Date(now).toISOString());
  const surveys = new Map(targets.map((t) => [t.id, targetSurvey(t, view.responsesByAccount.get(t.accountId) ?? [], now)]));
  const reportInputs = { targets, accounts, memberNames, responsesByAccount: view.responsesByAccount };
  const open = targets.find((t) => t.id === openId) ?? null;
  const openAccount = open ? accounts.get(open.accountId) : undefined;
  const assign = async () => {
    const member = members.find((m) => m.id === owner);
    await assignTargets(targets.filter((t) => selected.has(t.id)), member?.id ?? null, member?.name ?? 'nobody');
    setSelected(new Set());
  };
  return (
    <>
      <PageHeader
        title={program.title}
        subtitle={`Incident started ${showDateTime(program.startedAt)} · contact every account by ${showDateTime(program.outreachDeadline)}${program.status === 'active' ? '' : ` · ${program.status}`}`}
        actions={(
          <>
            {back}
            <button type="button" className="button" onClick={() => void exportProgramPdf(program, reportInputs).catch((err: unknown) => useToasts.getState().show({ tone: 'error', message: `The PDF could not be written: ${describeError(err)}` }))}>Export report PDF</button>
            <button type="button" className="button" onClick={() => setAdding(true)}>Add accounts</button>
            <button type="button" className="button" onClick={() => void exportProgramCsv(program, reportInputs)}>Export CSV</button>
            <button type="button" className="button" onClick={() => void setProgramStatus(program, program.status === 'active' ? 'completed' : 'active')}>{program.status === 'active' ? 'Mark completed' : 'Reopen'}</button>
          </>
        )}
      />
      <div className="page-body">
        <section className="card" aria-label="Outreach progress"><ProgramProgress title={program.title} progress={summary.progress} /></section>
        <OutcomeCards summary={summary} />
        <SurveySummaryCard summary={surveySummary(program, targets, view.responsesByAccount, now)} accounts={accounts} onOpen={setOpenId} />
        {program.customerExplanation || program.description ? (
          <section className="card two-col" aria-label="Incident">
            <div><h2>What happened</h2><p>{program.description || '—'}</p></div>
            <div><h2>What customers are told</h2><p>{program.customerExplanation || '—'}</p></div>
          </section>
        ) : null}
        {selected.size > 0 ? (
          <div className="selection-bar" role="group" aria-label="Selected accounts">
            <strong>{selected.size} selected</strong>
            <select className="input" aria-label="Owner for the selected accounts" value={owner} onChange={(e) => setOwner(e.target.value)}>
              <option value="">Nobody</option>{members.filter((m) => m.active !== false).map((m) => <option key={m.id} value={m.id}>{m.name}</option>)}
            </select>
            <button type="button" className="button primary" onClick={() => void assign()}>Assign owner</button>
            <button type="button" className="link" onClick={() => setSelected(new Set())}>Clear selection</button>
          </div>
        ) : null}
        <div className={open ? 'program-split' : undefined}>
          <TargetsTable program={program} targets={targets} accounts={accounts} memberNames={memberNames} now={now} selected={selected} onSelect={setSelected} openId={openId} onOpen={setOpenId} narrow={open !== null} surveys={surveys} />
          {open && openAccount ? (
            <aside className="program-side" aria-label={`Track of ${openAccount.name}`}>
              <div className="toolbar"><h2>{openAccount.name}</h2><button type="button" className="link" style={{ marginLeft: 'auto' }} onClick={() => setOpenId(null)}>Close</button></div>
              <OutreachPanel program={program} target={open} account={openAccount} contacts={view.contactsByAccount.get(openAccount.id) ?? []} senderName={(me && memberNames.get(me)) || 'Your customer success manager'} me={me} />
              <TargetTrack key={open.id} target={open} account={openAccount} escalations={view.escalationsByAccount.get(openAccount.id) ?? []} />
              <FollowUpSurveyPanel
                key={`survey-${open.id}`} program={program} target={open} account={openAccount} contacts={view.contactsByAccount.get(openAccount.id) ?? []}
                senderName={(me && memberNames.get(me)) || 'Your customer success manager'} me={me} survey={surveys.get(open.id) ?? targetSurvey(open, [], now)}
                onRecordAnswer={renderResponseDialog ? () => setAnswerFor(openAccount.id) : undefined}
              />
            </aside>
          ) : null}
        </div>
      </div>
      {answerFor && renderResponseDialog ? renderResponseDialog(answerFor, () => setAnswerFor(null)) : null}
      {adding ? <AddAccountsDialog programId={program.id} savedViews={savedViews} onClose={() => setAdding(false)} /> : null}
    </>
  );
}
