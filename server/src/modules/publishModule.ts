import type { Module } from '@modulo/form-model';
import { compile, formatError, lintModule } from '@modulo/form-model';
import { ApiError } from '../errors';
import type { Ente } from '../storage/EnteStore';
import type { PublishedModule } from '../storage/ModuleStore';
import type { Store } from '../storage/Store';
import { compileValidators } from '../validator/compileValidators';
import { bindToDirectory } from './bindToDirectory';
import { compareVersions } from './compareVersions';

/**
 * Publishes the staff draft of a module: binds it to the ente's directory, refuses lint errors
 * and a version not greater than the last published, compiles the browser validators once, then
 * stores the version, its validators and the end of the draft in one transaction, and audits it.
 * Each refusal is a coded `ApiError`; nothing is stored when one is thrown.
 */
export async function publishModule(
  store: Store,
  ente: Ente,
  moduleId: string,
  /** Id of the staff member who publishes. */
  by: string,
  at: Date,
): Promise<PublishedModule> {
  const draft = await store.modules.getDraft(ente.id, moduleId);
  if (!draft) {
    throw new ApiError(
      'draft_not_found',
      `Il modulo "${moduleId}" non ha una bozza da pubblicare.`,
      `Module "${moduleId}" has no draft to publish.`,
    );
  }

  const bound = bindToDirectory(draft.module, ente);
  if (!bound.ok) {
    throw new ApiError(
      'not_in_directory',
      "Ufficio, responsabile e sostituto devono essere scelti dalla rubrica dell'ente.",
      "Office, responsible and substitute must be entries of the ente's directory.",
      { details: bound.problems },
    );
  }
  const module: Module = bound.module;

  const errors = lintModule(module).filter((f) => f.severity === 'error');
  if (errors.length) {
    throw new ApiError(
      'lint_errors',
      `Il modulo ha ${errors.length === 1 ? 'un errore' : `${errors.length} errori`} da correggere prima di pubblicarlo.`,
      `The module has ${errors.length} lint error(s) to fix before publishing.`,
      {
        details: errors.map((f) => ({
          code: f.code,
          path: f.path,
          message: f.message,
          messageEn: formatError(f, 'en'),
        })),
      },
    );
  }

  const versions = await store.modules.versions(ente.id, moduleId);
  const last = versions.reduce<string | undefined>(
    (max, v) => (max === undefined || compareVersions(v.version, max) > 0 ? v.version : max),
    undefined,
  );
  if (last !== undefined && compareVersions(module.version, last) <= 0) {
    throw new ApiError(
      'version_not_greater',
      `La versione ${module.version} non è successiva all'ultima pubblicata (${last}): una versione pubblicata non si modifica, si pubblica una versione nuova.`,
      `Version ${module.version} is not greater than the last published (${last}); published versions are immutable.`,
      { details: { lastPublished: last } },
    );
  }

  const validators = await compileValidators(compile(module).schema);
  const published = await store.modules.publishVersion({ enteId: ente.id, module, at, by, validators });
  if (published === 'exists') {
    throw new ApiError(
      'version_not_greater',
      `La versione ${module.version} è appena stata pubblicata da un'altra richiesta.`,
      `Version ${module.version} was just published by another request.`,
    );
  }
  await store.audit.append({
    at: at.toISOString(),
    enteId: ente.id,
    actor: `staff:${by}`,
    action: 'module.published',
    subject: moduleId,
    data: { version: module.version, ...(last ? { previous: last } : {}) },
  });
  return published;
}
