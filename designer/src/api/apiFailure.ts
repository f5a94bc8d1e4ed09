import type { ApiFailure } from './DesignerApi';

/** A coded failure with both languages, as the server writes them. */
export function apiFailure(
  code: string,
  message: string,
  messageEn: string,
): { ok: false; error: ApiFailure } {
  return { ok: false, error: { code, message, messageEn } };
}
