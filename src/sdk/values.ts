/**
 * The vocabulary of value analysis, shared by both tiers: what an expression or a property may
 * hold at run time (`absent`, `nullish`, a known `string`, `anyString`, …), and the few facts of
 * JavaScript about such values that both tiers need (which are falsy, what a `??=` keeps).
 */

/** One possible run-time value of an expression or a property, with the node (of either tree) that gives it. */
export type Value<N = unknown> =
  /** The property is not there at all. */
  | { kind: 'absent'; node?: N }
  /** `undefined` or `null`. */
  | { kind: 'nullish'; node?: N }
  | { kind: 'string'; value: string; node?: N }
  /** A string whose content is not known (it may be empty). */
  | { kind: 'anyString'; node?: N }
  | { kind: 'boolean'; value: boolean; node?: N }
  /** A function, such as a region provider. */
  | { kind: 'function'; node?: N }
  /** Some other object (an endpoint object, a URL). */
  | { kind: 'object'; node?: N }
  /**
   * Not known: `any`, `unknown`, a declared `boolean`, a number, or beyond what is followed.
   * `untyped` when the checker types it `any` and no call site decides it (not a parameter):
   * nothing in the code says what it holds (JavaScript without types).
   */
  | { kind: 'unknown'; node?: N; untyped?: boolean };

/** A property's possible values, with the property that sets them when one object literal does. */
export interface PropertyValues<N = unknown, P = N> {
  values: Value<N>[];
  property?: P;
}

/** May this value be falsy at run time? */
export function mayBeFalsy(value: Value): boolean {
  switch (value.kind) {
    case 'nullish':
    case 'absent':
    case 'anyString':
    case 'unknown':
      return true;
    case 'string':
      return value.value === '';
    case 'boolean':
      return !value.value;
    default:
      return false;
  }
}

/** Is this value falsy at run time, whatever happens? */
export function isDefinitelyFalsy(value: Value): boolean {
  return (
    value.kind === 'nullish' ||
    value.kind === 'absent' ||
    (value.kind === 'string' && value.value === '') ||
    (value.kind === 'boolean' && !value.value)
  );
}

/** The assignments that write a property: `=`, and those that may (`??=`, `||=`). */
export type WriteOperator = '=' | '??=' | '||=';

/**
 * The values a property may hold after a write to it: `=` replaces them (where the write always
 * runs) or adds to them; `??=` and `||=` keep the values that skip the write and add the written ones.
 */
export function afterWrite<N>(before: Value<N>[], operator: WriteOperator, written: Value<N>[], unconditional: boolean): Value<N>[] {
  if (operator === '=') return unconditional ? written : [...before, ...written];
  const keeps = operator === '??=' ? (v: Value<N>) => v.kind !== 'absent' && v.kind !== 'nullish' : (v: Value<N>) => !isDefinitelyFalsy(v);
  return unconditional ? [...before.filter(keeps), ...written] : [...before, ...written];
}
