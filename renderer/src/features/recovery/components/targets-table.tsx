import type { Account } from '../../../../../shared/domain/account';
import type { RecoveryProgram, RecoveryTarget } from '../../../../../shared/domain/recovery';
import { isOutreachOverdue, stageLabel } from '../../../../../shared/domain/recovery/recovery-rules';
import type { TargetSurvey } from '../../../../../shared/domain/recovery/follow-up-survey';
import { creditText, surveyCellText } from '../../../../../shared/domain/recovery/recovery-report';

/** Props of TargetsTable. */
export type TargetsTableProps = {
  program: RecoveryProgram; targets: RecoveryTarget[]; accounts: ReadonlyMap<string, Account>; memberNames: ReadonlyMap<string, string>;
  now: number; selected: ReadonlySet<string>; onSelect: (ids: Set<string>) => void; openId: string | null; onOpen: (id: string) => void;
  /** Beside an open track: only account, owner, stage and outcome (the track shows the rest). */
  narrow?: boolean;
  /** Each target's follow-up survey, by target id. */
  surveys: ReadonlyMap<string, TargetSurvey>;
};

const shortDateTime = new Intl.DateTimeFormat(undefined, { month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' });
const showShortDateTime = (iso: string) => shortDateTime.format(new Date(iso));

const outcomeBadge = { retained: 'badge ok', reduced: 'badge warn', churned: 'badge danger' } as const;
const surveyBadge = { answered: 'badge ok', awaiting: 'badge', overdue: 'badge danger', not_requested: '' } as const;

/** The affected accounts with their track; check boxes select several for bulk assignment, a row opens its track. */
export function TargetsTable({ program, targets, accounts, memberNames, now, selected, onSelect, openId, onOpen, narrow, surveys }: TargetsTableProps) {
  const all = targets.length > 0 && targets.every((t) => selected.has(t.id));
  const toggle = (id: string) => {
    const next = new Set(selected);
    if (next.has(id)) next.delete(id); else next.add(id);
    onSelect(next);
  };
  return (
    <table className={narrow ? 'table compact-cells narrow' : 'table compact-cells'} aria-label="Affected accounts">
      <thead>
        <tr>
          <th scope="col"><input type="checkbox" aria-label="Select all accounts" checked={all} onChange={() => onSelect(all ? new Set() : new Set(targets.map((t) => t.id)))} /></th>
          <th scope="col">Account</th><th scope="col">Owner</th><th scope="col">Stage</th><th scope="col" className="optional">Contacted</th>
          <th scope="col" className="optional">Impact</th><th scope="col" className="optional">Credit</th><th scope="col">Outcome</th><th scope="col" className="optional">Survey</th>
        </tr>
      </thead>
      <tbody>
        {targets.map((t) => {
          const name = accounts.get(t.accountId)?.name ?? 'Unknown account';
          return (
            <tr key={t.id} aria-selected={openId === t.id} className={openId === t.id ? 'current' : undefined}>
              <td><input type="checkbox" aria-label={`Select ${name}`} checked={selected.has(t.id)} onChange={() => toggle(t.id)} /></td>
              <td className="wrap-cell"><button type="button" className="link" onClick={() => onOpen(t.id)} aria-label={`Open the track of ${name}`}>{name}</button></td>
              <td>{t.assigneeId ? memberNames.get(t.assigneeId) ?? '—' : <span className="muted">Nobody</span>}</td>
              <td>{isOutreachOverdue(t, program, now) ? <span className="badge danger">Overdue</span> : <span className={t.stage === 'pending' ? 'badge' : 'badge ok'}>{stageLabel(t.stage)}</span>}</td>
              <td className="optional">{t.contactedAt ? showShortDateTime(t.contactedAt) : '—'}</td>
              <td className="optional">{t.impact ?? '—'}</td>
              <td className="optional">{creditText(t)}</td>
              <td>{t.outcome ? <span className={outcomeBadge[t.outcome]}>{t.outcome}</span> : '—'}</td>
              <td className="optional"><SurveyCell survey={surveys.get(t.id)} /></td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

function SurveyCell({ survey }: { survey: TargetSurvey | undefined }) {
  if (!survey || survey.status === 'not_requested') return <>—</>;
  return <span className={surveyBadge[survey.status]}>{surveyCellText(survey)}</span>;
}
