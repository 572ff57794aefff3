import type { DuplicateGroup, DuplicatePolicy } from '../../../../../shared/import/duplicates';

/** Props of DuplicateRows. */
export type DuplicateRowsProps = { groups: DuplicateGroup[]; policy: DuplicatePolicy; onPolicy: (policy: DuplicatePolicy) => void };

const policies: [DuplicatePolicy, string][] = [['first', 'Keep the first row'], ['last', 'Keep the last row'], ['skip', 'Skip both']];

/** Rows of the file that share a key, with what they disagree on and the choice of which to import. */
export function DuplicateRows({ groups, policy, onPolicy }: DuplicateRowsProps) {
  if (groups.length === 0) return null;
  return (
    <div role="group" aria-label="Duplicate rows" style={{ marginTop: 12 }}>
      <h3 style={{ margin: '0 0 6px' }}>{groups.length.toLocaleString()} {groups.length === 1 ? 'key appears' : 'keys appear'} more than once</h3>
      <ul style={{ margin: '0 0 8px', paddingLeft: 18 }}>
        {groups.slice(0, 20).map((g) => <li key={g.rowNumbers.join('-')}>{g.message}</li>)}
      </ul>
      {groups.length > 20 ? <p className="muted">and {(groups.length - 20).toLocaleString()} more.</p> : null}
      <div className="toolbar" role="radiogroup" aria-label="Which row to import">
        {policies.map(([value, label]) => (
          <label key={value} style={{ display: 'inline-flex', gap: 4, alignItems: 'center' }}>
            <input type="radio" name="duplicate-policy" value={value} checked={policy === value} onChange={() => onPolicy(value)} />
            {label}
          </label>
        ))}
      </div>
    </div>
  );
}
