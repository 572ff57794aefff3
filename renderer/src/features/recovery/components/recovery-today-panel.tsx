import type { MouseEvent } from 'react';
import { surveySummary } from '../../../../../shared/domain/recovery/follow-up-survey';
import { programProgress } from '../../../../../shared/domain/recovery/recovery-rules';
import { useNavigation } from '../../../lib/navigation';
import { useNow } from '../../../lib/now';
import { useRecoveryPrograms } from '../api/use-recovery';
import { ProgramProgress } from './program-progress';

/** On Today: each active recovery program's outreach against its deadline and its overdue follow-up surveys (nothing when there is no program). */
export function RecoveryTodayPanel() {
  const view = useRecoveryPrograms();
  const now = useNow();
  const go = useNavigation((s) => s.go);
  const active = view?.programs.filter((p) => p.status === 'active') ?? [];
  if (!view || active.length === 0) return null;
  const open = (id: string) => (e: MouseEvent) => { e.preventDefault(); go({ section: 'recovery', recordId: id }); };
  return (
    <section className="card" aria-labelledby="today-recovery-title">
      <h2 id="today-recovery-title">Recovery outreach</h2>
      <ul className="list">
        {active.map((p) => {
          const overdueSurveys = surveySummary(p, view.targets, view.responsesByAccount, now).overdue.length;
          const href = `#/recovery/${encodeURIComponent(p.id)}`;
          return (
            <li key={p.id} className="recovery-today-row">
              <a href={href} onClick={open(p.id)}>{p.title}</a>
              <ProgramProgress title={p.title} progress={programProgress(p, view.targets, now)} compact />
              {overdueSurveys > 0 ? (
                <a href={href} onClick={open(p.id)} className="badge warn" aria-label={`${p.title}: ${overdueSurveys} follow-up survey${overdueSurveys === 1 ? '' : 's'} unanswered after 14 days`}>
                  {overdueSurveys} survey{overdueSurveys === 1 ? '' : 's'} overdue
                </a>
              ) : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
