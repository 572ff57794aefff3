// shared/ compiles without DOM or Node types; TextDecoder is in every runtime we target (browsers, Node ≥ 11).
declare const TextDecoder: new (label: string, options?: { fatal?: boolean }) => { decode: (bytes: Uint8Array) => string };

/** The text encodings a CSV file can be read in. */
export const csvEncodings = ['utf-8', 'utf-16le', 'utf-16be', 'windows-1252', 'iso-8859-1'] as const;
/** A text encoding a CSV file can be read in. */
export type CsvEncoding = (typeof csvEncodings)[number];

/** What users call each encoding (Excel's and Windows' own names). */
export const csvEncodingLabels: Record<CsvEncoding, string> = {
  'utf-8': 'UTF-8', 'utf-16le': 'UTF-16 (Excel "Unicode text")', 'utf-16be': 'UTF-16 big-endian',
  'windows-1252': 'Windows-1252 (Western European)', 'iso-8859-1': 'ISO-8859-1 (Latin-1)',
};

/** Whether the bytes are valid UTF-8. */
export function isUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

// Windows-1252's characters for bytes 0x80–0x9F (€, ‚, ƒ, „, …): some runtimes (Node) decode them as ISO-8859-1 controls.
const cp1252High = '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

/** Decodes a file's bytes in the given encoding, dropping a byte-order mark. */
export function decodeCsv(bytes: Uint8Array, encoding: CsvEncoding): string {
  const text = new TextDecoder(encoding).decode(bytes).replace(/^\uFEFF/, '');
  if (encoding !== 'windows-1252') return text;
  return text.replace(/[\u0080-\u009f]/g, (c) => cp1252High[c.charCodeAt(0) - 0x80] ?? c);
}
