import { describe, expect, it } from 'vitest';
import { entityFields, entityNames } from './entities';
import { defaultsFor, missingRequiredFields, newRecordFields, requiredFields } from './record-defaults';
import { z } from 'zod';

const now = '2026-11-28T09:30:00.000Z';

describe('record defaults', () => {
  it('makes an account from its name alone and a commitment from its title alone (PROTOCOL 1.1)', () => {
    expect(requiredFields('accounts')).toEqual(['name']);
    expect(requiredFields('commitments')).toEqual(['title']);
    const account = newRecordFields('accounts', { name: 'Northwind' }, now);
    expect(z.object(entityFields.accounts).safeParse(account).success).toBe(true);
    expect(account).toMatchObject({ name: 'Northwind', segment: 'smb', tags: [], createdAt: now });
    const commitment = newRecordFields('commitments', { title: 'Send the roadmap' }, now);
    expect(z.object(entityFields.commitments).safeParse(commitment).success).toBe(true);
    expect(commitment).toMatchObject({ dueDate: '2026-11-28', status: 'open', owedBy: 'us' });
  });

  it('gives every default a value its schema accepts', () => {
    for (const entity of entityNames) {
      const fields: Record<string, z.ZodType> = entityFields[entity];
      const defaults = defaultsFor(entity, [], now);
      for (const [field, value] of Object.entries(defaults)) {
        expect(fields[field], `${entity}.${field} is a field`).toBeDefined();
        expect(fields[field]?.safeParse(value).success, `${entity}.${field} default`).toBe(true);
      }
    }
  });

  it('names what a create lacks, and keeps given values over defaults', () => {
    expect(missingRequiredFields('accounts', ['tags'])).toEqual(['name']);
    expect(missingRequiredFields('contacts', ['name'])).toEqual(['accountId']);
    expect(missingRequiredFields('accounts', ['name', 'industry'])).toEqual([]);
    expect(newRecordFields('accounts', { name: 'A', segment: 'enterprise', ownerId: undefined }, now).segment).toBe('enterprise');
    expect(defaultsFor('accounts', ['name', 'segment'], now)).not.toHaveProperty('segment');
  });
});
