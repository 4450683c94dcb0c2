import { maskDestination } from '../protocol/maskDestination.js';
import type { DeliveryMedium } from '../protocol/operations.js';
import { isRecord } from '../shared/isRecord.js';
import { withoutUndefined } from '../shared/withoutUndefined.js';

/** Where the code of a cooldown went, kept with it so a reload or a second tab can say so. Masked only. */
export interface CooldownDelivery {
  /** Always masked (`j***@e***.com`, `+*******1234`): a raw address is masked before it is stored. */
  destination: string;
  medium?: DeliveryMedium | undefined;
  attributeName?: string | undefined;
}

// Cognito's masked forms are short; anything longer is not a destination worth showing or storing.
const MAX_DESTINATION_LENGTH = 320;
const MAX_ATTRIBUTE_NAME_LENGTH = 64;

/**
 * A storable delivery from what a caller passed or what storage held, or null when there is
 * nothing usable. Storage is input an attacker or another version may have written, so every
 * field is checked again on the way in and on the way out.
 */
export function toCooldownDelivery(value: unknown): CooldownDelivery | null {
  if (!isRecord(value)) return null;
  const { destination, medium, attributeName } = value;
  if (typeof destination !== 'string' || destination.length > MAX_DESTINATION_LENGTH) return null;
  const knownMedium = medium === 'EMAIL' || medium === 'SMS' ? medium : undefined;
  // maskDestination keeps an already masked value (it contains `*`) and masks anything else.
  const masked = maskDestination(destination, knownMedium);
  if (masked === '') return null;
  const usableName = typeof attributeName === 'string' && attributeName !== '' && attributeName.length <= MAX_ATTRIBUTE_NAME_LENGTH;
  return withoutUndefined<CooldownDelivery>({
    destination: masked,
    medium: knownMedium,
    attributeName: usableName ? attributeName : undefined,
  });
}

export function sameDelivery(a: CooldownDelivery | null, b: CooldownDelivery | null): boolean {
  if (a === b) return true;
  if (!a || !b) return false;
  return a.destination === b.destination && a.medium === b.medium && a.attributeName === b.attributeName;
}
