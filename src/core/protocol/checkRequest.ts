import { CognitoConfirmError, type ValidationRule } from './CognitoConfirmError.js';
import type { CognitoOperation, OperationRequests } from './operations.js';
import { isRecord } from '../shared/isRecord.js';

// Not typed by the browser build (no Node types there); bundlers replace `process.env.NODE_ENV`.
declare const process: { env: Record<string, string | undefined> } | undefined;

export interface StringRule {
  min: number;
  /** Absent where the model sets no maximum (AccessToken). */
  max?: number | undefined;
  pattern?: RegExp | undefined;
}

// The constraints of Cognito's published service model (botocore's service-2.json), shape by shape.
// test/core/protocol/contract.test.ts walks test/fixtures/cognito-contract.json to keep them equal.
// Each operation's request shape lives with the code that sends it (signUpOperations.ts,
// resetOperations.ts), so a bundle carries only the shapes of the operations it calls.
export const CLIENT_ID: StringRule = { min: 1, max: 128, pattern: /^[\w+]+$/u };
export const USERNAME: StringRule = { min: 1, max: 128, pattern: /^[\p{L}\p{M}\p{S}\p{N}\p{P}]+$/u };
export const SECRET_HASH: StringRule = { min: 1, max: 128, pattern: /^[\w+=/]+$/u };
// The model's `[\S]+` in Java, whose `\s` is ASCII whitespace only (space, \t, \n, \v, \f, \r), not JavaScript's.
export const CONFIRMATION_CODE: StringRule = { min: 1, max: 2048, pattern: /^[^ \t\n\v\f\r]+$/u };
export const ATTRIBUTE_NAME: StringRule = { min: 1, max: 32, pattern: /^[\p{L}\p{M}\p{S}\p{N}\p{P}\t\n\r ]+$/u };
// No maximum in the model: a large token costs the page nothing, and the server side caps bodies.
export const TOKEN: StringRule = { min: 0, pattern: /^[A-Za-z0-9\-_=.]+$/u };
export const SESSION: StringRule = { min: 20, max: 2048 };
/** The model's `StringType`: context data, analytics and ClientMetadata keys and values. */
export const STRING: StringRule = { min: 0, max: 131_072 };

/** A list is an enum: the only values the kit sends (a subset of the model's). */
type Member = StringRule | 'boolean' | 'map' | readonly string[] | Members;
export type Members = { readonly [name: string]: Member };

/** What a `type` failure expected: the member kind (a structure is `object`). */
type Expected = 'string' | 'boolean' | 'object' | 'map';

/**
 * The long explanation exists only in development builds: bundlers replace `process.env.NODE_ENV`
 * and drop the texts, and a page without `process` (no bundler) gets the short form. Production keeps
 * `code`, `field` and `rule`, which is what code should switch on anyway. `got` and `about` carry
 * what the explanation needs (the value or its length; what was expected, the limit or the members),
 * so the call sites hold no text.
 */
export function fail(field: string, rule: ValidationRule, got?: unknown, about?: unknown): never {
  throw new CognitoConfirmError('ValidationError', validationMessage(field, rule, got, about), { field, rule });
}

// One expression, not an early return: esbuild and rolldown both drop the dead branch, and with it
// `explainRule`, only in this form. The guard is a ternary rather than `typeof process === 'undefined' ||`,
// which esbuild keeps as a stray `typeof process>"u",` at every site of the kit.
function validationMessage(field: string, rule: ValidationRule, got: unknown, about: unknown): string {
  return (typeof process === 'undefined' ? 'production' : process.env.NODE_ENV) === 'production'
    ? `${field}: ${rule}`
    : explainRule(field, rule, got, about);
}

function explainRule(field: string, rule: ValidationRule, got: unknown, about: unknown): string {
  switch (rule) {
    case 'required':
      return `${field} is required.`;
    case 'type': {
      const expected = { string: 'a string', boolean: 'a boolean', object: 'an object', map: 'an object of strings' }[about as Expected];
      return `${field} must be ${expected}, got ${describeType(got)}.`;
    }
    case 'min':
      return `${field} must be at least ${about} characters (got ${got}).`;
    case 'max':
      return `${field} must be at most ${about} characters (got ${got}).`;
    case 'pattern':
      return `${field} has characters Cognito does not accept.`;
    case 'unknownField':
      return `${field} is not a field Cognito accepts here (allowed: ${Object.keys(about as object).join(', ')}).`;
    case 'enum':
      return `${field} must be ${(about as string[]).join(' or ')}.`;
  }
}

function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value;
}

/** Length in code points, as Cognito counts it; stops counting once past `max`. */
function lengthOf(value: string, max: number): number {
  // Each code point is one or two UTF-16 units: short strings need no count at all.
  if (value.length <= max) return [...value].length;
  let count = 0;
  for (const _ of value) if (++count > max) break;
  return count;
}

function checkString(field: string, value: unknown, rule: StringRule): void {
  if (typeof value !== 'string') fail(field, 'type', value, 'string');
  const { min, max = Number.POSITIVE_INFINITY, pattern } = rule;
  const length = lengthOf(value, max);
  if (length < min) fail(field, 'min', length, min);
  if (length > max) fail(field, 'max', length, max);
  if (pattern && !pattern.test(value)) fail(field, 'pattern');
}

/** Only plain objects: an array, a Map or a Date would be sent as something else entirely. */
function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (!isRecord(value)) return false;
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

export const USER_CONTEXT_DATA: Members = { IpAddress: STRING, EncodedData: STRING };
export const ANALYTICS_METADATA: Members = { AnalyticsEndpointId: STRING };

/**
 * One operation as the client sends it: its request shape from the model (`members` in the model's
 * order, what the kit requires) and the few steps that differ by operation. An operation with a
 * `UserContextData` member also gets context data and analytics.
 */
export interface OperationSpec<Op extends CognitoOperation = CognitoOperation, Input = unknown> {
  readonly operation: Op;
  readonly members: Members;
  /** What must be there, at any depth (`USERNAME` is AuthParameters'): more than the model asks, where the kit needs it. */
  readonly required: readonly string[];
  /** A check across members, after each member's own (InitiateAuth's forms). */
  readonly check?: ((params: OperationRequests[Op]) => void) | undefined;
  /** InitiateAuth's `AuthParameters` from the call's input. */
  readonly auth?: ((input: Record<string, unknown>) => Record<string, unknown>) | undefined;
  /** An error once the request was built (what the transport or the server threw), before it is handed on. */
  readonly scrub?: ((error: CognitoConfirmError, input: Input) => CognitoConfirmError) | undefined;
}

/** `required` names members at any depth: member names differ between levels (AuthParameters' USERNAME). */
function checkStructure(path: string, value: unknown, members: Members, required: readonly string[]): void {
  if (!isPlainObject(value)) fail(path || 'params', 'type', value, 'object');
  const prefix = path ? `${path}.` : '';
  for (const key of Object.keys(value)) {
    if (!Object.hasOwn(members, key)) fail(prefix + key, 'unknownField', undefined, members);
  }
  for (const [key, member] of Object.entries(members)) {
    const inner = value[key];
    const field = prefix + key;
    if (inner === undefined) {
      if (required.includes(key)) fail(field, 'required');
    } else if (member === 'boolean') {
      if (typeof inner !== 'boolean') fail(field, 'type', inner, member);
    } else if (member === 'map') checkStringMap(field, inner);
    else if (Array.isArray(member)) {
      if (!member.includes(inner))
        fail(field, typeof inner === 'string' ? 'enum' : 'type', inner, typeof inner === 'string' ? member : 'string');
    } else if ('min' in member) checkString(field, inner, member as StringRule);
    else checkStructure(field, inner, member as Members, required);
  }
}

/**
 * ClientMetadata is a map of string to string. A key past the cap is reported on the map itself,
 * so the field never carries a 100 000-character name.
 */
export function checkStringMap(field: string, value: unknown): void {
  if (!isPlainObject(value)) fail(field, 'type', value, 'map');
  const max = STRING.max!;
  for (const [key, inner] of Object.entries(value)) {
    const length = lengthOf(key, max);
    if (length > max) fail(field, 'max', length, max);
    checkString(`${field}.${key}`, inner, STRING);
  }
}

/** Throws a `ValidationError` (field and rule) when `params` breaks the operation's shape. */
export function checkRequest<Op extends CognitoOperation>(
  spec: OperationSpec<Op, never>,
  params: unknown,
): asserts params is OperationRequests[Op] {
  checkStructure('', params, spec.members, spec.required);
  spec.check?.(params as OperationRequests[Op]);
}
