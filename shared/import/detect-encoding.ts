import jschardet from 'jschardet';
import { isUtf8, type CsvEncoding } from './decode';

// Apart from decode.ts: jschardet is a megabyte of code, loaded only when a file is chosen for import.

const sampleBytes = 256 * 1024;

/**
 * Detects a file's encoding: a byte-order mark decides (UTF-8, UTF-16 LE/BE); otherwise jschardet
 * judges the first 256 KiB among the encodings CRM exports and Excel use, and a file that is not
 * valid UTF-8 is never read as UTF-8.
 */
export function detectEncoding(bytes: Uint8Array): CsvEncoding {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  const sample = bytes.subarray(0, sampleBytes);
  const guess = (jschardet.detect(sample, { detectEncodings: ['UTF-8', 'ascii', 'windows-1252', 'ISO-8859-1', 'UTF-16LE', 'UTF-16BE'] }).encoding ?? '').toLowerCase();
  if (guess.startsWith('utf-16')) return guess.endsWith('be') ? 'utf-16be' : 'utf-16le';
  // A sample cut inside a multi-byte character is still UTF-8: check the whole file when the sample fails.
  if (guess === 'utf-8' || guess === 'ascii' || guess === '') return isUtf8(bytes) ? 'utf-8' : 'windows-1252';
  if (isUtf8(bytes)) return 'utf-8';
  return guess === 'iso-8859-1' ? 'iso-8859-1' : 'windows-1252';
}
