import { describe, expect, it } from 'vitest';
import { testProgram, testTarget } from './fixtures.test-support';
import { describeDeadline, isOutreachOverdue, programProgress, reachedWithinDeadline, recoveryTargetId, stageChangeProblem } from './recovery-rules';

const program = testProgram();

describe('recovery target ids', () => {
  it('are the same for the same program and account on every device, and differ otherwise', () => {
    expect(recoveryTargetId('prog', 'acc-1')).toBe(recoveryTargetId('prog', 'acc-1'));
    expect(recoveryTargetId('prog', 'acc-1')).not.toBe(recoveryTargetId('prog', 'acc-2'));
    expect(recoveryTargetId('prog', 'acc-1')).not.toBe(recoveryTargetId('prog2', 'acc-1'));
    expect(recoveryTargetId('x'.repeat(64), 'y'.repeat(64))).toMatch(/^[A-Za-z0-9_-]{1,64}$/);
  });
});

describe('program progress', () => {
  const targets = [
    testTarget('a', { stage: 'contacted', contactedAt: '2026-11-28T12:00:00.000Z' }),
    testTarget('b', { stage: 'remediated', contactedAt: '2026-11-30T09:00:00.000Z' }),
    testTarget('c'),
    testTarget('d'),
    testTarget('e', { deleted: true }),
  ];

  it('counts reached and pending accounts before the deadline, and how much time has gone', () => {
    const p = programProgress(program, targets, '2026-11-29T08:00:00.000Z');
    expect(p).toMatchObject({ total: 4, reached: 2, pending: 2, overdue: 0, reachedWithinDeadline: 1, share: 0.5, timeElapsed: 0.5 });
    expect(p.msToDeadline).toBe(24 * 3_600_000);
  });

  it('turns the accounts not reached into overdue once the deadline passes (only while the program is active)', () => {
    expect(programProgress(program, targets, '2026-12-01T08:00:00.000Z')).toMatchObject({ pending: 0, overdue: 2, timeElapsed: 1 });
    expect(programProgress({ ...program, status: 'completed' }, targets, '2026-12-01T08:00:00.000Z').overdue).toBe(0);
    expect(isOutreachOverdue(targets[2]!, program, '2026-12-01T08:00:00.000Z')).toBe(true);
    expect(isOutreachOverdue(targets[2]!, program, '2026-11-29T08:00:00.000Z')).toBe(false);
    expect(isOutreachOverdue(targets[0]!, program, '2026-12-01T08:00:00.000Z')).toBe(false);
  });

  it('counts an account contacted after the deadline as reached, but not within it', () => {
    expect(reachedWithinDeadline(targets[1]!, program)).toBe(false);
    expect(reachedWithinDeadline(targets[0]!, program)).toBe(true);
  });

  it('describes the time to the deadline both ways', () => {
    expect(describeDeadline(28 * 3_600_000)).toBe('due in 1 d 4 h');
    expect(describeDeadline(-3 * 3_600_000 - 1)).toBe('overdue by 3 h');
    expect(describeDeadline(20 * 60_000)).toBe('due in 20 min');
  });
});

describe('stage changes', () => {
  it('moves forward one step, back one step to correct, never skips', () => {
    expect(stageChangeProblem('pending', 'contacted')).toBeNull();
    expect(stageChangeProblem('remediated', 'impact_assessed')).toBeNull();
    expect(stageChangeProblem('pending', 'remediated')).toBe('Record "Contacted" first');
    expect(stageChangeProblem('followed_up', 'contacted')).toBe('Go back one step at a time');
    expect(stageChangeProblem('contacted', 'contacted')).toBe('It is already at that stage');
  });
});
