import { chartValueCount, type DocBlock, type DocChart, type PrintDocument } from './print-document';

/** Escapes the characters that would break a Markdown table cell or start markup. */
function cell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');
}

function table(headers: string[], rows: string[][], rightAligned: boolean[]): string[] {
  const head = `| ${headers.map(cell).join(' | ')} |`;
  const rule = `| ${headers.map((_, i) => (rightAligned[i] ? '---:' : '---')).join(' | ')} |`;
  return [head, rule, ...rows.map((r) => `| ${headers.map((_, i) => cell(r[i] ?? '')).join(' | ')} |`)];
}

/** A chart in Markdown: its values as a table, one column per series. */
function chartTable(chart: DocChart): string[] {
  if (chartValueCount(chart) === 0) return [`*${chart.title}: ${chart.emptyText ?? 'no data yet'}*`];
  const xs: string[] = [];
  for (const s of chart.series) for (const p of s.points) if (!xs.includes(p.x)) xs.push(p.x);
  const unit = chart.unit ?? '';
  const rows = xs.map((x) => [x, ...chart.series.map((s) => {
    const y = s.points.find((p) => p.x === x)?.y;
    return y === null || y === undefined ? '–' : `${y}${unit}`;
  })]);
  return [`**${chart.title}**`, '', ...table(['', ...chart.series.map((s) => s.label)], rows, [false, ...chart.series.map(() => true)])];
}

function block(b: DocBlock): string[] {
  switch (b.kind) {
    case 'heading': return [`### ${b.text}`];
    case 'paragraph': return [b.tone === 'warning' ? `> **${b.text}**` : b.tone === 'muted' ? `*${b.text}*` : b.text];
    case 'facts': return b.items.map((i) => `- **${i.label}:** ${i.value}`);
    case 'table':
      if (b.rows.length === 0) return [`*${b.emptyText ?? 'Nothing to show.'}*`];
      return table(b.columns.map((c) => c.header), b.rows, b.columns.map((c) => c.align === 'right'));
    case 'bullets': return b.items.length === 0 ? [] : b.items.map((i) => `- ${i.replace(/\r?\n/g, ' ')}`);
    case 'chart': return chartTable(b.chart);
    case 'pageBreak': return ['---'];
  }
}

/** The document as Markdown: headings for sections, tables as pipe tables, charts as their values. */
export function documentToMarkdown(doc: PrintDocument): string {
  const out: string[] = [`# ${doc.title}`];
  if (doc.subtitle) out.push('', doc.subtitle);
  out.push('', `*${doc.runningHeader} · generated ${doc.generatedAt.slice(0, 16).replace('T', ' ')} UTC*`);
  for (const section of doc.sections) {
    out.push('', `## ${section.title}`);
    for (const b of section.blocks) {
      const lines = block(b);
      if (lines.length > 0) out.push('', ...lines);
    }
  }
  return `${out.join('\n')}\n`;
}
