import { programProgress } from '../../../../../shared/domain/recovery/recovery-rules';
import { useNavigation } from '../../../lib/navigation';
import { useNow } from '../../../lib/now';
import { useRecoveryPrograms } from '../api/use-recovery';
import { ProgramProgress } from './program-progress';

/** On Today: each active recovery program's outreach against its deadline (nothing when there is none). */
export function RecoveryTodayPanel() {
  const view = useRecoveryPrograms();
  const now = useNow();
  const go = useNavigation((s) => s.go);
  const active = view?.programs.filter((p) => p.status === 'active') ?? [];
  if (active.length === 0) return null;
  return (
    <section className="card" aria-labelledby="today-recovery-title">
      <h2 id="today-recovery-title">Recovery outreach</h2>
      <ul className="list">
        {active.map((p) => (
          <li key={p.id} className="recovery-today-row">
            <a href={`#/recovery/${encodeURIComponent(p.id)}`} onClick={(e) => { e.preventDefault(); go({ section: 'recovery', recordId: p.id }); }}>{p.title}</a>
            <ProgramProgress title={p.title} progress={programProgress(p, view?.targets ?? [], now)} compact />
          </li>
        ))}
      </ul>
    </section>
  );
}
