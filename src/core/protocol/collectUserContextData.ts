import { withoutUndefined } from '../shared/withoutUndefined.js';
import type { UserContextData } from './operations.js';

interface AdvancedSecurityGlobal {
  getData?: ((username: string, userPoolId: string, clientId: string) => unknown) | undefined;
}

/**
 * Reads Cognito advanced security's device fingerprint when the page loaded AWS's collection
 * script (`amazon-cognito-advanced-security-data.min.js`), which defines the global
 * `AmazonCognitoAdvancedSecurityData`. Without it, or if it throws, there is simply nothing to
 * send: threat protection must never block a person from confirming. Values the app gives win.
 */
export function collectUserContextData(
  username: string,
  userPoolId: string,
  clientId: string,
  given: UserContextData = {},
): UserContextData | undefined {
  let encodedData = given.EncodedData;
  if (encodedData === undefined) {
    const security = (globalThis as { AmazonCognitoAdvancedSecurityData?: AdvancedSecurityGlobal | undefined })
      .AmazonCognitoAdvancedSecurityData;
    if (security && typeof security.getData === 'function') {
      try {
        const data = security.getData(username, userPoolId, clientId);
        if (typeof data === 'string' && data !== '') encodedData = data;
      } catch {
        // The script's own failure is not the person's problem; send the request without it.
      }
    }
  }
  const result = withoutUndefined<UserContextData>({ IpAddress: given.IpAddress, EncodedData: encodedData });
  return Object.keys(result).length > 0 ? result : undefined;
}
