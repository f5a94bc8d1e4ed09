import type { ModelError, ModelErrorCode } from '../types';
import { formatError } from './formatError';

/**
 * A parse or edit error in the one issue shape (`{ code, params, path }`, `path` a JSON Pointer
 * into the module), with its Italian `message` rendered from the catalogue, never written at
 * the source. `extra`: the subject's `id` (for the designer) and `details`.
 */
export function modelError(
  code: ModelErrorCode,
  params: Record<string, unknown>,
  path: string,
  extra: Pick<ModelError, 'id' | 'details'> = {},
): ModelError {
  return { code, params, path, message: formatError({ code, params }, 'it'), ...extra };
}

/** `modelError` as a refused `Result`. */
export function refuse(
  code: ModelErrorCode,
  params: Record<string, unknown>,
  path: string,
  extra: Pick<ModelError, 'id' | 'details'> = {},
): { ok: false; error: ModelError } {
  return { ok: false, error: modelError(code, params, path, extra) };
}
