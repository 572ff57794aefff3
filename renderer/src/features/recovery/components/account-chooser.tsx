import { useEffect, useMemo, useState } from 'react';
import type { Account } from '../../../../../shared/domain/account';
import type { AccountFilter, AccountRow } from '../../../../../shared/domain/account-list';
import { accountsByFilter, matchPastedAccounts } from '../../../../../shared/domain/recovery/account-selection';
import { localToday } from '../../../lib/format';

/** A saved account-list view offered as a way to choose affected accounts. */
export type ViewChoice = { name: string; filter: AccountFilter };

/** Props of AccountChooser. */
export type AccountChooserProps = { rows: AccountRow[]; savedViews: ViewChoice[]; onChange: (accounts: Account[]) => void; error?: string };

const segmentLabels: Record<string, string> = { smb: 'SMB', mid_market: 'Mid-market', enterprise: 'Enterprise' };

/** Chooses the affected accounts: by saved view, segment and tag/product, or from a pasted list of names or CRM ids. */
export function AccountChooser({ rows, savedViews, onChange, error }: AccountChooserProps) {
  const [mode, setMode] = useState<'filter' | 'paste'>('filter');
  const [view, setView] = useState('');
  const [segment, setSegment] = useState('');
  const [tag, setTag] = useState('');
  const [pasted, setPasted] = useState('');
  const tags = useMemo(() => [...new Set(rows.flatMap((r) => r.account.tags))].sort((a, b) => a.localeCompare(b)), [rows]);
  const byFilter = useMemo(() => {
    const chosen = savedViews.find((v) => v.name === view)?.filter ?? null;
    if (!chosen && !segment && !tag) return [];
    return accountsByFilter(rows, { view: chosen, segments: segment ? [segment] : [], tags: tag ? [tag] : [] }, localToday());
  }, [rows, savedViews, view, segment, tag]);
  const byPaste = useMemo(() => matchPastedAccounts(pasted, rows.map((r) => r.account)), [rows, pasted]);
  const chosen = mode === 'filter' ? byFilter : byPaste.accounts;
  useEffect(() => onChange(chosen), [chosen, onChange]);
  return (
    <fieldset className="card chooser" aria-describedby={error ? 'program-accounts-error' : undefined}>
      <legend>Affected accounts</legend>
      <div className="segmented" role="group" aria-label="Choose accounts">
        <button type="button" aria-pressed={mode === 'filter'} onClick={() => setMode('filter')}>By filter</button>
        <button type="button" aria-pressed={mode === 'paste'} onClick={() => setMode('paste')}>Paste a list</button>
      </div>
      {mode === 'filter' ? (
        <div className="toolbar wrap">
          <label className="field">Saved view
            <select className="input" value={view} onChange={(e) => setView(e.target.value)}>
              <option value="">Any</option>{savedViews.map((v) => <option key={v.name} value={v.name}>{v.name}</option>)}
            </select>
          </label>
          <label className="field">Segment
            <select className="input" value={segment} onChange={(e) => setSegment(e.target.value)}>
              <option value="">Any</option>{Object.entries(segmentLabels).map(([v, l]) => <option key={v} value={v}>{l}</option>)}
            </select>
          </label>
          <label className="field">Tag or product
            <select className="input" value={tag} onChange={(e) => setTag(e.target.value)}>
              <option value="">Any</option>{tags.map((t) => <option key={t} value={t}>{t}</option>)}
            </select>
          </label>
        </div>
      ) : (
        <label className="field">Account names or CRM ids, one per line
          <textarea className="input" rows={5} value={pasted} onChange={(e) => setPasted(e.target.value)} placeholder={'Northwind Foods\nCRM-100042'} />
        </label>
      )}
      <p role="status" className="muted">
        {chosen.length === 0 ? 'No accounts chosen yet.' : `${chosen.length} account${chosen.length === 1 ? '' : 's'}: ${chosen.slice(0, 6).map((a) => a.name).join(', ')}${chosen.length > 6 ? ` and ${chosen.length - 6} more` : ''}`}
      </p>
      {mode === 'paste' && byPaste.unmatched.length > 0 ? (
        <p className="error" role="alert">No account matches {byPaste.unmatched.length === 1 ? 'this line' : `these ${byPaste.unmatched.length} lines`}: {byPaste.unmatched.join(', ')}</p>
      ) : null}
      {error ? <p id="program-accounts-error" className="error" role="alert">{error}</p> : null}
    </fieldset>
  );
}
