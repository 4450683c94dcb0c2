// Cognito user-pool emulator for tests and local development: cognito-local, wired with a temp
// data dir, plain usernames, a recording message sender, a request recorder, the missing
// ResendConfirmationCode operation, password reset and password/SRP sign-in as Cognito answers
// them, and a few /_harness/* side routes.
//
// Plain ESM JavaScript on purpose: Node scripts and vitest's globalSetup import it without a TS
// loader. Types live in emulator.d.ts (emulator.d.mts points TypeScript at them).

import { AsyncLocalStorage } from 'node:async_hooks';
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import http from 'node:http';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { claimSignatureMatches, parseSrpA, passwordClaimSignature, startPasswordVerifier } from './emulatorSrp.mjs';

const TARGET_PREFIX = 'AWSCognitoIdentityProviderService.';
const AMZ_JSON = 'application/x-amz-json-1.1';

// Per-instance harness state hangs off cognito-local's services object under a registry symbol.
// Symbol.for (not a module-level WeakMap) because vitest may evaluate this file once per test file
// while cognito-local's CJS modules - and the Targets map - stay shared across them in one worker.
const HARNESS_STATE = Symbol.for('cognito-confirm-kit.emulator.state');
// Where cognito-local's own ConfirmSignUp is kept once the harness overrides it (shared for the same reason).
const ORIGINAL_CONFIRM = Symbol.for('cognito-confirm-kit.emulator.confirmSignUp');
const ORIGINAL_ATTRIBUTE_CODE = Symbol.for('cognito-confirm-kit.emulator.getUserAttributeVerificationCode');
const ORIGINAL_SIGN_UP = Symbol.for('cognito-confirm-kit.emulator.signUp');
const ORIGINAL_INITIATE_AUTH = Symbol.for('cognito-confirm-kit.emulator.initiateAuth');
const ORIGINAL_RESPOND = Symbol.for('cognito-confirm-kit.emulator.respondToAuthChallenge');
const ORIGINAL_FORGOT_PASSWORD = Symbol.for('cognito-confirm-kit.emulator.forgotPassword');
const ORIGINAL_CONFIRM_FORGOT_PASSWORD = Symbol.for('cognito-confirm-kit.emulator.confirmForgotPassword');

// Cognito's default AuthSessionValidity (minutes) for an app client that sets none.
const DEFAULT_AUTH_SESSION_VALIDITY = 3;
// A forgot-password code lives one hour (AWS docs, kit guide §1 "Limits and lifetimes").
const RESET_CODE_LIFETIME_MS = 60 * 60_000;
// Wrong codes one reset takes before it is refused outright (assumed, EMULATOR-ASSUMPTIONS.md).
const RESET_CODE_MAX_FAILURES = 5;
// The model asks for the PASSWORD_VERIFIER answer "within a few seconds"; a minute keeps a loaded
// test machine from failing while advanceClock() can still test the refusal.
const SRP_CHALLENGE_LIFETIME_MS = 60_000;
// The password policy Cognito gives a pool that sets none.
export const COGNITO_DEFAULT_PASSWORD_POLICY = Object.freeze({
  MinimumLength: 8,
  RequireUppercase: true,
  RequireLowercase: true,
  RequireNumbers: true,
  RequireSymbols: true,
});
const INCORRECT_PASSWORD = 'Incorrect username or password.';

// The sender interface only receives (user, destination, message); source and ClientMetadata travel
// alongside the delivery through async context instead.
const deliveryContext = new AsyncLocalStorage();

let modules;

function loadCognitoLocal() {
  if (modules) return modules;
  // aws-sdk v2 prints an end-of-support notice when first loaded unless this is set.
  process.env.AWS_SDK_JS_SUPPRESS_MAINTENANCE_MODE_MESSAGE = '1';
  const require = createRequire(import.meta.url);
  // Resolve aws-sdk and pino from cognito-local's location so we get the copies it was built against.
  const requireFromPackage = createRequire(require.resolve('cognito-local/package.json'));
  const lib = (file) => requireFromPackage(`./lib/${file}`);
  modules = {
    AWS: requireFromPackage('aws-sdk'),
    pino: requireFromPackage('pino'),
    pinoPretty: requireFromPackage('pino-pretty'),
    createServer: lib('server/server.js').createServer,
    Router: lib('server/Router.js').Router,
    DefaultConfig: lib('server/config.js').DefaultConfig,
    services: lib('services/index.js'),
    CognitoServiceFactoryImpl: lib('services/cognitoService.js').CognitoServiceFactoryImpl,
    CryptoService: lib('services/crypto.js').CryptoService,
    StormDBDataStoreFactory: lib('services/dataStore/stormDb.js').StormDBDataStoreFactory,
    MessageDeliveryService: lib('services/messageDelivery/messageDelivery.js').MessageDeliveryService,
    selectAppropriateDeliveryMethod: lib('services/messageDelivery/deliveryMethod.js').selectAppropriateDeliveryMethod,
    otp: lib('services/otp.js').otp,
    JwtTokenGenerator: lib('services/tokenGenerator.js').JwtTokenGenerator,
    UserPoolServiceFactoryImpl: lib('services/userPoolService.js').UserPoolServiceFactoryImpl,
    Targets: lib('targets/targets.js').Targets,
    errors: lib('errors.js'),
  };
  installResendConfirmationCode(modules);
  installConfirmSignUp(modules);
  installGetUserAttributeVerificationCode(modules);
  installSignUp(modules);
  installInitiateAuth(modules);
  installRespondToAuthChallenge(modules);
  installForgotPassword(modules);
  installConfirmForgotPassword(modules);
  return modules;
}

// cognito-local 5.3.0 has no ResendConfirmationCode. Its Router looks targets up in this shared map
// on every request (and checks support with Object.keys), so adding a key adds the operation to
// every server in the process. Reinstalling is harmless: the function keeps no state of its own.
// A body cognito-local did not parse (wrong content type) arrives as undefined and fails with the
// same HTTP 500 `{}` as every other operation does.
function installResendConfirmationCode(m) {
  m.Targets.ResendConfirmationCode = (services) => (ctx, req) => resendConfirmationCode(m, services, ctx, req);
}

// cognito-local 5.3.0 answers ConfirmSignUp for an already confirmed user with ExpiredCodeException
// (the code was dropped on confirmation). Cognito answers NotAuthorizedException "User cannot be
// confirmed. Current status is CONFIRMED", and the kit's "already confirmed → sign in" path depends
// on that contract, so the harness answers as Cognito does and leaves every other case to the
// emulator's own target (kept once, so reinstalling does not wrap the wrapper).
function installConfirmSignUp(m) {
  m.Targets[ORIGINAL_CONFIRM] ??= m.Targets.ConfirmSignUp;
  const original = m.Targets[ORIGINAL_CONFIRM];
  m.Targets.ConfirmSignUp = (services) => async (ctx, req) => {
    const userPool = await services.cognito.getUserPoolForClientId(ctx, req.ClientId);
    const user = typeof req.Username === 'string' ? await userPool.getUserByUsername(ctx, req.Username) : null;
    if (user?.UserStatus === 'CONFIRMED') {
      throw new m.errors.NotAuthorizedError('User cannot be confirmed. Current status is CONFIRMED');
    }
    // Codes expired by expireCode(): Cognito's answer once a code's 24 hours are over. A resent code
    // is a new code, so it works again.
    // Only that code: a wrong one is still a CodeMismatchException, and a user named by an alias or
    // in another case is found by the user's own name.
    const expired = user ? services[HARNESS_STATE]?.expiredCodes.get(`${userPool.options.Id}/${user.Username}`) : undefined;
    if (expired !== undefined && expired === user.ConfirmationCode && req.ConfirmationCode === expired) {
      throw new m.errors.CognitoError('ExpiredCodeException', 'Invalid code provided, please request a code again.');
    }
    // A SignUp Session that is not this user's live one is refused before the code is checked, so the
    // user stays unconfirmed and can confirm again without it (EMULATOR-ASSUMPTIONS.md).
    const state = services[HARNESS_STATE];
    const signUpSession =
      req.Session !== undefined && state
        ? checkSession(m, services, state, req.Session, 'SignUp', req.ClientId, userPool, user)
        : undefined;
    const answer = await original(services)(ctx, req);
    if (signUpSession) signUpSession.used = true;
    if (user) await markCodeAttributeVerified(m, ctx, userPool, user);
    const client = await services.cognito.getAppClient(ctx, req.ClientId);
    if (!state || !user || !allowsUserAuth(client)) return answer;
    return { ...answer, Session: issueSession(services, state, 'ConfirmSignUp', client, userPool, user) };
  };
}

// Confirming with the code proves the address it went to, so Cognito marks it verified; cognito-local
// does not, and without email_verified ForgotPassword has nowhere to send a code.
async function markCodeAttributeVerified(m, ctx, userPool, user) {
  const confirmed = await userPool.getUserByUsername(ctx, user.Username);
  const delivered = confirmed && m.selectAppropriateDeliveryMethod(userPool.options.AutoVerifiedAttributes ?? [], confirmed);
  if (!delivered) return;
  const name = `${delivered.AttributeName}_verified`;
  const Attributes = [...(confirmed.Attributes ?? []).filter((a) => a.Name !== name), { Name: name, Value: 'true' }];
  await userPool.saveUser(ctx, { ...confirmed, Attributes });
}

// SignUp answers a Session (for ConfirmSignUp) when the app client allows USER_AUTH.
function installSignUp(m) {
  m.Targets[ORIGINAL_SIGN_UP] ??= m.Targets.SignUp;
  const original = m.Targets[ORIGINAL_SIGN_UP];
  m.Targets.SignUp = (services) => async (ctx, req) => {
    const answer = await original(services)(ctx, req);
    const state = services[HARNESS_STATE];
    const client = await services.cognito.getAppClient(ctx, req.ClientId);
    if (!state || !allowsUserAuth(client)) return answer;
    const userPool = await services.cognito.getUserPoolForClientId(ctx, req.ClientId);
    const user = await userPool.getUserByUsername(ctx, req.Username);
    return user ? { ...answer, Session: issueSession(services, state, 'SignUp', client, userPool, user) } : answer;
  };
}

// cognito-local 5.3.0 knows USER_PASSWORD_AUTH and refresh only. The harness adds USER_AUTH (with the
// Session ConfirmSignUp answered, or with a preferred challenge) and USER_SRP_AUTH, with tokens from
// cognito-local's own signer, and gives USER_PASSWORD_AUTH Cognito's answers for a wrong password or
// an unknown user.
function installInitiateAuth(m) {
  m.Targets[ORIGINAL_INITIATE_AUTH] ??= m.Targets.InitiateAuth;
  const original = m.Targets[ORIGINAL_INITIATE_AUTH];
  m.Targets.InitiateAuth = (services) => async (ctx, req) => {
    const state = services[HARNESS_STATE];
    if (!state) return original(services)(ctx, req);
    switch (req?.AuthFlow) {
      case 'USER_AUTH':
        return userAuth(m, services, state, ctx, req);
      case 'USER_SRP_AUTH':
        return userSrpAuth(m, services, state, ctx, req);
      case 'USER_PASSWORD_AUTH':
        return withCognitoSignInErrors(m, () => original(services)(ctx, req));
      default:
        return original(services)(ctx, req);
    }
  };
}

// cognito-local answers a wrong password with InvalidPasswordException "Invalid password" and an
// unknown user with NotAuthorizedException "User not authorized"; Cognito (PreventUserExistenceErrors
// LEGACY, the API's default) with the two below.
async function withCognitoSignInErrors(m, signIn) {
  try {
    return await signIn();
  } catch (err) {
    if (err?.code === 'InvalidPasswordException') throw new m.errors.NotAuthorizedError(INCORRECT_PASSWORD);
    if (err?.code === 'NotAuthorizedException' && err.message === 'User not authorized') {
      throw new m.errors.UserNotFoundError('User does not exist.');
    }
    throw err;
  }
}

// USER_AUTH without a Session: the sign-in the caller prefers. Only PASSWORD is emulated; another
// challenge (EMAIL_OTP, …) is one more entry here.
const PREFERRED_CHALLENGES = {
  PASSWORD: userAuthPassword,
};

async function userAuth(m, services, state, ctx, req) {
  const { InvalidParameterError, UnsupportedError } = m.errors;
  const userPool = await services.cognito.getUserPoolForClientId(ctx, req.ClientId);
  const client = await services.cognito.getAppClient(ctx, req.ClientId);
  if (!allowsUserAuth(client)) throw new InvalidParameterError('USER_AUTH flow not enabled for this client');
  const parameters = req.AuthParameters ?? {};
  if (typeof parameters.USERNAME !== 'string' || parameters.USERNAME === '') {
    throw new InvalidParameterError('Missing required parameter USERNAME');
  }
  if (req.Session !== undefined) return userAuthWithSession(m, services, state, ctx, req, userPool, client);
  const preferred = parameters.PREFERRED_CHALLENGE;
  const challenge =
    typeof preferred === 'string' && Object.hasOwn(PREFERRED_CHALLENGES, preferred) ? PREFERRED_CHALLENGES[preferred] : undefined;
  if (!challenge) {
    throw new UnsupportedError(
      `InitAuth USER_AUTH ${preferred === undefined ? 'without a Session' : `with PREFERRED_CHALLENGE ${String(preferred)}`}`,
    );
  }
  return challenge(m, services, ctx, req, userPool, client);
}

async function userAuthWithSession(m, services, state, ctx, req, userPool, client) {
  const parameters = req.AuthParameters;
  const others = Object.keys(parameters).filter((name) => name !== 'USERNAME' && name !== 'SECRET_HASH');
  if (others.length > 0) throw new m.errors.UnsupportedError(`InitAuth USER_AUTH with ${others.join(', ')}`);
  checkSecretHash(m, client, parameters.USERNAME, parameters.SECRET_HASH);
  const user = await userPool.getUserByUsername(ctx, parameters.USERNAME);
  const session = checkSession(m, services, state, req.Session, 'ConfirmSignUp', req.ClientId, userPool, user);
  // Used before signing, so two concurrent calls with one Session cannot both get tokens.
  session.used = true;
  return { ChallengeParameters: {}, AuthenticationResult: await issueTokens(services, ctx, userPool, client, user, req.ClientMetadata) };
}

/** USER_AUTH with PREFERRED_CHALLENGE PASSWORD and the PASSWORD itself: tokens in one step. */
async function userAuthPassword(m, services, ctx, req, userPool, client) {
  const parameters = req.AuthParameters;
  const known = ['USERNAME', 'PREFERRED_CHALLENGE', 'PASSWORD', 'SECRET_HASH'];
  const others = Object.keys(parameters).filter((name) => !known.includes(name));
  if (others.length > 0) throw new m.errors.UnsupportedError(`InitAuth USER_AUTH PASSWORD with ${others.join(', ')}`);
  if (typeof parameters.PASSWORD !== 'string' || parameters.PASSWORD === '') {
    // Without it Cognito would answer a PASSWORD challenge to respond to: not emulated.
    throw new m.errors.UnsupportedError('InitAuth USER_AUTH PASSWORD without the PASSWORD');
  }
  checkSecretHash(m, client, parameters.USERNAME, parameters.SECRET_HASH);
  const user = await userPool.getUserByUsername(ctx, parameters.USERNAME);
  checkUserMaySignIn(m, user);
  if (!sameSecret(user.Password ?? '', parameters.PASSWORD)) throw new m.errors.NotAuthorizedError(INCORRECT_PASSWORD);
  checkSignedInUser(m, userPool, user);
  return { ChallengeParameters: {}, AuthenticationResult: await issueTokens(services, ctx, userPool, client, user, req.ClientMetadata) };
}

/** SRP, step 1: the PASSWORD_VERIFIER challenge amazon-cognito-identity-js's authenticateUser answers. */
async function userSrpAuth(m, services, state, ctx, req) {
  const { InvalidParameterError, UnsupportedError } = m.errors;
  const userPool = await services.cognito.getUserPoolForClientId(ctx, req.ClientId);
  const client = await services.cognito.getAppClient(ctx, req.ClientId);
  // A client created without ExplicitAuthFlows allows SRP (the model's ExplicitAuthFlows documentation).
  const flows = client?.ExplicitAuthFlows;
  if (Array.isArray(flows) && flows.length > 0 && !flows.includes('ALLOW_USER_SRP_AUTH')) {
    throw new InvalidParameterError('USER_SRP_AUTH flow not enabled for this client');
  }
  const parameters = req.AuthParameters ?? {};
  for (const name of ['USERNAME', 'SRP_A']) {
    if (typeof parameters[name] !== 'string' || parameters[name] === '')
      throw new InvalidParameterError(`Missing required parameter ${name}`);
  }
  const others = Object.keys(parameters).filter((name) => !['USERNAME', 'SRP_A', 'SECRET_HASH'].includes(name));
  if (others.length > 0) throw new UnsupportedError(`InitAuth USER_SRP_AUTH with ${others.join(', ')}`);
  const A = parseSrpA(parameters.SRP_A);
  if (A === undefined) throw new InvalidParameterError('SRP_A must be a hexadecimal number that is not 0 mod N');
  checkSecretHash(m, client, parameters.USERNAME, parameters.SECRET_HASH);
  const user = await userPool.getUserByUsername(ctx, parameters.USERNAME);
  checkUserMaySignIn(m, user);

  // amazon-cognito-identity-js's getUserPoolName(): the pool id after its region.
  const poolName = userPool.options.Id.split('_')[1] ?? '';
  const { salt, srpB, key } = startPasswordVerifier({ poolName, userIdForSrp: user.Username, password: user.Password ?? '', A });
  const now = services.clock.get().getTime();
  for (const [block, challenge] of state.srpChallenges) {
    if (challenge.used || challenge.expiresAt <= now) state.srpChallenges.delete(block);
  }
  // Opaque to the client, as Cognito's (an encrypted blob there); here it names the challenge.
  const secretBlock = randomBytes(96).toString('base64');
  state.srpChallenges.set(secretBlock, {
    clientId: client.ClientId,
    userKey: `${userPool.options.Id}/${user.Username}`,
    poolName,
    key,
    expiresAt: now + SRP_CHALLENGE_LIFETIME_MS,
    used: false,
  });
  return {
    ChallengeName: 'PASSWORD_VERIFIER',
    ChallengeParameters: { SALT: salt, SRP_B: srpB, SECRET_BLOCK: secretBlock, USER_ID_FOR_SRP: user.Username, USERNAME: user.Username },
  };
}

// cognito-local's RespondToAuthChallenge has no PASSWORD_VERIFIER; every other challenge stays its own.
function installRespondToAuthChallenge(m) {
  m.Targets[ORIGINAL_RESPOND] ??= m.Targets.RespondToAuthChallenge;
  const original = m.Targets[ORIGINAL_RESPOND];
  m.Targets.RespondToAuthChallenge = (services) => async (ctx, req) => {
    const state = services[HARNESS_STATE];
    if (!state || req?.ChallengeName !== 'PASSWORD_VERIFIER') return original(services)(ctx, req);
    return passwordVerifier(m, services, state, ctx, req);
  };
}

/** SRP, step 2: the claim signed with the key only the right password gives. */
async function passwordVerifier(m, services, state, ctx, req) {
  const { InvalidParameterError, NotAuthorizedError } = m.errors;
  const userPool = await services.cognito.getUserPoolForClientId(ctx, req.ClientId);
  const client = await services.cognito.getAppClient(ctx, req.ClientId);
  const responses = req.ChallengeResponses ?? {};
  for (const name of ['USERNAME', 'PASSWORD_CLAIM_SECRET_BLOCK', 'PASSWORD_CLAIM_SIGNATURE', 'TIMESTAMP']) {
    if (typeof responses[name] !== 'string' || responses[name] === '')
      throw new InvalidParameterError(`Missing required parameter ${name}`);
  }
  checkSecretHash(m, client, responses.USERNAME, responses.SECRET_HASH);
  const challenge = state.srpChallenges.get(responses.PASSWORD_CLAIM_SECRET_BLOCK);
  const user = await userPool.getUserByUsername(ctx, responses.USERNAME);
  const userKey = user ? `${userPool.options.Id}/${user.Username}` : undefined;
  // A block that is unknown, used, or another user's or client's proves nothing.
  if (!challenge || challenge.used || challenge.clientId !== client.ClientId || challenge.userKey !== userKey) {
    throw new NotAuthorizedError(INCORRECT_PASSWORD);
  }
  challenge.used = true;
  if (services.clock.get().getTime() >= challenge.expiresAt) {
    throw new NotAuthorizedError('Invalid session for the user, session is expired.');
  }
  checkUserMaySignIn(m, user);
  const expected = passwordClaimSignature({
    key: challenge.key,
    poolName: challenge.poolName,
    userIdForSrp: user.Username,
    secretBlock: responses.PASSWORD_CLAIM_SECRET_BLOCK,
    timestamp: responses.TIMESTAMP,
  });
  if (!claimSignatureMatches(expected, responses.PASSWORD_CLAIM_SIGNATURE)) throw new NotAuthorizedError(INCORRECT_PASSWORD);
  checkSignedInUser(m, userPool, user);
  return { ChallengeParameters: {}, AuthenticationResult: await issueTokens(services, ctx, userPool, client, user, req.ClientMetadata) };
}

/** What Cognito refuses before looking at the password. */
function checkUserMaySignIn(m, user) {
  if (!user) throw new m.errors.UserNotFoundError('User does not exist.');
  if (user.Enabled === false) throw new m.errors.NotAuthorizedError('User is disabled.');
  if (user.UserStatus === 'RESET_REQUIRED') throw new m.errors.PasswordResetRequiredError();
}

/** What Cognito answers once the password was right: an unconfirmed user learns it only now. */
function checkSignedInUser(m, userPool, user) {
  if (user.UserStatus === 'UNCONFIRMED') throw new m.errors.UserNotConfirmedException();
  if (user.UserStatus !== 'CONFIRMED') throw new m.errors.UnsupportedError(`password sign-in for a user in status ${user.UserStatus}`);
  const hasMfa = (user.MFAOptions ?? []).length > 0 || (user.UserMFASettingList ?? []).length > 0;
  if (userPool.options.MfaConfiguration === 'ON' || (userPool.options.MfaConfiguration !== 'OFF' && hasMfa)) {
    throw new m.errors.UnsupportedError('an MFA challenge after a password sign-in');
  }
}

/** Equal strings, compared in constant time (their digests, so lengths do not leak either). */
function sameSecret(a, b) {
  const digest = (value) => createHmac('sha256', 'emulator-compare').update(value).digest();
  return timingSafeEqual(digest(a), digest(b));
}

/**
 * A client with a secret needs SECRET_HASH / SecretHash = Base64(HMAC_SHA256(secret, username + clientId));
 * cognito-local checks none. Cognito's long-standing answers (EMULATOR-ASSUMPTIONS.md).
 */
function checkSecretHash(m, client, username, given) {
  if (client?.ClientSecret === undefined) return;
  if (typeof given !== 'string') {
    throw new m.errors.NotAuthorizedError(`Client ${client.ClientId} is configured with secret but SECRET_HASH was not received`);
  }
  const expected = Buffer.from(
    createHmac('sha256', client.ClientSecret)
      .update(String(username) + client.ClientId)
      .digest('base64'),
  );
  const received = Buffer.from(given);
  if (expected.length !== received.length || !timingSafeEqual(expected, received)) {
    throw new m.errors.NotAuthorizedError(`Unable to verify secret hash for client ${client.ClientId}`);
  }
}

/** Tokens from cognito-local's signer, with the two fields it leaves out and Cognito always sends. */
async function issueTokens(services, ctx, userPool, client, user, clientMetadata) {
  const groups = await userPool.listUserGroupMembership(ctx, user);
  const tokens = await services.tokenGenerator.generate(ctx, user, groups, client, clientMetadata, 'Authentication');
  await userPool.storeRefreshToken(ctx, tokens.RefreshToken, user);
  const claims = JSON.parse(Buffer.from(tokens.AccessToken.split('.')[1], 'base64url').toString('utf8'));
  return { ...tokens, ExpiresIn: claims.exp - claims.iat, TokenType: 'Bearer' };
}

// Cognito's placeholders in the CustomMessage event (the AWS docs' example event).
const CODE_PARAMETER = '{####}';
const LINK_PARAMETER = '{##Click Here##}';
// Cognito's limits for the messages (botocore's cognito-idp model: EmailVerificationMessageType,
// EmailVerificationSubjectType, SmsVerificationMessageType).
const MESSAGE_LIMITS = { emailMessage: 20_000, emailSubject: 140, smsMessage: 140 };

/**
 * Runs the app's CustomMessage handler in-process for every code the emulator sends, with the event
 * Cognito builds (not cognito-local's, which sends "" for the response fields and replaces only the
 * first placeholder), then fills the code into what it returns. Per instance: it replaces this
 * services object's trigger, not cognito-local's shared code.
 */
function installCustomMessageHandler(m, triggers, handler) {
  const enabled = triggers.enabled.bind(triggers);
  triggers.enabled = (name) => name === 'CustomMessage' || enabled(name);
  triggers.customMessage = async (_ctx, { clientId, clientMetadata, code, source, userAttributes, username, userPoolId }) => {
    const event = {
      version: '1',
      triggerSource: source,
      region: userPoolId.split('_')[0],
      userPoolId,
      userName: username,
      callerContext: { awsSdkVersion: 'aws-sdk-unknown-unknown', clientId },
      request: {
        userAttributes: Object.fromEntries(
          (userAttributes ?? []).filter((a) => a.Name && a.Value !== undefined).map((a) => [a.Name, a.Value]),
        ),
        codeParameter: CODE_PARAMETER,
        linkParameter: LINK_PARAMETER,
        usernameParameter: source === 'CustomMessage_AdminCreateUser' ? '{username}' : null,
        ...(clientMetadata !== undefined ? { clientMetadata: { ...clientMetadata } } : {}),
      },
      response: { smsMessage: null, emailMessage: null, emailSubject: null },
    };
    let result;
    try {
      result = await handler(event, {});
    } catch (err) {
      throw new m.errors.CognitoError('UserLambdaValidationException', `CustomMessage failed with error ${err?.message ?? err}.`);
    }
    if (typeof result !== 'object' || result === null || typeof result.response !== 'object' || result.response === null) {
      throw new m.errors.CognitoError('InvalidLambdaResponseException', 'Unrecognizable lambda output');
    }
    return customMessageFrom(result.response, code);
  };
}

/**
 * The handler's response as Cognito would send it: every placeholder replaced by the code. A field
 * Cognito would not take (over its limit, a message without the placeholder) is dropped, so that part
 * of the message is Cognito's default, and the reason is kept for the message log.
 */
function customMessageFrom(response, code) {
  const message = { __code: code };
  const errors = [];
  const take = (name, needsCode) => {
    const value = response[name];
    if (value === null || value === undefined || value === '') return;
    if (typeof value !== 'string') return void errors.push(`${name} is not a string`);
    if (value.length > MESSAGE_LIMITS[name])
      return void errors.push(`${name} is ${value.length} characters long (at most ${MESSAGE_LIMITS[name]})`);
    if (needsCode && !value.includes(CODE_PARAMETER)) return void errors.push(`${name} does not contain ${CODE_PARAMETER}`);
    message[name] = needsCode ? value.replaceAll(CODE_PARAMETER, code) : value;
  };
  take('emailMessage', true);
  take('emailSubject', false);
  take('smsMessage', true);
  if (errors.length > 0) message.__errors = errors;
  return message;
}

const HTML_ENTITIES = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };

/** The first link in a sent message that carries its code: an href in HTML, else a bare URL. */
function findLink(body, code) {
  for (const match of body.matchAll(/href="([^"]*)"|(https?:\/\/[^\s<>"']+)/g)) {
    const url = match[1] !== undefined ? match[1].replace(/&(amp|lt|gt|quot|#39);/g, (entity) => HTML_ENTITIES[entity]) : match[2];
    if (url.includes(code)) return url;
  }
  return undefined;
}

function allowsUserAuth(client) {
  return Array.isArray(client?.ExplicitAuthFlows) && client.ExplicitAuthFlows.includes('ALLOW_USER_AUTH');
}

/** A one-time Session for the next step of this user's sign-up, living AuthSessionValidity minutes. */
function issueSession(services, state, issuedBy, client, userPool, user) {
  const id = randomBytes(96).toString('base64url');
  const now = services.clock.get().getTime();
  const minutes = client.AuthSessionValidity ?? DEFAULT_AUTH_SESSION_VALIDITY;
  state.sessions.set(id, {
    issuedBy,
    clientId: client.ClientId,
    userKey: `${userPool.options.Id}/${user.Username}`,
    expiresAt: now + minutes * 60_000,
    used: false,
  });
  return id;
}

/**
 * The live Session `id` issued by `issuedBy` to this user and client, or NotAuthorizedException:
 * unknown, another user's or client's, from another step, used or expired sessions alike.
 */
function checkSession(m, services, state, id, issuedBy, clientId, userPool, user) {
  const session = typeof id === 'string' ? state.sessions.get(id) : undefined;
  const userKey = user ? `${userPool.options.Id}/${user.Username}` : undefined;
  if (!session || session.used || session.issuedBy !== issuedBy || session.clientId !== clientId || session.userKey !== userKey) {
    throw new m.errors.NotAuthorizedError('Invalid session for the user.');
  }
  if (services.clock.get().getTime() >= session.expiresAt) {
    throw new m.errors.NotAuthorizedError('Invalid session for the user, session is expired.');
  }
  return session;
}

// cognito-local 5.3.0 answers GetUserAttributeVerificationCode with `{}`; Cognito says where the code
// went (CodeDeliveryDetails, as for a resend). The harness adds it as the resend target does, and
// setDeliveryDetails(false) leaves it out again: the member is optional in botocore's model, and the
// kit words a re-verification without one on its own.
function installGetUserAttributeVerificationCode(m) {
  m.Targets[ORIGINAL_ATTRIBUTE_CODE] ??= m.Targets.GetUserAttributeVerificationCode;
  const original = m.Targets[ORIGINAL_ATTRIBUTE_CODE];
  m.Targets.GetUserAttributeVerificationCode = (services) => async (ctx, req) => {
    const answer = await original(services)(ctx, req);
    if (services[HARNESS_STATE]?.omitDeliveryDetails) return answer;
    // The original target has just decoded and accepted this token.
    const claims = JSON.parse(Buffer.from(String(req.AccessToken).split('.')[1] ?? '', 'base64url').toString('utf8'));
    const userPool = await services.cognito.getUserPoolForClientId(ctx, claims.client_id);
    const user = await userPool.getUserByUsername(ctx, claims.sub);
    const details = user && m.selectAppropriateDeliveryMethod([req.AttributeName], user);
    return details ? { ...answer, CodeDeliveryDetails: details } : answer;
  };
}

async function resendConfirmationCode(m, services, ctx, req) {
  const { CognitoError, InvalidParameterError, NotAuthorizedError, UserNotFoundError } = m.errors;
  const { clock, cognito, messages, otp } = services;

  // Throws ResourceNotFoundException for an unknown ClientId, like every other target.
  const userPool = await cognito.getUserPoolForClientId(ctx, req.ClientId);
  if (typeof req.Username !== 'string' || req.Username === '') {
    throw new InvalidParameterError(
      "1 validation error detected: Value null at 'username' failed to satisfy constraint: Member must not be null",
    );
  }
  // getUserByUsername already falls back to the sub and to the pool's UsernameAttributes aliases.
  const user = await userPool.getUserByUsername(ctx, req.Username);
  if (!user) throw new UserNotFoundError('Username/client id combination not found.');
  if (user.Enabled === false) throw new NotAuthorizedError('User is disabled.');
  if (user.UserStatus === 'CONFIRMED') throw new InvalidParameterError('User is already confirmed.');

  const deliveryDetails = m.selectAppropriateDeliveryMethod(userPool.options.AutoVerifiedAttributes ?? [], user);
  if (!deliveryDetails) {
    throw new InvalidParameterError('User has no attribute matching desired auto verified attributes');
  }

  // Counted before delivery so that concurrent resends cannot both slip under the limit.
  const state = services[HARNESS_STATE];
  if (state) {
    const counterKey = `${userPool.options.Id}/${user.Username}`;
    const sent = state.resendCounts.get(counterKey) ?? 0;
    if (sent >= state.resendLimit) {
      throw new CognitoError('LimitExceededException', 'Attempt limit exceeded, please try after some time.');
    }
    state.resendCounts.set(counterKey, sent + 1);
  }

  // otp() is 6 random digits; a repeat of the current code would make "the old code stops working"
  // flaky to test. (With process.env.CODE set it is constant by design, so the loop is bounded.)
  let code = otp();
  for (let tries = 0; code === user.ConfirmationCode && tries < 5; tries++) code = otp();

  // Stored before delivery: by the time a code shows up in the message log, it is the valid one.
  await userPool.saveUser(ctx, { ...user, ConfirmationCode: code, UserLastModifiedDate: clock.get() });
  await messages.deliver(
    ctx,
    'ResendCode', // becomes CustomMessage_ResendCode for a CustomMessage trigger, as on AWS
    req.ClientId,
    userPool.options.Id,
    user,
    code,
    req.ClientMetadata,
    deliveryDetails,
  );
  return { CodeDeliveryDetails: deliveryDetails };
}

// cognito-local's ForgotPassword sends to any email, verified or not, checks no SecretHash, counts
// nothing and overwrites the sign-up code; its ConfirmForgotPassword applies no password policy and
// lets a code live for ever. The harness answers both as Cognito does (EMULATOR-ASSUMPTIONS.md), the
// reset code kept in the harness state beside, not instead of, the user's sign-up code.
function installForgotPassword(m) {
  m.Targets[ORIGINAL_FORGOT_PASSWORD] ??= m.Targets.ForgotPassword;
  const original = m.Targets[ORIGINAL_FORGOT_PASSWORD];
  m.Targets.ForgotPassword = (services) => (ctx, req) => {
    const state = services[HARNESS_STATE];
    return state ? forgotPassword(m, services, state, ctx, req) : original(services)(ctx, req);
  };
}

function installConfirmForgotPassword(m) {
  m.Targets[ORIGINAL_CONFIRM_FORGOT_PASSWORD] ??= m.Targets.ConfirmForgotPassword;
  const original = m.Targets[ORIGINAL_CONFIRM_FORGOT_PASSWORD];
  m.Targets.ConfirmForgotPassword = (services) => (ctx, req) => {
    const state = services[HARNESS_STATE];
    return state ? confirmForgotPassword(m, services, state, ctx, req) : original(services)(ctx, req);
  };
}

/** Cognito's answer for a missing required member (botocore's model validation). */
function requireMember(m, value, member) {
  if (typeof value !== 'string' || value === '') {
    throw new m.errors.InvalidParameterError(
      `1 validation error detected: Value null at '${member}' failed to satisfy constraint: Member must not be null`,
    );
  }
}

const attributeOf = (user, name) => (user.Attributes ?? []).find((a) => a.Name === name)?.Value;

/**
 * Where a reset code goes: a verified email or phone number, in the order of the pool's
 * AccountRecoverySetting, or (none set) phone before email as Cognito's legacy order. Null: nowhere.
 */
function recoveryDestination(userPool, user) {
  const mechanisms = userPool.options.AccountRecoverySetting?.RecoveryMechanisms;
  const order =
    Array.isArray(mechanisms) && mechanisms.length > 0
      ? [...mechanisms].sort((a, b) => (a.Priority ?? 0) - (b.Priority ?? 0)).map((mechanism) => mechanism.Name)
      : ['verified_phone_number', 'verified_email'];
  for (const mechanism of order) {
    const [attribute, medium] =
      mechanism === 'verified_email' ? ['email', 'EMAIL'] : mechanism === 'verified_phone_number' ? ['phone_number', 'SMS'] : [];
    if (!attribute) continue;
    const value = attributeOf(user, attribute);
    if (value && attributeOf(user, `${attribute}_verified`) === 'true') {
      return { AttributeName: attribute, DeliveryMedium: medium, Destination: value };
    }
  }
  return null;
}

async function forgotPassword(m, services, state, ctx, req) {
  const { CognitoError, InvalidParameterError, NotAuthorizedError, UserNotFoundError } = m.errors;
  const { clock, cognito, messages, otp } = services;
  // Throws ResourceNotFoundException for an unknown ClientId.
  const userPool = await cognito.getUserPoolForClientId(ctx, req.ClientId);
  const client = await cognito.getAppClient(ctx, req.ClientId);
  requireMember(m, req.Username, 'username');
  checkSecretHash(m, client, req.Username, req.SecretHash);
  const user = await userPool.getUserByUsername(ctx, req.Username);
  if (!user) throw new UserNotFoundError('Username/client id combination not found.');
  if (user.Enabled === false) throw new NotAuthorizedError('User is disabled.');
  if (user.UserStatus === 'FORCE_CHANGE_PASSWORD') throw new NotAuthorizedError('User password cannot be reset in the current state.');
  const deliveryDetails = recoveryDestination(userPool, user);
  if (!deliveryDetails) {
    throw new InvalidParameterError('Cannot reset password for the user as there is no registered/verified email or phone_number');
  }

  // Counted before delivery so that concurrent requests cannot both slip under the limit.
  const userKey = `${userPool.options.Id}/${user.Username}`;
  const requested = state.forgotPasswordCounts.get(userKey) ?? 0;
  if (requested >= state.forgotPasswordLimit) {
    throw new CognitoError('LimitExceededException', 'Attempt limit exceeded, please try after some time.');
  }
  state.forgotPasswordCounts.set(userKey, requested + 1);

  // A new code replaces the last one (and its count of wrong tries); never the same digits again, so
  // "the old code stops working" is testable.
  const previous = state.resetCodes.get(userKey)?.code;
  let code = otp();
  for (let tries = 0; code === previous && tries < 5; tries++) code = otp();
  state.resetCodes.set(userKey, { code, expiresAt: clock.get().getTime() + RESET_CODE_LIFETIME_MS, failures: 0 });
  await messages.deliver(
    ctx,
    'ForgotPassword', // CustomMessage_ForgotPassword for a CustomMessage trigger
    req.ClientId,
    userPool.options.Id,
    user,
    code,
    req.ClientMetadata,
    deliveryDetails,
  );
  return { CodeDeliveryDetails: deliveryDetails };
}

async function confirmForgotPassword(m, services, state, ctx, req) {
  const { CognitoError, InvalidParameterError, UserNotFoundError } = m.errors;
  const { clock, cognito } = services;
  const userPool = await cognito.getUserPoolForClientId(ctx, req.ClientId);
  const client = await cognito.getAppClient(ctx, req.ClientId);
  requireMember(m, req.Username, 'username');
  requireMember(m, req.ConfirmationCode, 'confirmationCode');
  requireMember(m, req.Password, 'password');
  if (req.Password.length > 256 || !/^[\S]+.*[\S]+$/.test(req.Password)) {
    throw new InvalidParameterError(
      "1 validation error detected: Value at 'password' failed to satisfy constraint: Member must satisfy regular expression pattern: ^[\\S]+.*[\\S]+$",
    );
  }
  checkSecretHash(m, client, req.Username, req.SecretHash);
  const user = await userPool.getUserByUsername(ctx, req.Username);
  if (!user) throw new UserNotFoundError('Username/client id combination not found.');
  if (user.UserStatus === 'UNCONFIRMED') throw new m.errors.UserNotConfirmedException();

  const userKey = `${userPool.options.Id}/${user.Username}`;
  const reset = state.resetCodes.get(userKey);
  if (reset && reset.failures >= RESET_CODE_MAX_FAILURES) {
    throw new CognitoError('TooManyFailedAttemptsException', 'Too many failed attempts. Request a new code.');
  }
  // No reset pending (never asked, or the code already used) is a wrong code too.
  if (!reset || !sameSecret(reset.code, req.ConfirmationCode)) {
    if (reset) reset.failures += 1;
    throw new CognitoError('CodeMismatchException', 'Invalid verification code provided, please try again.');
  }
  if (clock.get().getTime() >= reset.expiresAt) {
    throw new CognitoError('ExpiredCodeException', 'Invalid code provided, please request a code again.');
  }
  // After the code, so a password the policy refuses leaves the code usable for a better one.
  const refusal = passwordPolicyRefusal(userPool.options.Policies?.PasswordPolicy, req.Password);
  if (refusal) throw new CognitoError('InvalidPasswordException', `Password did not conform with policy: ${refusal}`);

  // Gone before saving, so two concurrent calls with one code cannot both reset.
  state.resetCodes.delete(userKey);
  await userPool.saveUser(ctx, {
    ...user,
    Password: req.Password,
    // A reset a pool administrator asked for is done once the user sets a password.
    UserStatus: user.UserStatus === 'RESET_REQUIRED' ? 'CONFIRMED' : user.UserStatus,
    UserLastModifiedDate: clock.get(),
  });
  return {};
}

// Cognito's symbols for RequireSymbols (AWS docs, "User pool password requirements"), space included.
const PASSWORD_SYMBOLS = new Set('^$*.[]{}()?"!@#%&/\\,><\':;|_~`=+- ');

/**
 * The pool's stored policy (Cognito's default for a pool that has none; a given policy's missing
 * requirements are off) applied as Cognito does, or undefined when the password meets it.
 */
function passwordPolicyRefusal(stored, password) {
  const policy =
    stored === undefined || stored === null
      ? COGNITO_DEFAULT_PASSWORD_POLICY
      : {
          MinimumLength: stored.MinimumLength ?? COGNITO_DEFAULT_PASSWORD_POLICY.MinimumLength,
          RequireUppercase: stored.RequireUppercase === true,
          RequireLowercase: stored.RequireLowercase === true,
          RequireNumbers: stored.RequireNumbers === true,
          RequireSymbols: stored.RequireSymbols === true,
        };
  if (password.length < policy.MinimumLength) return 'Password not long enough';
  if (policy.RequireUppercase && !/[A-Z]/.test(password)) return 'Password must have uppercase characters';
  if (policy.RequireLowercase && !/[a-z]/.test(password)) return 'Password must have lowercase characters';
  if (policy.RequireNumbers && !/[0-9]/.test(password)) return 'Password must have numeric characters';
  if (policy.RequireSymbols && ![...password].some((c) => PASSWORD_SYMBOLS.has(c))) return 'Password must have symbol characters';
  return undefined;
}

const POLICY_FLAGS = ['RequireUppercase', 'RequireLowercase', 'RequireNumbers', 'RequireSymbols'];

/** The harness's passwordPolicy option over Cognito's defaults, each value checked against the model's. */
function validPasswordPolicy(given) {
  if (given === undefined) return { ...COGNITO_DEFAULT_PASSWORD_POLICY };
  if (typeof given !== 'object' || given === null || Array.isArray(given)) {
    throw new TypeError(`passwordPolicy must be an object (MinimumLength, ${POLICY_FLAGS.join(', ')}), got ${describe(given)}.`);
  }
  const unknown = Object.keys(given).filter((key) => key !== 'MinimumLength' && !POLICY_FLAGS.includes(key));
  if (unknown.length > 0) throw new TypeError(`passwordPolicy.${unknown[0]} is not a password policy setting the emulator applies.`);
  const policy = { ...COGNITO_DEFAULT_PASSWORD_POLICY };
  if (given.MinimumLength !== undefined) {
    // botocore's PasswordPolicyMinLengthType: an integer from 6 to 99.
    if (!Number.isInteger(given.MinimumLength) || given.MinimumLength < 6 || given.MinimumLength > 99) {
      throw new TypeError(`passwordPolicy.MinimumLength must be an integer from 6 to 99, got ${describe(given.MinimumLength)}.`);
    }
    policy.MinimumLength = given.MinimumLength;
  }
  for (const flag of POLICY_FLAGS) {
    if (given[flag] === undefined) continue;
    if (typeof given[flag] !== 'boolean')
      throw new TypeError(`passwordPolicy.${flag} must be true or false, got ${describe(given[flag])}.`);
    policy[flag] = given[flag];
  }
  return policy;
}

class RecordingMessageSender {
  #record;

  constructor(record) {
    this.#record = record;
  }

  sendEmail(_ctx, user, destination, message) {
    this.#record('EMAIL', user, destination, message);
    return Promise.resolve();
  }

  sendSms(_ctx, user, destination, message) {
    this.#record('SMS', user, destination, message);
    return Promise.resolve();
  }
}

function createLogger(m, level) {
  if (level === 'silent') return m.pino({ level: 'silent' });
  // stderr, so a dev script's own stdout stays readable.
  return m.pino({ level }, m.pinoPretty({ destination: 2, colorize: false, ignore: 'pid,hostname', singleLine: true }));
}

function validLimit(n, what = 'resend limit') {
  if (typeof n !== 'number' || Number.isNaN(n) || n < 0) {
    throw new TypeError(`${what} must be a number >= 0 (or Infinity), got ${n}`);
  }
  return n;
}

function flattenHeaders(headers) {
  const flat = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined) flat[name] = Array.isArray(value) ? value.join(', ') : String(value);
  }
  return flat;
}

function readRawBody(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    req.on('data', (chunk) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function parseJson(text) {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}

function sendJson(res, status, value, contentType = 'application/json') {
  res.writeHead(status, { 'content-type': contentType, ...HARNESS_CORS });
  res.end(value === undefined ? '' : JSON.stringify(value));
}

// A dev panel served from another localhost port reads these routes directly.
const HARNESS_CORS = {
  'access-control-allow-origin': '*',
  'access-control-allow-methods': 'GET, POST, OPTIONS',
  'access-control-allow-headers': 'content-type',
};

function urlHost(host) {
  // A wildcard bind address is not something a client can connect to.
  if (host === '0.0.0.0' || host === '::' || host === '') return '127.0.0.1';
  return host.includes(':') ? `[${host}]` : host;
}

/**
 * The ids the emulator seeds when none are given. Fixed, so the ids an app was configured with
 * (VITE_USER_POOL_ID, a .env file) still name the pool after a restart.
 */
export const DEFAULT_EMULATOR_IDS = Object.freeze({
  userPoolId: 'local_ConfirmKit',
  clientId: 'confirmkitpublicclient',
  secretClientId: 'confirmkitsecretclient',
  clientSecret: 'confirmkitlocaltestsecretnotforproduction',
  noUserAuthClientId: 'confirmkitnouserauthclient',
});

// Cognito's formats (botocore's cognito-idp model: UserPoolIdType, ClientIdType, ClientSecretType).
// \w is ASCII here as in the model's Java regexes; the pool id also names a file in the data dir,
// which these patterns keep to letters, digits, '_' and '-'.
const CLIENT_ID = { pattern: /^[A-Za-z0-9_+]+$/, max: 128, what: 'an app client id: letters, digits, _ or +' };
const ID_FORMATS = {
  userPoolId: {
    pattern: /^[A-Za-z0-9_-]+_[0-9a-zA-Z]+$/,
    max: 55,
    what: 'a user pool id like eu-west-1_AbC123 (a region, _, letters and digits)',
  },
  clientId: CLIENT_ID,
  secretClientId: CLIENT_ID,
  clientSecret: { pattern: /^[A-Za-z0-9_+]+$/, max: 64, what: 'a client secret: letters, digits, _ or +' },
  noUserAuthClientId: CLIENT_ID,
};

/** An error naming the id it is about (`field`), so the CLI can name its environment variable. */
class EmulatorIdError extends TypeError {
  constructor(field, message) {
    super(message);
    this.name = 'EmulatorIdError';
    this.field = field;
  }
}

/**
 * The given ids over the defaults, each checked against Cognito's format; undefined keeps a default.
 * Throws an EmulatorIdError naming the first wrong one.
 */
export function emulatorIds(given) {
  if (given === undefined) return { ...DEFAULT_EMULATOR_IDS };
  if (typeof given !== 'object' || given === null || Array.isArray(given)) {
    throw new EmulatorIdError('ids', `ids must be an object of ids (${Object.keys(ID_FORMATS).join(', ')}), got ${describe(given)}.`);
  }
  const unknown = Object.keys(given).filter((key) => !(key in ID_FORMATS));
  if (unknown.length > 0) {
    throw new EmulatorIdError(unknown[0], `ids.${unknown[0]} is not an id the emulator sets (${Object.keys(ID_FORMATS).join(', ')}).`);
  }
  const ids = { ...DEFAULT_EMULATOR_IDS };
  for (const [field, format] of Object.entries(ID_FORMATS)) {
    const value = given[field];
    if (value === undefined) continue;
    if (typeof value !== 'string' || value.length === 0 || value.length > format.max || !format.pattern.test(value)) {
      throw new EmulatorIdError(field, `ids.${field} must be ${format.what}, 1 to ${format.max} characters; got ${describe(value)}.`);
    }
    ids[field] = value;
  }
  const clients = ['clientId', 'secretClientId', 'noUserAuthClientId'];
  for (const [i, a] of clients.entries()) {
    for (const b of clients.slice(i + 1)) {
      if (ids[a] === ids[b])
        throw new EmulatorIdError(b, `ids.${b} must differ from ids.${a}: each is its own app client, got ${describe(ids[b])} for both.`);
    }
  }
  return ids;
}

function describe(value) {
  if (typeof value === 'string') return JSON.stringify(value.length > 60 ? `${value.slice(0, 60)}…` : value);
  if (typeof value === 'number' || typeof value === 'boolean' || value === null || value === undefined) return String(value);
  return Array.isArray(value) ? 'an array' : typeof value;
}

export async function startEmulator(options = {}) {
  const {
    port = 0,
    host = '127.0.0.1',
    dataDir: givenDataDir,
    resendLimit = Infinity,
    forgotPasswordLimit = Infinity,
    logLevel = 'silent',
    onMessage,
    customMessage,
  } = options;
  // Checked before anything starts: a wrong id is a typo to fix, not a server to clean up.
  const ids = emulatorIds(options.ids);
  const passwordPolicy = validPasswordPolicy(options.passwordPolicy);
  const limits = { resend: validLimit(resendLimit), forgotPassword: validLimit(forgotPasswordLimit, 'forgotPasswordLimit') };
  if (customMessage !== undefined && typeof customMessage !== 'function') {
    throw new TypeError('customMessage must be a CustomMessage Lambda handler (a function of the event).');
  }

  const m = loadCognitoLocal();
  const { LambdaService, MessagesService, TriggersService } = m.services;

  const ownsDataDir = givenDataDir === undefined;
  const dataDir = givenDataDir ?? (await mkdtemp(path.join(os.tmpdir(), 'cognito-emulator-')));
  // A dir to keep state in across restarts may not exist yet on the first start.
  if (!ownsDataDir) await mkdir(dataDir, { recursive: true });

  const requests = [];
  const messages = [];
  const state = {
    resendLimit: limits.resend,
    resendCounts: new Map(),
    forgotPasswordLimit: limits.forgotPassword,
    forgotPasswordCounts: new Map(),
    // username key → { code, expiresAt, failures }: the one live reset code per user.
    resetCodes: new Map(),
    // SECRET_BLOCK → a PASSWORD_VERIFIER challenge waiting for its answer.
    srpChallenges: new Map(),
    expiredCodes: new Map(),
    omitDeliveryDetails: false,
    sessions: new Map(),
    clockOffsetMs: 0,
  };

  const logger = createLogger(m, logLevel);
  const ctx = { logger };

  try {
    // Mirrors lib/server/defaults.js, minus its .cognito/ config file and console sender.
    const config = {
      ...m.DefaultConfig,
      TriggerFunctions: {},
      // DefaultConfig makes email the username; the kit's flows use plain usernames.
      UserPoolDefaults: {},
      // Filled in once the port is known; JwtTokenGenerator reads it at signing time.
      TokenConfig: { IssuerDomain: '' },
      ServerConfig: { port, hostname: host, development: false, https: false },
    };
    // cognito-local's DateClock plus an offset advanceClock() moves: sessions, tokens and dates follow it.
    const clock = { get: () => new Date(Date.now() + state.clockOffsetMs) };
    const dataStoreFactory = new m.StormDBDataStoreFactory(dataDir);
    const cognito = await new m.CognitoServiceFactoryImpl(
      dataDir,
      dataStoreFactory,
      new m.UserPoolServiceFactoryImpl(clock, dataStoreFactory),
    ).create(ctx, config.UserPoolDefaults);
    const triggers = new TriggersService(
      clock,
      cognito,
      new LambdaService(config.TriggerFunctions, new m.AWS.Lambda(config.LambdaClient)),
      new m.CryptoService(config.KMSConfig),
    );
    if (customMessage) installCustomMessageHandler(m, triggers, customMessage);

    const sender = new RecordingMessageSender((medium, user, destination, message) => {
      const { source, clientMetadata } = deliveryContext.getStore() ?? {};
      const sent = { username: user.Username, destination, medium, code: message.__code };
      // Only defined keys, so the in-process log and its JSON copy compare equal.
      if (clientMetadata !== undefined) sent.clientMetadata = clientMetadata;
      if (source !== undefined) sent.source = source;
      // The text a CustomMessage handler made (code filled in): what the person would read.
      const body = medium === 'EMAIL' ? message.emailMessage : message.smsMessage;
      if (medium === 'EMAIL' && message.emailSubject !== undefined) sent.subject = message.emailSubject;
      if (body !== undefined) {
        sent.body = body;
        if (medium === 'EMAIL') sent.format = /<[a-z][^>]*>/i.test(body) ? 'html' : 'text';
        const link = findLink(body, message.__code);
        if (link !== undefined) sent.link = link;
      }
      if (message.__errors) {
        sent.customMessageErrors = message.__errors;
        logger.error({ errors: message.__errors }, 'CustomMessage response refused; Cognito would send its default text');
      }
      sent.at = Date.now();
      messages.push(sent);
      try {
        onMessage?.(sent);
      } catch (err) {
        logger.error(err, 'onMessage callback threw');
      }
    });
    const messagesService = new MessagesService(triggers, new m.MessageDeliveryService(sender));
    const deliver = messagesService.deliver.bind(messagesService);
    messagesService.deliver = (...args) => {
      const [, source, , , , , clientMetadata] = args;
      return deliveryContext.run({ source, clientMetadata }, () => deliver(...args));
    };

    const services = {
      clock,
      cognito,
      config,
      messages: messagesService,
      otp: m.otp,
      tokenGenerator: new m.JwtTokenGenerator(clock, triggers, config.TokenConfig),
      triggers,
    };
    services[HARNESS_STATE] = state;

    // Seeded through the real targets (not HTTP) so nothing shows up in the request log, under the
    // ids asked for rather than the random ones cognito-local makes: an app configured from one start
    // keeps working after the next. A pool already in the data dir is kept with its users; the clients
    // are written again each start, so a changed secret or client id takes effect.
    const withIds = (pool, appClient) => ({
      ...services,
      cognito: Object.assign(Object.create(cognito), {
        createUserPool: (c, options) =>
          cognito.createUserPool(c, { ...options, Id: pool, Arn: options.Arn.replace(/userpool\/.*$/, `userpool/${pool}`) }),
        getUserPool: async (c, id) => {
          const userPool = await cognito.getUserPool(c, id);
          return Object.assign(Object.create(userPool), {
            saveAppClient: (c2, client) =>
              userPool.saveAppClient(c2, {
                ...client,
                ClientId: appClient.id,
                ClientSecret: client.ClientSecret === undefined ? undefined : appClient.secret,
              }),
          });
        },
      }),
    });
    const run = (operation, body, client = {}) => m.Targets[operation](withIds(ids.userPoolId, client))(ctx, body);
    const existing = (await cognito.listUserPools(ctx)).some((pool) => pool.Id === ids.userPoolId);
    if (!existing) {
      await run('CreateUserPool', { PoolName: 'cognito-confirm-kit-tests', AutoVerifiedAttributes: ['email'] });
    }
    const UserPool = { Id: ids.userPoolId };
    // Written each start, like the clients: ConfirmForgotPassword applies what the pool stores.
    const seededPool = await cognito.getUserPool(ctx, UserPool.Id);
    await seededPool.updateOptions(ctx, {
      ...seededPool.options,
      Policies: { ...seededPool.options.Policies, PasswordPolicy: passwordPolicy },
    });
    // Both kit clients allow USER_AUTH (sign-in right after confirming); a third one does not.
    const flows = ['ALLOW_USER_AUTH', 'ALLOW_USER_PASSWORD_AUTH', 'ALLOW_USER_SRP_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'];
    await run(
      'CreateUserPoolClient',
      { UserPoolId: UserPool.Id, ClientName: 'public-client', ExplicitAuthFlows: flows },
      { id: ids.clientId },
    );
    await run(
      'CreateUserPoolClient',
      { UserPoolId: UserPool.Id, ClientName: 'secret-client', GenerateSecret: true, ExplicitAuthFlows: flows },
      { id: ids.secretClientId, secret: ids.clientSecret },
    );
    await run(
      'CreateUserPoolClient',
      { UserPoolId: UserPool.Id, ClientName: 'no-user-auth-client', ExplicitAuthFlows: flows.filter((flow) => flow !== 'ALLOW_USER_AUTH') },
      { id: ids.noUserAuthClientId },
    );
    const publicClient = { ClientId: ids.clientId };
    const secretClient = { ClientId: ids.secretClientId, ClientSecret: ids.clientSecret };
    const noUserAuthClient = { ClientId: ids.noUserAuthClientId };

    const setResendLimit = (n) => {
      state.resendLimit = validLimit(n);
    };
    const setForgotPasswordLimit = (n) => {
      state.forgotPasswordLimit = validLimit(n, 'forgotPasswordLimit');
    };
    const reset = () => {
      // In place, so arrays a test already holds keep reflecting the log.
      requests.length = 0;
      messages.length = 0;
      state.resendCounts.clear();
      state.forgotPasswordCounts.clear();
      state.expiredCodes.clear();
      state.omitDeliveryDetails = false;
    };
    /** Lets every live Session issued to this user expire, as if AuthSessionValidity had passed. */
    const expireSession = async (username) => {
      const user = await (await cognito.getUserPool(ctx, UserPool.Id)).getUserByUsername(ctx, username);
      if (!user) throw new Error(`expireSession: no user ${username}.`);
      const userKey = `${UserPool.Id}/${user.Username}`;
      const now = clock.get().getTime();
      let expired = 0;
      for (const session of state.sessions.values()) {
        if (session.userKey === userKey && !session.used && session.expiresAt > now) {
          session.expiresAt = now;
          expired += 1;
        }
      }
      return expired;
    };
    /** Moves the emulator's clock (sessions, token times, user dates) forward by `ms`. */
    const advanceClock = (ms) => {
      if (typeof ms !== 'number' || !Number.isFinite(ms) || ms < 0)
        throw new TypeError(`advanceClock needs a finite number >= 0, got ${ms}`);
      state.clockOffsetMs += ms;
    };
    /** false: GetUserAttributeVerificationCode answers without CodeDeliveryDetails (it still sends the code). */
    const setDeliveryDetails = (on) => {
      state.omitDeliveryDetails = !on;
    };
    /** Lets the user's current code expire, as if its 24 hours were over. */
    const expireCode = async (username) => {
      const user = await (await cognito.getUserPool(ctx, UserPool.Id)).getUserByUsername(ctx, username);
      if (!user?.ConfirmationCode) throw new Error(`expireCode: ${username} has no code to expire.`);
      state.expiredCodes.set(`${UserPool.Id}/${user.Username}`, user.ConfirmationCode);
    };

    /** Lets the user's live password-reset code expire, as if its hour were over. */
    const expireResetCode = async (username) => {
      const user = await (await cognito.getUserPool(ctx, UserPool.Id)).getUserByUsername(ctx, username);
      const reset = user ? state.resetCodes.get(`${UserPool.Id}/${user.Username}`) : undefined;
      if (!reset) throw new Error(`expireResetCode: ${username} has no password-reset code to expire.`);
      reset.expiresAt = Math.min(reset.expiresAt, clock.get().getTime());
    };

    const { application } = m.createServer(m.Router(services), logger, config.ServerConfig, services);

    let info; // set once listening

    const handleHarness = async (req, res, pathname) => {
      if (req.method === 'OPTIONS') return sendJson(res, 204);
      const route = `${req.method} ${pathname}`;
      switch (route) {
        case 'GET /_harness/info':
          return sendJson(res, 200, info);
        case 'GET /_harness/messages':
          return sendJson(res, 200, messages);
        case 'GET /_harness/requests':
          return sendJson(res, 200, requests);
        case 'POST /_harness/reset':
          await readRawBody(req);
          reset();
          return sendJson(res, 200, { ok: true });
        case 'POST /_harness/expire-session': {
          const parsed = parseJson(await readRawBody(req));
          const username = parsed.ok ? parsed.value?.username : undefined;
          if (typeof username !== 'string') return sendJson(res, 400, { message: 'expire-session needs { "username": string }' });
          try {
            return sendJson(res, 200, { ok: true, expired: await expireSession(username) });
          } catch (err) {
            return sendJson(res, 404, { message: err.message });
          }
        }
        case 'POST /_harness/resend-limit':
        case 'POST /_harness/forgot-password-limit': {
          const parsed = parseJson(await readRawBody(req));
          // JSON has no Infinity: null (or a missing limit) means "no limit".
          const limit = parsed.ok ? (parsed.value?.limit ?? Infinity) : NaN;
          try {
            (pathname === '/_harness/resend-limit' ? setResendLimit : setForgotPasswordLimit)(limit);
          } catch (err) {
            return sendJson(res, 400, { message: err.message });
          }
          return sendJson(res, 200, { ok: true, limit: Number.isFinite(limit) ? limit : null });
        }
        case 'POST /_harness/expire-reset-code': {
          const parsed = parseJson(await readRawBody(req));
          const username = parsed.ok ? parsed.value?.username : undefined;
          if (typeof username !== 'string') return sendJson(res, 400, { message: 'expire-reset-code needs { "username": string }' });
          try {
            await expireResetCode(username);
          } catch (err) {
            return sendJson(res, 404, { message: err.message });
          }
          return sendJson(res, 200, { ok: true });
        }
        default:
          return sendJson(res, 404, { message: `No harness route ${route}` });
      }
    };

    // Our own listener in front of express: it reads the raw body before express's body-parser
    // can, records it untouched (fields cognito-local ignores included), then hands the parsed body
    // on. body-parser skips a request whose stream has already ended and keeps req.body as set.
    const handle = async (req, res) => {
      const { pathname } = new URL(req.url ?? '/', 'http://emulator');
      if (pathname.startsWith('/_harness/')) return handleHarness(req, res, pathname);
      if (req.method !== 'POST' || pathname !== '/') return application(req, res);

      const raw = await readRawBody(req);
      const parsed = parseJson(raw);
      const target = String(req.headers['x-amz-target'] ?? '');
      requests.push({
        target: target.startsWith(TARGET_PREFIX) ? target.slice(TARGET_PREFIX.length) : target,
        body: parsed.ok ? parsed.value : raw,
        headers: flattenHeaders(req.headers),
      });

      const mediaType = (req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
      // Any other content type stays unparsed, exactly as cognito-local's own parser would leave it.
      if (mediaType === AMZ_JSON) {
        if (!parsed.ok) {
          return sendJson(res, 400, { __type: 'SerializationException', message: 'Invalid JSON body' }, AMZ_JSON);
        }
        req.body = parsed.value;
      }
      return application(req, res);
    };

    const server = http.createServer((req, res) => {
      handle(req, res).catch((err) => {
        logger.error(err, 'emulator harness failed');
        if (!res.headersSent) sendJson(res, 500, { message: String(err?.message ?? err) });
        else res.destroy();
      });
    });
    // Node closes idle keep-alive sockets after 5 s of real time, but a client under fake timers
    // (the unit tests) judges idleness by its faked clock and may reuse a socket the server has just
    // closed: a spurious NetworkError. Idle sockets stay open instead; stop() closes them all.
    server.keepAliveTimeout = 10 * 60_000;
    await new Promise((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, host, () => {
        server.off('error', reject);
        resolve();
      });
    });

    const boundPort = server.address().port;
    const origin = `http://${urlHost(host)}:${boundPort}`;
    config.TokenConfig.IssuerDomain = origin;
    const endpoint = `${origin}/`;
    info = {
      endpoint,
      userPoolId: UserPool.Id,
      clientId: publicClient.ClientId,
      secretClientId: secretClient.ClientId,
      testOnlyClientSecret: secretClient.ClientSecret,
      noUserAuthClientId: noUserAuthClient.ClientId,
    };

    let stopping;
    const emulator = {
      endpoint,
      port: boundPort,
      dataDir,
      userPoolId: UserPool.Id,
      clientId: publicClient.ClientId,
      secretClientId: secretClient.ClientId,
      clientSecret: secretClient.ClientSecret,
      noUserAuthClientId: noUserAuthClient.ClientId,
      requests,
      messages,
      latestCode(username) {
        for (let i = messages.length - 1; i >= 0; i--) {
          if (messages[i].username === username) return messages[i].code;
        }
        return undefined;
      },
      setResendLimit,
      setForgotPasswordLimit,
      expireCode,
      expireResetCode,
      expireSession,
      advanceClock,
      setDeliveryDetails,
      reset,
      stop() {
        stopping ??= (async () => {
          const closed = new Promise((resolve) => server.close(() => resolve()));
          // fetch keeps connections alive; without this close() waits for them to time out.
          server.closeAllConnections();
          await closed;
          if (ownsDataDir) await rm(dataDir, { recursive: true, force: true });
        })();
        return stopping;
      },
    };
    return emulator;
  } catch (err) {
    if (ownsDataDir) await rm(dataDir, { recursive: true, force: true });
    throw err;
  }
}
