import { useState } from 'react';
import { Dialog } from '../../../components/ui/dialog';
import type { Backup } from '../api/backup-format';
import { backupCounts } from '../api/backup-io';

/** Props of RestoreDialog. */
export type RestoreDialogProps = { backup: Backup; fileName: string; onConfirm: () => Promise<void>; onClose: () => void };

const tableLabels: Record<string, string> = {
  accounts: 'Accounts', contacts: 'Stakeholders', touches: 'Touches', tickets: 'Tickets', usagePoints: 'Usage data points',
  surveyResponses: 'Survey responses', commitments: 'Commitments', escalations: 'Escalations', escalationEvents: 'Escalation events',
  reviews: 'Reviews', healthSnapshots: 'Health snapshots', recoveryPrograms: 'Recovery programs', recoveryTargets: 'Recovery targets',
  expansionOpportunities: 'Expansion opportunities', teamMembers: 'Team members', conflicts: 'Conflicts',
  outbox: 'Changes not yet synced', recordMeta: 'Sync records', meta: 'Device settings',
  rejections: 'Edits the server refused', held: 'Edits waiting for the clock', setAside: 'Records set aside', accountEvents: 'Account history',
};

/** Shows what a backup holds and replaces this device's data with it once the user confirms. */
export function RestoreDialog({ backup, fileName, onConfirm, onClose }: RestoreDialogProps) {
  const [busy, setBusy] = useState(false);
  const counts = Object.entries(backupCounts(backup));
  return (
    <Dialog title="Restore backup" onClose={onClose}>
      <p>{fileName}, made {new Date(backup.exportedAt).toLocaleString()}, holds:</p>
      <table className="table" aria-label="Backup contents">
        <tbody>
          {counts.map(([name, n]) => (
            <tr key={name}><th scope="row" style={{ textAlign: 'left', fontWeight: 500 }}>{tableLabels[name] ?? name}</th><td className="num">{n.toLocaleString()}</td></tr>
          ))}
        </tbody>
      </table>
      <p className="error" style={{ color: 'var(--danger)' }}>Restoring replaces everything stored on this device with the backup. This cannot be undone.</p>
      <div className="form-actions">
        <button type="button" className="button" onClick={onClose}>Cancel</button>
        <button type="button" className="button primary" disabled={busy} onClick={() => { setBusy(true); void onConfirm(); }}>
          {busy ? 'Restoring…' : 'Replace my data'}
        </button>
      </div>
    </Dialog>
  );
}
