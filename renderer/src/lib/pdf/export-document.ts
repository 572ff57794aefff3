import { documentToMarkdown } from '../../../../shared/document/markdown';
import type { PrintDocument } from '../../../../shared/document/print-document';
import { bridge } from '../bridge';
import type { PdfPageSize } from './pdf-document';
import { renderPdfBytes } from './render-pdf';

export type { PdfPageSize } from './pdf-document';

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  return btoa(binary);
}

/** Saves a document as a PDF file: a save dialog in the desktop app, a download in web mode. */
export async function exportPdf(doc: PrintDocument, { pageSize, suggestedName }: { pageSize: PdfPageSize; suggestedName: string }): Promise<{ saved: boolean; path?: string }> {
  const bytes = await renderPdfBytes(doc, pageSize);
  return bridge.saveFile({ suggestedName, contents: toBase64(bytes), mimeType: 'application/pdf', encoding: 'base64' });
}

/** Saves a document as a Markdown file. */
export async function exportMarkdown(doc: PrintDocument, suggestedName: string): Promise<{ saved: boolean; path?: string }> {
  return bridge.saveFile({ suggestedName, contents: documentToMarkdown(doc), mimeType: 'text/markdown' });
}
