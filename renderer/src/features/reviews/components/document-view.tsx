import { Bar, BarChart, CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { DocBlock, DocChart, PrintDocument } from '../../../../../shared/document/print-document';

/** Props of DocumentView. */
export type DocumentViewProps = { doc: PrintDocument };

function Chart({ block }: { block: DocChart }) {
  const series = block.series[0];
  if (!series) return null;
  const data = series.points.map((p) => ({ x: p.x, y: p.y }));
  const axes = (
    <>
      <CartesianGrid vertical={false} />
      <XAxis dataKey="x" minTickGap={30} />
      <YAxis domain={[block.yMin ?? 'auto', block.yMax ?? 'auto']} width={40} />
      <Tooltip formatter={(v) => [String(v), series.label]} />
    </>
  );
  return (
    <figure className="health-trend pack-chart" aria-label={block.title}>
      <figcaption className="muted">{block.title}</figcaption>
      <ResponsiveContainer width="100%" height={170} initialDimension={{ width: 520, height: 170 }}>
        {block.type === 'bar'
          ? <BarChart data={data} margin={{ top: 8, right: 12, bottom: 0, left: -10 }}>{axes}<Bar dataKey="y" className="pack-bar" isAnimationActive={false} /></BarChart>
          : <LineChart data={data} margin={{ top: 8, right: 12, bottom: 0, left: -10 }}>{axes}<Line type="monotone" dataKey="y" dot={false} strokeWidth={2} connectNulls isAnimationActive={false} /></LineChart>}
      </ResponsiveContainer>
    </figure>
  );
}

function Block({ block }: { block: DocBlock }) {
  switch (block.kind) {
    case 'heading': return <h3>{block.text}</h3>;
    case 'paragraph': return <p className={block.tone === 'muted' ? 'muted' : block.tone === 'warning' ? 'form-warning' : undefined}>{block.text}</p>;
    case 'facts': return <dl className="pack-facts">{block.items.map((i) => <div key={i.label}><dt>{i.label}</dt><dd>{i.value}</dd></div>)}</dl>;
    case 'bullets': return <ul className="pack-bullets">{block.items.map((i, n) => <li key={n}>{i}</li>)}</ul>;
    case 'table':
      if (block.rows.length === 0) return <p className="muted">{block.emptyText ?? 'Nothing to show'}</p>;
      return (
        <table className="table">
          <thead><tr>{block.columns.map((c, n) => <th key={n} scope="col" className={c.align === 'right' ? 'num' : undefined}>{c.header}</th>)}</tr></thead>
          <tbody>{block.rows.map((r, i) => <tr key={i}>{r.map((cell, n) => <td key={n} className={block.columns[n]?.align === 'right' ? 'num' : (block.columns[n]?.width ?? 100) <= 20 ? 'nowrap' : undefined}>{cell === 'Repeat' ? <span className="badge warn">Repeat</span> : cell}</td>)}</tr>)}</tbody>
        </table>
      );
    case 'chart': return <Chart block={block.chart} />;
    case 'pageBreak': return null;
  }
}

/** A printable document shown on screen, section by section, with its charts drawn as SVG. */
export function DocumentView({ doc }: DocumentViewProps) {
  return (
    <div className="pack-view">
      {doc.sections.map((s) => (
        <section key={s.title} className="card" aria-label={s.title}>
          <h2>{s.title}</h2>
          {s.blocks.map((b, n) => <Block key={n} block={b} />)}
        </section>
      ))}
    </div>
  );
}
