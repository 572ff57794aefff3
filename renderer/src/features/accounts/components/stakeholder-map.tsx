import { stakeholderRoles, type Contact } from '../../../../../shared/domain/contact';
import { roleLabels } from './labels';

/** Props of StakeholderMap. */
export type StakeholderMapProps = { contacts: Contact[] };

/** Stakeholders grouped by role, so gaps (no champion, a detractor) stand out. */
export function StakeholderMap({ contacts }: StakeholderMapProps) {
  return (
    <div className="stakeholder-map" aria-label="Stakeholder map" role="group">
      {stakeholderRoles.map((role) => {
        const people = contacts.filter((c) => c.role === role);
        return (
          <div key={role} className={`role-column role-${role}`}>
            <h3>{roleLabels[role]} <span className="muted">{people.length}</span></h3>
            {people.length === 0 ? <p className="muted">{role === 'champion' ? 'No champion — find one' : 'None'}</p> : people.map((p) => (
              <div key={p.id} className={`person sentiment-${p.sentiment}`}>{p.name}<span className="muted"> · {p.title || '—'}</span></div>
            ))}
          </div>
        );
      })}
    </div>
  );
}
