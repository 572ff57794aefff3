import { accountCsvFiles } from '../../../../../shared/export/account-csv-files';
import { accountZip, accountZipName } from '../../../../../shared/export/account-zip';
import { readAccountBundle } from '../../../db/queries/account-bundle';
import { readTeamMembers } from '../../../db/queries/team-members';
import { bridge } from '../../../lib/bridge';

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** Saves a whole account as one ZIP of CSVs (account, stakeholders, touches, tickets, usage, surveys); returns how many CSVs. */
export async function exportAccountCsv(accountId: string): Promise<number> {
  const [bundle, teamMembers] = await Promise.all([readAccountBundle(accountId, { usage: true }), readTeamMembers()]);
  if (!bundle) return 0;
  const files = accountCsvFiles(bundle, teamMembers);
  await bridge.saveFile({ suggestedName: accountZipName(files), contents: toBase64(accountZip(files, new Date())), mimeType: 'application/zip', encoding: 'base64' });
  return files.length;
}
