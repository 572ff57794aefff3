import { healthBandLabels } from '../domain/health/bands';
import { localDateOf } from '../domain/local-date';
import { shortDate } from '../domain/review/agenda';
import { briefWindow, type PreVisitBrief } from '../domain/review/brief';
import type { DocBlock, DocSection, PrintDocument } from './print-document';

/** Rows a brief's table shows before it says "and N more" (keeps the brief to one or two pages). */
export const briefRowLimit = 10;

const surveyLabels: Record<string, string> = { nps: 'NPS', csat: 'CSAT', ces: 'CES' };
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const day = (iso: string, zone: string) => shortDate(localDateOf(iso, zone));

function capped(rows: string[][], columns: number): string[][] {
  if (rows.length <= briefRowLimit) return rows;
  const more = [`… and ${rows.length - briefRowLimit} more`, ...Array<string>(columns - 1).fill('')];
  return [...rows.slice(0, briefRowLimit), more];
}

/** How the brief says what it covers, e.g. "Since the last review on 3 Nov 2026 (QBR with Northwind)". */
export function briefSinceSentence(brief: PreVisitBrief, zone: string): string {
  const v = brief.lastVisit;
  if (!v) return `No earlier visit: no held review and no logged call, email or meeting. This brief covers the last ${briefWindow.fallbackDays} days.`;
  const what = v.kind === 'review' ? 'review' : v.touchKind;
  return `Since the last ${what} on ${day(v.at, zone)} (${v.title}): ${plural(Math.max(0, Math.round((Date.parse(brief.generatedAt) - Date.parse(v.at)) / 86_400_000)), 'day')} ago.`;
}

function health(b: PreVisitBrief): DocSection {
  const h = b.health;
  if (h.now === null) return { title: 'Health', blocks: [{ kind: 'paragraph', tone: 'muted', text: 'No health score: there is not enough data on this account to compute one.' }] };
  const move = h.then === null ? 'no score at the last visit' : h.now === h.then ? 'unchanged' : `${h.now > h.then ? 'up' : 'down'} ${Math.abs(h.now - h.then)} points`;
  const blocks: DocBlock[] = [{ kind: 'facts', items: [
    { label: 'Then', value: h.then === null ? '—' : `${h.then}/100` },
    { label: 'Now', value: `${h.now}/100${h.band ? ` · ${healthBandLabels[h.band]}` : ''}` },
    { label: 'Change', value: move },
  ] }];
  if (h.drivers.length > 0) blocks.push({ kind: 'heading', text: 'What drives it now' }, { kind: 'bullets', items: h.drivers });
  return { title: 'Health', blocks };
}

function tickets(b: PreVisitBrief): DocSection {
  const t = b.tickets;
  return { title: 'Tickets opened since', blocks: [
    { kind: 'paragraph', text: t.total === 0 ? 'No ticket opened since.' : `${plural(t.total, 'ticket')}, ${t.open} still open. "Repeat" marks a category that came up twice or more, or came up before too.` },
    ...(t.total === 0 ? [] : [{ kind: 'table' as const, columns: [{ header: 'Category', width: 50 }, { header: 'Tickets', align: 'right' as const, width: 16 }, { header: 'Open', align: 'right' as const, width: 14 }, { header: '', width: 20 }],
      rows: capped(t.categories.map((c) => [c.category, String(c.count), String(c.open), c.repeat ? 'Repeat' : '']), 4),
      highlightRows: t.categories.slice(0, briefRowLimit).flatMap((c, i) => (c.repeat ? [i] : [])) }]),
  ] };
}

function surveys(b: PreVisitBrief, zone: string): DocSection {
  if (b.surveys.length === 0) return { title: 'Survey responses since', blocks: [{ kind: 'paragraph', text: 'No survey response since.' }] };
  return { title: 'Survey responses since', blocks: [{ kind: 'table', columns: [{ header: 'When', width: 18 }, { header: 'Survey', width: 10 }, { header: 'Score', align: 'right', width: 10 }, { header: 'Comment', width: 62 }],
    rows: capped(b.surveys.map((s) => [day(s.at, zone), surveyLabels[s.kind] ?? s.kind, String(s.score), s.comment]), 4) }] };
}

function commitments(b: PreVisitBrief): DocSection {
  const columns = [{ header: 'Who owes it', width: 16 }, { header: 'Commitment', width: 62 }, { header: 'Due', width: 22 }];
  const row = (c: PreVisitBrief['commitments']['dueSoon'][number]) => [c.owedBy === 'us' ? 'We do' : 'They do', c.title, shortDate(c.dueDate)];
  return { title: 'Commitments', blocks: [
    { kind: 'heading', text: `Due in the next ${briefWindow.dueSoonDays} days` },
    { kind: 'table', columns, rows: capped(b.commitments.dueSoon.map(row), 3), emptyText: `Nothing due in the next ${briefWindow.dueSoonDays} days, either way.` },
    { kind: 'heading', text: 'Overdue' },
    { kind: 'table', columns, rows: capped(b.commitments.overdue.map(row), 3), emptyText: 'Nothing overdue, either way.', highlightRows: b.commitments.overdue.slice(0, briefRowLimit).map((_, i) => i) },
  ] };
}

function escalations(b: PreVisitBrief, zone: string): DocSection {
  const { opened, resolved } = b.escalations;
  const items = [
    ...opened.map((e) => `Opened ${day(e.at, zone)}: ${e.title} (${e.severity}, ${e.status.replace(/_/g, ' ')})`),
    ...resolved.map((e) => `Resolved ${day(e.at, zone)}: ${e.title} (${e.severity})`),
  ];
  return { title: 'Escalations', blocks: [items.length === 0 ? { kind: 'paragraph', text: 'No escalation opened or resolved since.' } : { kind: 'bullets', items }] };
}

/**
 * The pre-visit brief as a one- or two-page printable document (PDF or Markdown): what changed since
 * the last visit, the account's name on every page, dates in `zone` (the user's IANA time zone).
 */
export function preVisitBriefDocument(brief: PreVisitBrief, zone: string): PrintDocument {
  const a = brief.account;
  const renewal = a.renewalDate === null ? 'No renewal date set'
    : a.daysToRenewal !== null && a.daysToRenewal >= 0 ? `${shortDate(a.renewalDate)}, in ${plural(a.daysToRenewal, 'day')}` : `${shortDate(a.renewalDate)}, passed ${plural(-(a.daysToRenewal ?? 0), 'day')} ago`;
  return {
    title: `${a.name} — pre-visit brief`,
    subtitle: `What changed since the last visit · prepared ${shortDate(brief.today)}`,
    runningHeader: `${a.name} · pre-visit brief ${shortDate(brief.today)}`,
    generatedAt: brief.generatedAt,
    sections: [
      { title: 'Since the last visit', blocks: [
        { kind: 'paragraph', text: briefSinceSentence(brief, zone), tone: brief.lastVisit ? 'normal' : 'warning' },
        { kind: 'facts', items: [{ label: 'Renewal', value: renewal }] },
      ] },
      health(brief), escalations(brief, zone), commitments(brief), tickets(brief), surveys(brief, zone),
    ],
  };
}
