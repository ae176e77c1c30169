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

/** How one tier reads expressions and properties (the caller's side of a bound parameter). */
export interface ValueReader<N, E extends N, P> {
  expression(node: E, depth: number): Value<N>[];
  property(node: E, name: string, depth: number): PropertyValues<N, P>;
}

/**
 * A parameter bound to one call site's argument, on either tier's tree: `values` reads the
 * caller's expressions.
 */
export interface Binding<N, E extends N, P> {
  /** The argument; undefined when the call passes none. */
  argument: E | undefined;
  /** The call itself: where a missing argument is reported. */
  call: N;
  /** The key a destructured parameter reads (`{ region }`). */
  key?: string;
  /** The default the pattern gives (`{ region = 'eu-west-1' }`, `opts = {}`). */
  fallback?: E;
  /** For a rest element (`{ region, ...rest }`): the keys it does not hold. */
  omit?: readonly string[];
  /** How the caller's expressions are read. */
  values: ValueReader<N, E, P>;
}

/** The values a bound parameter holds: the argument (or its key), with the pattern's default for what is missing. */
export function boundValues<N, E extends N, P>(binding: Binding<N, E, P>, depth: number): Value<N>[] {
  const { argument, key, fallback, values, call } = binding;
  let read: Value<N>[];
  if (argument === undefined) read = [{ kind: 'nullish', node: call }];
  else if (key === undefined) read = values.expression(argument, depth + 1);
  else read = values.property(argument, key, depth + 1).values.map((v) => (v.kind === 'absent' ? { kind: 'nullish', node: v.node ?? argument } : v));
  if (!fallback) return read;
  // A default applies where the value is undefined (a missing argument or key, `process.env.X`).
  return read.flatMap((v) => (v.kind === 'nullish' ? values.expression(fallback, depth + 1) : [v]));
}

/**
 * Property `name` of the object a bound parameter holds; `asExpression` says which object nodes
 * the tier can read properties of.
 */
export function boundProperty<N, E extends N, P>(
  binding: Binding<N, E, P>,
  name: string,
  depth: number,
  asExpression: (node: N) => E | undefined,
): PropertyValues<N, P> {
  const { argument, key, fallback, values, omit } = binding;
  if (omit?.includes(name)) return { values: [{ kind: 'absent', node: argument }] };
  if (argument !== undefined && key === undefined && !fallback) return values.property(argument, name, depth + 1);
  const result: Value<N>[] = [];
  for (const value of boundValues(binding, depth)) {
    const object = value.kind === 'object' && value.node !== undefined ? asExpression(value.node) : undefined;
    if (value.kind === 'nullish' || value.kind === 'absent') result.push({ kind: 'absent', node: value.node });
    else if (object !== undefined) result.push(...values.property(object, name, depth + 1).values);
    else result.push({ kind: 'unknown', node: value.node });
  }
  return { values: result };
}

/**
 * An object literal's property after a spread (`{ ...spread, … }`, read in order): the spread's
 * values where it may hold the key, else what came before. A bound parameter that lacks the key
 * (`fromBinding`) stands for the call site that passes it, where the key is missing.
 */
export function afterSpread<N, P>(before: PropertyValues<N, P>, spread: PropertyValues<N, P>, fromBinding: boolean): PropertyValues<N, P> {
  const present = spread.values.filter((v) => v.kind !== 'absent');
  if (present.length === 0) return fromBinding && before.property === undefined ? spread : before;
  return present.length === spread.values.length ? spread : { values: [...present, ...before.values] };
}
