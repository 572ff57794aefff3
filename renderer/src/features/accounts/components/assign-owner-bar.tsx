import { useState } from 'react';
import type { TeamMember } from '../../../../../shared/domain/team-member';
import { assignAccountsOwner } from '../api/account-writes';

/** Props of AssignOwnerBar. */
export type AssignOwnerBarProps = { selected: ReadonlySet<string>; shownIds: string[]; members: TeamMember[]; onSelect: (ids: Set<string>) => void };

/** Above the list while accounts are selected (Ctrl/⌘- or Shift-click, Space): give them all one owner in one undoable step. */
export function AssignOwnerBar({ selected, shownIds, members, onSelect }: AssignOwnerBarProps) {
  const [owner, setOwner] = useState('');
  if (selected.size === 0) return null;
  const assign = async () => {
    const member = members.find((m) => m.id === owner);
    await assignAccountsOwner([...selected], member ? member.id : null, member ? member.name : 'nobody');
    onSelect(new Set());
  };
  return (
    <div className="selection-bar" role="group" aria-label="Selected accounts">
      <strong>{selected.size} selected</strong>
      <button type="button" className="link" onClick={() => onSelect(new Set(shownIds))}>Select all {shownIds.length} shown</button>
      <select className="input" aria-label="New owner" value={owner} onChange={(e) => setOwner(e.target.value)}>
        <option value="">No owner</option>
        {members.filter((m) => m.active !== false).map((m) => <option key={m.id} value={m.id}>{m.name}</option>)}
      </select>
      <button type="button" className="button primary" onClick={() => void assign()}>Assign owner</button>
      <button type="button" className="link" onClick={() => onSelect(new Set())}>Clear selection</button>
    </div>
  );
}
