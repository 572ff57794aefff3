import { useState } from 'react';
import type { Backup } from '../api/backup-format';
import { readBackupFile, restoreFromBackup, saveAccountsCsv, saveBackupFile } from '../api/backup-actions';
import { RestoreDialog } from './restore-dialog';

const hiddenInput = { position: 'absolute', width: 1, height: 1, opacity: 0, overflow: 'hidden' } as const;

/** Export a JSON backup, restore one (after showing what it holds), and export accounts as CSV. */
export function BackupButtons() {
  const [message, setMessage] = useState('');
  const [pending, setPending] = useState<{ backup: Backup; fileName: string } | null>(null);

  const run = (label: string, action: () => Promise<boolean>) => {
    setMessage('');
    action().then((saved) => setMessage(saved ? `${label} saved.` : ''), (e: unknown) => setMessage(`${label} failed: ${e instanceof Error ? e.message : String(e)}`));
  };

  const pick = async (file: File | undefined) => {
    setMessage('');
    if (!file) return;
    const read = readBackupFile(await file.text());
    if (read.ok) setPending({ backup: read.backup, fileName: file.name });
    else setMessage(read.message);
  };

  const confirm = async () => {
    if (!pending) return;
    try {
      await restoreFromBackup(pending.backup);
      setMessage(`Restored ${pending.fileName}.`);
    } catch (e) {
      setMessage(`Nothing was changed: the restore failed (${e instanceof Error ? e.message : String(e)}).`);
    }
    setPending(null);
  };

  return (
    <>
      <button type="button" className="button" onClick={() => run('Backup', saveBackupFile)}>Export backup</button>
      <label className="button">
        Restore backup…
        <input type="file" accept=".json,application/json" style={hiddenInput} onChange={(e) => { void pick(e.target.files?.[0]); e.target.value = ''; }} />
      </label>
      <button type="button" className="button" onClick={() => run('Accounts CSV', saveAccountsCsv)}>Export accounts (CSV)</button>
      <span className="muted" role="status">{message}</span>
      {pending ? <RestoreDialog backup={pending.backup} fileName={pending.fileName} onConfirm={confirm} onClose={() => setPending(null)} /> : null}
    </>
  );
}
