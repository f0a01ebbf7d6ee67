// Small runtime type checks for the content script, where zod's few kilobytes are paid on every page.
// lib/content-guards.ts is written with these from the protocol's zod schemas (scripts/protocol-gen.ts);
// tests/unit/content-messages.test.ts holds both to the same verdicts on valid messages and on every
// mutation of them.
export type Guard<T> = (value: unknown) => value is T;

type Plain = Record<string, unknown>;

const isObject = (v: unknown): v is Plain => typeof v === 'object' && v !== null && !Array.isArray(v);
/** A record: a plain object, not a Map, Date or class instance (as zod's `z.record` sees it). */
const isPlainObject = (v: unknown): v is Plain => {
  if (!isObject(v)) return false;
  const proto: unknown = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
};

export const isString: Guard<string> = (v): v is string => typeof v === 'string';
export const isBoolean: Guard<boolean> = (v): v is boolean => typeof v === 'boolean';
/** A finite number (zod's `z.number()`). */
export const isNumber: Guard<number> = (v): v is number => typeof v === 'number' && Number.isFinite(v);
/** A safe, non-negative integer: an offset into a text. */
export const isOffset: Guard<number> = (v): v is number => Number.isSafeInteger(v) && (v as number) >= 0;

/** A safe integer within [min, max] (zod's `z.int()` with `gte`/`lte` checks). */
export const int =
  (min = -Infinity, max = Infinity): Guard<number> =>
  (v): v is number =>
    Number.isSafeInteger(v) && (v as number) >= min && (v as number) <= max;

/** A string of at most `max` characters. */
export const stringUpTo =
  (max: number): Guard<string> =>
  (v): v is string =>
    typeof v === 'string' && v.length <= max;

/** A string matching a pattern (zod's string formats, such as `z.uuid()`, with zod's own pattern). */
export const matching =
  (pattern: RegExp): Guard<string> =>
  (v): v is string =>
    typeof v === 'string' && pattern.test(v);

export const literal =
  <T extends string | boolean>(value: T): Guard<T> =>
  (v): v is T =>
    v === value;

export const oneOf =
  <T extends string>(values: readonly T[]): Guard<T> =>
  (v): v is T =>
    (values as readonly unknown[]).includes(v);

/** Every index is checked, holes included (a hole reads as undefined, as it does for zod). */
export const arrayOf =
  <T>(item: Guard<T>): Guard<T[]> =>
  (v): v is T[] => {
    if (!Array.isArray(v)) return false;
    for (let i = 0; i < v.length; i++) if (!item(v[i])) return false;
    return true;
  };

export const optional =
  <T>(g: Guard<T>): Guard<T | undefined> =>
  (v): v is T | undefined =>
    v === undefined || g(v);

export const nullable =
  <T>(g: Guard<T>): Guard<T | null> =>
  (v): v is T | null =>
    v === null || g(v);

export const either =
  <T>(...guards: Guard<T>[]): Guard<T> =>
  (v): v is T =>
    guards.some((g) => g(v));

type Guarded<G> = G extends Guard<infer T> ? T : never;

/** Any of these (the guarded type is the union of theirs). */
export const anyOf =
  <G extends Guard<unknown>[]>(...guards: G): Guard<Guarded<G[number]>> =>
  (v): v is Guarded<G[number]> =>
    guards.some((g) => g(v));

/** An object with these fields; extra keys are ignored, or refused when `strict`. */
export function shape<T>(fields: { [K in keyof T]-?: Guard<T[K]> }, strict = false): Guard<T> {
  const keys = Object.keys(fields) as (keyof T & string)[];
  return (v): v is T =>
    isObject(v) &&
    keys.every((k) => (fields[k] as Guard<unknown>)(v[k])) &&
    (!strict || Object.keys(v).every((k) => Object.prototype.hasOwnProperty.call(fields, k)));
}

/** An object used as a map from string keys to values of one kind. */
export const recordOf =
  <T>(value: Guard<T>): Guard<Record<string, T>> =>
  (v): v is Record<string, T> =>
    isPlainObject(v) && Object.values(v).every((x) => value(x));
