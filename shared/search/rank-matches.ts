/** How well a text matches a query: 0 exact, 1 starts with it, 2 a word starts with it, 3 contains it; null when it does not. */
export function matchScore(text: string, query: string): number | null {
  const t = text.trim().toLocaleLowerCase();
  const q = query.trim().toLocaleLowerCase();
  if (q === '') return 3;
  if (t === q) return 0;
  if (t.startsWith(q)) return 1;
  const at = t.indexOf(q);
  if (at < 0) return null;
  return /[\s\-_:/.,(]/.test(t[at - 1] ?? '') ? 2 : 3;
}

/** Something the palette can offer: the text it is found by, and what it stands for. */
export type SearchCandidate<T> = { text: string; item: T };

/**
 * The candidates matching the query, best first: an exact match, then those starting with the query, then
 * a word starting with it, then containing it; ties keep the shorter text first, then the given order.
 */
export function rankMatches<T>(candidates: SearchCandidate<T>[], query: string, limit = 50): T[] {
  const scored: { score: number; length: number; index: number; item: T }[] = [];
  candidates.forEach((c, index) => {
    const score = matchScore(c.text, query);
    if (score !== null) scored.push({ score, length: c.text.length, index, item: c.item });
  });
  if (query.trim() === '') return scored.slice(0, limit).map((s) => s.item);
  scored.sort((a, b) => a.score - b.score || a.length - b.length || a.index - b.index);
  return scored.slice(0, limit).map((s) => s.item);
}
