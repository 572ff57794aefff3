import { describe, expect, it } from 'vitest';
import { createChangeStreamParser, readChangeStream } from './change-stream';

describe('the server\u2019s change notifications', () => {
  it('yields each event once, however the text is cut into chunks', () => {
    const text = 'retry: 3000\n\ndata: {"version": 4}\n\n: keep-alive\n\ndata: {"version":5}\r\n\r\n';
    for (let cut = 1; cut < text.length; cut += 1) {
      const versions: number[] = [];
      const feed = createChangeStreamParser((e) => versions.push(e.version));
      feed(text.slice(0, cut));
      feed(text.slice(cut));
      expect(versions, `cut at ${cut}`).toEqual([4, 5]);
    }
  });

  it('joins the data lines of one event, even when a CRLF is cut between chunks', () => {
    const text = 'data: {"version":\r\ndata: 9}\r\n\r\n';
    for (let cut = 1; cut < text.length; cut += 1) {
      const versions: number[] = [];
      const feed = createChangeStreamParser((e) => versions.push(e.version));
      feed(text.slice(0, cut));
      feed(text.slice(cut));
      expect(versions, `cut at ${cut}`).toEqual([9]);
    }
  });

  it('yields every event of one chunk, in order, and each character fed alone gives the same', () => {
    const text = ': keep-alive\n\ndata: {"version": 1}\n\ndata: {"version": 2}\n\nretry: 3000\n\ndata: {"version": 3}\n\ndata: {"version": 4}';
    const whole: number[] = [];
    createChangeStreamParser((e) => whole.push(e.version))(text);
    expect(whole).toEqual([1, 2, 3]); // the fourth has not ended yet
    const byChar: number[] = [];
    const feed = createChangeStreamParser((e) => byChar.push(e.version));
    for (const char of `${text}\n\n`) feed(char);
    expect(byChar).toEqual([1, 2, 3, 4]);
  });

  it('skips data that is not an event of ours', () => {
    const versions: number[] = [];
    const feed = createChangeStreamParser((e) => versions.push(e.version));
    feed('data: not json\n\ndata: {"version": -1}\n\ndata: {"other": 1}\n\ndata: {"version": 7}\n\n');
    expect(versions).toEqual([7]);
  });

  it('reads a byte stream to its end', async () => {
    const chunks = ['data: {"vers', 'ion": 1}\n\ndata: {"version": 2}\n\n'].map((c) => new TextEncoder().encode(c));
    const reader = { read: async () => { const value = chunks.shift(); return value ? { done: false, value } : { done: true }; } };
    const versions: number[] = [];
    const decoder = new TextDecoder();
    await readChangeStream(reader, (bytes) => decoder.decode(bytes, { stream: true }), (e) => versions.push(e.version));
    expect(versions).toEqual([1, 2]);
  });
});
