import { createElement } from 'react';
import type { PrintDocument } from '../../../../shared/document/print-document';
import type { PdfPageSize } from './pdf-document';

/**
 * Renders a document to the bytes of a PDF file. The PDF library is loaded on first use, so it
 * costs nothing until somebody exports.
 */
export async function renderPdfBytes(doc: PrintDocument, pageSize: PdfPageSize): Promise<Uint8Array> {
  const [{ pdf }, { PdfDocument }] = await Promise.all([import('@react-pdf/renderer'), import('./pdf-document')]);
  // react-pdf's pdf() types want a <Document> element; PdfDocument returns exactly that.
  const blob = await pdf(createElement(PdfDocument, { doc, pageSize }) as Parameters<typeof pdf>[0]).toBlob();
  return new Uint8Array(await blob.arrayBuffer());
}
