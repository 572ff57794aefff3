import { accountCsvFiles } from '../../../../../shared/export/account-csv-files';
import { db } from '../../../db/instance';
import { bridge } from '../../../lib/bridge';

/** Saves a whole account as one CSV per kind (account, stakeholders, touches, tickets, usage, surveys). */
export async function exportAccountCsv(accountId: string): Promise<number> {
  const account = await db.accounts.get(accountId);
  if (!account) return 0;
  const [contacts, touches, tickets, usagePoints, surveyResponses, teamMembers] = await Promise.all([
    db.contacts.where('accountId').equals(accountId).toArray(),
    db.touches.where('accountId').equals(accountId).toArray(),
    db.tickets.where('accountId').equals(accountId).toArray(),
    db.usagePoints.where('accountId').equals(accountId).toArray(),
    db.surveyResponses.where('accountId').equals(accountId).toArray(),
    db.teamMembers.toArray(),
  ]);
  const files = accountCsvFiles({ account, contacts, touches, tickets, usagePoints, surveyResponses }, teamMembers);
  for (const file of files) await bridge.saveFile({ suggestedName: file.fileName, contents: file.contents, mimeType: 'text/csv' });
  return files.length;
}
