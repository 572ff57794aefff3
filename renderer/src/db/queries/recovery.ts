import type { RecoveryProgram, RecoveryTarget } from '../../../../shared/domain/recovery';
import { db } from '../instance';

/** The active recovery programs and their live targets (what reminders look at). */
export async function readActiveRecovery(): Promise<{ programs: RecoveryProgram[]; targets: RecoveryTarget[] }> {
  const programs = (await db.recoveryPrograms.where('status').equals('active').toArray()).filter((p) => !p.deleted);
  const targets = await db.recoveryTargets.where('programId').anyOf(programs.map((p) => p.id)).toArray();
  return { programs, targets: targets.filter((t) => !t.deleted) };
}
