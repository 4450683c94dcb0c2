import { CognitoConfirmError } from './CognitoConfirmError.js';
import type { CognitoOperation, OperationRequests } from './operations.js';

interface StringRule {
  min: number;
  max: number;
  pattern: RegExp;
  /** Said in the error message, so the developer sees which rule failed. */
  describe: string;
}

// Constraints from the Cognito API reference for each field.
const CLIENT_ID: StringRule = { min: 1, max: 128, pattern: /^[\w+]+$/, describe: 'letters, digits, _ and +' };
const USERNAME: StringRule = {
  min: 1,
  max: 128,
  pattern: /^[\p{L}\p{M}\p{S}\p{N}\p{P}]+$/u,
  describe: 'letters, marks, symbols, numbers and punctuation, no whitespace',
};
const SECRET_HASH: StringRule = { min: 1, max: 128, pattern: /^[\w+=/]+$/, describe: 'base64 characters' };
const CODE: StringRule = { min: 1, max: 2048, pattern: /^\S+$/, describe: 'no whitespace' };
const ATTRIBUTE_NAME: StringRule = {
  min: 1,
  max: 32,
  pattern: /^[\p{L}\p{M}\p{S}\p{N}\p{P}]+$/u,
  describe: 'letters, marks, symbols, numbers and punctuation, no whitespace',
};
const ACCESS_TOKEN: StringRule = { min: 1, max: 8192, pattern: /^[A-Za-z0-9\-_=.]+$/, describe: 'a JWT' };
const SESSION: StringRule = { min: 20, max: 2048, pattern: /^[\s\S]+$/, describe: 'the Session string SignUp returned' };

function fail(field: string, message: string): never {
  throw new CognitoConfirmError('ValidationError', message, { field });
}

function checkString(params: Record<string, unknown>, field: string, rule: StringRule, required: boolean): void {
  const value = params[field];
  if (value === undefined) {
    if (required) fail(field, `${field} is required.`);
    return;
  }
  if (typeof value !== 'string') fail(field, `${field} must be a string, got ${describeType(value)}.`);
  // Length in code points, as Cognito counts it.
  const length = [...value].length;
  if (length === 0) fail(field, required ? `${field} is required.` : `${field} must not be empty.`);
  if (length < rule.min) fail(field, `${field} must be at least ${rule.min} characters (got ${length}).`);
  if (length > rule.max) fail(field, `${field} must be at most ${rule.max} characters (got ${length}).`);
  if (!rule.pattern.test(value)) fail(field, `${field} has characters Cognito does not accept (${rule.describe}).`);
}

function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function checkObject(params: Record<string, unknown>, field: string, keys: readonly string[]): void {
  const value = params[field];
  if (value === undefined) return;
  if (!isPlainObject(value)) fail(field, `${field} must be an object, got ${describeType(value)}.`);
  for (const [key, inner] of Object.entries(value)) {
    if (!keys.includes(key)) fail(`${field}.${key}`, `${field} has no field ${key} (allowed: ${keys.join(', ')}).`);
    if (inner !== undefined && typeof inner !== 'string') {
      fail(`${field}.${key}`, `${field}.${key} must be a string, got ${describeType(inner)}.`);
    }
  }
}

function checkClientMetadata(params: Record<string, unknown>): void {
  const value = params['ClientMetadata'];
  if (value === undefined) return;
  if (!isPlainObject(value)) fail('ClientMetadata', `ClientMetadata must be an object of strings, got ${describeType(value)}.`);
  for (const [key, inner] of Object.entries(value)) {
    if (typeof inner !== 'string') {
      fail(`ClientMetadata.${key}`, `ClientMetadata values must be strings; ClientMetadata.${key} is ${describeType(inner)}.`);
    }
  }
}

function checkBoolean(params: Record<string, unknown>, field: string): void {
  const value = params[field];
  if (value !== undefined && typeof value !== 'boolean') fail(field, `${field} must be a boolean, got ${describeType(value)}.`);
}

function checkKnownFields(params: Record<string, unknown>, allowed: readonly string[]): void {
  for (const key of Object.keys(params)) {
    if (!allowed.includes(key)) fail(key, `${key} is not a field of this operation (allowed: ${allowed.join(', ')}).`);
  }
}

const CONTEXT_KEYS = ['IpAddress', 'EncodedData'] as const;
const ANALYTICS_KEYS = ['AnalyticsEndpointId'] as const;

const VALIDATORS: { [Op in CognitoOperation]: (params: Record<string, unknown>) => void } = {
  ResendConfirmationCode(params) {
    checkKnownFields(params, ['ClientId', 'Username', 'SecretHash', 'UserContextData', 'AnalyticsMetadata', 'ClientMetadata']);
    checkString(params, 'ClientId', CLIENT_ID, true);
    checkString(params, 'Username', USERNAME, true);
    checkString(params, 'SecretHash', SECRET_HASH, false);
    checkObject(params, 'UserContextData', CONTEXT_KEYS);
    checkObject(params, 'AnalyticsMetadata', ANALYTICS_KEYS);
    checkClientMetadata(params);
  },
  ConfirmSignUp(params) {
    checkKnownFields(params, [
      'ClientId',
      'Username',
      'ConfirmationCode',
      'SecretHash',
      'ForceAliasCreation',
      'UserContextData',
      'AnalyticsMetadata',
      'ClientMetadata',
      'Session',
    ]);
    checkString(params, 'ClientId', CLIENT_ID, true);
    checkString(params, 'Username', USERNAME, true);
    checkString(params, 'ConfirmationCode', CODE, true);
    checkString(params, 'SecretHash', SECRET_HASH, false);
    checkString(params, 'Session', SESSION, false);
    checkBoolean(params, 'ForceAliasCreation');
    checkObject(params, 'UserContextData', CONTEXT_KEYS);
    checkObject(params, 'AnalyticsMetadata', ANALYTICS_KEYS);
    checkClientMetadata(params);
  },
  GetUserAttributeVerificationCode(params) {
    checkKnownFields(params, ['AccessToken', 'AttributeName', 'ClientMetadata']);
    checkString(params, 'AccessToken', ACCESS_TOKEN, true);
    checkString(params, 'AttributeName', ATTRIBUTE_NAME, true);
    checkClientMetadata(params);
  },
  VerifyUserAttribute(params) {
    checkKnownFields(params, ['AccessToken', 'AttributeName', 'Code']);
    checkString(params, 'AccessToken', ACCESS_TOKEN, true);
    checkString(params, 'AttributeName', ATTRIBUTE_NAME, true);
    checkString(params, 'Code', CODE, true);
  },
};

/**
 * Throws a `CognitoConfirmError` with `code: "ValidationError"` and the offending `field` when
 * `params` breaks a documented constraint, so a bad request never leaves the page.
 */
export function validateRequest<Op extends CognitoOperation>(operation: Op, params: unknown): asserts params is OperationRequests[Op] {
  const validate = VALIDATORS[operation];
  if (!validate) throw new CognitoConfirmError('ValidationError', `Unknown operation ${String(operation)}.`, { field: 'operation' });
  if (!isPlainObject(params)) fail('params', `The request must be an object, got ${describeType(params)}.`);
  validate(params);
}
