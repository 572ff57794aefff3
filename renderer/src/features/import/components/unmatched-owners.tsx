import { useMemo, useState } from 'react';
import type { CsvTable } from '../../../../../shared/import/csv-rows';
import { ownerNameKey } from '../../../../../shared/import/fields';
import { describeUnmatched, matchOwners } from '../../../../../shared/import/owner-matching';
import { useTeamMembers } from '../../../db/use-team-members';
import { addOwnersToTeam, useOwnerAliases } from '../api/owner-aliases';

/** Props of UnmatchedOwners. */
export type UnmatchedOwnersProps = { table: CsvTable; mapping: string[] };

/** In the preview: owners named in the file who are not on the team, with "add them as team members" or "map to…" — never dropped silently. */
export function UnmatchedOwners({ table, mapping }: UnmatchedOwnersProps) {
  const members = useTeamMembers();
  const { aliases, mapTo } = useOwnerAliases();
  const [busy, setBusy] = useState(false);
  const column = mapping.indexOf(ownerNameKey);
  const values = useMemo(() => (column === -1 ? [] : table.rows.map((r) => r.cells[column] ?? '')), [table, column]);
  const candidates = useMemo(() => members.map((m) => ({ id: m.id, name: m.name, email: m.email })), [members]);
  const unmatched = useMemo(() => matchOwners(values, candidates).unmatched, [values, candidates]);
  if (column === -1 || unmatched.length === 0) return null;
  const unmapped = unmatched.filter((u) => !aliases[u.key]);
  const add = async () => {
    setBusy(true);
    await addOwnersToTeam(unmapped.map((u) => u.label));
    setBusy(false);
  };
  return (
    <section className="card" aria-labelledby="unmatched-owners-title" role="region">
      <h2 id="unmatched-owners-title">{describeUnmatched(unmatched)}</h2>
      <p className="muted">Their accounts would have no owner. Add them to the team (as people without a login), or map each to someone on the team.</p>
      <ul className="list" aria-label="Owners not on your team">
        {unmatched.map((u) => (
          <li key={u.key}>
            <span>{u.label} <span className="muted">({u.rows} {u.rows === 1 ? 'row' : 'rows'})</span></span>
            <select className="input end" aria-label={`Map ${u.label} to`} value={aliases[u.key] ?? ''} onChange={(e) => mapTo(u.key, e.target.value || null)}>
              <option value="">Map to…</option>
              {members.map((m) => <option key={m.id} value={m.id}>{m.name}</option>)}
            </select>
          </li>
        ))}
      </ul>
      {unmapped.length > 0 ? (
        <button type="button" className="button" disabled={busy} onClick={() => void add()}>
          Add {unmapped.length === 1 ? unmapped[0]?.label : `these ${unmapped.length}`} as team member{unmapped.length === 1 ? '' : 's'}
        </button>
      ) : null}
    </section>
  );
}
