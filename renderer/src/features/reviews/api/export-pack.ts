import { documentToMarkdown } from '../../../../../shared/document/markdown';
import type { PrintDocument } from '../../../../../shared/document/print-document';
import { bridge } from '../../../lib/bridge';

/** A file name from a document's parts: "northwind-traders-qbr-2026-12-10". */
export function packFileName(parts: string[]): string {
  return parts.join(' ').toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 80) || 'review-pack';
}

/** Saves a pack as Markdown (a save dialog in Electron, a download in web mode). */
export async function exportPackMarkdown(doc: PrintDocument, name: string): Promise<boolean> {
  const result = await bridge.saveFile({ suggestedName: `${name}.md`, contents: documentToMarkdown(doc), mimeType: 'text/markdown' });
  return result.saved;
}
