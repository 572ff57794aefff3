import type { KeyboardEvent } from 'react';
import type { AgendaItem } from '../../../../../shared/domain/review';

/** Props of MeetingAgenda. */
export type MeetingAgendaProps = {
  items: AgendaItem[]; current: number; onSelect: (index: number) => void; onChange: (id: string, patch: Partial<AgendaItem>) => void; onBlur: () => void;
  onCommit: (text: string, caret: number, fallback: string) => void; generalNotes: string; onGeneralNotes: (text: string) => void;
  /** Ctrl+Shift+Enter: the line at the caret becomes an expansion lead. */
  onLead: (text: string, caret: number, fallback: string) => void;
  /** Where the caret is in a note (so the "Expansion lead" button knows the current line). */
  onCaret: (text: string, caret: number, fallback: string) => void;
};

const isCommitKey = (e: KeyboardEvent) => e.key === 'Enter' && (e.ctrlKey || e.metaKey) && !e.shiftKey;
const isLeadKey = (e: KeyboardEvent) => e.key === 'Enter' && (e.ctrlKey || e.metaKey) && e.shiftKey;

type NoteKeys = Pick<MeetingAgendaProps, 'onCommit' | 'onLead' | 'onCaret'>;

/** The keys and caret tracking every notes field shares. */
function noteKeys({ onCommit, onLead, onCaret }: NoteKeys, fallback: string) {
  return {
    onKeyDown: (e: KeyboardEvent<HTMLTextAreaElement>) => {
      const run = isLeadKey(e) ? onLead : isCommitKey(e) ? onCommit : null;
      if (run) { e.preventDefault(); run(e.currentTarget.value, e.currentTarget.selectionStart, fallback); }
    },
    onSelect: (e: { currentTarget: HTMLTextAreaElement }) => onCaret(e.currentTarget.value, e.currentTarget.selectionStart, fallback),
  };
}

/** The agenda as a live checklist, with a notes field per item and general notes below. */
export function MeetingAgenda({ items, current, onSelect, onChange, onBlur, onCommit, onLead, onCaret, generalNotes, onGeneralNotes }: MeetingAgendaProps) {
  const keys = { onCommit, onLead, onCaret };
  return (
    <section className="meeting-agenda" aria-label="Agenda">
      <ol className="meeting-items">
        {items.map((item, index) => (
          <li key={item.id} className={index === current ? 'current' : undefined}>
            <label className="check">
              <input type="checkbox" checked={item.done} onChange={(e) => { onChange(item.id, { done: e.target.checked }); onBlur(); }} />
              <span className={item.done ? 'done' : undefined}>{item.text}</span>
            </label>
            <textarea aria-label={`Notes on ${item.text}`} className="input" rows={index === current ? 4 : 2} value={item.notes} placeholder="Notes…"
              onFocus={() => onSelect(index)} onBlur={onBlur}
              onChange={(e) => onChange(item.id, { notes: e.target.value })} {...noteKeys(keys, item.text)} />
          </li>
        ))}
      </ol>
      {items.length === 0 ? <p className="muted">This review has no agenda; take notes below.</p> : null}
      <label className="field">
        <span>General notes</span>
        <textarea className="input" rows={4} value={generalNotes} onBlur={onBlur} onChange={(e) => onGeneralNotes(e.target.value)} {...noteKeys(keys, '')} />
      </label>
    </section>
  );
}
