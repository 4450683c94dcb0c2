import type { Overrides } from '../core/shared/Overrides.js';
import { announceTexts } from './en/announceTexts.js';
import { attributeTexts } from './en/attributeTexts.js';
import { codeTexts } from './en/codeTexts.js';
import { destinationTexts } from './en/destinationTexts.js';
import { durationTexts } from './en/durationTexts.js';
import { errorTexts } from './en/errorTexts.js';
import { resendTexts } from './en/resendTexts.js';
import { signUpTexts } from './en/signUpTexts.js';
import { confirmTexts } from './en/confirmTexts.js';
import { offlineTexts } from './en/offlineTexts.js';
import { resetErrorTexts } from './en/resetErrorTexts.js';
import { resetTexts } from './en/resetTexts.js';
import { unknownAttributeTexts } from './en/unknownAttributeTexts.js';

/**
 * The kit's English texts, the default in the main bundle. Other locales live in their own entry
 * points (`cognito-confirm-kit/locales/de`) so an app only ships the ones it imports.
 *
 * `{name}` is replaced with a value; an object of plural forms is chosen with `Intl.PluralRules`
 * on `{count}`. Error texts tell the person what to do next, not what went wrong inside.
 *
 * The texts live in one small module per area (`./en/*Texts.ts`) and each component takes only
 * its own areas as defaults, so an app pays for the texts it renders. A new key goes into the
 * area of the component that shows it; a new area is added here as well.
 */
type EnglishTexts = typeof resendTexts &
  typeof destinationTexts &
  typeof unknownAttributeTexts &
  typeof codeTexts &
  typeof signUpTexts &
  typeof attributeTexts &
  typeof announceTexts &
  typeof durationTexts &
  typeof errorTexts &
  typeof confirmTexts &
  typeof offlineTexts &
  typeof resetTexts &
  typeof resetErrorTexts;

// Pure, so a bundle that only uses some areas drops this whole catalogue (a spread would stay).
export const en: EnglishTexts = /* @__PURE__ */ Object.assign(
  {},
  resendTexts,
  destinationTexts,
  unknownAttributeTexts,
  codeTexts,
  signUpTexts,
  attributeTexts,
  announceTexts,
  durationTexts,
  errorTexts,
  confirmTexts,
  offlineTexts,
  resetTexts,
  resetErrorTexts,
);

export type MessageKey = keyof typeof en;
/** A text, or its plural forms keyed by `Intl.PluralRules` category (`other` is required). */
export type MessageValue = string | ({ other: string } & Overrides<Record<Intl.LDMLPluralRule, string>>);
/** A complete catalogue: shipped locales are typed with this, so a missing key fails the build. */
export type KitMessages = { readonly [K in MessageKey]: MessageValue };
/** What apps pass to override some texts. */
export type PartialKitMessages = Overrides<KitMessages>;

export const enMessages: KitMessages = en;
