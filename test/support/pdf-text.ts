import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

function ensurePoppler(): void {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
  } catch {
    throw new Error('pdftotext is missing: install poppler-utils (Debian: apt-get install -y poppler-utils) to check PDF files');
  }
}

function toPath(pdf: Uint8Array | string): string {
  if (typeof pdf === 'string') return pdf;
  const path = join(mkdtempSync(join(tmpdir(), 'rapport-pdf-')), 'file.pdf');
  writeFileSync(path, pdf);
  return path;
}

/** The text of a PDF file (a path or its bytes) as pdftotext reads it, pages separated by form feeds. */
export function pdfText(pdf: Uint8Array | string, options: { layout?: boolean } = {}): string {
  ensurePoppler();
  return execFileSync('pdftotext', [...(options.layout ? ['-layout'] : []), toPath(pdf), '-'], { encoding: 'utf8' });
}

/** Page count and page size of a PDF file, from pdfinfo. */
export function pdfInfo(pdf: Uint8Array | string): { pages: number; pageSize: string } {
  ensurePoppler();
  const info = execFileSync('pdfinfo', [toPath(pdf)], { encoding: 'utf8' });
  return { pages: Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? 0), pageSize: /Page size:\s+(.+)/.exec(info)?.[1]?.trim() ?? '' };
}

/** Renders PDF pages to PNG files (for looking at them); returns the files' path prefix. */
export function pdfToPngs(pdf: Uint8Array | string, outPrefix: string, resolution = 80): string {
  ensurePoppler();
  execFileSync('pdftoppm', ['-png', '-r', String(resolution), toPath(pdf), outPrefix]);
  return outPrefix;
}
