import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COGNITO_EXCEPTION_NAMES, CognitoConfirmError } from '../../../src/core/protocol/CognitoConfirmError';
import { type CognitoConfirmClient, createCognitoConfirmClient } from '../../../src/core/protocol/createCognitoConfirmClient';
import { signInWithPassword } from '../../../src/core/protocol/signInWithPassword';
import { confirmForgotPassword } from '../../../src/core/protocol/confirmForgotPassword';
import { forgotPassword } from '../../../src/core/protocol/forgotPassword';
import {
  type AuthenticationResult,
  type ChallengeName,
  type CognitoOperation,
  DELIVERY_MEDIUMS,
  type InitiateAuthResponse,
  type NewDeviceMetadata,
} from '../../../src/core/protocol/operations';
import type { Transport } from '../../../src/core/protocol/transports/Transport';
import { validateRequest } from '../../../src/core/protocol/validateRequest';
import { ar } from '../../../src/locales/ar';
import { de } from '../../../src/locales/de';
import { en } from '../../../src/locales/en';
import { es } from '../../../src/locales/es';
import { fr } from '../../../src/locales/fr';
import { he } from '../../../src/locales/he';
import { ja } from '../../../src/locales/ja';
import contract from '../../fixtures/cognito-contract.json';
import { checkRequest } from '../../../src/core/protocol/checkRequest';
import { INITIATE_AUTH } from '../../../src/core/protocol/resetOperations';

/** Either form of the kit's InitiateAuth, as the client checks it (validateRequest takes the Session form only). */
const validateSignIn = (params: unknown) => checkRequest(INITIATE_AUTH, params);

/**
 * Walks every constraint of Cognito's published model (test/fixtures/cognito-contract.json, written
 * by scripts/extract-cognito-contract.py from botocore) through the kit's client: each value at a
 * bound is sent exactly as given, each one past it is a ValidationError naming the field, and no
 * refused request reaches the transport.
 */

interface ShapeNode {
  shape: string;
  type: string;
  min?: number;
  max?: number;
  pattern?: string;
  jsPattern?: string;
  enum?: string[];
  required?: string[];
  members?: Record<string, ShapeNode>;
  key?: ShapeNode;
  value?: ShapeNode;
}
interface OperationContract {
  input: ShapeNode;
  output: ShapeNode | null;
  errors: string[];
}
const OPERATIONS = contract.operations as unknown as Record<CognitoOperation, OperationContract>;

// Cognito request member → the client's input name. A member the model adds and the kit does not
// send has no entry here, and the walk below fails on it.
const INPUT_NAMES: Record<string, string> = {
  Username: 'username',
  SecretHash: 'secretHash',
  ConfirmationCode: 'code',
  Code: 'code',
  ForceAliasCreation: 'forceAliasCreation',
  Session: 'session',
  UserContextData: 'userContextData',
  AnalyticsMetadata: 'analyticsMetadata',
  ClientMetadata: 'clientMetadata',
  AccessToken: 'accessToken',
  AttributeName: 'attributeName',
  Password: 'password',
};
// InitiateAuth's AuthParameters keys → inputs. The kit sends USER_AUTH's USERNAME (+ SECRET_HASH), and with a
// password PREFERRED_CHALLENGE PASSWORD, which the client derives from it (no input of its own).
const AUTH_PARAMETER_INPUTS: Record<string, string> = { USERNAME: 'username', SECRET_HASH: 'secretHash', PASSWORD: 'password' };
// The client's methods, and the reset's standalone functions (kept off the client so sign-up screens do not carry them).
type Call = (client: CognitoConfirmClient, input: never) => Promise<unknown>;
const METHODS: Record<CognitoOperation, Call> = {
  ResendConfirmationCode: (client, input) => client.resendConfirmationCode(input),
  ConfirmSignUp: (client, input) => client.confirmSignUp(input),
  GetUserAttributeVerificationCode: (client, input) => client.getUserAttributeVerificationCode(input),
  VerifyUserAttribute: (client, input) => client.verifyUserAttribute(input),
  InitiateAuth: (client, input) => client.signInWithSession(input),
  ForgotPassword: forgotPassword,
  ConfirmForgotPassword: confirmForgotPassword,
};
/**
 * Where the kit sends less than the model allows, on purpose: InitiateAuth only as USER_AUTH with
 * ConfirmSignUp's Session, or with PREFERRED_CHALLENGE PASSWORD and the password a reset has just set. These members are walked in their own describe below, not by
 * the generic walk, and what the kit requires beyond the model is in the base request.
 */
const RESTRICTED: Partial<Record<CognitoOperation, readonly string[]>> = { InitiateAuth: ['AuthFlow', 'AuthParameters'] };
const KIT_REQUIRED: Partial<Record<CognitoOperation, Record<string, unknown>>> = {
  InitiateAuth: { AuthFlow: 'USER_AUTH', AuthParameters: { USERNAME: 'a' }, Session: 'a'.repeat(20) },
};
const DEFAULT_CLIENT_ID = 'contractclient';

type Outcome = { error: CognitoConfirmError | undefined; sent: Array<{ operation: string; params: unknown }> };

/** Sends one Cognito-shaped request through a client over a transport that only records. */
async function send(operation: CognitoOperation, request: Record<string, unknown>): Promise<Outcome> {
  const sent: Outcome['sent'] = [];
  const transport: Transport = {
    async send(op, params) {
      sent.push({ operation: op, params });
      // A sign-in answers tokens or a challenge; anything else is refused as an invalid answer.
      return (op === 'InitiateAuth' ? { AuthenticationResult: {} } : {}) as never;
    },
  };
  try {
    const client = createCognitoConfirmClient({
      userPoolId: 'eu-west-1_Contract1',
      clientId: (request['ClientId'] as string | undefined) ?? DEFAULT_CLIENT_ID,
      transport,
      contextData: false,
    });
    const input: Record<string, unknown> = {};
    // InitiateAuth without a Session is the password form, which only signInWithPassword sends.
    const method: Call = operation === 'InitiateAuth' && request['Session'] === undefined ? signInWithPassword : METHODS[operation];
    for (const [member, value] of Object.entries(request)) {
      // Both come from the client: its configuration, and the one flow signInWithSession sends.
      if (member === 'ClientId' || (operation === 'InitiateAuth' && member === 'AuthFlow')) continue;
      if (operation === 'InitiateAuth' && member === 'AuthParameters') {
        for (const [key, inner] of Object.entries(value as Record<string, unknown>)) {
          if (key === 'PREFERRED_CHALLENGE' && inner === 'PASSWORD') continue;
          const parameter = AUTH_PARAMETER_INPUTS[key];
          if (!parameter) throw new Error(`the client has no input for AuthParameters.${key}`);
          input[parameter] = inner;
        }
        continue;
      }
      const name = INPUT_NAMES[member];
      if (!name) throw new Error(`the client has no input for ${operation}.${member}`);
      input[name] = value;
    }
    await method(client, input as never);
    return { error: undefined, sent };
  } catch (error) {
    if (!(error instanceof CognitoConfirmError)) throw error;
    return { error, sent };
  }
}

async function expectAccepted(operation: CognitoOperation, request: Record<string, unknown>, what: string) {
  const { error, sent } = await send(operation, request);
  expect(error, `${operation} ${what}: refused (${error?.field} ${error?.rule})`).toBeUndefined();
  expect(sent, `${operation} ${what}`).toHaveLength(1);
  expect(sent[0]!.params, `${operation} ${what}: sent as given`).toEqual(request);
}

async function expectRefused(operation: CognitoOperation, request: Record<string, unknown>, field: string, what: string) {
  const { error, sent } = await send(operation, request);
  expect(error, `${operation} ${what}: accepted`).toBeDefined();
  expect({ code: error!.code, field: error!.field }, `${operation} ${what}`).toEqual({ code: 'ValidationError', field });
  expect(sent, `${operation} ${what}: reached the transport`).toHaveLength(0);
}

/** A first character the shape accepts, to build values of a given length. */
function fillerFor(node: ShapeNode): string {
  if (!node.jsPattern) return 'a';
  const regex = new RegExp(node.jsPattern, 'u');
  const found = ['a', '1', '_'].find((char) => regex.test(char));
  if (!found) throw new Error(`no filler for ${node.shape}`);
  return found;
}

function validValue(node: ShapeNode): unknown {
  if (node.type === 'string') return fillerFor(node).repeat(Math.max(node.min ?? 0, 1));
  if (node.type === 'boolean') return true;
  if (node.type === 'structure' || node.type === 'map') return {};
  throw new Error(`no valid value for ${node.shape} (${node.type})`);
}

function baseRequest(input: ShapeNode, operation?: CognitoOperation): Record<string, unknown> {
  const request: Record<string, unknown> = {};
  for (const member of input.required ?? []) request[member] = validValue(input.members![member]!);
  return { ...request, ...(operation && KIT_REQUIRED[operation]) };
}

// Characters that tell the model's pattern classes apart: ASCII, Java's vs Unicode whitespace,
// marks, symbols, CJK, non-Latin digits, format and control characters, an astral emoji.
const PROBES = [
  'a',
  'Z',
  '0',
  '_',
  '+',
  '=',
  '/',
  '-',
  '.',
  '@',
  '!',
  '#',
  '€',
  'é',
  'e\u0301',
  '中',
  '٣',
  '😀',
  ' ',
  '\t',
  '\n',
  '\r',
  '\u000b',
  '\f',
  '\u00a0',
  '\u2028',
  '\u3000',
  '\u200b',
  '\u0000',
  '\u007f',
];

/** One request per boundary of one string constraint, set at `path` inside the base request. */
interface StringCase {
  path: string[];
  field: string;
  node: ShapeNode;
}

function withValue(base: Record<string, unknown>, path: string[], value: unknown): Record<string, unknown> {
  const copy = structuredClone(base);
  let target = copy;
  for (const step of path.slice(0, -1)) {
    target[step] = { ...(target[step] as Record<string, unknown> | undefined) };
    target = target[step] as Record<string, unknown>;
  }
  target[path.at(-1)!] = value;
  return copy;
}

async function walkString(operation: CognitoOperation, base: Record<string, unknown>, { path, field, node }: StringCase) {
  const filler = fillerFor(node);
  const min = node.min ?? 0;
  if (min > 0) {
    await expectAccepted(operation, withValue(base, path, filler.repeat(min)), `${field} at min ${min}`);
    await expectRefused(operation, withValue(base, path, filler.repeat(min - 1)), field, `${field} below min ${min}`);
  } else if (!node.pattern) {
    await expectAccepted(operation, withValue(base, path, ''), `${field} empty (min 0)`);
  }
  if (node.max !== undefined) {
    await expectAccepted(operation, withValue(base, path, filler.repeat(node.max)), `${field} at max ${node.max}`);
    await expectRefused(operation, withValue(base, path, filler.repeat(node.max + 1)), field, `${field} past max ${node.max}`);
    // Astral characters count once, as code points.
    if (!node.jsPattern || new RegExp(node.jsPattern, 'u').test('😀')) {
      await expectAccepted(operation, withValue(base, path, '😀'.repeat(node.max)), `${field} max in code points`);
    }
  } else {
    await expectAccepted(operation, withValue(base, path, filler.repeat(200_000)), `${field} with no max: 200 000 characters`);
  }
  if (node.jsPattern) {
    const regex = new RegExp(node.jsPattern, 'u');
    for (const probe of PROBES) {
      const value = `${filler.repeat(Math.max(min - 1, 0))}${probe}`;
      if (regex.test(value)) await expectAccepted(operation, withValue(base, path, value), `${field} with ${JSON.stringify(probe)}`);
      else await expectRefused(operation, withValue(base, path, value), field, `${field} with ${JSON.stringify(probe)}`);
    }
  }
  await expectRefused(operation, withValue(base, path, 42), field, `${field} as a number`);
}

function stringMembers(node: ShapeNode, operation?: CognitoOperation): Array<[string, ShapeNode]> {
  return Object.entries(node.members ?? {}).filter(([name, member]) => member.type === 'string' && !RESTRICTED[operation!]?.includes(name));
}

describe.each(Object.keys(OPERATIONS) as CognitoOperation[])('%s agrees with the published model', (operation) => {
  const { input } = OPERATIONS[operation];
  const base = baseRequest(input, operation);

  it('sends a request with only the required members, and refuses each one missing', async () => {
    await expectAccepted(operation, base, 'required members only');
    for (const member of input.required ?? []) {
      if (member === 'ClientId') continue; // comes from the client's configuration, checked at creation below
      if (RESTRICTED[operation]?.includes(member)) continue; // walked in the kit's own describe below
      const { [member]: _, ...without } = base;
      await expectRefused(operation, without, member, `without ${member}`);
    }
  });

  it.each(stringMembers(input, operation))('walks %s at its bounds, its pattern and its type', async (member, node) => {
    await walkString(operation, base, { path: [member], field: member, node });
  });

  const structures = Object.entries(input.members ?? {}).filter(([, member]) => member.type === 'structure');
  it.each(structures)('walks every member of %s, and refuses fields it does not have', async (name, node) => {
    await expectAccepted(operation, { ...base, [name]: {} }, `${name} empty`);
    for (const [member, inner] of stringMembers(node)) {
      await walkString(operation, base, { path: [name, member], field: `${name}.${member}`, node: inner });
    }
    await expectRefused(operation, { ...base, [name]: { Unknown: 'x' } }, `${name}.Unknown`, `${name}.Unknown`);
    for (const bad of ['x', 1, true, null, ['x']]) {
      await expectRefused(operation, { ...base, [name]: bad }, name, `${name} = ${JSON.stringify(bad)}`);
    }
  });

  const maps = Object.entries(input.members ?? {}).filter(
    ([name, member]) => member.type === 'map' && !RESTRICTED[operation]?.includes(name),
  );
  it.each(maps)('walks %s as a string→string map: key and value lengths, and every other type refused', async (name, node) => {
    const { key, value } = node;
    expect(key!.type).toBe('string');
    expect(value!.type).toBe('string');
    await expectAccepted(operation, { ...base, [name]: { [''.padEnd(key!.min ?? 0, 'k')]: '' } }, `${name} with min key and value`);
    await expectAccepted(operation, { ...base, [name]: { ['k'.repeat(key!.max!)]: 'v' } }, `${name} key at max`);
    await expectRefused(operation, { ...base, [name]: { ['k'.repeat(key!.max! + 1)]: 'v' } }, name, `${name} key past max`);
    await expectAccepted(operation, { ...base, [name]: { locale: 'v'.repeat(value!.max!) } }, `${name} value at max`);
    await expectRefused(
      operation,
      { ...base, [name]: { locale: 'v'.repeat(value!.max! + 1) } },
      `${name}.locale`,
      `${name} value past max`,
    );
    for (const bad of [['a'], 'abc', 1, true, null, new Map([['a', 'b']])]) {
      await expectRefused(operation, { ...base, [name]: bad }, name, `${name} = ${String(bad)}`);
    }
    for (const bad of [1, true, null, { nested: 'x' }, ['a']]) {
      await expectRefused(
        operation,
        { ...base, [name]: { ok: 'x', locale: bad } },
        `${name}.locale`,
        `${name}.locale = ${JSON.stringify(bad)}`,
      );
    }
  });

  const booleans = Object.entries(input.members ?? {}).filter(([, member]) => member.type === 'boolean');
  it.each(booleans)('sends %s true and false, and refuses anything else', async (name) => {
    await expectAccepted(operation, { ...base, [name]: true }, `${name} true`);
    await expectAccepted(operation, { ...base, [name]: false }, `${name} false`);
    await expectRefused(operation, { ...base, [name]: 'true' }, name, `${name} as a string`);
  });

  it('has only member types the walk covers', () => {
    for (const [member, node] of Object.entries(input.members ?? {})) {
      expect(['string', 'structure', 'map', 'boolean'], `${operation}.${member}`).toContain(node.type);
    }
  });

  it('knows every exception the model lists, with a text in every locale', () => {
    for (const name of OPERATIONS[operation].errors) {
      expect(COGNITO_EXCEPTION_NAMES, `${operation} ${name}`).toContain(name);
      for (const [locale, messages] of Object.entries({ en, es, fr, de, ja, ar, he })) {
        expect(messages, `${locale} error.${name}`).toHaveProperty(`error.${name}`);
      }
    }
  });
});

describe('the contract beyond single members', () => {
  it('refuses a ClientId past the model at client creation, before any request', async () => {
    const clientId = contract.operations.ResendConfirmationCode.input.members.ClientId as ShapeNode;
    await expectRefused(
      'ResendConfirmationCode',
      { ClientId: 'c'.repeat(clientId.max! + 1), Username: 'u' },
      'ClientId',
      'ClientId past max',
    );
    await expectRefused('ResendConfirmationCode', { ClientId: 'has space', Username: 'u' }, 'ClientId', 'ClientId pattern');
  });

  it('refuses members the operation does not have', () => {
    for (const [operation, { input }] of Object.entries(OPERATIONS)) {
      // ChangePassword's member: no operation the kit calls has it.
      const request = { ...baseRequest(input, operation as CognitoOperation), PreviousPassword: 'x' };
      expect(() => validateRequest(operation as CognitoOperation, request), operation).toThrow(
        expect.objectContaining({ code: 'ValidationError', field: 'PreviousPassword', rule: 'unknownField' }),
      );
    }
  });

  it('matches the model enum for DeliveryMedium', () => {
    const output = OPERATIONS.ResendConfirmationCode.output!;
    expect([...DELIVERY_MEDIUMS].sort()).toEqual([...output.members!['CodeDeliveryDetails']!.members!['DeliveryMedium']!.enum!].sort());
  });

  it('shows every listed exception in a story', () => {
    const stories = readFileSync(new URL('../../../stories/ErrorMessages.stories.tsx', import.meta.url), 'utf8');
    const exported = new Set([...stories.matchAll(/^export const (\w+)/gm)].map((match) => match[1]));
    const listed = new Set(Object.values(OPERATIONS).flatMap((operation) => operation.errors));
    for (const name of listed) expect(exported, `stories/ErrorMessages.stories.tsx has no story ${name}`).toContain(name);
  });

  // Where Python's botocore is installed (this machine, CI), the committed fixture must be what the
  // script extracts today: a botocore upgrade that changes the contract shows up here.
  const hasBotocore = spawnSync('python3', ['-c', 'import botocore'], { stdio: 'ignore' }).status === 0;
  it.skipIf(!hasBotocore)('is what scripts/extract-cognito-contract.py extracts from the installed botocore', () => {
    const dir = mkdtempSync(join(tmpdir(), 'contract-'));
    try {
      const out = join(dir, 'contract.json');
      const run = spawnSync('python3', [new URL('../../../scripts/extract-cognito-contract.py', import.meta.url).pathname, out], {
        encoding: 'utf8',
      });
      expect(run.status, run.stderr).toBe(0);
      const fresh = JSON.parse(readFileSync(out, 'utf8')) as typeof contract;
      expect(fresh.operations).toEqual(contract.operations);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('comes from a model that still lists these operations', () => {
    expect(contract.source.targetPrefix).toBe('AWSCognitoIdentityProviderService');
    expect(Object.keys(OPERATIONS).sort()).toEqual([
      'ConfirmForgotPassword',
      'ConfirmSignUp',
      'ForgotPassword',
      'GetUserAttributeVerificationCode',
      'InitiateAuth',
      'ResendConfirmationCode',
      'VerifyUserAttribute',
    ]);
  });
});

describe('InitiateAuth: only USER_AUTH, with a Session or with PREFERRED_CHALLENGE PASSWORD, within the model', () => {
  const { input, output } = OPERATIONS.InitiateAuth;
  const base = baseRequest(input, 'InitiateAuth');
  const usernameNode = OPERATIONS.ConfirmSignUp.input.members!['Username']!;
  const secretHashNode = OPERATIONS.ConfirmSignUp.input.members!['SecretHash']!;
  const passwordNode = OPERATIONS.ConfirmForgotPassword.input.members!['Password']!;
  // The password form: no Session, PREFERRED_CHALLENGE PASSWORD and the password.
  const { Session: _session, ...withoutSession } = base;
  const passwordBase = { ...withoutSession, AuthParameters: { USERNAME: 'a', PREFERRED_CHALLENGE: 'PASSWORD', PASSWORD: 'p' } };

  it('sends AuthFlow USER_AUTH, a value of the model enum; refuses every other flow and non-strings', () => {
    const flow = input.members!['AuthFlow']!;
    expect(flow.enum).toContain('USER_AUTH');
    for (const other of [...flow.enum!.filter((value) => value !== 'USER_AUTH'), 'user_auth', '']) {
      expect(() => validateSignIn({ ...base, AuthFlow: other }), other).toThrow(
        expect.objectContaining({ code: 'ValidationError', field: 'AuthFlow', rule: 'enum' }),
      );
    }
    expect(() => validateSignIn({ ...base, AuthFlow: 1 })).toThrow(expect.objectContaining({ field: 'AuthFlow', rule: 'type' }));
  });

  it("refuses a missing Session or USERNAME (required by the kit's form, optional in the model)", async () => {
    await expectRefused('InitiateAuth', withoutSession, 'Session', 'without Session');
    await expectRefused('InitiateAuth', { ...base, AuthParameters: {} }, 'AuthParameters.USERNAME', 'without USERNAME');
    expect(() => validateSignIn({ ...base, AuthParameters: undefined })).toThrow(
      expect.objectContaining({ field: 'AuthParameters', rule: 'required' }),
    );
  });

  it('walks AuthParameters.USERNAME as a Username and SECRET_HASH as a SecretHash, both inside the model map values', async () => {
    const map = input.members!['AuthParameters']!;
    expect(map.type).toBe('map');
    for (const node of [usernameNode, secretHashNode]) {
      expect(node.min!).toBeGreaterThanOrEqual(map.value!.min ?? 0);
      expect(node.max!).toBeLessThanOrEqual(map.value!.max!);
    }
    await walkString('InitiateAuth', base, { path: ['AuthParameters', 'USERNAME'], field: 'AuthParameters.USERNAME', node: usernameNode });
    await walkString('InitiateAuth', base, {
      path: ['AuthParameters', 'SECRET_HASH'],
      field: 'AuthParameters.SECRET_HASH',
      node: secretHashNode,
    });
  });

  it('refuses every other auth parameter in either form, and the Session form refuses PASSWORD and PREFERRED_CHALLENGE', async () => {
    for (const form of [base, passwordBase]) {
      for (const key of [
        'SRP_A',
        'REFRESH_TOKEN',
        'SECRET_BLOCK',
        'DEVICE_KEY',
        'CHALLENGE_NAME',
        'NEW_PASSWORD',
        'username',
        'password',
      ]) {
        const authParameters = { ...(form.AuthParameters as Record<string, unknown>), [key]: 'x' };
        expect(() => validateSignIn({ ...form, AuthParameters: authParameters }), key).toThrow(
          expect.objectContaining({ code: 'ValidationError', field: `AuthParameters.${key}`, rule: 'unknownField' }),
        );
      }
    }
    // With ConfirmSignUp's Session, the code just confirmed is the first factor: no password, no preferred challenge.
    for (const extra of [{ PASSWORD: 'x' }, { PREFERRED_CHALLENGE: 'PASSWORD' }, { PREFERRED_CHALLENGE: 'PASSWORD', PASSWORD: 'x' }]) {
      const [field] = Object.keys(extra);
      expect(() => validateSignIn({ ...base, AuthParameters: { USERNAME: 'a', ...extra } }), JSON.stringify(extra)).toThrow(
        expect.objectContaining({ code: 'ValidationError', field: `AuthParameters.${field}`, rule: 'unknownField' }),
      );
    }
    // Only PASSWORD among the model's AuthFactorType (EMAIL_OTP, SMS_OTP, WEB_AUTHN, PASSWORD_SRP…).
    for (const other of ['EMAIL_OTP', 'SMS_OTP', 'WEB_AUTHN', 'PASSWORD_SRP', 'password', '']) {
      const authParameters = { ...passwordBase.AuthParameters, PREFERRED_CHALLENGE: other };
      expect(() => validateSignIn({ ...passwordBase, AuthParameters: authParameters }), other).toThrow(
        expect.objectContaining({ code: 'ValidationError', field: 'AuthParameters.PREFERRED_CHALLENGE', rule: 'enum' }),
      );
    }
    expect(() => validateSignIn({ ...passwordBase, AuthParameters: { ...passwordBase.AuthParameters, PREFERRED_CHALLENGE: 1 } })).toThrow(
      expect.objectContaining({ field: 'AuthParameters.PREFERRED_CHALLENGE', rule: 'type' }),
    );
    for (const bad of ['x', ['a'], null, new Map([['USERNAME', 'a']])]) {
      expect(() => validateSignIn({ ...base, AuthParameters: bad })).toThrow(
        expect.objectContaining({ field: 'AuthParameters', rule: 'type' }),
      );
    }
    const sent: unknown[] = [];
    const client = createCognitoConfirmClient({
      userPoolId: 'eu-west-1_Contract1',
      clientId: DEFAULT_CLIENT_ID,
      contextData: false,
      transport: {
        async send(_operation, params) {
          sent.push(params);
          return { AuthenticationResult: {} } as never;
        },
      },
    });
    const input = {
      username: 'alice',
      session: 's'.repeat(20),
      password: 'hunter2',
      authFlow: 'USER_PASSWORD_AUTH',
      authParameters: { PASSWORD: 'x' },
    };
    await client.signInWithSession(input as never);
    expect(sent).toEqual([
      { AuthFlow: 'USER_AUTH', AuthParameters: { USERNAME: 'alice' }, ClientId: DEFAULT_CLIENT_ID, Session: 's'.repeat(20) },
    ]);
    expect(JSON.stringify(sent)).not.toContain('hunter2');
  });

  it('sends the password form with PREFERRED_CHALLENGE PASSWORD and PASSWORD together, and refuses either alone', async () => {
    await expectAccepted('InitiateAuth', passwordBase, 'the password form');
    const { PASSWORD: _password, ...challengeOnly } = passwordBase.AuthParameters;
    const { PREFERRED_CHALLENGE: _challenge, ...passwordOnly } = passwordBase.AuthParameters;
    expect(() => validateSignIn({ ...passwordBase, AuthParameters: challengeOnly })).toThrow(
      expect.objectContaining({ code: 'ValidationError', field: 'AuthParameters.PASSWORD', rule: 'required' }),
    );
    expect(() => validateSignIn({ ...passwordBase, AuthParameters: passwordOnly })).toThrow(
      expect.objectContaining({ code: 'ValidationError', field: 'AuthParameters.PREFERRED_CHALLENGE', rule: 'required' }),
    );
    // The client derives PREFERRED_CHALLENGE from the password; a Session given to signInWithPassword is not sent.
    const sent: unknown[] = [];
    const client = createCognitoConfirmClient({
      userPoolId: 'eu-west-1_Contract1',
      clientId: DEFAULT_CLIENT_ID,
      contextData: false,
      transport: {
        async send(_operation, params) {
          sent.push(params);
          return { AuthenticationResult: {} } as never;
        },
      },
    });
    await signInWithPassword(client, { username: 'alice', password: 'Fresh-Start-42!', session: 's'.repeat(20) } as never);
    expect(sent).toEqual([
      {
        AuthFlow: 'USER_AUTH',
        AuthParameters: { USERNAME: 'alice', PREFERRED_CHALLENGE: 'PASSWORD', PASSWORD: 'Fresh-Start-42!' },
        ClientId: DEFAULT_CLIENT_ID,
      },
    ]);
  });

  it("walks AuthParameters.PASSWORD as ConfirmForgotPassword's Password (the model's PasswordType), inside the model map values", async () => {
    const map = input.members!['AuthParameters']!;
    expect(passwordNode.shape).toBe('PasswordType');
    expect(passwordNode.max!).toBeLessThanOrEqual(map.value!.max!);
    await walkString('InitiateAuth', passwordBase, {
      path: ['AuthParameters', 'PASSWORD'],
      field: 'AuthParameters.PASSWORD',
      node: passwordNode,
    });
    await walkString('InitiateAuth', passwordBase, {
      path: ['AuthParameters', 'USERNAME'],
      field: 'AuthParameters.USERNAME',
      node: usernameNode,
    });
  });

  it('types the answer member for member as the model: InitiateAuthResponse, AuthenticationResult, NewDeviceMetadata, ChallengeName', () => {
    // Records over the kit's types: adding or renaming a member there without the model fails to compile or here.
    const response: Record<keyof InitiateAuthResponse, true> = {
      ChallengeName: true,
      Session: true,
      ChallengeParameters: true,
      AuthenticationResult: true,
      AvailableChallenges: true,
    };
    const result: Record<keyof AuthenticationResult, true> = {
      AccessToken: true,
      ExpiresIn: true,
      TokenType: true,
      RefreshToken: true,
      IdToken: true,
      NewDeviceMetadata: true,
    };
    const device: Record<keyof NewDeviceMetadata, true> = { DeviceKey: true, DeviceGroupKey: true };
    const challenges: Record<ChallengeName, true> = {
      SMS_MFA: true,
      EMAIL_OTP: true,
      SOFTWARE_TOKEN_MFA: true,
      SELECT_MFA_TYPE: true,
      MFA_SETUP: true,
      PASSWORD_VERIFIER: true,
      CUSTOM_CHALLENGE: true,
      SELECT_CHALLENGE: true,
      DEVICE_SRP_AUTH: true,
      DEVICE_PASSWORD_VERIFIER: true,
      ADMIN_NO_SRP_AUTH: true,
      NEW_PASSWORD_REQUIRED: true,
      SMS_OTP: true,
      PASSWORD: true,
      WEB_AUTHN: true,
      PASSWORD_SRP: true,
    };
    const members = output!.members!;
    expect(Object.keys(response).sort()).toEqual(Object.keys(members).sort());
    expect(Object.keys(result).sort()).toEqual(Object.keys(members['AuthenticationResult']!.members!).sort());
    expect(Object.keys(device).sort()).toEqual(
      Object.keys(members['AuthenticationResult']!.members!['NewDeviceMetadata']!.members!).sort(),
    );
    expect(Object.keys(challenges).sort()).toEqual([...members['ChallengeName']!.enum!].sort());
    expect(members['AvailableChallenges']!.type).toBe('list');
    expect(members['AuthenticationResult']!.members!['ExpiresIn']!.type).toBe('integer');
  });

  it("keeps ConfirmSignUp's Session, in and out, as the model has it", async () => {
    const sessionNode = OPERATIONS.ConfirmSignUp.input.members!['Session']!;
    expect(OPERATIONS.ConfirmSignUp.output!.members!['Session']).toEqual(sessionNode);
    expect(input.members!['Session']).toEqual(sessionNode);
  });
});
