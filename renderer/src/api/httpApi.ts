import type { Draft, FiledPratica, Identity, ModuloApi, PublishedModule, UploadedFile } from './ModuloApi';
import { ApiError } from './ModuloApi';

/**
 * The renderer's HTTP client for a Modulo server (the API of
 * docs/decisions/2026-12-02-format3-and-api-contract.md). Cookies travel cross-origin
 * (`credentials: 'include'`): the embed runs on the Comune's site, the server elsewhere.
 * Writes carry the session's CSRF token, which `GET /api/me` hands out (`me()` runs first).
 */
export function httpApi(server: string): ModuloApi {
  const base = server.replace(/\/$/, '');
  const url = (path: string) => (/^https?:/.test(path) ? path : `${base}${path}`);
  const enc = encodeURIComponent;
  let csrfToken = '';
  const csrf = (): Record<string, string> => (csrfToken ? { 'X-CSRF-Token': csrfToken } : {});
  const call = async <T>(path: string, init: RequestInit = {}): Promise<T> => {
    const write = (init.method ?? 'GET') !== 'GET';
    const res = await fetch(url(path), {
      credentials: 'include',
      ...init,
      headers: { accept: 'application/json', ...(write ? csrf() : {}), ...init.headers },
    });
    if (!res.ok) throw await toError(res);
    return (res.status === 204 ? undefined : await res.json()) as T;
  };
  const mod = (ente: string, moduleId: string) => `/api/entes/${enc(ente)}/modules/${enc(moduleId)}`;
  return {
    getModule: (ente, moduleId, version) =>
      call<PublishedModule>(
        version ? `${mod(ente, moduleId)}/versions/${enc(version)}` : mod(ente, moduleId),
      ),
    validatorUrl: (ente, moduleId, version) =>
      url(`${mod(ente, moduleId)}/versions/${enc(version)}/validator.js`),
    me: async () => {
      try {
        // The server answers `{ kind, citizen | staff, csrfToken }`; older stand-ins the identity.
        const me = await call<
          { kind?: string; citizen?: Identity; identity?: Identity; csrfToken?: string } & Identity
        >('/api/me');
        if (me.csrfToken) csrfToken = me.csrfToken;
        if (me.kind === 'staff') return null;
        return me.citizen ?? me.identity ?? me;
      } catch (e) {
        if (e instanceof ApiError && e.status === 401) return null;
        throw e;
      }
    },
    upload: (ente, file, onProgress, signal) =>
      new Promise<UploadedFile>((resolve, reject) => {
        // XMLHttpRequest: fetch has no upload progress.
        const xhr = new XMLHttpRequest();
        xhr.open('POST', url(`/api/entes/${enc(ente)}/uploads`));
        xhr.withCredentials = true;
        xhr.setRequestHeader('Content-Type', file.type || 'application/octet-stream');
        xhr.setRequestHeader('X-Filename', encodeURIComponent(file.name));
        for (const [k, v] of Object.entries(csrf())) xhr.setRequestHeader(k, v);
        xhr.upload.onprogress = (e) => e.lengthComputable && onProgress?.(e.loaded / e.total);
        xhr.onload = () => {
          let body: unknown;
          try {
            body = JSON.parse(xhr.responseText);
          } catch {
            body = undefined;
          }
          if (xhr.status >= 200 && xhr.status < 300) resolve(body as UploadedFile);
          else reject(errorFrom(xhr.status, body));
        };
        xhr.onerror = () => reject(new ApiError(0, 'network_error', 'Connessione non riuscita.'));
        signal?.addEventListener('abort', () => xhr.abort());
        xhr.send(file);
      }),
    submit: async (ente, moduleId, body, idempotencyKey) => {
      const res = await call<{ pratica: FiledPratica }>(`${mod(ente, moduleId)}/submissions`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'idempotency-key': idempotencyKey },
        body: JSON.stringify(body),
      });
      return res.pratica;
    },
    getDraft: async (ente, moduleId) => {
      try {
        const d = await call<{ draft?: Draft } & Draft>(`${mod(ente, moduleId)}/draft`);
        return d.draft ?? d;
      } catch (e) {
        if (e instanceof ApiError && (e.status === 404 || e.status === 401)) return null;
        throw e;
      }
    },
    putDraft: async (ente, moduleId, draft) => {
      await call(`${mod(ente, moduleId)}/draft`, {
        method: 'PUT',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(draft),
      });
    },
    deleteDraft: async (ente, moduleId) => {
      await call(`${mod(ente, moduleId)}/draft`, { method: 'DELETE' });
    },
    myPratiche: () => call('/api/me/pratiche'),
    pratica: (code) => call(`/api/me/pratiche/${enc(code)}`),
    rate: async (code, rating) => {
      await call(`/api/pratiche/${enc(code)}/rating`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(rating),
      });
    },
    url,
  };
}

async function toError(res: Response): Promise<ApiError> {
  let body: unknown;
  try {
    body = await res.json();
  } catch {
    body = undefined;
  }
  return errorFrom(res.status, body);
}

/** The server's error body `{ error: { code, message, messageEn, details } }` as an ApiError. */
function errorFrom(status: number, body: unknown): ApiError {
  const e = (
    body as { error?: { code?: string; message?: string; messageEn?: string; details?: ApiError['details'] } }
  )?.error;
  return new ApiError(
    status,
    e?.code ?? `http_${status}`,
    e?.message ?? `Errore ${status}`,
    e?.details ?? [],
    e?.messageEn,
  );
}
