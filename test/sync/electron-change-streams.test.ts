import type { IncomingMessage, ServerResponse } from 'node:http';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createChangeStreams, type EventReceiver } from '../../electron/main/change-streams';
import type { ChangeEvent } from '../../shared/sync/protocol';
import type { Database } from '../../server/src/db/database';
import { openDatabase } from '../../server/src/db/open-database';
import { buildHarness, createTeam, type Harness } from '../../server/test/support/harness';

// The desktop app's main process streams change notifications to its window with the token only it
// holds. Plain module against a real server on loopback (the Electron binary is not needed).
let db: Database;
let h: Harness;
let url: string;
beforeAll(async () => {
  db = await openDatabase({});
  h = await buildHarness(db);
  h.app.server.on('request', (request: IncomingMessage, response: ServerResponse) => {
    if (request.url !== '/v1/sync/events') return;
    streamsOnServer += 1;
    response.on('close', () => { streamsOnServer -= 1; });
  });
  url = await h.app.listen({ host: '127.0.0.1', port: 0 });
}, 60_000);
afterAll(async () => {
  await h?.app.close();
  await db?.close();
});

function fakeWindow(id: number) {
  const received: ChangeEvent[] = [];
  const onDestroyed: (() => void)[] = [];
  let destroyed = false;
  const receiver: EventReceiver = {
    id,
    send: (channel, event) => { if (channel === 'events') received.push(event); },
    isDestroyed: () => destroyed,
    once: (_event, listener) => { onDestroyed.push(listener); },
  };
  return { receiver, received, onDestroyed, destroy: () => { destroyed = true; for (const listener of onDestroyed.splice(0)) listener(); } };
}

// Event streams the server still holds open (their response has not closed).
let streamsOnServer = 0;
const settled = () => new Promise((done) => setTimeout(done, 300));

describe('change notifications streamed by the desktop main process', () => {
  it('forwards the team\u2019s changes to the window, and stops when asked, at sign-out and when the window goes', async () => {
    const team = await createTeam(h);
    const member = await team.addUser('member');
    let token: string | null = member.token;
    const v0 = await team.admin.teamVersion(); // the users' member records took the first versions
    const streams = createChangeStreams(() => token, 'events', fetch);
    const win = fakeWindow(1);
    streams.start(win.receiver, url);
    await vi.waitFor(() => expect(win.received).toHaveLength(1)); // the version on connect
    await team.admin.push([{ id: 'acc-1', fields: { name: ['Northwind', 0] } }]);
    await vi.waitFor(() => expect(win.received.at(-1)).toEqual({ version: v0 + 1 }));
    expect(win.received).toHaveLength(2);

    expect(streamsOnServer).toBe(1);

    streams.stop(win.receiver);
    await vi.waitFor(() => expect(streamsOnServer).toBe(0));
    await team.admin.push([{ id: 'acc-2', fields: { name: ['Contoso', 0] } }]);
    await settled();
    expect(win.received).toHaveLength(2);

    const other = fakeWindow(2);
    streams.start(other.receiver, url);
    await vi.waitFor(() => expect(other.received).toEqual([{ version: v0 + 2 }]));
    token = null;
    streams.stopAll();
    await vi.waitFor(() => expect(streamsOnServer).toBe(0));
    await team.admin.push([{ id: 'acc-3', fields: { name: ['Fabrikam', 0] } }]);
    await settled();
    expect(other.received).toEqual([{ version: v0 + 2 }]);
    streams.start(other.receiver, url); // signed out: nothing to open
    await settled();
    expect(streamsOnServer).toBe(0);

    token = member.token;
    const closing = fakeWindow(3);
    streams.start(closing.receiver, url);
    await vi.waitFor(() => expect(closing.received).toEqual([{ version: v0 + 3 }]));
    closing.destroy();
    await vi.waitFor(() => expect(streamsOnServer).toBe(0));
    await team.admin.push([{ id: 'acc-4', fields: { name: ['Tailspin', 0] } }]);
    await settled();
    expect(closing.received).toEqual([{ version: v0 + 3 }]);
    streams.start(closing.receiver, url); // a late start from a window already gone
    await settled();
    expect(streamsOnServer).toBe(0);
  });

  it('keeps one stream per window: starting again replaces the old one', async () => {
    const team = await createTeam(h);
    const streams = createChangeStreams(() => team.admin.token, 'events', fetch);
    const v0 = await team.admin.teamVersion();
    const win = fakeWindow(6);
    for (let i = 0; i < 3; i += 1) streams.start(win.receiver, url); // e.g. reconnects when the network comes back
    await vi.waitFor(() => expect(win.received).toEqual([{ version: v0 }]));
    await vi.waitFor(() => expect(streamsOnServer).toBe(1));
    await team.admin.push([{ id: 'acc-1', fields: { name: ['Northwind', 0] } }]);
    await vi.waitFor(() => expect(win.received).toEqual([{ version: v0 }, { version: v0 + 1 }]));
    await settled();
    expect(win.received).toHaveLength(2); // not once per start
    expect(win.onDestroyed).toHaveLength(1);
    win.destroy();
    await vi.waitFor(() => expect(streamsOnServer).toBe(0));
  });

  it('opens nothing without a token, and sends none of another team\u2019s changes', async () => {
    const ours = await createTeam(h);
    const theirs = await createTeam(h);
    const fetchSpy = vi.fn(fetch);
    const signedOut = fakeWindow(4);
    createChangeStreams(() => null, 'events', fetchSpy).start(signedOut.receiver, url);
    expect(fetchSpy).not.toHaveBeenCalled();

    const win = fakeWindow(5);
    const v0 = await ours.admin.teamVersion();
    const streams = createChangeStreams(() => ours.admin.token, 'events', fetch);
    streams.start(win.receiver, url);
    await vi.waitFor(() => expect(win.received).toEqual([{ version: v0 }]));
    await theirs.admin.push([{ id: 'x', fields: { name: ['Theirs', 0] } }]);
    await settled();
    expect(win.received).toEqual([{ version: v0 }]);
    streams.stopAll();
    await vi.waitFor(() => expect(streamsOnServer).toBe(0));
  });
});
