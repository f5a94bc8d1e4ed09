import type { Module } from '@modulo/form-model';
import { apiFailure } from './apiFailure';
import type {
  ApiFailure,
  ApiResult,
  DesignerApi,
  Directory,
  ModuleSummary,
  PublishedVersion,
} from './DesignerApi';

export interface HttpApiOptions {
  /** Origin of the server, '' for the page's own. */
  baseUrl?: string;
  /** The ente's id in the URL, e.g. "montebello". */
  ente: string;
  fetch?: typeof fetch;
}

interface ServerVersion {
  version: string;
  publishedAt: string;
  publishedBy?: { id: string; name?: string };
}

const version = (v: ServerVersion): PublishedVersion => ({
  version: v.version,
  publishedAt: v.publishedAt,
  publishedBy: v.publishedBy?.name ?? v.publishedBy?.id ?? '—',
});

/**
 * The designer's api over the server's staff HTTP API (session cookie; writes carry the
 * `X-CSRF-Token` that `GET /api/me` gives). The server's error body
 * `{ error: { code, message, messageEn } }` comes back as a failed result.
 */
export function createHttpApi(options: HttpApiOptions): DesignerApi {
  const doFetch = options.fetch ?? fetch.bind(globalThis);
  const origin = options.baseUrl ?? '';
  const ente = `${origin}/api/entes/${encodeURIComponent(options.ente)}`;
  const admin = `${ente}/admin/modules`;
  const one = (id: string) => `${admin}/${encodeURIComponent(id)}`;
  let csrf: string | undefined;

  async function call<T>(method: string, url: string, body?: unknown): Promise<ApiResult<T>> {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (body !== undefined) headers['content-type'] = 'application/json';
    if (method !== 'GET') {
      csrf ??= await call<{ csrfToken: string }>('GET', `${origin}/api/me`).then((r) =>
        r.ok ? r.value.csrfToken : undefined,
      );
      if (csrf) headers['x-csrf-token'] = csrf;
    }
    let res: Response;
    try {
      res = await doFetch(url, {
        method,
        headers,
        credentials: 'same-origin',
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    } catch {
      return apiFailure('network_error', 'Il server non risponde.', 'The server does not answer.');
    }
    const json = (await res.json().catch(() => undefined)) as { error?: ApiFailure } | undefined;
    if (!res.ok) {
      return {
        ok: false,
        error: json?.error ?? {
          code: `http_${res.status}`,
          message: `Errore del server (${res.status}).`,
          messageEn: `Server error (${res.status}).`,
        },
      };
    }
    return { ok: true, value: json as T };
  }

  const map = async <A, B>(p: Promise<ApiResult<A>>, f: (a: A) => B): Promise<ApiResult<B>> => {
    const r = await p;
    return r.ok ? { ok: true, value: f(r.value) } : r;
  };

  return {
    listModules: () =>
      map(
        call<{ modules: { moduleId: string; title: string; current?: ServerVersion; draft?: unknown }[] }>(
          'GET',
          admin,
        ),
        (b): ModuleSummary[] =>
          b.modules.map((m) => ({
            id: m.moduleId,
            title: m.title,
            published: m.current?.version,
            hasDraft: m.draft !== undefined,
          })),
      ),
    async loadModule(moduleId) {
      const draft = await call<{ module: Module }>('GET', `${one(moduleId)}/draft`);
      if (draft.ok || draft.error.code !== 'draft_not_found')
        return map(Promise.resolve(draft), (b) => b.module);
      // No draft: start one from the published version (next patch).
      return map(call<{ module: Module }>('POST', `${one(moduleId)}/draft`), (b) => b.module);
    },
    async createModule(module) {
      const p = module.procedure;
      const created = await call<{ module: Module }>('POST', admin, {
        id: module.id,
        title: module.title.it,
        office: p.office.id,
        responsible: p.responsible.id,
        substitute: p.substitute.id,
      });
      if (!created.ok) return created;
      return map(call<{ module: Module }>('PUT', `${one(module.id)}/draft`, module), (b) => b.module);
    },
    saveDraft: (module) =>
      map(call<{ updatedAt: string }>('PUT', `${one(module.id)}/draft`, module), (b) => ({
        savedAt: b.updatedAt,
      })),
    directory: () =>
      map(
        call<{
          offices: Directory['offices'];
          staff: {
            id: string;
            name: string;
            title: string;
            email?: string;
            phone?: string;
            offices: string[];
          }[];
        }>('GET', `${ente}/directory`),
        (b): Directory => ({
          offices: b.offices,
          people: b.staff.map((s) => ({
            id: s.id,
            name: s.name,
            role: s.title,
            officeId: s.offices[0],
            email: s.email,
            phone: s.phone,
          })),
        }),
      ),
    versions: (moduleId) =>
      map(call<{ versions: ServerVersion[] }>('GET', `${one(moduleId)}/versions`), (b) =>
        b.versions.map(version),
      ),
    publishedModule: (moduleId, v) =>
      map(
        call<{ module: Module }>(
          'GET',
          `${ente}/modules/${encodeURIComponent(moduleId)}/versions/${encodeURIComponent(v)}`,
        ),
        (b) => b.module,
      ),
    // The server publishes the saved draft under the draft's own version.
    publish: (moduleId) => map(call<ServerVersion>('POST', `${one(moduleId)}/publish`), version),
    async templates() {
      const list = await call<{ modules: { id: string }[] }>('GET', `${origin}/api/modules`);
      if (!list.ok) return list;
      const all = await Promise.all(
        list.value.modules.map((m) =>
          call<Module>('GET', `${origin}/api/modules/${encodeURIComponent(m.id)}`),
        ),
      );
      return { ok: true, value: all.flatMap((r) => (r.ok ? [r.value] : [])) };
    },
  };
}
