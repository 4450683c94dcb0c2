'use client';
import { useContext, type CSSProperties } from 'react';
import { withoutUndefined } from '../core/shared/withoutUndefined.js';
import { themeToCssVariables, type Theme } from '../ui/themeToCssVariables.js';
import { KitUiContext, type KitClassNames, type KitSlot } from './KitUiContext.js';

/** Styling props every component takes. */
export interface KitStyleProps {
  /** Added to the root element. */
  className?: string | undefined;
  /** A class per part, e.g. `{ button: 'btn btn-primary', timer: 'tabular-nums' }`. */
  classNames?: KitClassNames | undefined;
  /** Render without the kit's `ck-*` classes (the data attributes stay), for Tailwind or CSS modules. */
  unstyled?: boolean | undefined;
  /** Design tokens, set as `--ck-*` custom properties on the root. */
  theme?: Theme | undefined;
  /** Inline style of the root element, over the theme's custom properties. */
  style?: CSSProperties | undefined;
}

const join = (...names: Array<string | false | undefined>) => names.filter(Boolean).join(' ') || undefined;

/**
 * Resolves a component's classes from its props and the nearest `CognitoConfirmTheme`: the kit's
 * `ck-*` class (unless unstyled), then the app's slot class, so app classes need no `!important`
 * (the stylesheet uses zero-specificity `:where()` selectors).
 */
export function useKitStyles(component: string, props: KitStyleProps) {
  const ui = useContext(KitUiContext);
  const unstyled = props.unstyled ?? ui.unstyled ?? false;
  const classNames: KitClassNames = { ...ui.classNames, ...withoutUndefined(props.classNames) };
  const slot = (name: KitSlot, kitClass: string) => join(!unstyled && kitClass, classNames[name]);
  const variables = themeToCssVariables(props.theme);
  const style = Object.keys(variables).length > 0 || props.style ? ({ ...variables, ...props.style } as CSSProperties) : undefined;
  return {
    unstyled,
    classNames,
    slot,
    root: {
      className: join(!unstyled && `ck-root ck-${component}`, classNames.root, props.className),
      style,
      'data-color-scheme': props.theme?.colorScheme,
    },
  };
}

/** Hidden on screen, read by screen readers; inline so it holds in `unstyled` mode too. */
export const visuallyHidden: CSSProperties = {
  position: 'absolute',
  width: 1,
  height: 1,
  padding: 0,
  margin: -1,
  overflow: 'hidden',
  clip: 'rect(0, 0, 0, 0)',
  whiteSpace: 'nowrap',
  border: 0,
};
