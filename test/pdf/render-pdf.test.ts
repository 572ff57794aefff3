import { describe, expect, it } from 'vitest';
import type { PrintDocument } from '../../shared/document/print-document';
import { renderPdfBytes } from '../../renderer/src/lib/pdf/render-pdf';
import { pdfInfo, pdfText, pdfToPngs } from '../support/pdf-text';

const rows = Array.from({ length: 90 }, (_, i) => [`Commitment ${i + 1}: send the SSO roadmap to Société Générale`, `2026-12-${String((i % 28) + 1).padStart(2, '0')}`, i % 3 === 0 ? 'kept' : 'open']);

const doc: PrintDocument = {
  title: 'Quarterly business review',
  subtitle: 'Société Générale · 12 December 2026 · on site in Paris',
  runningHeader: 'Société Générale',
  generatedAt: '2026-11-28T10:00:00.000Z',
  sections: [
    { title: 'Account snapshot', blocks: [{ kind: 'paragraph', text: 'A long paragraph about the account that wraps onto a second line so the line spacing can be seen in the rendered page, with the renewal coming up and two open escalations that the VP will ask about.' }, { kind: 'bullets', items: ['First bullet that is long enough to wrap onto a second line of the page, to see the spacing of wrapped bullets in print.', 'Second'] }, { kind: 'facts', items: [{ label: 'ARR', value: '1.250.000 €' }, { label: 'Renewal', value: 'in 30 days → 2026-12-28' }] }] },
    { title: 'Health', blocks: [{ kind: 'chart', chart: { type: 'line', title: 'Health score', yMin: 0, yMax: 100, series: [{ label: 'Score', points: [{ x: 'Sep', y: 72 }, { x: 'Oct', y: 64 }, { x: 'Nov', y: 51 }] }] } }] },
    { title: 'Commitments', blocks: [{ kind: 'table', columns: [{ header: 'What', width: 4 }, { header: 'Due' }, { header: 'Status' }], rows, highlightRows: [1] }] },
  ],
};

describe('renderPdfBytes', () => {
  it('writes a PDF with the account on every page, page numbers, accents intact and no row lost', async () => {
    const bytes = await renderPdfBytes(doc, 'A4');
    const info = pdfInfo(bytes);
    expect(info.pages).toBeGreaterThan(1);
    expect(info.pageSize).toMatch(/595\.\d* x 841\.\d* pts \(A4\)/);
    const pages = pdfText(bytes).split('\f').filter((p) => p.trim().length > 0);
    expect(pages).toHaveLength(info.pages);
    if (process.env.PDF_PNG_OUT) pdfToPngs(bytes, process.env.PDF_PNG_OUT);
    pages.forEach((page, i) => {
      expect(page).toContain('Société Générale');
      expect(page).toContain(`Page ${i + 1} of ${info.pages}`);
    });
    const text = pages.join('\n');
    expect(text).toContain('1.250.000 €');
    expect(text).toContain('in 30 days -> 2026-12-28');
    for (const n of [1, 45, 90]) expect(text).toContain(`Commitment ${n}:`);
    if (process.env.PDF_PNG_OUT) pdfToPngs(bytes, process.env.PDF_PNG_OUT);
  });

  it('uses US Letter paper when asked', async () => {
    const bytes = await renderPdfBytes({ ...doc, sections: doc.sections.slice(0, 1) }, 'LETTER');
    expect(pdfInfo(bytes).pageSize).toMatch(/612 x 792 pts \(letter\)/);
  });
});
