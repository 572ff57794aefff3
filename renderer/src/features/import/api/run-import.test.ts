import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../../../shared/import/csv-rows';
import { generatePortfolio } from '../../../../../shared/sample/portfolio';
import { data, db } from '../../../db/instance';
import { createChunkRows, runImport } from './run-import';

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

describe('importing in chunks', () => {
  it('keeps every chunk written before a failing one, writes nothing of the failing chunk, and reports the failure', async () => {
    const { accounts } = generatePortfolio({ accounts: 6000, usageWeeks: 0 });
    const creates = accounts.map((a) => ({ ...a, id: `chunk-${a.id}` }));
    // A row of the second chunk already exists: that chunk's bulkAdd fails as a whole.
    const chunk = createChunkRows;
    const clash = creates[chunk + Math.floor(chunk / 5)]!;
    await data.createMany('accounts', [clash]);
    const plan = { creates, updates: [], unchanged: 0, rejected: [], skipped: 0, duplicates: [], notes: [], pastRenewals: 0, timelineNotes: [], outcomes: [] };
    const progress: number[] = [];
    await expect(runImport({ db, data }, 'accounts', { headers: [], rows: [] }, [], (p) => { if (p.phase === 'saving') progress.push(p.done); }, { plan })).rejects.toThrow();
    const stored = new Set(await db.accounts.where(':id').startsWith('chunk-').primaryKeys());
    expect(creates.slice(0, chunk).every((a) => stored.has(a.id))).toBe(true);
    expect(creates.slice(chunk, 2 * chunk).filter((a) => stored.has(a.id)).map((a) => a.id)).toEqual([clash.id]);
    // What the progress said was saved is really there.
    expect(Math.max(...progress)).toBeLessThanOrEqual(stored.size);
    expect(progress).toContain(chunk);
  }, 60_000);
});
