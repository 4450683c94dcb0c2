'use client';
import { useContext, useMemo, type ReactNode } from 'react';
import { formatMessage, formatMessageToParts } from '../ui/formatMessage.js';
import { en, type KitMessages, type MessageKey, type PartialKitMessages } from '../locales/en.js';
import { CognitoConfirmContext } from '../react/CognitoConfirmContext.js';

export interface KitMessageProps {
  /** Text overrides for this component; merged over the provider's and the English defaults. */
  messages?: PartialKitMessages;
  /** BCP 47 locale for plural rules, numbers and durations. Default: the provider's, else `en`. */
  locale?: string;
}

/**
 * The texts for a component: English defaults ← provider's `messages` ← the component's own.
 * Works without a provider, so presentational components render anywhere.
 */
export function useKitMessages(props: KitMessageProps) {
  const config = useContext(CognitoConfirmContext)?.config;
  const locale = props.locale ?? config?.locale ?? 'en';
  const fromProvider = config?.messages;
  const messages = useMemo<KitMessages>(() => ({ ...en, ...fromProvider, ...props.messages }), [fromProvider, props.messages]);
  return {
    locale,
    messages,
    t: (key: MessageKey, values?: Record<string, string | number>) => formatMessage(messages[key], values, locale),
    /** For sentences with a live element inside, e.g. the timer in "Resend in 0:27". */
    parts: (key: MessageKey, values: Record<string, ReactNode>) =>
      formatMessageToParts<ReactNode>(messages[key], values as Record<string, ReactNode | string | number>, locale),
  };
}
