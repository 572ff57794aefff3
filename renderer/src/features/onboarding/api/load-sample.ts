import type { EntityName } from '../../../../../shared/domain/entities';
import { generatePortfolio, type SamplePortfolio } from '../../../../../shared/sample/portfolio';
import { data } from '../../../db/instance';
import { useMe } from '../../../lib/me';

const chunkSize = 1000;

/** Writes the sample portfolio through the data layer, reporting progress as records are saved. */
export async function loadSamplePortfolio(onProgress: (done: number, total: number) => void): Promise<void> {
  const portfolio = generatePortfolio({ now: new Date().toISOString() });
  const entities = Object.keys(portfolio) as (keyof SamplePortfolio & EntityName)[];
  const total = entities.reduce((n, e) => n + portfolio[e].length, 0);
  let done = 0;
  onProgress(done, total);
  for (const entity of entities) {
    const rows = portfolio[entity];
    for (let i = 0; i < rows.length; i += chunkSize) {
      const chunk = rows.slice(i, i + chunkSize);
      await data.createMany(entity, chunk as never);
      done += chunk.length;
      onProgress(done, total);
    }
  }
  // The sample's manager is the person trying it out, so "my" views have something in them.
  const me = useMe.getState();
  if (!me.memberId) me.setMemberId(portfolio.teamMembers[0]?.id ?? null);
}
