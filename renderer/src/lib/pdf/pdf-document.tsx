import { Document, G, Line, Page, Polyline, Rect, Svg, Text, View } from '@react-pdf/renderer';
import { chartGeometry } from '../../../../shared/document/chart-geometry';
import type { DocBlock, DocChart, PrintDocument } from '../../../../shared/document/print-document';
import { toWinAnsi } from '../../../../shared/document/win-ansi';
import { pdfColors, pdfStyles as s } from './pdf-styles';

/** Paper sizes the exports offer. */
export type PdfPageSize = 'A4' | 'LETTER';

const t = toWinAnsi;
const chartWidth = 500;
const chartHeight = 130;

function Chart({ chart }: { chart: DocChart }) {
  const g = chartGeometry(chart, chartWidth, chartHeight);
  if (!g) return <Text style={[s.paragraph, s.muted]}>{t(`${chart.title}: ${chart.emptyText ?? 'no data yet'}`)}</Text>;
  const color = (i: number) => chart.series[i]?.color ?? pdfColors.series[i % pdfColors.series.length] ?? pdfColors.accent;
  return (
    <View style={s.chart} wrap={false}>
      <Text style={s.chartTitle}>{t(chart.title)}</Text>
      <Svg width={chartWidth} height={chartHeight}>
        {g.yTicks.map((tick) => (
          <G key={`y${tick.y}`}>
            <Line x1={g.plot.left} x2={g.plot.left + g.plot.width} y1={tick.y} y2={tick.y} stroke={pdfColors.rule} strokeWidth={0.6} />
            <Text x={g.plot.left - 4} y={tick.y + 2.5} textAnchor="end" style={{ fontSize: 6.5 }} fill={pdfColors.muted}>{t(tick.label)}</Text>
          </G>
        ))}
        {g.xLabels.map((label) => (
          <Text key={`x${label.x}`} x={label.x} y={g.plot.top + g.plot.height + 11} textAnchor={label.anchor} style={{ fontSize: 6.5 }} fill={pdfColors.muted}>{t(label.label)}</Text>
        ))}
        {g.bars.map((b, i) => <Rect key={`b${i}`} x={b.x} y={b.y} width={b.width} height={Math.max(0.5, b.height)} fill={color(b.series)} />)}
        {g.lines.flatMap((line) => line.segments.map((seg, i) => seg.length === 1
          ? <Rect key={`p${line.series}-${i}`} x={(seg[0]?.x ?? 0) - 1.5} y={(seg[0]?.y ?? 0) - 1.5} width={3} height={3} fill={color(line.series)} />
          : <Polyline key={`l${line.series}-${i}`} points={seg.map((p) => `${p.x},${p.y}`).join(' ')} stroke={color(line.series)} strokeWidth={1.6} fill="none" />))}
      </Svg>
      {chart.series.length > 1 ? (
        <View style={s.legend}>
          {chart.series.map((series, i) => (
            <View key={series.label} style={s.legendItem}><View style={[s.legendSwatch, { backgroundColor: color(i) }]} /><Text>{t(series.label)}</Text></View>
          ))}
        </View>
      ) : null}
    </View>
  );
}

/** How much of what follows a title must fit on its page, so a title never ends a page alone. */
function keepWithNext(next: DocBlock | undefined): number {
  if (!next) return 30;
  if (next.kind === 'chart') return chartHeight + 40;
  if (next.kind === 'facts') return 60;
  if (next.kind === 'table') return 70;
  return 40;
}

function Block({ block, next }: { block: DocBlock; next?: DocBlock }) {
  switch (block.kind) {
    case 'heading': return <Text style={s.heading} minPresenceAhead={keepWithNext(next)}>{t(block.text)}</Text>;
    case 'paragraph': {
      const tone = block.tone === 'muted' ? s.muted : block.tone === 'warning' ? s.warning : {};
      return <Text style={[s.paragraph, tone]}>{t(block.text)}</Text>;
    }
    case 'facts': return (
      <View style={s.facts}>
        {block.items.map((item) => (
          <View key={item.label} style={s.fact} wrap={false}><Text style={s.factLabel}>{t(item.label)}</Text><Text style={s.factValue}>{t(item.value)}</Text></View>
        ))}
      </View>
    );
    case 'table': {
      if (block.rows.length === 0) return <Text style={[s.paragraph, s.muted]}>{t(block.emptyText ?? 'Nothing to show.')}</Text>;
      const total = block.columns.reduce((n, c) => n + (c.width ?? 1), 0);
      const width = (i: number) => `${(((block.columns[i]?.width ?? 1) / total) * 100).toFixed(2)}%`;
      const align = (i: number) => (block.columns[i]?.align === 'right' ? 'right' : 'left') as 'right' | 'left';
      const highlighted = new Set(block.highlightRows ?? []);
      return (
        <View style={s.table}>
          <View style={s.headRow} fixed={false} wrap={false}>
            {block.columns.map((c, i) => <Text key={c.header || i} style={[s.headCell, { width: width(i), textAlign: align(i) }]}>{t(c.header)}</Text>)}
          </View>
          {block.rows.map((row, r) => (
            <View key={r} style={highlighted.has(r) ? [s.row, s.highlightRow] : s.row} wrap={false}>
              {block.columns.map((_, i) => <Text key={i} style={[s.cell, { width: width(i), textAlign: align(i) }]}>{t(row[i] ?? '')}</Text>)}
            </View>
          ))}
        </View>
      );
    }
    case 'bullets': return (
      <View>{block.items.map((item, i) => <View key={i} style={s.bullet} wrap={false}><Text style={s.bulletMark}>•</Text><Text style={{ flex: 1 }}>{t(item)}</Text></View>)}</View>
    );
    case 'chart': return <Chart chart={block.chart} />;
    case 'pageBreak': return <View break />;
  }
}

/** Formats the generated-at stamp for the footer, in the reader's locale. */
function generatedLabel(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : d.toLocaleString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' });
}

/** A PrintDocument as a react-pdf document: running header and page numbers on every page, rows never split. */
export function PdfDocument({ doc, pageSize }: { doc: PrintDocument; pageSize: PdfPageSize }) {
  return (
    <Document title={t(doc.title)} author="Rapport" creator="Rapport" producer="Rapport">
      <Page size={pageSize} style={s.page} wrap>
        <View style={s.header} fixed>
          <Text style={s.headerStrong}>{t(doc.runningHeader)}</Text>
          <Text>{t(doc.title)}</Text>
        </View>
        <View style={s.footer} fixed>
          <Text>{t(`Prepared with Rapport · ${generatedLabel(doc.generatedAt)}`)}</Text>
        </View>
        {/* On its own: a render-prop Text inside a row View drops the whole footer (react-pdf 4.9). */}
        <Text style={s.pageNumber} fixed render={({ pageNumber, totalPages }) => `Page ${pageNumber} of ${totalPages}`} />
        <Text style={s.title}>{t(doc.title)}</Text>
        {doc.subtitle ? <Text style={s.subtitle}>{t(doc.subtitle)}</Text> : null}
        {doc.sections.map((section, i) => (
          <View key={`${i}-${section.title}`} style={s.section}>
            <Text style={s.sectionTitle} minPresenceAhead={keepWithNext(section.blocks[0])}>{t(section.title)}</Text>
            {section.blocks.map((block, j) => <Block key={j} block={block} next={section.blocks[j + 1]} />)}
          </View>
        ))}
      </Page>
    </Document>
  );
}
