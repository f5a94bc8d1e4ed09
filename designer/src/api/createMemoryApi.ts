import type { Module } from '@modulo/form-model';
import { localize } from '@modulo/form-model';
import { apiFailure } from './apiFailure';
import type { DesignerApi, Directory, PublishedVersion } from './DesignerApi';
import { sampleDirectory } from './sampleDirectory';

export interface MemoryApiOptions {
  /** Modules the ente already has (saved as drafts). */
  modules?: Module[];
  /** Library templates, or a function giving them on first ask (parsing them takes time). */
  templates?: Module[] | (() => Module[]);
  directory?: Directory;
  /** Who publishes, recorded on each version. */
  user?: string;
  now?: () => Date;
}

/** A call log entry: which method ran, with which first argument. */
export interface MemoryApiCall {
  method: keyof DesignerApi;
  arg?: unknown;
}

/**
 * The designer's api contract kept in memory: for stories, the offline dev page and the
 * bench. Same refusals as the server for what it models (unknown module, taken id,
 * version not above the last). `calls` records every call, newest last.
 */
export function createMemoryApi(options: MemoryApiOptions = {}): DesignerApi & { calls: MemoryApiCall[] } {
  const now = options.now ?? (() => new Date());
  const drafts = new Map<string, Module>((options.modules ?? []).map((m) => [m.id, m]));
  const published = new Map<string, { meta: PublishedVersion; module: Module }[]>();
  const calls: MemoryApiCall[] = [];
  const log = (method: keyof DesignerApi, arg?: unknown) => calls.push({ method, arg });
  const missing = (id: string) =>
    apiFailure('module_not_found', `Il modulo "${id}" non esiste.`, `Module "${id}" not found.`);

  return {
    calls,
    async listModules() {
      log('listModules');
      return {
        ok: true,
        value: [...drafts.values()].map((m) => ({
          id: m.id,
          title: localize(m.title),
          published: published.get(m.id)?.[0]?.meta.version,
          hasDraft: true,
        })),
      };
    },
    async loadModule(id) {
      log('loadModule', id);
      const m = drafts.get(id) ?? published.get(id)?.[0]?.module;
      return m ? { ok: true, value: structuredClone(m) } : missing(id);
    },
    async createModule(module) {
      log('createModule', module.id);
      if (drafts.has(module.id)) {
        return apiFailure(
          'module_exists',
          `Esiste già un modulo con id "${module.id}".`,
          `A module with id "${module.id}" already exists.`,
        );
      }
      drafts.set(module.id, structuredClone(module));
      return { ok: true, value: module };
    },
    async saveDraft(module) {
      log('saveDraft', module);
      drafts.set(module.id, structuredClone(module));
      return { ok: true, value: { savedAt: now().toISOString() } };
    },
    async directory() {
      log('directory');
      return { ok: true, value: options.directory ?? sampleDirectory };
    },
    async versions(id) {
      log('versions', id);
      return { ok: true, value: (published.get(id) ?? []).map((v) => v.meta) };
    },
    async publishedModule(id, version) {
      log('publishedModule', id);
      const found = published.get(id)?.find((v) => v.meta.version === version);
      return found ? { ok: true, value: structuredClone(found.module) } : missing(`${id}@${version}`);
    },
    async publish(id, version) {
      log('publish', id);
      const draft = drafts.get(id);
      if (!draft) return missing(id);
      const list = published.get(id) ?? [];
      if (list.some((v) => v.meta.version === version)) {
        return apiFailure(
          'version_exists',
          `La versione ${version} è già pubblicata.`,
          `Version ${version} is already published.`,
        );
      }
      const meta = { version, publishedAt: now().toISOString(), publishedBy: options.user ?? 'Staff' };
      list.unshift({ meta, module: structuredClone({ ...draft, version }) });
      published.set(id, list);
      drafts.set(id, { ...draft, version });
      return { ok: true, value: meta };
    },
    async templates() {
      log('templates');
      const t = options.templates;
      return { ok: true, value: typeof t === 'function' ? t() : (t ?? []) };
    },
  };
}
