import { describe, expect, it } from 'vitest';
import { generatePortfolio } from '../sample/portfolio';
import { accountMatcher, emptyAccountFilter, isAtRisk, isPlainNameOrder, listReadsHealth, narrowsSearch, searchTextOf, sortAccountRows, type AccountRow } from './account-list';

const p = generatePortfolio({ accounts: 200 });
const rows: AccountRow[] = p.accounts.map((account, i) => ({
  account,
  stakeholderNames: p.contacts.filter((c) => c.accountId === account.id).map((c) => c.name),
  openEscalations: i % 17 === 0 ? 1 : 0,
  severeEscalations: i % 34 === 0 ? 1 : 0,
  overdueCommitments: i % 23 === 0 ? 2 : 0,
  lastTouchAt: i % 5 === 0 ? null : `2026-10-${String((i % 28) + 1).padStart(2, '0')}T10:00:00.000Z`,
}));
const today = '2026-11-22';
const filter = (f: Partial<typeof emptyAccountFilter>) => rows.filter(accountMatcher({ ...emptyAccountFilter, ...f }, today));

describe('account list filtering', () => {
  it('shows every live account with the empty filter, and never deleted ones', () => {
    expect(filter({})).toHaveLength(200);
    const withDeleted = [...rows, { ...rows[0]!, account: { ...rows[0]!.account, id: 'x', deleted: true } }];
    expect(withDeleted.filter(accountMatcher(emptyAccountFilter, today))).toHaveLength(200);
  });

  it('finds accounts by any word of name, tag or stakeholder name, case-insensitively', () => {
    const target = rows[3]!;
    const stakeholder = target.stakeholderNames[0]!;
    expect(filter({ text: stakeholder.toUpperCase() }).map((r) => r.account.id)).toContain(target.account.id);
    const tagged = rows.find((r) => r.account.tags.length > 0)!;
    const tag = tagged.account.tags[0]!;
    const found = filter({ text: tag.toUpperCase() });
    expect(found.map((r) => r.account.id)).toContain(tagged.account.id);
    expect(found.every((r) => searchTextOf(r).includes(tag.toLocaleLowerCase()))).toBe(true);
    const [first, second] = target.account.name.split(' ');
    expect(filter({ text: `${second} ${first}` }).map((r) => r.account.id)).toContain(target.account.id);
  });

  it('combines segment, tier, owner and stage filters', () => {
    const result = filter({ segments: ['enterprise'], ownerIds: ['tm-1'] });
    expect(result.length).toBeGreaterThan(0);
    expect(result.every((r) => r.account.segment === 'enterprise' && r.account.ownerId === 'tm-1')).toBe(true);
  });

  it('keeps renewals inside the window and drops past ones', () => {
    const result = filter({ renewalWithinDays: 90 });
    expect(result.every((r) => r.account.renewalDate! >= today && r.account.renewalDate! <= '2027-02-20')).toBe(true);
  });

  it('narrows to at-risk accounts', () => {
    const result = filter({ atRiskOnly: true });
    expect(result.length).toBeGreaterThan(0);
    expect(result.every(isAtRisk)).toBe(true);
  });
});

describe('account list sorting', () => {
  it('sorts by ARR both ways and puts missing values last', () => {
    const asc = sortAccountRows(rows, { key: 'arr', direction: 'asc' }, () => '');
    expect(asc.map((r) => r.account.arrMinor)).toEqual([...rows.map((r) => r.account.arrMinor)].sort((a, b) => a - b));
    const byTouch = sortAccountRows(rows, { key: 'lastTouch', direction: 'desc' }, () => '');
    expect(byTouch.at(-1)?.lastTouchAt).toBeNull();
    expect(byTouch[0]?.lastTouchAt).not.toBeNull();
  });
});

describe('the plain name order (what a first screen can show early)', () => {
  it('is the unfiltered list by name, A to Z, and nothing else', () => {
    const byName = { key: 'name', direction: 'asc' } as const;
    expect(isPlainNameOrder(emptyAccountFilter, byName)).toBe(true);
    expect(isPlainNameOrder({ ...emptyAccountFilter, text: '  ' }, byName)).toBe(true);
    expect(isPlainNameOrder({ ...emptyAccountFilter, text: 'north' }, byName)).toBe(false);
    expect(isPlainNameOrder({ ...emptyAccountFilter, healthBands: ['poor'] }, byName)).toBe(false);
    expect(isPlainNameOrder({ ...emptyAccountFilter, atRiskOnly: true }, byName)).toBe(false);
    expect(isPlainNameOrder(emptyAccountFilter, { key: 'name', direction: 'desc' })).toBe(false);
    expect(isPlainNameOrder(emptyAccountFilter, { key: 'arr', direction: 'asc' })).toBe(false);
  });
});

describe('a search that narrows (filtering the shown rows again is enough)', () => {
  const today = '2026-11-18';
  const shown = (text: string) => rows.filter(accountMatcher({ ...emptyAccountFilter, text }, today));
  it('typing on narrows; deleting, changing a letter or another filter does not', () => {
    const f = (text: string, over: Partial<typeof emptyAccountFilter> = {}) => ({ ...emptyAccountFilter, text, ...over });
    expect(narrowsSearch(f(''), f('n'))).toBe(true);
    expect(narrowsSearch(f('nor'), f('Nort'))).toBe(true);
    expect(narrowsSearch(f('north'), f('north r'))).toBe(true);
    expect(narrowsSearch(f('north'), f('nort'))).toBe(false);
    expect(narrowsSearch(f('north'), f('norti'))).toBe(false);
    expect(narrowsSearch(f('n'), f('no', { tiers: ['gold'] }))).toBe(false);
    expect(narrowsSearch(f('n', { tags: ['a'] }), f('no', { tags: ['a'] }))).toBe(true);
    expect(narrowsSearch(f('n', { atRiskOnly: true }), f('no'))).toBe(false);
  });
  it('when it narrows, filtering the shown rows gives exactly the rows a full filter gives', () => {
    const word = rows[7]!.account.name.toLowerCase();
    for (let i = 1; i < word.length; i += 1) {
      const previous = word.slice(0, i);
      const next = word.slice(0, i + 1);
      expect(narrowsSearch({ ...emptyAccountFilter, text: previous }, { ...emptyAccountFilter, text: next })).toBe(true);
      expect(shown(previous).filter(accountMatcher({ ...emptyAccountFilter, text: next }, today))).toEqual(shown(next));
    }
  });
});

describe('whether the list order or filter reads health scores', () => {
  it('is so only when sorted by health or narrowed to health bands', () => {
    expect(listReadsHealth(emptyAccountFilter, { key: 'name', direction: 'asc' })).toBe(false);
    expect(listReadsHealth(emptyAccountFilter, { key: 'arr', direction: 'desc' })).toBe(false);
    expect(listReadsHealth({ ...emptyAccountFilter, healthBands: [] }, { key: 'overdue', direction: 'asc' })).toBe(false);
    expect(listReadsHealth(emptyAccountFilter, { key: 'health', direction: 'desc' })).toBe(true);
    expect(listReadsHealth({ ...emptyAccountFilter, healthBands: ['at_risk'] }, { key: 'name', direction: 'asc' })).toBe(true);
  });
});
