import { describe, expect, it } from 'vitest';
import { isFramed } from './frame-guard';

describe('running inside another page', () => {
  it('is told apart from running on its own', () => {
    const own = {};
    expect(isFramed({ self: own, top: own })).toBe(false);
    expect(isFramed({ self: own, top: {} })).toBe(true);
    expect(isFramed({ self: own, get top(): unknown { throw new Error('Blocked a frame from accessing a cross-origin frame') } })).toBe(true);
  });
});
