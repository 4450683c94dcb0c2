import { CognitoConfirmError, type ValidationRule } from './CognitoConfirmError.js';
import type { CognitoOperation, OperationRequests } from './operations.js';
import { isRecord } from '../shared/isRecord.js';

// Not typed by the browser build (no Node types there); bundlers replace `process.env.NODE_ENV`.
declare const process: { env: Record<string, string | undefined> } | undefined;

interface StringRule {
  min: number;
  /** Absent where the model sets no maximum (AccessToken). */
  max?: number | undefined;
  pattern?: RegExp | undefined;
}

// The constraints of Cognito's published service model (botocore's service-2.json), shape by shape.
// test/core/protocol/contract.test.ts walks test/fixtures/cognito-contract.json to keep them equal.
const CLIENT_ID: StringRule = { min: 1, max: 128, pattern: /^[\w+]+$/u };
const USERNAME: StringRule = { min: 1, max: 128, pattern: /^[\p{L}\p{M}\p{S}\p{N}\p{P}]+$/u };
const SECRET_HASH: StringRule = { min: 1, max: 128, pattern: /^[\w+=/]+$/u };
// The model's `[\S]+` in Java, whose `\s` is ASCII whitespace only (space, \t, \n, \v, \f, \r), not JavaScript's.
const CONFIRMATION_CODE: StringRule = { min: 1, max: 2048, pattern: /^[^ \t\n\v\f\r]+$/u };
const ATTRIBUTE_NAME: StringRule = { min: 1, max: 32, pattern: /^[\p{L}\p{M}\p{S}\p{N}\p{P}\t\n\r ]+$/u };
// No maximum in the model: a large token costs the page nothing, and the server side caps bodies.
const TOKEN: StringRule = { min: 0, pattern: /^[A-Za-z0-9\-_=.]+$/u };
const SESSION: StringRule = { min: 20, max: 2048 };
// The model's PasswordType is `[\S]+`, at most 256. Cognito itself checks `^[\S]+.*[\S]+$` (its answer to a
// bad one quotes it) and documents the space as a password symbol: a passphrase may have inner spaces,
// not leading or trailing whitespace (Java's ASCII set), and no line break (Java's `.`). One character
// passes here as in the model (every pool's policy asks for at least 6). A failure names the rule and at
// most the length, never the value.
const PASSWORD: StringRule = { min: 1, max: 256, pattern: /^[^ \t\n\v\f\r](?:[^\n\r\u0085\u2028\u2029]*[^ \t\n\v\f\r])?$/u };
/** The model's `StringType`: context data, analytics and ClientMetadata keys and values. */
const STRING: StringRule = { min: 0, max: 131_072 };

/** A list is an enum: the only values the kit sends (a subset of the model's). */
type Member = StringRule | 'boolean' | 'map' | readonly string[] | Members;
type Members = { readonly [name: string]: Member };

/** What a `type` failure expected: the member kind (a structure is `object`). */
type Expected = 'string' | 'boolean' | 'object' | 'map';

/**
 * The long explanation exists only in development builds: bundlers replace `process.env.NODE_ENV`
 * and drop the texts, and a page without `process` (no bundler) gets the short form. Production keeps
 * `code`, `field` and `rule`, which is what code should switch on anyway. `got` and `about` carry
 * what the explanation needs (the value or its length; what was expected, the limit or the members),
 * so the call sites hold no text.
 */
function fail(field: string, rule: ValidationRule, got?: unknown, about?: unknown): never {
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

const USER_CONTEXT_DATA: Members = { IpAddress: STRING, EncodedData: STRING };
// The model's AuthParameters is any string map; the kit sends USER_AUTH's USERNAME (+ SECRET_HASH), with
// either ConfirmSignUp's Session or PREFERRED_CHALLENGE PASSWORD and the password a reset has just set.
const AUTH_PARAMETERS: Members = { USERNAME: USERNAME, SECRET_HASH: SECRET_HASH, PREFERRED_CHALLENGE: ['PASSWORD'], PASSWORD: PASSWORD };
const ANALYTICS_METADATA: Members = { AnalyticsEndpointId: STRING };

interface Shape {
  members: Members;
  required: readonly string[];
}

const SHAPES: { [Op in CognitoOperation]: Shape } = {
  ResendConfirmationCode: {
    required: ['ClientId', 'Username'],
    members: {
      ClientId: CLIENT_ID,
      SecretHash: SECRET_HASH,
      UserContextData: USER_CONTEXT_DATA,
      Username: USERNAME,
      AnalyticsMetadata: ANALYTICS_METADATA,
      ClientMetadata: 'map',
    },
  },
  ConfirmSignUp: {
    required: ['ClientId', 'Username', 'ConfirmationCode'],
    members: {
      ClientId: CLIENT_ID,
      SecretHash: SECRET_HASH,
      Username: USERNAME,
      ConfirmationCode: CONFIRMATION_CODE,
      ForceAliasCreation: 'boolean',
      AnalyticsMetadata: ANALYTICS_METADATA,
      UserContextData: USER_CONTEXT_DATA,
      ClientMetadata: 'map',
      Session: SESSION,
    },
  },
  GetUserAttributeVerificationCode: {
    required: ['AccessToken', 'AttributeName'],
    members: { AccessToken: TOKEN, AttributeName: ATTRIBUTE_NAME, ClientMetadata: 'map' },
  },
  VerifyUserAttribute: {
    required: ['AccessToken', 'AttributeName', 'Code'],
    members: { AccessToken: TOKEN, AttributeName: ATTRIBUTE_NAME, Code: CONFIRMATION_CODE },
  },
  // Only USER_AUTH, with a Session or a preferred challenge (checkSignInForm): AuthParameters is required here, not in the model.
  InitiateAuth: {
    required: ['AuthFlow', 'AuthParameters', 'ClientId'],
    members: {
      AuthFlow: ['USER_AUTH'],
      AuthParameters: AUTH_PARAMETERS,
      ClientMetadata: 'map',
      ClientId: CLIENT_ID,
      AnalyticsMetadata: ANALYTICS_METADATA,
      UserContextData: USER_CONTEXT_DATA,
      Session: SESSION,
    },
  },
  ForgotPassword: {
    required: ['ClientId', 'Username'],
    members: {
      ClientId: CLIENT_ID,
      SecretHash: SECRET_HASH,
      UserContextData: USER_CONTEXT_DATA,
      Username: USERNAME,
      AnalyticsMetadata: ANALYTICS_METADATA,
      ClientMetadata: 'map',
    },
  },
  ConfirmForgotPassword: {
    required: ['ClientId', 'Username', 'ConfirmationCode', 'Password'],
    members: {
      ClientId: CLIENT_ID,
      SecretHash: SECRET_HASH,
      Username: USERNAME,
      ConfirmationCode: CONFIRMATION_CODE,
      Password: PASSWORD,
      AnalyticsMetadata: ANALYTICS_METADATA,
      UserContextData: USER_CONTEXT_DATA,
      ClientMetadata: 'map',
    },
  },
};

/**
 * USER_AUTH in the kit's two forms: ConfirmSignUp's Session (no preferred challenge, no password), or
 * PREFERRED_CHALLENGE PASSWORD with the password (no Session). Anything in between is refused here.
 */
function checkSignInForm(params: OperationRequests['InitiateAuth']): void {
  const { PREFERRED_CHALLENGE: challenge, PASSWORD: password } = params.AuthParameters;
  if (params.Session !== undefined) {
    if (challenge !== undefined) fail('AuthParameters.PREFERRED_CHALLENGE', 'unknownField', undefined, { USERNAME, SECRET_HASH });
    if (password !== undefined) fail('AuthParameters.PASSWORD', 'unknownField', undefined, { USERNAME, SECRET_HASH });
  } else if (challenge === undefined) fail(password === undefined ? 'Session' : 'AuthParameters.PREFERRED_CHALLENGE', 'required');
  else if (password === undefined) fail('AuthParameters.PASSWORD', 'required');
}

/** The members of an operation's request in the model's order, or undefined for an operation the kit does not call. */
export function requestMembers(operation: string): string[] | undefined {
  return Object.hasOwn(SHAPES, operation) ? Object.keys(SHAPES[operation as CognitoOperation].members) : undefined;
}

function checkStructure(path: string, value: unknown, members: Members, required: readonly string[] = []): void {
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
    else checkStructure(field, inner, member as Members, member === AUTH_PARAMETERS ? ['USERNAME'] : undefined);
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

/**
 * Throws a `CognitoConfirmError` with `code: "ValidationError"`, the offending `field` (Cognito's
 * path: `Username`, `UserContextData.EncodedData`, `ClientMetadata.locale`) and the broken `rule`
 * when `params` breaks a constraint of Cognito's published model, so a bad request never leaves the page.
 */
export function validateRequest<Op extends CognitoOperation>(operation: Op, params: unknown): asserts params is OperationRequests[Op] {
  const shape = Object.hasOwn(SHAPES, operation) ? SHAPES[operation] : undefined;
  if (!shape) fail('operation', 'unknownField', undefined, SHAPES);
  checkStructure('', params, shape.members, shape.required);
  if (operation === 'InitiateAuth') checkSignInForm(params as OperationRequests['InitiateAuth']);
}
