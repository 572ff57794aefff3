// Owners named in an imported file, matched to team members so no owner is dropped silently.
// Decisions: a value with an "@" is an email and matches a member's email only; any other value
// matches a member's name; both ignore case, accents and extra spaces. A name shared by two
// members is ambiguous and stays unmatched (the preview asks which one).

/** A team member as owner matching sees it. */
export type OwnerCandidate = { id: string; name: string; email: string };

/** An owner in the file that matched nobody: the value as written (first spelling) and how many rows name it. */
export type UnmatchedOwner = { key: string; label: string; rows: number };

/** The outcome: member id per normalized owner value, and the owners not on the team, most rows first. */
export type OwnerMatches = { matched: Map<string, string>; unmatched: UnmatchedOwner[] };

/** Lower case, accents removed, inner spaces collapsed: "  José  Núñez " → "jose nunez". */
export function ownerKey(value: string): string {
  return value.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trim().replace(/\s+/g, ' ');
}

/** The member a file's owner value names, or null (unknown, empty or ambiguous). */
export function matchOwner(value: string, members: readonly OwnerCandidate[]): string | null {
  const key = ownerKey(value);
  if (key === '') return null;
  const hits = key.includes('@')
    ? members.filter((m) => m.email !== '' && ownerKey(m.email) === key)
    : members.filter((m) => ownerKey(m.name) === key);
  return hits.length === 1 ? (hits[0]?.id ?? null) : null;
}

/** Matches every owner value of a file (one entry per row; empty ones ignored) to the team. */
export function matchOwners(values: readonly string[], members: readonly OwnerCandidate[]): OwnerMatches {
  const matched = new Map<string, string>();
  const unmatched = new Map<string, UnmatchedOwner>();
  for (const value of values) {
    const key = ownerKey(value);
    if (key === '' || matched.has(key)) continue;
    const seen = unmatched.get(key);
    if (seen) { seen.rows += 1; continue; }
    const id = matchOwner(value, members);
    if (id) matched.set(key, id);
    else unmatched.set(key, { key, label: value.trim().replace(/\s+/g, ' '), rows: 1 });
  }
  return { matched, unmatched: [...unmatched.values()].sort((a, b) => b.rows - a.rows || a.label.localeCompare(b.label)) };
}

/** "3 owners not on your team: Dana Whitfield (112 rows), …" — the preview's summary line. */
export function describeUnmatched(unmatched: readonly UnmatchedOwner[], shown = 3): string {
  if (unmatched.length === 0) return 'Every owner in the file is on your team.';
  const names = unmatched.slice(0, shown).map((u) => `${u.label} (${u.rows} ${u.rows === 1 ? 'row' : 'rows'})`).join(', ');
  const more = unmatched.length > shown ? `, and ${unmatched.length - shown} more` : '';
  return `${unmatched.length} ${unmatched.length === 1 ? 'owner' : 'owners'} not on your team: ${names}${more}`;
}
