import { useEffect, useRef, useState } from 'react';
import { afterNextPaint, type AfterPaint } from '../hooks/after-next-paint';
import { useAccountList } from '../stores/account-list-store';

/**
 * The accounts search: each typed character is painted at once from the box's own draft, and the
 * text reaches the list filter (which re-filters and re-renders 10,000 rows) once that frame is out.
 * Characters typed within one frame reach the filter together; nothing typed is lost (a pending
 * text is handed over when the box goes away). A search set elsewhere (Clear filters, a saved view)
 * replaces a draft still waiting for its frame: the later action wins (Clear filters clicked just
 * after a keystroke clears, and the text typed before it does not come back).
 */
export function AccountSearchBox() {
  const text = useAccountList((s) => s.filter.text);
  const setFilter = useAccountList((s) => s.setFilter);
  const [draft, setDraft] = useState<string | null>(null);
  const pending = useRef<AfterPaint | null>(null);
  // The text this box last handed to the list, so its own hand-over is told from a change made elsewhere.
  const handedOver = useRef<string | null>(null);
  useEffect(() => () => pending.current?.flush(), []);
  useEffect(() => {
    if (handedOver.current === text) { handedOver.current = null; return; }
    pending.current?.cancel();
    pending.current = null;
    setDraft(null);
  }, [text]);
  const onChange = (value: string) => {
    setDraft(value);
    pending.current?.cancel();
    pending.current = afterNextPaint(() => {
      pending.current = null;
      if (useAccountList.getState().filter.text !== value) handedOver.current = value;
      setFilter({ text: value });
      setDraft((d) => (d === value ? null : d));
    });
  };
  return (
    <input className="input" type="search" aria-label="Search accounts" placeholder="Search name, tag, stakeholder…" value={draft ?? text} onChange={(e) => onChange(e.target.value)} />
  );
}
