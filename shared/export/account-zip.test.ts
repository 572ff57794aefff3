import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { accountZip, accountZipName } from './account-zip';

describe('account export as one ZIP', () => {
  it('holds every CSV byte for byte (accents included), under its own name', () => {
    const files = [
      { kind: 'accounts' as const, fileName: 'acme-account.csv', contents: 'Name,ARR\nAcme Café,1200\n' },
      { kind: 'contacts' as const, fileName: 'acme-stakeholders.csv', contents: 'Name,Email\nRenée Ørsted,r@acme.test\n' },
    ];
    const zip = accountZip(files, new Date('2026-11-28T08:00:00Z'));
    expect([...zip.slice(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]); // "PK\3\4": a ZIP any OS opens
    const back = unzipSync(zip);
    expect(Object.keys(back).sort()).toEqual(['acme-account.csv', 'acme-stakeholders.csv']);
    expect(strFromU8(back['acme-stakeholders.csv']!)).toBe(files[1]!.contents);
    expect(accountZipName(files)).toBe('acme.zip');
  });
});
