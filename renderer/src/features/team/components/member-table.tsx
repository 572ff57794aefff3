import { useState } from 'react';
import { teamRoles, type TeamMember } from '../../../../../shared/domain/team-member';
import { changeServerUser } from '../api/admin-users';
import { updatePerson } from '../api/team-writes';
import { accessLabels, roleLabels } from './labels';

/** Props of MemberTable. */
export type MemberTableProps = { members: TeamMember[]; isAdmin: boolean; myId: string | null };

/** Everyone on the team: job role (editable), access on the server, active or not; admins deactivate users. */
export function MemberTable({ members, isAdmin, myId }: MemberTableProps) {
  const [error, setError] = useState<string | null>(null);
  const setActive = async (m: TeamMember, active: boolean) => {
    const result = await changeServerUser(m.userId ?? m.id, { active });
    setError(result.ok ? null : result.message);
  };
  return (
    <>
      {error ? <p className="error" role="alert">{error}</p> : null}
      <table className="table" aria-label="Team members">
        <thead><tr><th scope="col">Name</th><th scope="col">Email</th><th scope="col">Job role</th><th scope="col">Access</th><th scope="col">Status</th>{isAdmin ? <th scope="col">Actions</th> : null}</tr></thead>
        <tbody>
          {members.map((m) => (
            <tr key={m.id}>
              <td>{m.name}{m.id === myId ? <span className="muted"> (you)</span> : null}</td>
              <td>{m.email || '—'}</td>
              <td>
                <select className="input" aria-label={`Job role of ${m.name}`} value={m.role} onChange={(e) => void updatePerson(m.id, { role: e.target.value as TeamMember['role'] })}>
                  {teamRoles.map((r) => <option key={r} value={r}>{roleLabels[r]}</option>)}
                </select>
              </td>
              <td>{m.access ? accessLabels[m.access] : <span className="muted">No login</span>}</td>
              <td>{m.active ? <span className="badge ok">Active</span> : <span className="badge">Inactive</span>}</td>
              {isAdmin ? (
                <td>{m.userId && m.id !== myId ? (
                  <button type="button" className="link" onClick={() => void setActive(m, !m.active)}>{m.active ? `Deactivate ${m.name}` : `Reactivate ${m.name}`}</button>
                ) : null}</td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
