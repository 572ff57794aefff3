import { useState } from 'react';
import { lifecycleStages, segments, tiers } from '../../../../../shared/domain/account';
import type { AccountFilter } from '../../../../../shared/domain/account-list';
import { healthBandLabels, healthBands } from '../../../../../shared/domain/health/bands';
import type { TeamMember } from '../../../../../shared/domain/team-member';
import { useAccountList } from '../stores/account-list-store';
import { AccountSearchBox } from './account-search-box';
import { segmentLabels, stageLabels, tierLabels } from './labels';

/** Props of AccountFilters. */
export type AccountFiltersProps = { members: TeamMember[]; tags: string[] };

/** The filter bar: search, segment, tier, owner, stage, tag, renewal window, at-risk, saved views. */
export function AccountFilters({ members, tags }: AccountFiltersProps) {
  const { filter, setFilter, clear, savedViews, saveView, applyView } = useAccountList();
  const [naming, setNaming] = useState(false);
  const [viewName, setViewName] = useState('');
  const one = (list: string[]) => list[0] ?? '';
  const select = (label: string, value: string, options: [string, string][], onChange: (v: string) => void) => (
    <select className="input" aria-label={label} value={value} onChange={(e) => onChange(e.target.value)}>
      <option value="">{label}: any</option>
      {options.map(([v, text]) => <option key={v} value={v}>{text}</option>)}
    </select>
  );
  const list = (key: keyof AccountFilter) => (v: string) => setFilter({ [key]: v ? [v] : [] });
  return (
    <div className="filters" role="search" aria-label="Filter accounts">
      <AccountSearchBox />
      {select('Segment', one(filter.segments), segments.map((s) => [s, segmentLabels[s] ?? s]), list('segments'))}
      {select('Tier', one(filter.tiers), tiers.map((t) => [t, tierLabels[t] ?? t]), list('tiers'))}
      {select('Owner', one(filter.ownerIds), members.map((m) => [m.id, m.name]), list('ownerIds'))}
      {select('Stage', one(filter.lifecycleStages), lifecycleStages.map((s) => [s, stageLabels[s] ?? s]), list('lifecycleStages'))}
      {tags.length > 0 ? select('Tag', one(filter.tags), tags.map((t) => [t, t]), list('tags')) : null}
      {select('Renewal', filter.renewalWithinDays === null ? '' : String(filter.renewalWithinDays),
        [['30', 'Renews within 30 days'], ['90', 'Renews within 90 days'], ['180', 'Renews within 180 days'], ['365', 'Renews within a year']],
        (v) => setFilter({ renewalWithinDays: v ? Number(v) : null }))}
      {select('Health', one(filter.healthBands ?? []), healthBands.map((b) => [b, `Health: ${healthBandLabels[b]}`]), list('healthBands'))}
      <label className="check"><input type="checkbox" checked={filter.atRiskOnly} onChange={(e) => setFilter({ atRiskOnly: e.target.checked })} />At risk only</label>
      <button type="button" className="link" onClick={clear}>Clear filters</button>
      <span style={{ marginLeft: 'auto' }} />
      {savedViews.length > 0 ? (
        <select className="input" aria-label="Saved views" value="" onChange={(e) => applyView(e.target.value)}>
          <option value="">Saved views…</option>
          {savedViews.map((v) => <option key={v.name} value={v.name}>{v.name}</option>)}
        </select>
      ) : null}
      {naming ? (
        <form onSubmit={(e) => { e.preventDefault(); if (viewName.trim()) { saveView(viewName.trim()); setNaming(false); setViewName(''); } }} className="toolbar">
          <input className="input" aria-label="View name" placeholder="e.g. My enterprise renewals this quarter" value={viewName} onChange={(e) => setViewName(e.target.value)} autoFocus />
          <button type="submit" className="button">Save</button>
          <button type="button" className="link" onClick={() => setNaming(false)}>Cancel</button>
        </form>
      ) : (
        <button type="button" className="button" onClick={() => setNaming(true)}>Save view</button>
      )}
    </div>
  );
}
