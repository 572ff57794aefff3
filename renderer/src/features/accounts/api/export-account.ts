import { accountCsvFiles } from '../../../../../shared/export/account-csv-files';
import { readAccountBundle } from '../../../db/queries/account-bundle';
import { readTeamMembers } from '../../../db/queries/team-members';
import { bridge } from '../../../lib/bridge';

/** Saves a whole account as one CSV per kind (account, stakeholders, touches, tickets, usage, surveys). */
export async function exportAccountCsv(accountId: string): Promise<number> {
  const [bundle, teamMembers] = await Promise.all([readAccountBundle(accountId, { usage: true }), readTeamMembers()]);
  if (!bundle) return 0;
  const files = accountCsvFiles(bundle, teamMembers);
  for (const file of files) await bridge.saveFile({ suggestedName: file.fileName, contents: file.contents, mimeType: 'text/csv' });
  return files.length;
}
