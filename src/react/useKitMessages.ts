'use client';
import { useContext, useMemo, type ReactNode } from 'react';
import { withoutUndefined } from '../core/shared/withoutUndefined.js';
import { formatMessage, formatMessageToParts } from '../ui/formatMessage.js';
import type { MessageKey, MessageValue, PartialKitMessages } from '../locales/en.js';
import { CognitoConfirmContext } from './CognitoConfirmContext.js';

export interface KitMessageProps {
  /** Text overrides for this component; merged over the provider's and the English defaults. */
  messages?: PartialKitMessages | undefined;
  /** BCP 47 locale for plural rules, numbers and durations. Default: the provider's, else `en`. */
  locale?: string | undefined;
}

/** Some of the English texts: a component's defaults, one area of `src/locales/en/`. */
export type KitTexts<K extends MessageKey = MessageKey> = { readonly [P in K]: MessageValue };
type KeysOf<T> = T extends unknown ? keyof T & MessageKey : never;

/**
 * What `useKitMessages` gives a component. `t` and `parts` take only the keys of the component's
 * own areas; they are methods, so a screen can hand its texts to a part it shares (`CodeStep`).
 */
export interface KitText<K extends MessageKey> {
  locale: string;
  /** The provider's and the component's overrides over its defaults, to pass on to child components. */
  messages: PartialKitMessages;
  t(key: K, values?: Record<string, string | number>): string;
  /** For sentences with a live element inside, e.g. the timer in "Resend in 0:27". */
  parts(key: K, values: Record<string, ReactNode>): Array<ReactNode>;
}

/**
 * The texts for a component: its English defaults ← provider's `messages` ← the component's own.
 * Each component passes only the areas it renders (`resendTexts`, `codeTexts`, …), never the
 * whole catalogue, so a bundle carries only the texts of the components it uses. Works without
 * a provider, so presentational components render anywhere.
 */
export function useKitMessages<D extends Array<Partial<KitTexts>>>(props: KitMessageProps, ...defaults: D): KitText<KeysOf<D[number]>> {
  const config = useContext(CognitoConfirmContext)?.config;
  const locale = props.locale ?? config?.locale ?? 'en';
  const fromProvider = config?.messages;
  // The areas are module constants: they never change between renders.
  // biome-ignore lint/correctness/useExhaustiveDependencies: `defaults` is a fresh array of the same constants each render
  const messages = useMemo<Partial<KitTexts>>(
    () => Object.assign({}, ...defaults, withoutUndefined(fromProvider), withoutUndefined(props.messages)),
    [fromProvider, props.messages],
  );
  return {
    locale,
    messages,
    t: (key, values) => formatMessage(messages[key]!, values, locale),
    parts: (key, values) => formatMessageToParts<ReactNode>(messages[key]!, values as Record<string, ReactNode | string | number>, locale),
  };
}
