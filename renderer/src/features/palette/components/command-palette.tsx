import { useEffect, useId, useMemo, useState } from 'react';
import { Dialog } from '../../../components/ui/dialog';
import { useNavigation } from '../../../lib/navigation';
import { rankMatches } from '../../../../../shared/search/rank-matches';
import { useRecordMatches } from '../api/search-records';

/** A command the palette can run. */
export type PaletteCommand = { id: string; label: string; hint?: string; run: () => void };

/** Props of CommandPalette. */
export type CommandPaletteProps = { commands: PaletteCommand[]; onClose: () => void };

/** Ctrl/Cmd+K: type to find a command or an account, arrows to move, Enter to run, Escape to close. */
export function CommandPalette({ commands, onClose }: CommandPaletteProps) {
  const [text, setText] = useState('');
  const [active, setActive] = useState(0);
  const listId = useId();
  const go = useNavigation((s) => s.go);
  const records = useRecordMatches(text);
  const items = useMemo(() => {
    // Commands are found by their label; records by their name, shown with what they are.
    const candidates = [
      ...commands.map((c) => ({ text: c.label, item: c })),
      ...records.map((r) => ({ text: r.text, item: { id: `${r.kind}-${r.id}`, label: r.text, hint: r.kind, run: () => go(r.route) } satisfies PaletteCommand })),
    ];
    return rankMatches(candidates, text, 40);
  }, [commands, records, text, go]);

  useEffect(() => setActive(0), [text]);

  const runAt = (index: number) => {
    const item = items[index];
    if (!item) return;
    onClose();
    item.run();
  };
  const onKeyDown = (e: React.KeyboardEvent) => {
    if (e.key === 'ArrowDown') { e.preventDefault(); setActive((i) => Math.min(i + 1, items.length - 1)); }
    else if (e.key === 'ArrowUp') { e.preventDefault(); setActive((i) => Math.max(i - 1, 0)); }
    else if (e.key === 'Enter') { e.preventDefault(); runAt(active); }
  };
  return (
    <Dialog title="Command palette" onClose={onClose} className="palette" bare>
        <input
          role="combobox" aria-expanded="true" aria-controls={listId} aria-label="Type a command or a name"
          aria-activedescendant={items[active] ? `${listId}-${active}` : undefined}
          placeholder="Find a command, account, stakeholder, commitment, escalation or review…" value={text} onChange={(e) => setText(e.target.value)} onKeyDown={onKeyDown}
        />
        <ul id={listId} role="listbox" aria-label="Commands">
          {items.length === 0 ? <li role="option" aria-selected="false" aria-disabled="true" className="muted">Nothing matches</li> : null}
          {items.map((item, i) => (
            <li key={item.id} id={`${listId}-${i}`} role="option" aria-selected={i === active} onMouseMove={() => { if (active !== i) setActive(i); }} onClick={() => runAt(i)}>
              {item.label}{item.hint ? <span className="hint">{item.hint}</span> : null}
            </li>
          ))}
        </ul>
    </Dialog>
  );
}
