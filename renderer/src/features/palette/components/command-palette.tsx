import { useEffect, useId, useMemo, useState } from 'react';
import { Dialog } from '../../../components/ui/dialog';
import { useNavigation } from '../../../lib/navigation';
import { useAccountMatches } from '../api/search-accounts';

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
  const accounts = useAccountMatches(text);
  const items = useMemo(() => {
    const needle = text.trim().toLocaleLowerCase();
    const matching = commands.filter((c) => c.label.toLocaleLowerCase().includes(needle));
    const accountItems = accounts.map((a) => ({ id: `account-${a.id}`, label: `Open account: ${a.name}`, hint: 'Account', run: () => go({ section: 'accounts', recordId: a.id }) }));
    return [...matching, ...accountItems];
  }, [commands, accounts, text, go]);

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
          role="combobox" aria-expanded="true" aria-controls={listId} aria-label="Type a command or an account name"
          aria-activedescendant={items[active] ? `${listId}-${active}` : undefined}
          placeholder="Type a command or an account name…" value={text} onChange={(e) => setText(e.target.value)} onKeyDown={onKeyDown}
        />
        <ul id={listId} role="listbox" aria-label="Commands">
          {items.length === 0 ? <li role="option" aria-selected="false" aria-disabled="true" className="muted">No command or account matches</li> : null}
          {items.map((item, i) => (
            <li key={item.id} id={`${listId}-${i}`} role="option" aria-selected={i === active} onMouseMove={() => { if (active !== i) setActive(i); }} onClick={() => runAt(i)}>
              {item.label}{item.hint ? <span className="hint">{item.hint}</span> : null}
            </li>
          ))}
        </ul>
    </Dialog>
  );
}
