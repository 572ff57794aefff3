/** The key under which a pushed mutation that held a forbidden key carries that key's name. */
export const poisonedMutationMark = '$forbiddenKey';

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/**
 * The first key in parsed JSON that could poison a prototype if the value were copied carelessly:
 * `__proto__`, or `constructor` holding `prototype`. Walks without recursion, so deep input cannot overflow the stack.
 */
export function findPoisonedKey(value: unknown): string | null {
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const v = stack.pop();
    if (!isObject(v)) continue;
    if (Array.isArray(v)) { for (const x of v) stack.push(x); continue; }
    for (const key of Object.keys(v)) {
      const x = v[key];
      if (key === '__proto__') return key;
      if (key === 'constructor' && isObject(x) && Object.prototype.hasOwnProperty.call(x, 'prototype')) return 'constructor.prototype';
      stack.push(x);
    }
  }
  return null;
}
