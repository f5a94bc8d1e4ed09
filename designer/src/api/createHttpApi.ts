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
  /** The ente's code in the URL, e.g. "c_h199". */
  ente: string;
  /** The CSRF token staff write calls carry (`X-CSRF-Token`). */
  csrfToken?: () => string | undefined;
  fetch?: typeof fetch;
}

/**
 * The designer's api over the server's staff HTTP API (session cookie + CSRF header).
 * Paths follow docs/decisions/2026-12-02-format3-and-api-contract.md; the server's error
 * body `{ error: { code, message, messageEn } }` comes back as a failed result.
 */
export function createHttpApi(options: HttpApiOptions): DesignerApi {
  const doFetch = options.fetch ?? fetch.bind(globalThis);
  const base = `${options.baseUrl ?? ''}/api/entes/${encodeURIComponent(options.ente)}`;
  const admin = `${base}/admin/modules`;

  async function call<T>(method: string, url: string, body?: unknown): Promise<ApiResult<T>> {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (body !== undefined) headers['content-type'] = 'application/json';
    const token = options.csrfToken?.();
    if (method !== 'GET' && token) headers['x-csrf-token'] = token;
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

  const id = (moduleId: string) => `${admin}/${encodeURIComponent(moduleId)}`;
  const map = async <A, B>(p: Promise<ApiResult<A>>, f: (a: A) => B): Promise<ApiResult<B>> => {
    const r = await p;
    return r.ok ? { ok: true, value: f(r.value) } : r;
  };

  return {
    listModules: () => map(call<{ modules: ModuleSummary[] }>('GET', admin), (b) => b.modules),
    loadModule: (moduleId) => map(call<{ module: Module }>('GET', `${id(moduleId)}/draft`), (b) => b.module),
    createModule: (module) => map(call<{ module: Module }>('POST', admin, { module }), (b) => b.module),
    saveDraft: (module) => call('PUT', `${id(module.id)}/draft`, { module }),
    directory: () => call<Directory>('GET', `${base}/directory`),
    versions: (moduleId) =>
      map(call<{ versions: PublishedVersion[] }>('GET', `${id(moduleId)}/versions`), (b) => b.versions),
    publishedModule: (moduleId, version) =>
      map(
        call<{ module: Module }>(
          'GET',
          `${base}/modules/${encodeURIComponent(moduleId)}/versions/${encodeURIComponent(version)}`,
        ),
        (b) => b.module,
      ),
    publish: (moduleId, version) => call('POST', `${id(moduleId)}/publish`, { version }),
    templates: () =>
      map(
        call<{ modules: Module[] }>('GET', `${options.baseUrl ?? ''}/api/library/modules`),
        (b) => b.modules,
      ),
  };
}
