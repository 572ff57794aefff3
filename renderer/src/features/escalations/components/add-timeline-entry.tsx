import { useState } from 'react';
import { departments, type Department } from '../../../../../shared/domain/escalation';
import { useMe } from '../../../lib/me';
import { addEscalationEvent, type EscalationEventInput } from '../api/escalation-writes';
import { departmentLabels } from './labels';
import { describeError } from '../../../lib/storage-error';

/** Props of AddTimelineEntry. */
export type AddTimelineEntryProps = { escalationId: string };

/** Adds a customer update, internal action or note in one step (Enter in the text adds it). */
export function AddTimelineEntry({ escalationId }: AddTimelineEntryProps) {
  const me = useMe((s) => s.memberId);
  const [kind, setKind] = useState<EscalationEventInput['kind']>('customer_update');
  const [department, setDepartment] = useState<Department | ''>('');
  const [body, setBody] = useState('');
  const [error, setError] = useState<string | null>(null);
  const add = async () => {
    if (!body.trim()) { setError('Write what was done or said'); return; }
    try {
      await addEscalationEvent(escalationId, { kind, department: kind === 'internal_action' && department ? department : null, body: body.trim() }, me);
      setBody('');
      setError(null);
    } catch (e) {
      setError(describeError(e));
    }
  };
  return (
    <form className="card toolbar" aria-label="Add to the timeline" onSubmit={(e) => { e.preventDefault(); void add(); }}>
      <select className="input" aria-label="Entry kind" value={kind} onChange={(e) => setKind(e.target.value as EscalationEventInput['kind'])}>
        <option value="customer_update">Customer update</option>
        <option value="internal_action">Internal action</option>
        <option value="note">Note</option>
      </select>
      {kind === 'internal_action' ? (
        <select className="input" aria-label="Department" value={department} onChange={(e) => setDepartment(e.target.value as Department | '')}>
          <option value="">Department…</option>
          {departments.map((d) => <option key={d} value={d}>{departmentLabels[d]}</option>)}
        </select>
      ) : null}
      <input className="input" style={{ flex: 1 }} aria-label="Entry" placeholder={kind === 'customer_update' ? 'What we told the customer' : 'What was done'} value={body} onChange={(e) => { setBody(e.target.value); if (error && e.target.value.trim()) setError(null); }} aria-invalid={error ? true : undefined} />
      <button type="submit" className="button primary">Add</button>
      {error ? <span className="error" role="alert">{error}</span> : null}
    </form>
  );
}
