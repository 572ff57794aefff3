import { zipSync } from 'fflate';
import type { Review } from '../review';

/** Planned reviews from `today` up to `days` days ahead (local dates), soonest first: what a trip covers. */
export function reviewsWithinDays<R extends Pick<Review, 'status' | 'deleted' | 'scheduledAt'>>(reviews: readonly R[], today: string, days: number): R[] {
  const end = new Date(Date.parse(`${today}T00:00:00Z`) + (days + 1) * 86_400_000).toISOString().slice(0, 10);
  return reviews.filter((r) => !r.deleted && r.status === 'planned' && r.scheduledAt.slice(0, 10) >= today && r.scheduledAt.slice(0, 10) < end)
    .sort((a, b) => a.scheduledAt.localeCompare(b.scheduledAt));
}

/** A trip pack as one ZIP file: each file under its name (a repeated name gets " (2)", " (3)" …). */
export function tripZip(files: readonly { name: string; bytes: Uint8Array }[], modified: Date): Uint8Array {
  const entries: Record<string, [Uint8Array, { mtime: Date }]> = {};
  for (const file of files) {
    let name = file.name;
    for (let n = 2; name in entries; n += 1) name = file.name.replace(/(\.[a-z]+)$/, ` (${n})$1`);
    entries[name] = [file.bytes, { mtime: modified }];
  }
  return zipSync(entries, { level: 0 });
}
