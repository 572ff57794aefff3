import type { RecoveryProgram, RecoveryStage, RecoveryTarget } from '../recovery';
import { toEpochMs, type Instant } from '../local-date';

/** A stable id for one account in one program: two devices adding the same account write the same record. */
export function recoveryTargetId(programId: string, accountId: string): string {
  return `rt-${hash64(`${programId}\u0000${accountId}`)}`;
}

/** Two 32-bit FNV-1a hashes with different seeds, as 16 hex digits: short, stable, and fits any id limit. */
function hash64(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x9e3779b9;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193) >>> 0;
    b = Math.imul(b ^ c, 0x01000193 + 0x1000) >>> 0;
  }
  return a.toString(16).padStart(8, '0') + b.toString(16).padStart(8, '0');
}

/** Whether an account in a program has been reached (contacted, or any later stage). */
export function isReached(target: RecoveryTarget): boolean {
  return target.stage !== 'pending';
}

/** Whether an account was reached before the program's outreach deadline. */
export function reachedWithinDeadline(target: RecoveryTarget, program: RecoveryProgram): boolean {
  return isReached(target) && target.contactedAt !== null && toEpochMs(target.contactedAt) <= toEpochMs(program.outreachDeadline);
}

/** Whether an account still waits for its first contact after the deadline passed. */
export function isOutreachOverdue(target: RecoveryTarget, program: RecoveryProgram, now: Instant): boolean {
  return !isReached(target) && program.status === 'active' && toEpochMs(now) > toEpochMs(program.outreachDeadline);
}

/** A program's outreach progress against its deadline. */
export type ProgramProgress = {
  total: number;
  reached: number;
  /** Not reached yet, deadline not passed. */
  pending: number;
  /** Not reached, deadline passed. */
  overdue: number;
  reachedWithinDeadline: number;
  /** Milliseconds until the deadline (negative once it passed). */
  msToDeadline: number;
  /** Share of the time from incident start to deadline that has gone by, 0–1. */
  timeElapsed: number;
  /** Share of affected accounts reached, 0–1 (1 for an empty program). */
  share: number;
};

/** How far a program's outreach is: reached, pending and overdue accounts, and the time left. */
export function programProgress(program: RecoveryProgram, targets: readonly RecoveryTarget[], now: Instant): ProgramProgress {
  const live = targets.filter((t) => !t.deleted && t.programId === program.id);
  const nowMs = toEpochMs(now);
  const deadline = toEpochMs(program.outreachDeadline);
  const start = toEpochMs(program.startedAt);
  const reached = live.filter(isReached).length;
  const open = live.length - reached;
  const past = nowMs > deadline;
  const span = deadline - start;
  return {
    total: live.length,
    reached,
    pending: past ? 0 : open,
    overdue: past && program.status === 'active' ? open : 0,
    reachedWithinDeadline: live.filter((t) => reachedWithinDeadline(t, program)).length,
    msToDeadline: deadline - nowMs,
    timeElapsed: span <= 0 ? 1 : Math.min(1, Math.max(0, (nowMs - start) / span)),
    share: live.length === 0 ? 1 : reached / live.length,
  };
}

/** Says how long until (or since) the deadline: "due in 1 d 4 h", "overdue by 3 h". */
export function describeDeadline(msToDeadline: number): string {
  const abs = Math.abs(msToDeadline);
  const hours = Math.floor(abs / 3_600_000);
  const text = hours >= 24 ? `${Math.floor(hours / 24)} d ${hours % 24} h` : hours >= 1 ? `${hours} h` : `${Math.max(1, Math.floor(abs / 60_000))} min`;
  return msToDeadline >= 0 ? `due in ${text}` : `overdue by ${text}`;
}

/** The order of the track; a target only moves forward one step at a time, or stays. */
const stageOrder: readonly RecoveryStage[] = ['pending', 'contacted', 'impact_assessed', 'remediated', 'followed_up'];

/** The stage after this one, or null at the end of the track. */
export function nextStage(stage: RecoveryStage): RecoveryStage | null {
  return stageOrder[stageOrder.indexOf(stage) + 1] ?? null;
}

/** Why a target cannot move to a stage, or null when it can (forward by one; back by one to correct a slip). */
export function stageChangeProblem(from: RecoveryStage, to: RecoveryStage): string | null {
  const step = stageOrder.indexOf(to) - stageOrder.indexOf(from);
  if (step === 0) return 'It is already at that stage';
  if (step > 1) return `Record "${stageLabel(nextStage(from) ?? to)}" first`;
  if (step < -1) return 'Go back one step at a time';
  return null;
}

/** How a stage reads in the app. */
export function stageLabel(stage: RecoveryStage): string {
  return { pending: 'Not contacted', contacted: 'Contacted', impact_assessed: 'Impact assessed', remediated: 'Remediation agreed', followed_up: 'Followed up' }[stage];
}
