import { z } from 'zod';

/**
 * A pull position: `start` is the version the client knew when this pull began, `after` the greatest
 * record version already sent in it (equal to `start` between pulls). `server` and `team` tie the
 * cursor to one database and one team, so a cursor from a reset server is recognised as expired.
 */
export type PullCursor = { server: string; team: string; start: number; after: number };

const cursorSchema = z.object({
  v: z.literal(1),
  server: z.string(),
  team: z.string(),
  start: z.number().int().min(0),
  after: z.number().int().min(0),
});

/** Encodes a cursor as an opaque URL-safe string. */
export function encodeCursor(cursor: PullCursor): string {
  return Buffer.from(JSON.stringify({ v: 1, ...cursor })).toString('base64url');
}

/** Decodes a cursor; null when the string is not a cursor this server format produces. */
export function decodeCursor(text: string): PullCursor | null {
  try {
    const parsed = cursorSchema.safeParse(JSON.parse(Buffer.from(text, 'base64url').toString('utf8')));
    if (!parsed.success || parsed.data.after < parsed.data.start) return null;
    const { server, team, start, after } = parsed.data;
    return { server, team, start, after };
  } catch {
    return null;
  }
}
