import { Lock } from 'lucide-react';

/** The mark every private commitment carries: an icon and the word, explained on hover. */
export function PrivateMark() {
  return (
    <span className="private-mark" title="Private: only you see this, even on the team server">
      <Lock size={11} aria-hidden="true" />Private
    </span>
  );
}
