import { describe, expect, it } from 'vitest';
import {
  createUserRequestSchema, isStorableJson, isStorableText, mutationResultSchema, pullRequestSchema, pushRequestSchema,
} from './protocol';

const mutation = {
  mutationId: 1, hlc: '2026-11-22T06:33:21.123Z-0000-0123456789abcdef', entity: 'accounts', id: '01JD3Q7Z8X2M4N6P8R0T2V4W6Y',
  space: 'team', fields: { name: { value: 'Northwind Health', base: 0 } },
};

describe('protocol schemas', () => {
  it('accept the examples of PROTOCOL.md', () => {
    expect(pushRequestSchema.safeParse({ clientId: 'c7f3a9d2e1b04a55', mutations: [mutation] }).success).toBe(true);
    expect(mutationResultSchema.safeParse({ mutationId: 1, status: 'applied', version: 17 }).success).toBe(true);
    expect(pullRequestSchema.parse({ clientId: 'c7f3a9d2e1b04a55' })).toEqual({ clientId: 'c7f3a9d2e1b04a55', cursor: null, limit: 1000 });
  });

  it('refuse malformed client ids, hlcs, spaces, missing values and limits below 1', () => {
    expect(pushRequestSchema.safeParse({ clientId: 'short', mutations: [] }).success).toBe(false);
    expect(pushRequestSchema.safeParse({ clientId: 'c7f3a9d2e1b04a55', mutations: [{ ...mutation, hlc: 'now' }] }).success).toBe(false);
    expect(pushRequestSchema.safeParse({ clientId: 'c7f3a9d2e1b04a55', mutations: [{ ...mutation, space: 'public' }] }).success).toBe(false);
    expect(pushRequestSchema.safeParse({ clientId: 'c7f3a9d2e1b04a55', mutations: [{ ...mutation, fields: { name: { base: 0 } } }] }).success).toBe(false);
    expect(pullRequestSchema.safeParse({ clientId: 'c7f3a9d2e1b04a55', limit: 0 }).success).toBe(false);
    expect(pullRequestSchema.safeParse({ clientId: 'c7f3a9d2e1b04a55', limit: 1e300 }).success).toBe(true);
  });

  it('require passwords of at least 8 characters', () => {
    const user = { email: 'a@example.com', name: 'A', role: 'member' };
    expect(createUserRequestSchema.safeParse({ ...user, password: '1234567' }).success).toBe(false);
    expect(createUserRequestSchema.safeParse({ ...user, password: '12345678' }).success).toBe(true);
  });

  it('tell storable text and JSON from what PostgreSQL cannot keep', () => {
    expect(isStorableText('emoji 💥 ok')).toBe(true);
    for (const bad of ['\u0000', 'a\ud800', '\udc00b', '\ud83d']) expect(isStorableText(bad)).toBe(false);
    expect(isStorableJson({ a: [1, 'x', null, { b: true }] })).toBe(true);
    expect(isStorableJson({ ['k\u0000']: 1 })).toBe(false);
    expect(isStorableJson(Number.POSITIVE_INFINITY)).toBe(false);
    let deep: unknown = 1;
    for (let i = 0; i < 40; i += 1) deep = [deep];
    expect(isStorableJson(deep)).toBe(false);
  });
});
