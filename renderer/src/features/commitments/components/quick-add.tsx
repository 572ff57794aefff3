import { useState } from 'react';
import { readDueLine } from '../../../../../shared/domain/due-phrase';
import { useAccountOptions } from '../../../db/queries/account-options';
import { localToday } from '../../../lib/format';
import { useMe } from '../../../lib/me';
import { useToasts } from '../../../lib/toast';
import { createCommitment } from '../api/commitment-writes';
import { describeError } from '../../../lib/storage-error';
import { PrivateMark } from './private-mark';

/** Props of QuickAdd. */
export type QuickAddProps = { accountId?: string };

/** One line to record a promise: "Send the SSO roadmap fri 3pm" — the date and time at the end are understood. */
export function QuickAdd({ accountId }: QuickAddProps) {
  const me = useMe((s) => s.memberId);
  const accounts = useAccountOptions() ?? [];
  const [line, setLine] = useState('');
  const [account, setAccount] = useState(accountId ?? '');
  const [owedBy, setOwedBy] = useState<'us' | 'customer'>('us');
  const [isPrivate, setPrivate] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const today = localToday();
  const preview = line.trim() ? readDueLine(line, today) : null;
  const add = async () => {
    if (!preview || !preview.title) { setError('Say what was promised, e.g. "Send the SSO roadmap fri"'); return; }
    if (preview.problem) { setError(preview.problem); return; }
    try {
      await createCommitment({ title: preview.title, accountId: account || null, owedBy, ownerId: me, dueDate: preview.dueDate ?? today, dueTime: preview.dueTime }, { private: isPrivate });
      useToasts.getState().show({ message: `Added "${preview.title}", due ${preview.dueDate ?? today}${preview.dueTime ? ` ${preview.dueTime}` : ''}${isPrivate ? ' (private)' : ''}` });
      setLine('');
      setError(null);
    } catch (e) {
      setError(describeError(e));
    }
  };
  return (
    <form className="card toolbar quick-add" aria-label="Add a commitment" onSubmit={(e) => { e.preventDefault(); void add(); }}>
      <input className="input" style={{ flex: 2, minWidth: 240 }} aria-label="What was promised, and by when" placeholder='What was promised, and by when — "Send the SSO roadmap fri"' value={line} onChange={(e) => setLine(e.target.value)} />
      {accountId ? null : (
        <select className="input" aria-label="For account" value={account} onChange={(e) => setAccount(e.target.value)}>
          <option value="">No account</option>
          {accounts.map((a) => <option key={a.id} value={a.id}>{a.name}</option>)}
        </select>
      )}
      <select className="input" aria-label="Who owes it" value={owedBy} onChange={(e) => setOwedBy(e.target.value as 'us' | 'customer')}>
        <option value="us">I owe it</option>
        <option value="customer">The customer owes it</option>
      </select>
      <label className="check" title="Only you see a private commitment, even on the team server"><input type="checkbox" checked={isPrivate} onChange={(e) => setPrivate(e.target.checked)} />Private</label>
      <button type="submit" className="button primary">Add</button>
      {preview?.title && !preview.problem ? <span className="muted">due {preview.dueDate ?? `${today} (no date found: today)`}{preview.dueTime ? ` ${preview.dueTime}` : ''}{isPrivate ? <PrivateMark /> : null}</span> : null}
      {preview?.problem && !error ? <span className="error">{preview.problem}</span> : null}
      {error ? <span className="error" role="alert">{error}</span> : null}
    </form>
  );
}
