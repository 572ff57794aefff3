import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../../../shared/import/csv-rows';
import { generatePortfolio } from '../../../../../shared/sample/portfolio';
import { data, db } from '../../../db/instance';
import { runImport } from './run-import';

describe('importing survey answers', () => {
  it('opens a follow-up for each imported detractor, with the answer, and never a second one', async () => {
    const { accounts } = generatePortfolio({ accounts: 1 });
    const account = { ...accounts[0]!, id: 'imp-acc', name: 'Import Test Co', externalId: 'EXT-IMP', ownerId: 'owner-2' };
    await data.createMany('accounts', [account]);
    const table = parseCsv('Account,Survey,Score,Responded,Comment\nImport Test Co,NPS,2,2026-10-01,Bad\nImport Test Co,NPS,10,2026-10-02,Great\nImport Test Co,CSAT,1,2026-10-03,\n');
    const mapping = ['accountRef', 'kind', 'score', 'respondedAt', 'comment'];
    const outcome = await runImport({ db, data }, 'surveyResponses', table, mapping, () => undefined);
    expect(outcome.created).toBe(3);
    const followUps = (await db.surveyFollowUps.where('accountId').equals('imp-acc').toArray());
    expect(followUps).toHaveLength(2);
    const responses = await db.surveyResponses.where('accountId').equals('imp-acc').toArray();
    const unhappy = responses.filter((r) => r.score <= 2).map((r) => `fu-${r.id}`).sort();
    expect(followUps.map((f) => f.id).sort()).toEqual(unhappy);
    expect(followUps.every((f) => f.ownerId === 'owner-2')).toBe(true);
  });
});
