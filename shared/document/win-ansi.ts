/** The characters Windows-1252 adds above 0x7F outside Latin-1 (what the PDF standard fonts can show). */
const windows1252Extras = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');

/** Readable stand-ins for common characters the standard fonts lack. */
const standIns: Record<string, string> = {
  '→': '->', '←': '<-', '↑': 'up', '↓': 'down', '≥': '>=', '≤': '<=', '≠': '!=', '−': '-', '✓': 'v', '✔': 'v',
  '✗': 'x', '✘': 'x', '·': '·', '\u00a0': ' ', '\u2009': ' ', '\u202f': ' ', '\u2011': '-', '\u2012': '-', '\u2015': '—',
};

/**
 * Text as the PDF standard fonts (Helvetica, WinAnsi encoding) can print it: Latin-1 and the
 * Windows-1252 extras stay (so "Société Générale" and "1.250 €" print as typed), common symbols get
 * a readable stand-in, and anything else becomes "?" rather than a wrong glyph.
 */
export function toWinAnsi(text: string): string {
  let out = '';
  for (const ch of text.normalize('NFC')) {
    const code = ch.codePointAt(0) ?? 0;
    if (code === 0x09 || code === 0x0a || (code >= 0x20 && code < 0x7f) || (code >= 0xa0 && code <= 0xff) || windows1252Extras.has(ch)) out += ch;
    else if (standIns[ch] !== undefined) out += standIns[ch];
    else if (code < 0x20 || (code >= 0x7f && code < 0xa0)) out += ' ';
    else out += '?';
  }
  return out;
}
