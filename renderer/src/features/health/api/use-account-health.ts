import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { healthHistory, type HealthPoint } from '../../../../../shared/domain/health/history';
import { scoreAccount, type HealthScore } from '../../../../../shared/domain/health/score';
import { applyWhatIfs, whatIfOptions, type WhatIfOption } from '../../../../../shared/domain/health/what-if';
import { db } from '../../../db/instance';
import { readHealthInputs } from '../../../db/queries/health-inputs';
import { localToday } from '../../../lib/format';
import { useHealthSettings } from '../../../lib/health-settings';

/** One account's explained score, the what-ifs it offers, the score with the chosen ones applied, and its 26-week trend. */
export type AccountHealthView = { base: HealthScore; imagined: HealthScore; options: WhatIfOption[]; history: HealthPoint[] };

/** The account's health, live; `chosen` are the ids of the what-ifs switched on. Undefined while loading, null without the account. */
export function useAccountHealth(accountId: string, chosen: readonly string[]): AccountHealthView | null | undefined {
  const input = useLiveQuery(async () => (await readHealthInputs(db, [accountId]))[0] ?? null, [accountId]);
  const settings = useHealthSettings((s) => s.settings);
  const today = localToday();
  const base = useMemo(() => {
    if (!input) return input;
    return { score: scoreAccount(input, { today }, settings), options: whatIfOptions(input, { today }), history: healthHistory(input, today, settings) };
  }, [input, settings, today]);
  return useMemo(() => {
    if (base === undefined || input === undefined) return undefined;
    if (base === null || input === null) return null;
    const picked = base.options.filter((o) => chosen.includes(o.id)).map((o) => o.whatIf);
    const imagined = picked.length === 0 ? base.score : scoreAccount(applyWhatIfs(input, picked, { today }), { today }, settings);
    return { base: base.score, imagined, options: base.options, history: base.history };
  }, [base, input, chosen, settings, today]);
}
