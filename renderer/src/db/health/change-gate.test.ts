import { describe, expect, it } from 'vitest';
import { createChangeGate, type ChangedAccounts } from './change-gate';

/** A gate with a hand-run timer queue, the sent requests, and a bulk write switch. */
function setup() {
  const sent: ChangedAccounts[] = [];
  const timers: (() => void)[] = [];
  let bulk = false;
  const gate = createChangeGate({
    send: (changed) => sent.push(changed), bulkWriteActive: () => bulk,
    setTimer: (run) => timers.push(run), clearTimer: () => undefined, collectMs: 200,
  });
  const runTimers = () => { while (timers.length > 0) timers.shift()?.(); };
  return { gate, sent, runTimers, setBulk: (on: boolean) => { bulk = on; } };
}

describe('telling the health worker what changed', () => {
  it('merges the changes collected meanwhile into one request', () => {
    const { gate, sent, runTimers } = setup();
    gate.changed(['a1']);
    gate.changed(['a2', 'a1']);
    runTimers();
    expect(sent).toEqual([['a1', 'a2']]);
  });

  it('holds changes while the worker has not answered, then sends them merged (no queue of re-reads)', () => {
    const { gate, sent, runTimers } = setup();
    gate.changed('all');
    runTimers();
    gate.changed(['a1']);
    runTimers();
    gate.changed('all');
    gate.changed(['a2']);
    runTimers();
    expect(sent).toEqual(['all']);
    gate.answered();
    runTimers();
    expect(sent).toEqual(['all', 'all']);
  });

  it('waits for the first load (init) before sending a change', () => {
    const { gate, sent, runTimers } = setup();
    gate.sentOther();
    gate.changed(['a1']);
    runTimers();
    expect(sent).toEqual([]);
    gate.answered();
    runTimers();
    expect(sent).toEqual([['a1']]);
  });

  it('holds every change during a bulk write and sends one request when it ends', () => {
    const { gate, sent, runTimers, setBulk } = setup();
    setBulk(true);
    for (let page = 0; page < 50; page += 1) { gate.changed([`a${page}`]); runTimers(); }
    gate.changed('all');
    runTimers();
    expect(sent).toEqual([]);
    setBulk(false);
    gate.bulkWriteEnded();
    runTimers();
    expect(sent).toEqual(['all']);
  });

  it('keeps sending after the worker failed as a whole', () => {
    const { gate, sent, runTimers } = setup();
    gate.changed(['a1']);
    runTimers();
    gate.reset();
    gate.changed(['a2']);
    runTimers();
    expect(sent).toEqual([['a1'], ['a2']]);
  });
});
