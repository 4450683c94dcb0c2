import type { DeliveryMedium } from './operations.js';

/**
 * Masks an email or phone number the way Cognito does (`j***@e***.com`, `+*******1234`), so a
 * destination looks the same whether it came from Cognito (already masked: kept as is), from
 * the app's sign-up form, or from an emulator that does not mask. Returns plain text; render it
 * as text, never as HTML.
 */
export function maskDestination(value: string | null | undefined, medium?: DeliveryMedium): string {
  if (typeof value !== 'string') return '';
  const trimmed = value.trim();
  if (trimmed === '' || trimmed.includes('*')) return trimmed;

  if (medium === 'EMAIL' || (medium === undefined && trimmed.includes('@'))) return maskEmail(trimmed);
  if (medium === 'SMS' || /^\+?[\d\s().-]+$/.test(trimmed)) return maskPhone(trimmed);
  return `${firstCharacter(trimmed)}***`;
}

function maskEmail(email: string): string {
  const at = email.lastIndexOf('@');
  if (at < 0) return `${firstCharacter(email)}***`;
  const local = email.slice(0, at);
  const domain = email.slice(at + 1);
  const dot = domain.lastIndexOf('.');
  const cut = dot > 0 ? dot : domain.length;
  const host = domain.slice(0, cut);
  const tld = domain.slice(cut);
  return `${firstCharacter(local)}***@${firstCharacter(host)}***${tld}`;
}

function maskPhone(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  // The last four digits show, unless there are no more than four.
  const shown = digits.length <= 4 ? 0 : 4;
  return `${phone.startsWith('+') ? '+' : ''}${'*'.repeat(digits.length - shown)}${digits.slice(digits.length - shown)}`;
}

/** By code point, so an emoji or astral letter is not cut in half. */
function firstCharacter(text: string): string {
  return [...text][0] ?? '';
}
