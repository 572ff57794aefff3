import { describe, expect, it } from 'vitest';
import { menuCommands } from './bridge';
import { ipcChannels, menuCommandSchema, notifyRequestSchema, printToPdfRequestSchema, saveFileRequestSchema } from './ipc';

describe('IPC contract', () => {
  it('names each channel once, under the rapport: prefix', () => {
    const names = Object.values(ipcChannels);
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) expect(name).toMatch(/^rapport:[a-z-]+$/);
  });

  it('accepts a file name and refuses anything that could pick a directory', () => {
    const ok = { suggestedName: 'Contoso review pack.csv', contents: 'a,b', mimeType: 'text/csv' };
    expect(saveFileRequestSchema.parse(ok)).toEqual(ok);
    for (const suggestedName of ['', '../x.csv', '/etc/passwd', 'C:\\x.csv', 'a:b.csv', 'a\0.csv', 'x'.repeat(256)]) {
      expect(saveFileRequestSchema.safeParse({ ...ok, suggestedName }).success, suggestedName).toBe(false);
    }
  });

  it('refuses extra fields and wrong types', () => {
    expect(saveFileRequestSchema.safeParse({ suggestedName: 'a.csv', contents: 1, mimeType: 'text/csv' }).success).toBe(false);
    expect(printToPdfRequestSchema.safeParse({ title: 'Pack', landscape: true }).success).toBe(false);
    expect(notifyRequestSchema.safeParse({ title: 'Due', body: 'Send it', icon: 'file:///x' }).success).toBe(false);
    expect(notifyRequestSchema.safeParse({ title: '', body: '' }).success).toBe(false);
  });

  it('caps sizes so a renderer cannot flood the main process', () => {
    expect(saveFileRequestSchema.safeParse({ suggestedName: 'a.csv', contents: 'x'.repeat(50 * 1024 * 1024 + 1), mimeType: 'text/csv' }).success).toBe(false);
    expect(notifyRequestSchema.safeParse({ title: 'x'.repeat(201), body: '' }).success).toBe(false);
  });

  it('knows every menu command and nothing else', () => {
    for (const command of menuCommands) expect(menuCommandSchema.parse(command)).toBe(command);
    expect(menuCommandSchema.safeParse('go-nowhere').success).toBe(false);
  });
});
