import type { Context } from 'hono';
import type { Module } from '@modulo/form-model';
import { parseModule } from '@modulo/form-model';
import type { Env } from '../env';
import { ApiError } from '../errors';
import type { ModuleDraft } from '../storage/ModuleStore';

/** The coded 404 of a module the ente does not have. */
export const moduleNotFound = (id: string) =>
  new ApiError('module_not_found', `Modulo "${id}" non trovato.`, `Module "${id}" not found.`);

/** A module accepted by `parseModule`, or the coded 422 with each meta-schema problem. */
export function parsed(input: unknown): Module {
  const r = parseModule(input);
  if (r.ok) return r.value;
  throw new ApiError(
    'invalid_module',
    `Il modulo non è valido: ${r.error.message}`,
    `The module is not valid (${r.error.code}).`,
    {
      path: r.error.path,
      details: (r.error.details ?? []).map((d) => ({
        code: r.error.code,
        path: d.path,
        message: d.message,
        messageEn: d.message,
      })),
    },
  );
}

/** The draft of a module, or the coded 404 `draft_not_found`. */
export async function requireDraft(c: Context<Env>, enteId: string, moduleId: string): Promise<ModuleDraft> {
  const d = await c.get('store').modules.getDraft(enteId, moduleId);
  if (!d) {
    throw new ApiError(
      'draft_not_found',
      `Il modulo "${moduleId}" non ha una bozza.`,
      `Module "${moduleId}" has no draft.`,
    );
  }
  return d;
}
