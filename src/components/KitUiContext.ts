'use client';
import { createContext } from 'react';
import type { Overrides } from '../core/shared/Overrides.js';
import type { Theme } from '../ui/themeToCssVariables.js';

/** Every part of every component that takes a class: one vocabulary across the kit. */
export type KitSlot =
  | 'root'
  | 'title'
  | 'button'
  | 'timer'
  | 'reason'
  | 'destination'
  | 'icon'
  | 'form'
  | 'label'
  | 'input'
  | 'slots'
  | 'slot'
  | 'hint'
  | 'error'
  | 'submit'
  | 'success'
  | 'resend'
  | 'message'
  | 'action';

export type KitClassNames = Overrides<Record<KitSlot, string>>;

export interface KitUiContextValue {
  theme?: Theme | undefined;
  unstyled?: boolean | undefined;
  classNames?: KitClassNames | undefined;
}

export const KitUiContext = /* @__PURE__ */ createContext<KitUiContextValue>({});
