import { assignOwner } from '../../../db/assign-owner';
import { useTeamMembers } from '../../../db/use-team-members';
import { useToasts } from '../../../lib/toast';

/** Props of EscalationOwner. */
export type EscalationOwnerProps = { escalationId: string; ownerId: string | null };

/** Who owns an escalation, changeable in place (Undo in the toast). */
export function EscalationOwner({ escalationId, ownerId }: EscalationOwnerProps) {
  const members = useTeamMembers();
  const change = async (id: string | null) => {
    const { undo } = await assignOwner('escalations', [escalationId], id);
    const name = members.find((m) => m.id === id)?.name ?? 'nobody';
    useToasts.getState().show({ message: `Escalation now owned by ${name}`, actionLabel: 'Undo', action: () => void undo() });
  };
  return (
    <div className="card stat">
      <label className="label" htmlFor="escalation-owner">Owner</label>
      <select id="escalation-owner" className="input" value={ownerId ?? ''} onChange={(e) => void change(e.target.value || null)}>
        <option value="">Nobody yet</option>
        {members.filter((m) => m.active !== false || m.id === ownerId).map((m) => <option key={m.id} value={m.id}>{m.name}</option>)}
      </select>
    </div>
  );
}
