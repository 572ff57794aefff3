import type { z } from 'zod';

/**
 * Fast record checks compiled from the entity schemas. Zod cannot compile its parsers where a page
 * forbids `eval` (the app's Content-Security-Policy), and parsing every pulled record through it
 * dominated a first sync. A compiled check answers "valid" only when zod would accept the value
 * too; for anything it is unsure of (or that fails) it answers "not sure", and the caller parses
 * with zod, which gives the reason. So it decides nothing zod would decide otherwise: it is a
 * shortcut for the common, valid case. Schemas using a construct it does not know compile to null.
 */

/** Answers true only when the value certainly passes the schema it was compiled from. */
export type FastCheck = (value: unknown) => boolean;

/**
 * `unchanged`: answer true only when zod's output would also equal the value (no trim changes it,
 * no default fills it in), so the caller may keep the value instead of zod's output.
 */
export type FastCheckOptions = { unchanged?: boolean };

type Def = {
  type: string;
  checks?: { _zod: { def: CheckDef } }[];
  check?: string;
  format?: string;
  pattern?: RegExp;
  coerce?: boolean;
  innerType?: z.ZodType;
  element?: z.ZodType;
  options?: z.ZodType[];
  keyType?: z.ZodType;
  valueType?: z.ZodType;
  entries?: Record<string, unknown>;
  shape?: Record<string, z.ZodType>;
  catchall?: z.ZodType;
  values?: unknown[];
};
type CheckDef = {
  check: string; format?: string; pattern?: RegExp; minimum?: number; maximum?: number; value?: number; inclusive?: boolean;
  when?: (payload: { value: unknown; issues: unknown[] }) => boolean; tx?: (value: unknown) => unknown;
};

/** String formats whose whole check is their pattern (zod's $ZodStringFormat without extra rules). */
const patternFormats = new Set(['regex', 'date', 'datetime', 'time', 'email', 'uuid', 'guid', 'cuid', 'cuid2', 'ulid', 'e164']);

const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** One value check after the type check; `tx` checks (trim and the like) return the new value in `next`. */
type Step = (state: { value: unknown }) => boolean;

function compileCheck(def: CheckDef, lengthOf: boolean, unchanged: boolean): Step | null {
  const when = def.when;
  const guarded = (test: (value: unknown) => boolean): Step => (state) => (when && !when({ value: state.value, issues: [] })) || test(state.value);
  switch (def.check) {
    case 'overwrite': {
      const tx = def.tx;
      if (!tx) return null;
      if (unchanged) return (state) => Object.is(tx(state.value), state.value);
      return (state) => { state.value = tx(state.value); return true; };
    }
    case 'min_length': { const min = def.minimum ?? 0; return lengthOf ? guarded((v) => (v as { length: number }).length >= min) : null; }
    case 'max_length': { const max = def.maximum ?? Infinity; return lengthOf ? guarded((v) => (v as { length: number }).length <= max) : null; }
    case 'greater_than': { const at = def.value ?? 0; return def.inclusive ? guarded((v) => (v as number) >= at) : guarded((v) => (v as number) > at); }
    case 'less_than': { const at = def.value ?? 0; return def.inclusive ? guarded((v) => (v as number) <= at) : guarded((v) => (v as number) < at); }
    case 'number_format': return def.format === 'safeint' ? guarded((v) => Number.isSafeInteger(v)) : null;
    case 'string_format': return def.pattern && patternFormats.has(def.format ?? '') ? patternTest(def.pattern, when) : null;
    default: return null;
  }
}

function patternTest(pattern: RegExp, when: CheckDef['when']): Step {
  return (state) => {
    if (when && !when({ value: state.value, issues: [] })) return true;
    pattern.lastIndex = 0;
    return pattern.test(state.value as string);
  };
}

/** The steps of a schema's own checks (and, for a string format schema, its pattern); null if one is unknown. */
function compileSteps(def: Def, lengthOf: boolean, unchanged: boolean): Step[] | null {
  const steps: Step[] = [];
  if (def.check !== undefined) {
    const own = compileCheck({ check: def.check, format: def.format, pattern: def.pattern }, lengthOf, unchanged);
    if (!own) return null;
    steps.push(own);
  }
  for (const check of def.checks ?? []) {
    const step = compileCheck(check._zod.def, lengthOf, unchanged);
    if (!step) return null;
    steps.push(step);
  }
  return steps;
}

function withSteps(typeOk: (value: unknown) => boolean, steps: Step[]): FastCheck {
  if (steps.length === 0) return typeOk;
  return (value) => {
    if (!typeOk(value)) return false;
    const state = { value };
    for (const step of steps) if (!step(state)) return false;
    return true;
  };
}

const isPlainObject = (v: unknown): v is Record<string, unknown> => {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const proto = Object.getPrototypeOf(v) as unknown;
  return proto === Object.prototype || proto === null;
};

/** Compiles one schema; null when it uses something this compiler does not know. */
export function compileFastCheck(schema: z.ZodType, options: FastCheckOptions = {}): FastCheck | null {
  const def = defOf(schema);
  if (def.coerce) return null;
  const unchanged = options.unchanged === true;
  const inner = (s: z.ZodType | undefined) => (s ? compileFastCheck(s, options) : null);
  switch (def.type) {
    case 'string': {
      const steps = compileSteps(def, true, unchanged);
      return steps && withSteps((v) => typeof v === 'string', steps);
    }
    case 'number': {
      const steps = compileSteps(def, false, unchanged);
      return steps && withSteps((v) => typeof v === 'number' && Number.isFinite(v), steps);
    }
    case 'boolean': return def.checks?.length ? null : (v) => typeof v === 'boolean';
    case 'unknown': return def.checks?.length ? null : () => true;
    case 'enum': {
      if (def.checks?.length || !def.entries) return null;
      const values = new Set(Object.values(def.entries));
      return (v) => values.has(v);
    }
    case 'literal': {
      if (def.checks?.length || !def.values) return null;
      const values = new Set(def.values);
      return (v) => values.has(v);
    }
    case 'nullable': { const c = inner(def.innerType); return c && ((v) => v === null || c(v)); }
    case 'optional': { const c = inner(def.innerType); return c && ((v) => (v === undefined ? !unchanged : c(v))); }
    // zod puts the default in place of undefined: a change.
    case 'default': { const c = inner(def.innerType); return c && ((v) => (v === undefined ? !unchanged : c(v))); }
    case 'union': {
      const plain = (def.options ?? []).map((o) => compileFastCheck(o));
      const kept = (def.options ?? []).map((o) => compileFastCheck(o, { unchanged }));
      if (def.checks?.length || plain.length === 0 || plain.some((o) => o === null) || kept.some((o) => o === null)) return null;
      const checks = plain as FastCheck[];
      const keptChecks = kept as FastCheck[];
      // zod takes the first option that accepts the value (and its output).
      return (v) => {
        const first = checks.findIndex((c) => c(v));
        return first >= 0 && (keptChecks[first] ?? checks[first])?.(v) === true;
      };
    }
    case 'array': {
      const element = inner(def.element);
      const steps = compileSteps(def, true, unchanged);
      if (!element || !steps) return null;
      return withSteps((v) => Array.isArray(v) && v.every((item) => element(item)), steps);
    }
    case 'record': {
      const key = defOf(def.keyType ?? schema);
      const value = inner(def.valueType);
      if (key.type !== 'string' || key.checks?.length || key.check !== undefined || !value || def.checks?.length) return null;
      return (v) => isPlainObject(v) && Object.values(v).every((item) => value(item));
    }
    case 'object': {
      if (def.checks?.length || def.catchall || !def.shape) return null;
      const fields = compileShapeCheck(def.shape, options);
      if (!fields) return null;
      if (!unchanged) return fields;
      // zod leaves out keys its shape does not name: the output equals the value only without them.
      const shape = def.shape;
      return (v) => {
        if (!fields(v)) return false;
        for (const key in v as Record<string, unknown>) if (!Object.hasOwn(shape, key)) return false;
        return true;
      };
    }
    default: return null;
  }
}

/**
 * Compiles the fields of an object shape into one check of a plain object (unknown keys ignored,
 * as zod's object ignores them); null when one field cannot be compiled.
 */
export function compileShapeCheck(shape: Readonly<Record<string, z.ZodType>>, options: FastCheckOptions = {}): FastCheck | null {
  const fields: [string, FastCheck][] = [];
  for (const [name, schema] of Object.entries(shape)) {
    const check = compileFastCheck(schema, options);
    if (!check) return null;
    fields.push([name, check]);
  }
  return (value) => {
    if (!isPlainObject(value)) return false;
    const record = value;
    for (const [name, check] of fields) if (!check(record[name])) return false;
    return true;
  };
}
