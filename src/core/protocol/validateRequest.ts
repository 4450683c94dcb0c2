import { CognitoConfirmError, type ValidationRule } from './CognitoConfirmError.js';
import type { CognitoOperation, OperationRequests } from './operations.js';

// Not typed by the browser build (no Node types there); bundlers replace `process.env.NODE_ENV`.
declare const process: { env: Record<string, string | undefined> } | undefined;

interface StringRule {
  min: number;
  /** Absent where the model sets no maximum (AccessToken). */
  max?: number;
  pattern?: RegExp;
}

/** Java's `\s`, which Cognito's validator uses: ASCII whitespace only. */
const JAVA_SPACE = ' \\t\\n\\x0B\\f\\r';

// The constraints of Cognito's published service model (botocore's service-2.json), shape by shape.
// test/core/protocol/contract.test.ts walks test/fixtures/cognito-contract.json to keep them equal.
const CLIENT_ID: StringRule = { min: 1, max: 128, pattern: /^[\w+]+$/u };
const USERNAME: StringRule = { min: 1, max: 128, pattern: /^[\p{L}\p{M}\p{S}\p{N}\p{P}]+$/u };
const SECRET_HASH: StringRule = { min: 1, max: 128, pattern: /^[\w+=/]+$/u };
const CONFIRMATION_CODE: StringRule = { min: 1, max: 2048, pattern: new RegExp(`^[^${JAVA_SPACE}]+$`, 'u') };
const ATTRIBUTE_NAME: StringRule = { min: 1, max: 32, pattern: /^[\p{L}\p{M}\p{S}\p{N}\p{P}\t\n\r ]+$/u };
// No maximum in the model: a large token costs the page nothing, and the server side caps bodies.
const TOKEN: StringRule = { min: 0, pattern: /^[A-Za-z0-9\-_=.]+$/u };
const SESSION: StringRule = { min: 20, max: 2048 };
/** The model's `StringType`: context data, analytics and ClientMetadata keys and values. */
const STRING: StringRule = { min: 0, max: 131_072 };

interface Detail {
  expected?: string;
  got?: unknown;
  limit?: number;
  length?: number;
  allowed?: readonly string[];
}

/**
 * The long explanation exists only in development builds: bundlers replace `process.env.NODE_ENV`
 * and drop the texts, and a page without `process` (no bundler) gets the short form. Production keeps
 * `code`, `field` and `rule`, which is what code should switch on anyway.
 */
function fail(field: string, rule: ValidationRule, detail: Detail = {}): never {
  throw new CognitoConfirmError('ValidationError', validationMessage(field, rule, detail), { field, rule });
}

// One expression, not an early return: esbuild and rolldown both drop the dead branch, and with it
// `explainRule`, only in this form.
function validationMessage(field: string, rule: ValidationRule, detail: Detail): string {
  return typeof process === 'undefined' || process.env.NODE_ENV === 'production' ? `${field}: ${rule}` : explainRule(field, rule, detail);
}

function explainRule(field: string, rule: ValidationRule, detail: Detail): string {
  switch (rule) {
    case 'required':
      return `${field} is required.`;
    case 'type':
      return `${field} must be ${detail.expected}, got ${describeType(detail.got)}.`;
    case 'min':
      return `${field} must be at least ${detail.limit} characters (got ${detail.length}).`;
    case 'max':
      return `${field} must be at most ${detail.limit} characters (got ${detail.length}).`;
    case 'pattern':
      return `${field} has characters Cognito does not accept.`;
    case 'unknownField':
      return `${field} is not a field Cognito accepts here (allowed: ${detail.allowed?.join(', ')}).`;
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
  if (typeof value !== 'string') fail(field, 'type', { expected: 'a string', got: value });
  const length = lengthOf(value, rule.max ?? Number.POSITIVE_INFINITY);
  if (length < rule.min) fail(field, 'min', { limit: rule.min, length });
  if (rule.max !== undefined && length > rule.max) fail(field, 'max', { limit: rule.max, length });
  if (rule.pattern && !rule.pattern.test(value)) fail(field, 'pattern');
}

/** Only plain objects: an array, a Map or a Date would be sent as something else entirely. */
function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

type Member = { kind: 'string'; rule: StringRule } | { kind: 'boolean' } | { kind: 'structure'; members: Members } | { kind: 'stringMap' };
type Members = Readonly<Record<string, Member>>;

const string = (rule: StringRule): Member => ({ kind: 'string', rule });
const BOOLEAN: Member = { kind: 'boolean' };
const STRING_MAP: Member = { kind: 'stringMap' };
const USER_CONTEXT_DATA: Member = { kind: 'structure', members: { IpAddress: string(STRING), EncodedData: string(STRING) } };
const ANALYTICS_METADATA: Member = { kind: 'structure', members: { AnalyticsEndpointId: string(STRING) } };

interface Shape {
  members: Members;
  required: readonly string[];
}

const SHAPES: { [Op in CognitoOperation]: Shape } = {
  ResendConfirmationCode: {
    required: ['ClientId', 'Username'],
    members: {
      ClientId: string(CLIENT_ID),
      SecretHash: string(SECRET_HASH),
      UserContextData: USER_CONTEXT_DATA,
      Username: string(USERNAME),
      AnalyticsMetadata: ANALYTICS_METADATA,
      ClientMetadata: STRING_MAP,
    },
  },
  ConfirmSignUp: {
    required: ['ClientId', 'Username', 'ConfirmationCode'],
    members: {
      ClientId: string(CLIENT_ID),
      SecretHash: string(SECRET_HASH),
      Username: string(USERNAME),
      ConfirmationCode: string(CONFIRMATION_CODE),
      ForceAliasCreation: BOOLEAN,
      AnalyticsMetadata: ANALYTICS_METADATA,
      UserContextData: USER_CONTEXT_DATA,
      ClientMetadata: STRING_MAP,
      Session: string(SESSION),
    },
  },
  GetUserAttributeVerificationCode: {
    required: ['AccessToken', 'AttributeName'],
    members: { AccessToken: string(TOKEN), AttributeName: string(ATTRIBUTE_NAME), ClientMetadata: STRING_MAP },
  },
  VerifyUserAttribute: {
    required: ['AccessToken', 'AttributeName', 'Code'],
    members: { AccessToken: string(TOKEN), AttributeName: string(ATTRIBUTE_NAME), Code: string(CONFIRMATION_CODE) },
  },
};

/** The members of an operation's request in the model's order, or undefined for an operation the kit does not call. */
export function requestMembers(operation: string): string[] | undefined {
  return Object.hasOwn(SHAPES, operation) ? Object.keys(SHAPES[operation as CognitoOperation].members) : undefined;
}

function checkStructure(path: string, value: Record<string, unknown>, members: Members, required: readonly string[]): void {
  const prefix = path ? `${path}.` : '';
  for (const key of Object.keys(value)) {
    if (!Object.hasOwn(members, key)) fail(`${prefix}${key}`, 'unknownField', { allowed: Object.keys(members) });
  }
  for (const [key, member] of Object.entries(members)) {
    const inner = value[key];
    if (inner === undefined) {
      if (required.includes(key)) fail(`${prefix}${key}`, 'required');
      continue;
    }
    checkMember(`${prefix}${key}`, inner, member);
  }
}

function checkMember(field: string, value: unknown, member: Member): void {
  if (member.kind === 'string') checkString(field, value, member.rule);
  else if (member.kind === 'boolean') {
    if (typeof value !== 'boolean') fail(field, 'type', { expected: 'a boolean', got: value });
  } else if (member.kind === 'structure') {
    if (!isPlainObject(value)) fail(field, 'type', { expected: 'an object', got: value });
    checkStructure(field, value, member.members, []);
  } else checkStringMap(field, value);
}

/**
 * ClientMetadata is a map of string to string. A key past the cap is reported on the map itself,
 * so the field never carries a 100 000-character name.
 */
export function checkStringMap(field: string, value: unknown): void {
  if (!isPlainObject(value)) fail(field, 'type', { expected: 'an object of strings', got: value });
  for (const [key, inner] of Object.entries(value)) {
    const length = lengthOf(key, STRING.max!);
    if (length > STRING.max!) fail(field, 'max', { limit: STRING.max!, length });
    checkString(`${field}.${key}`, inner, STRING);
  }
}

/**
 * Throws a `CognitoConfirmError` with `code: "ValidationError"`, the offending `field` (Cognito's
 * path: `Username`, `UserContextData.EncodedData`, `ClientMetadata.locale`) and the broken `rule`
 * when `params` breaks a constraint of Cognito's published model, so a bad request never leaves the page.
 */
export function validateRequest<Op extends CognitoOperation>(operation: Op, params: unknown): asserts params is OperationRequests[Op] {
  const shape = Object.hasOwn(SHAPES, operation) ? SHAPES[operation] : undefined;
  if (!shape) fail('operation', 'unknownField', { allowed: Object.keys(SHAPES) });
  if (!isPlainObject(params)) fail('params', 'type', { expected: 'an object', got: params });
  checkStructure('', params, shape.members, shape.required);
}
