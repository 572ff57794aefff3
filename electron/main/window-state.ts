import { z } from 'zod';

/** Where and how big the window was when the user last closed it. */
export type WindowState = { x?: number; y?: number; width: number; height: number; maximized: boolean };

/** A display's usable area. */
export type DisplayArea = { x: number; y: number; width: number; height: number };

const windowStateSchema = z.object({
  x: z.number().int().optional(), y: z.number().int().optional(),
  width: z.number().int().min(400).max(20_000), height: z.number().int().min(300).max(20_000), maximized: z.boolean(),
});

/** The size a first start opens with. */
export const defaultWindowState: WindowState = { width: 1360, height: 860, maximized: false };

/**
 * Restores a saved window state from its JSON text: falls back to the default when the file is
 * missing or damaged, and drops the position when it is no longer on any display (a monitor unplugged).
 */
export function restoreWindowState(saved: string | null, displays: DisplayArea[]): WindowState {
  let parsed: WindowState;
  try {
    const result = windowStateSchema.safeParse(saved === null ? null : JSON.parse(saved));
    if (!result.success) return defaultWindowState;
    parsed = result.data;
  } catch {
    return defaultWindowState;
  }
  const { x, y } = parsed;
  if (x === undefined || y === undefined) return parsed;
  const visible = displays.some((d) => x + 100 > d.x && x < d.x + d.width - 100 && y >= d.y && y < d.y + d.height - 50);
  return visible ? parsed : { width: parsed.width, height: parsed.height, maximized: parsed.maximized };
}
