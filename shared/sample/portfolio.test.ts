import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { entityFields, type EntityName } from '../domain/entities';
import { generatePortfolio } from './portfolio';

describe('sample portfolio generator', () => {
  it('is deterministic for a seed and differs between seeds', () => {
    expect(generatePortfolio({ seed: 3 })).toEqual(generatePortfolio({ seed: 3 }));
    expect(generatePortfolio({ seed: 3 }).accounts[0]?.name).not.toBe(generatePortfolio({ seed: 4 }).accounts[0]?.name);
  });

  it('makes about 60 realistic accounts across segments with the rest of the story', () => {
    const p = generatePortfolio();
    expect(p.accounts).toHaveLength(60);
    expect(new Set(p.accounts.map((a) => a.segment))).toEqual(new Set(['smb', 'mid_market', 'enterprise']));
    expect(new Set(p.accounts.map((a) => a.name)).size).toBe(60);
    expect(p.contacts.length).toBeGreaterThan(180);
    expect(p.escalations.length).toBeGreaterThan(0);
    expect(p.commitments.some((c) => c.status === 'open')).toBe(true);
    expect(p.surveyResponses.some((s) => s.kind === 'nps' && s.score <= 6)).toBe(true);
    expect(p.usagePoints.length).toBeGreaterThan(60 * 50);
  });

  it('produces only records that pass the shared schemas', () => {
    const p = generatePortfolio({ seed: 11, accounts: 40 });
    for (const [entity, rows] of Object.entries(p)) {
      const schema = z.object(entityFields[entity as EntityName]);
      for (const row of rows) {
        const { id: _id, ...fields } = row;
        expect(schema.safeParse(fields).error?.issues ?? []).toEqual([]);
      }
    }
  });

  it('scales to benchmark size with stable ratios', () => {
    const p = generatePortfolio({ accounts: 2000, usageWeeks: 4 });
    expect(p.accounts).toHaveLength(2000);
    expect(p.contacts.length / 2000).toBeGreaterThan(4);
    expect(new Set(p.accounts.map((a) => a.id)).size).toBe(2000);
  });
});
