import { useState, type KeyboardEvent } from 'react';
import type { AgendaItem } from '../../../../../shared/domain/review';
import { customAgendaItem, moveAgendaItem } from '../../../../../shared/domain/review/agenda';
import { agendaSourceLabels } from './labels';

/** Props of AgendaEditor. */
export type AgendaEditorProps = { items: AgendaItem[]; onChange: (items: AgendaItem[]) => void; onPropose?: () => void };

/**
 * An ordered, editable agenda: each line can be retyped, moved (the ↑/↓ buttons, or Alt+↑/↓ while its
 * text has focus) and removed; a typed line is added at the end.
 */
export function AgendaEditor({ items, onChange, onPropose }: AgendaEditorProps) {
  const [draft, setDraft] = useState('');
  const move = (index: number, delta: number) => {
    onChange(moveAgendaItem(items, index, delta));
    const target = Math.max(0, Math.min(items.length - 1, index + delta));
    requestAnimationFrame(() => document.getElementById(`agenda-item-${target}`)?.focus());
  };
  const onKey = (index: number) => (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.altKey && (e.key === 'ArrowUp' || e.key === 'ArrowDown')) { e.preventDefault(); move(index, e.key === 'ArrowUp' ? -1 : 1); }
  };
  const add = () => {
    if (!draft.trim()) return;
    onChange([...items, customAgendaItem(draft, items)]);
    setDraft('');
  };
  return (
    <fieldset className="agenda-editor">
      <legend>Agenda <span className="muted">(Alt+↑/↓ moves the focused item)</span></legend>
      {items.length === 0 ? <p className="muted">No items yet.{onPropose ? ' Propose them from the account data, or type your own below.' : ''}</p> : (
        <ol className="agenda-items">
          {items.map((item, index) => (
            <li key={item.id}>
              <span className={`badge source-${item.source}`}>{agendaSourceLabels[item.source]}</span>
              <input id={`agenda-item-${index}`} className="input" aria-label={`Agenda item ${index + 1}`} value={item.text} maxLength={500}
                onChange={(e) => onChange(items.map((i) => (i.id === item.id ? { ...i, text: e.target.value } : i)))} onKeyDown={onKey(index)} />
              <button type="button" className="link" aria-label={`Move item ${index + 1} up`} disabled={index === 0} onClick={() => move(index, -1)}>↑</button>
              <button type="button" className="link" aria-label={`Move item ${index + 1} down`} disabled={index === items.length - 1} onClick={() => move(index, 1)}>↓</button>
              <button type="button" className="link" aria-label={`Remove item ${index + 1}`} onClick={() => onChange(items.filter((i) => i.id !== item.id))}>Remove</button>
            </li>
          ))}
        </ol>
      )}
      <div className="inline-form">
        <input className="input" aria-label="New agenda item" placeholder="Add an item…" value={draft} maxLength={500}
          onChange={(e) => setDraft(e.target.value)} onKeyDown={(e) => { if (e.key === 'Enter') { e.preventDefault(); add(); } }} />
        <button type="button" className="button" onClick={add}>Add</button>
        {onPropose ? <button type="button" className="button" onClick={onPropose}>Propose from data</button> : null}
      </div>
    </fieldset>
  );
}
