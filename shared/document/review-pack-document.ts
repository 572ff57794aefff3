import { localDateOf, localTimeOf } from '../domain/local-date';
import { formatOptionalMoney } from '../domain/money';
import { reviewKindLabels } from '../domain/review';
import { shortDate } from '../domain/review/agenda';
import type { ChangesSince } from '../domain/review/changes';
import type { ReviewPack } from '../domain/review/pack';
import type { DocBlock, DocSection, PrintDocument } from './print-document';

const words = (s: string) => s.replace(/_/g, ' ').replace(/^./, (c) => c.toUpperCase());
const segment: Record<string, string> = { smb: 'SMB', mid_market: 'Mid-market', enterprise: 'Enterprise' };
const sourceLabel: Record<string, string> = { escalation: 'Escalation', renewal: 'Renewal', health: 'Health', commitment: 'Commitment', expansion: 'Growth', custom: 'Added' };
const dayMonth = (date: string) => shortDate(date).replace(/ \d{4}$/, '');
/** An instant as the user reads it: the local date and wall-clock time in their IANA zone, with the zone named. */
export function packDateTime(iso: string, zone: string): string {
  return `${shortDate(localDateOf(iso, zone))}, ${localTimeOf(iso, zone)} (${zone.replace(/_/g, ' ')})`;
}

function overview(p: ReviewPack, zone: string): DocSection {
  const a = p.account;
  const renewal = a.renewalDate ? `${shortDate(a.renewalDate)} (${a.daysToRenewal !== null && a.daysToRenewal >= 0 ? `in ${a.daysToRenewal} days` : 'passed'})` : 'Not set';
  const blocks: DocBlock[] = [
    { kind: 'facts', items: [
      { label: 'Segment', value: `${segment[a.segment] ?? a.segment} · ${words(a.tier)}` },
      { label: 'Annual recurring revenue', value: formatOptionalMoney(a.arrMinor, a.currency) },
      { label: 'Renewal', value: renewal },
      { label: 'Lifecycle stage', value: words(a.lifecycleStage) },
      { label: 'Account owner', value: a.ownerName },
      { label: 'Industry', value: a.industry || '—' },
      { label: 'Meeting', value: `${reviewKindLabels[p.review.kind]} · ${packDateTime(p.review.scheduledAt, zone)}` },
      { label: p.review.placeKind === 'on_site' ? 'On site at' : 'Video call', value: p.review.place || '—' },
    ] },
    { kind: 'heading', text: 'Attendees' },
    { kind: 'paragraph', text: [p.review.attendees.length > 0 ? p.review.attendees.join(', ') : 'No customer attendees listed yet', p.review.team.length > 0 ? `With us: ${p.review.team.join(', ')}` : ''].filter(Boolean).join('. ') },
  ];
  if (p.review.objectives.length > 0) blocks.push({ kind: 'heading', text: 'Objectives' }, { kind: 'bullets', items: p.review.objectives });
  blocks.push({ kind: 'heading', text: 'Agenda' }, {
    kind: 'table', columns: [{ header: '#', align: 'right', width: 6 }, { header: 'Item', width: 76 }, { header: 'From', width: 18 }],
    rows: p.review.agenda.map((i, n) => [String(n + 1), i.text, sourceLabel[i.source] ?? i.source]), emptyText: 'No agenda yet',
  });
  return { title: 'Overview', blocks };
}

function changes(c: ChangesSince): DocSection {
  return { title: 'What changed', blocks: [{ kind: 'paragraph', text: `What changed ${c.sinceLabel}:` }, { kind: 'bullets', items: c.lines }] };
}

function health(p: ReviewPack): DocSection {
  const h = p.health;
  if (!h || h.score === null) return { title: 'Health', blocks: [{ kind: 'paragraph', tone: 'muted', text: 'No health score yet: there is not enough data on this account (usage, tickets, surveys or touches) to compute one.' }] };
  return { title: 'Health', blocks: [
    { kind: 'facts', items: [{ label: 'Health score', value: `${h.score}/100` }, { label: 'Band', value: words(h.band) }] },
    { kind: 'chart', chart: { type: 'line', title: 'Health score, last 26 weeks', yMin: 0, yMax: 100, series: [{ label: 'Health', points: h.trend.map((t) => ({ x: dayMonth(t.date), y: t.score })) }] } },
    ...(h.drivers.length > 0 ? [{ kind: 'heading' as const, text: 'What drives it' }, { kind: 'bullets' as const, items: h.drivers }] : []),
    { kind: 'table', columns: [{ header: 'Signal', width: 24 }, { header: 'Score', align: 'right', width: 10 }, { header: 'Why', width: 66 }],
      rows: h.components.map((c) => [c.label, c.score === null ? '—' : String(c.score), c.sentence]), emptyText: 'No signals' },
  ] };
}

function satisfactionAndUsage(p: ReviewPack): DocSection {
  const blocks: DocBlock[] = [];
  const nps = p.satisfaction.filter((s) => s.kind === 'nps');
  const csat = p.satisfaction.filter((s) => s.kind === 'csat');
  if (nps.length > 0) blocks.push({ kind: 'chart', chart: { type: 'bar', title: 'NPS answers (0–10)', yMin: 0, yMax: 10, series: [{ label: 'NPS', points: nps.map((s) => ({ x: dayMonth(s.at), y: s.score })) }] } });
  if (csat.length > 0) blocks.push({ kind: 'chart', chart: { type: 'bar', title: 'CSAT answers (1–5)', yMin: 0, yMax: 5, series: [{ label: 'CSAT', points: csat.map((s) => ({ x: dayMonth(s.at), y: s.score })) }] } });
  if (p.satisfaction.length === 0) blocks.push({ kind: 'paragraph', text: 'No survey answers in the last six months.' });
  if (p.usage) blocks.push({ kind: 'chart', chart: { type: 'line', title: `Usage: ${p.usage.metric} per week`, series: [{ label: p.usage.metric, points: p.usage.weeks.map((w) => ({ x: dayMonth(w.week), y: w.value })) }] } });
  else blocks.push({ kind: 'paragraph', text: 'No product usage recorded in the last six months.' });
  return { title: 'Satisfaction and usage', blocks };
}

function escalations(p: ReviewPack, zone: string): DocSection {
  if (p.escalations.length === 0) return { title: 'Open escalations', blocks: [{ kind: 'paragraph', text: 'No open escalations.' }] };
  return { title: 'Open escalations', blocks: p.escalations.flatMap((e): DocBlock[] => [
    { kind: 'heading', text: `${e.severity} · ${e.title}` },
    { kind: 'facts', items: [{ label: 'Status', value: words(e.status) }, { label: 'Opened', value: shortDate(e.openedAt) }, { label: 'Next customer update', value: e.nextUpdateDue ? packDateTime(e.nextUpdateDue, zone) : '—' }] },
    { kind: 'table', columns: [{ header: 'When', width: 22 }, { header: 'What', width: 18 }, { header: 'Entry', width: 60 }], rows: e.timeline.map((t) => [shortDate(t.at), words(t.kind), t.body]), emptyText: 'Nothing on its timeline yet' },
  ]) };
}

function commitments(p: ReviewPack): DocSection {
  const row = (c: ReviewPack['commitments']['ours'][number]) => [c.title, shortDate(c.dueDate), words(c.status)];
  const columns = [{ header: 'Commitment', width: 62 }, { header: 'Due', width: 20 }, { header: 'Status', width: 18 }];
  const t = p.commitments.tally;
  return { title: 'Commitments', blocks: [
    { kind: 'paragraph', text: `${t.open} open, ${t.kept} kept, ${t.slipped} slipped, ${t.renegotiated} renegotiated (last six months and everything still open).` },
    { kind: 'heading', text: 'What we owe' }, { kind: 'table', columns, rows: p.commitments.ours.map(row), emptyText: 'Nothing owed by us' },
    { kind: 'heading', text: 'What the customer owes' }, { kind: 'table', columns, rows: p.commitments.theirs.map(row), emptyText: 'Nothing owed by the customer' },
  ] };
}

function supportAndPeople(p: ReviewPack): DocSection[] {
  return [
    { title: 'Support tickets', blocks: [
      { kind: 'paragraph', text: `${p.tickets.total} tickets in the last six months, ${p.tickets.open} still open. Categories marked "repeat" keep coming back.` },
      { kind: 'table', columns: [{ header: 'Category', width: 50 }, { header: 'Tickets', align: 'right', width: 16 }, { header: 'Open', align: 'right', width: 14 }, { header: '', width: 20 }],
        rows: p.tickets.categories.map((c) => [c.category, String(c.count), String(c.open), c.repeat ? 'Repeat' : '']), emptyText: 'No tickets',
        highlightRows: p.tickets.categories.flatMap((c, i) => (c.repeat ? [i] : [])) },
    ] },
    { title: 'Stakeholders', blocks: [{ kind: 'table',
      columns: [{ header: 'Name', width: 22 }, { header: 'Title', width: 24 }, { header: 'Role', width: 16 }, { header: 'Sentiment', width: 12 }, { header: 'Last contact', width: 26 }],
      rows: p.stakeholders.map((s) => [`${s.name}${s.attending ? ' (attending)' : ''}`, s.title, words(s.role), words(s.sentiment), s.lastContactedAt ? `${shortDate(s.lastContactedAt)}${s.quiet ? ' · not lately' : ''}` : 'Never']),
      emptyText: 'No stakeholders recorded' }] },
    { title: 'Recent touches', blocks: [{ kind: 'table', columns: [{ header: 'When', width: 20 }, { header: 'Kind', width: 14 }, { header: 'Summary', width: 66 }],
      rows: p.touches.map((t) => [shortDate(t.at), words(t.kind), t.summary]), emptyText: 'No touches in the last six months' }] },
    { title: 'Risks and wins', blocks: [
      { kind: 'heading', text: 'Risks' }, p.risks.length > 0 ? { kind: 'bullets', items: p.risks } : { kind: 'paragraph', text: 'No risks flagged.' },
      { kind: 'heading', text: 'Wins' }, p.wins.length > 0 ? { kind: 'bullets', items: p.wins } : { kind: 'paragraph', text: 'No wins recorded in the last six months.' },
    ] },
  ];
}

/**
 * The review pack as a printable document (PDF or Markdown): the account's name runs on every page.
 * Times print in `zone` (the user's IANA time zone), like the screens show them.
 */
export function reviewPackDocument(pack: ReviewPack, zone: string): PrintDocument {
  const meetingDay = shortDate(localDateOf(pack.review.scheduledAt, zone));
  return {
    title: pack.review.title.includes(pack.account.name) ? pack.review.title : `${pack.account.name} — ${pack.review.title}`,
    subtitle: `${reviewKindLabels[pack.review.kind]} on ${meetingDay} · prepared ${shortDate(localDateOf(pack.generatedAt, zone))}`,
    runningHeader: `${pack.account.name} · ${reviewKindLabels[pack.review.kind]} ${meetingDay}`,
    generatedAt: pack.generatedAt,
    sections: [overview(pack, zone), changes(pack.changes), health(pack), satisfactionAndUsage(pack), escalations(pack, zone), commitments(pack), ...supportAndPeople(pack)],
  };
}
