import { changeEventSchema, type ChangeEvent } from './protocol';

/** The reading end of a byte stream (a fetch body's reader). */
export type ByteReader = { read: () => Promise<{ done: boolean; value?: Uint8Array }> };

/**
 * Splits the text of the server's change notifications (PROTOCOL.md "Change notification",
 * Server-Sent Events) into events: feed it chunks as they arrive, in any cut, and it calls
 * `onEvent` for every well-formed `{"version": n}`. Comments, `retry:` lines and malformed data are skipped.
 */
export function createChangeStreamParser(onEvent: (event: ChangeEvent) => void): (chunk: string) => void {
  let buffer = '';
  let heldCr = false;
  return (chunk) => {
    // A CR ending a chunk may be the first half of a CRLF: hold it so the cut is not two line ends.
    let text = (heldCr ? '\r' : '') + chunk;
    heldCr = text.endsWith('\r');
    if (heldCr) text = text.slice(0, -1);
    buffer += text.replace(/\r\n?/g, '\n');
    const blocks = buffer.split('\n\n');
    buffer = blocks.pop() ?? '';
    for (const block of blocks) {
      const data = block.split('\n').filter((line) => line.startsWith('data:')).map((line) => line.slice(5).trimStart()).join('\n');
      if (data === '') continue;
      try {
        const parsed = changeEventSchema.safeParse(JSON.parse(data));
        if (parsed.success) onEvent(parsed.data);
      } catch {
        // Not JSON: not an event of ours.
      }
    }
  };
}

/** Reads change notifications from a byte stream until it ends, calling `onEvent` for each. */
export async function readChangeStream(reader: ByteReader, decode: (bytes: Uint8Array) => string, onEvent: (event: ChangeEvent) => void): Promise<void> {
  const feed = createChangeStreamParser(onEvent);
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return;
    if (value) feed(decode(value));
  }
}
