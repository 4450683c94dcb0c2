'use client';
import { createContext } from 'react';
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

export type KitClassNames = Partial<Record<KitSlot, string>>;

export interface KitUiContextValue {
  theme?: Theme;
  unstyled?: boolean;
  classNames?: KitClassNames;
}

export const KitUiContext = /* @__PURE__ */ createContext<KitUiContextValue>({});
