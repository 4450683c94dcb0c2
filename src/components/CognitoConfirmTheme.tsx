'use client';
import { useMemo, type ReactNode } from 'react';
import type { Theme } from '../ui/themeToCssVariables.js';
import { KitUiContext, type KitClassNames } from './KitUiContext.js';
import { useKitStyles } from './useKitStyles.js';

export interface CognitoConfirmThemeProps {
  /** Design tokens for every kit component inside, as `--ck-*` custom properties on the wrapper. */
  theme?: Theme | undefined;
  /** Every kit component below renders without `ck-*` classes. */
  unstyled?: boolean | undefined;
  /** Slot classes for every kit component below. */
  classNames?: KitClassNames | undefined;
  /** Added to the wrapping element. */
  className?: string | undefined;
  /** The part of the app the theme applies to. */
  children?: ReactNode | undefined;
}

/**
 * Themes every kit component inside: tokens become `--ck-*` custom properties on one wrapping
 * element (custom properties inherit), `unstyled` and `classNames` apply to all of them.
 */
export function CognitoConfirmTheme({ theme, unstyled, classNames, className, children }: CognitoConfirmThemeProps) {
  const { root } = useKitStyles('theme', { theme, unstyled, className });
  const value = useMemo(() => ({ theme, unstyled, classNames }), [theme, unstyled, classNames]);
  return (
    <KitUiContext.Provider value={value}>
      <div {...root}>{children}</div>
    </KitUiContext.Provider>
  );
}
