/** PDF and Markdown files from a PrintDocument (shared/document): see export-document.ts. */
export { exportMarkdown, exportPdf, type PdfPageSize } from './export-document';
export { renderPdfBytes } from './render-pdf';
