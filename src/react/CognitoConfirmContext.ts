'use client';
import { createContext } from 'react';
import type { CognitoConfirmClient, CognitoConfirmClientConfig } from '../core/protocol/createCognitoConfirmClient.js';
import type { CooldownStore } from '../core/cooldown/createCooldownStore.js';
import type { Overrides } from '../core/shared/Overrides.js';
import type { CooldownPolicy } from '../core/cooldown/cooldownPolicy.js';
import type { CooldownStorage } from '../core/cooldown/cooldownStorage.js';
import type { PartialKitMessages } from '../locales/en.js';

export interface CognitoConfirmConfig extends CognitoConfirmClientConfig {
  /** Overrides of the cooldown policy (base 30 s, ×2 after rate limits, capped at 15 min). */
  cooldown?: Overrides<CooldownPolicy> | undefined;
  /** Where cooldown deadlines persist. Default localStorage, falling back to memory. */
  cooldownStorage?: CooldownStorage | undefined;
  /**
   * Enumeration-safe mode: a UserNotFoundException on resend looks like a success to the person on
   * screen (a cooldown starts, no destination is shown), so the form does not reveal who has an account.
   */
  enumerationSafe?: boolean | undefined;
  /** BCP 47 locale for the kit's texts, e.g. `de`. */
  locale?: string | undefined;
  /** The kit's texts: a shipped locale (`cognito-confirm-kit/locales/de`) or overrides by key. */
  messages?: PartialKitMessages | undefined;
}

export interface CognitoConfirmContextValue {
  client: CognitoConfirmClient;
  cooldowns: CooldownStore;
  config: CognitoConfirmConfig;
}

export const CognitoConfirmContext = /* @__PURE__ */ createContext<CognitoConfirmContextValue | null>(null);
