import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeCsv } from './decode';
import { detectEncoding } from './detect-encoding';

const latin1 = (s: string) => new Uint8Array(Buffer.from(s, 'latin1'));

describe('CSV encodings', () => {
  it('reads a Windows-1252 file with accents and the euro sign intact', () => {
    const bytes = latin1('Nom;Ville;Montant\nSoci\xe9t\xe9 G\xe9n\xe9rale;M\xfcnchen;1.250.000,50 \x80\n');
    expect(detectEncoding(bytes)).toBe('windows-1252');
    expect(decodeCsv(bytes, 'windows-1252')).toContain('Société Générale;München;1.250.000,50 €');
  });

  it('reads UTF-8 with and without a byte-order mark', () => {
    const plain = new Uint8Array(Buffer.from('Name\nSociété Générale\n', 'utf8'));
    expect(detectEncoding(plain)).toBe('utf-8');
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...plain]);
    expect(detectEncoding(bom)).toBe('utf-8');
    expect(decodeCsv(bom, 'utf-8')).toBe('Name\nSociété Générale\n');
  });

  it('reads UTF-16 little-endian (Excel "Unicode text") by its byte-order mark', () => {
    const bytes = new Uint8Array(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Name\tCity\nZoë\tKöln\n', 'utf16le')]));
    expect(detectEncoding(bytes)).toBe('utf-16le');
    expect(decodeCsv(bytes, 'utf-16le')).toBe('Name\tCity\nZoë\tKöln\n');
  });

  it('recognises the fixtures by their bytes', () => {
    const file = (name: string) => new Uint8Array(readFileSync(`test/fixtures/csv/${name}`));
    expect(detectEncoding(file('european-accounts-1252.csv'))).toBe('windows-1252');
    expect(detectEncoding(file('excel-unicode-text.txt'))).toBe('utf-16le');
    expect(detectEncoding(file('salesforce-accounts-report.csv'))).toBe('utf-8');
  });
});
