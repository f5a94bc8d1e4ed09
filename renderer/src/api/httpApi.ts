import type {
  CatalogueService,
  Draft,
  FiledPratica,
  Identity,
  ModuloApi,
  PraticaMessage,
  PraticaSummary,
  PublishedModule,
  UploadedFile,
} from './ModuloApi';
import { ApiError } from './ModuloApi';
import type { MyPraticaAnswer } from './praticaDetailOf';
import { praticaDetailOf } from './praticaDetailOf';
import { forgetSession, loginRefusal, sessionToken } from './sessionToken';

/**
 * The renderer's HTTP client for a Modulo server (the API of
 * docs/decisions/2026-12-02-format3-and-api-contract.md). Cookies travel cross-origin
 * (`credentials: 'include'`): the embed runs on the Comune's site, the server elsewhere.
 * Writes carry the session's CSRF token, which `GET /api/me` hands out (`me()` runs first).
 * On a Comune's site (another site than the server), where browsers block third-party cookies,
 * the session is exchanged for the login's one-time code in the return address and travels in
 * `X-Modulo-Session` (`sessionToken`).
 */
export function httpApi(server: string): ModuloApi {
  const base = server.replace(/\/$/, '');
  const url = (path: string) => (/^https?:/.test(path) ? path : `${base}${path}`);
  const enc = encodeURIComponent;
  let csrfToken = '';
  /** The tab's session on another site (`sessionToken`): none on same-site pages (the cookie). */
  const sessionHeader = async (): Promise<Record<string, string>> => {
    const session = await sessionToken(base);
    return session ? { 'X-Modulo-Session': session } : {};
  };
  const csrf = (): Record<string, string> => (csrfToken ? { 'X-CSRF-Token': csrfToken } : {});
  /** The session's CSRF token, read from `GET /api/me` once before the first write. */
  const ensureCsrf = async () => {
    if (csrfToken) return;
    const res = await fetch(url('/api/me'), {
      credentials: 'include',
      headers: { accept: 'application/json', ...(await sessionHeader()) },
    });
    if (res.ok) csrfToken = ((await res.json()) as { csrfToken?: string }).csrfToken ?? '';
  };
  const call = async <T>(path: string, init: RequestInit = {}): Promise<T> => {
    const write = (init.method ?? 'GET') !== 'GET';
    if (write) await ensureCsrf();
    const res = await fetch(url(path), {
      credentials: 'include',
      ...init,
      headers: {
        accept: 'application/json',
        ...(await sessionHeader()),
        ...(write ? csrf() : {}),
        ...init.headers,
      },
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
    logout: async () => {
      await ensureCsrf();
      // The server ends the session the header (or, same-site, the cookie) names; the tab forgets
      // it even when the server is unreachable, so the next call asks for a login.
      const res = await fetch(url('/auth/logout'), {
        method: 'POST',
        credentials: 'include',
        headers: { accept: 'application/json', ...(await sessionHeader()), ...csrf() },
      }).finally(() => {
        forgetSession(base);
        csrfToken = '';
      });
      if (!res.ok) throw await toError(res);
    },
    loginRefused: () => loginRefusal(base),
    upload: async (ente, file, onProgress, signal, target) => {
      await ensureCsrf();
      // The server checks the file against the field's types and size: it must know which.
      const query = target ? `?module=${enc(target.module)}&field=${enc(target.field)}` : '';
      return sendFile(
        url(`/api/entes/${enc(ente)}/uploads${query}`),
        file,
        { ...(await sessionHeader()), ...csrf() },
        onProgress,
        signal,
      );
    },
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
        // The server says what the carry to a newer version dropped in `carried.dropped`.
        const d = await call<{ draft?: Draft; carried?: { dropped?: Draft['dropped'] } } & Draft>(
          `${mod(ente, moduleId)}/draft`,
        );
        const draft = d.draft ?? d;
        return d.carried?.dropped?.length ? { ...draft, dropped: d.carried.dropped } : draft;
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
    myPratiche: async (lang) => {
      const r = await call<{ pratiche?: Record<string, unknown>[]; drafts?: PersonalDrafts }>(
        `/api/me/pratiche${lang === 'en' ? '?lang=en' : ''}`,
      );
      return { pratiche: (r.pratiche ?? []).map(praticaSummaryOf), drafts: r.drafts ?? [] };
    },
    pratica: async (code, lang) =>
      praticaDetailOf(
        await call<MyPraticaAnswer>(`/api/me/pratiche/${enc(code)}${lang === 'en' ? '?lang=en' : ''}`),
      ),
    messages: async (code) =>
      (await call<{ messages: PraticaMessage[] }>(`/api/pratiche/${enc(code)}/messages`)).messages,
    sendMessage: async (code, body, attachments) =>
      call<{ status: string }>(`/api/pratiche/${enc(code)}/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ body, attachments }),
      }),
    uploadForPratica: async (code, file, onProgress) => {
      await ensureCsrf();
      return sendFile(
        url(`/api/pratiche/${enc(code)}/uploads`),
        file,
        { ...(await sessionHeader()), ...csrf() },
        onProgress,
      );
    },
    requestSubstitute: (code) => call(`/api/pratiche/${enc(code)}/substitute-request`, { method: 'POST' }),
    myRating: async (code) => {
      try {
        return (
          await call<{ rating: Awaited<ReturnType<ModuloApi['myRating']>> }>(
            `/api/pratiche/${enc(code)}/rating`,
          )
        ).rating;
      } catch (e) {
        if (e instanceof ApiError && e.status === 404) return null;
        throw e;
      }
    },
    services: async (ente, lang) =>
      (await call<{ services: CatalogueService[] }>(`/api/entes/${enc(ente)}/services?lang=${enc(lang)}`))
        .services,
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

type PersonalDrafts = Awaited<ReturnType<ModuloApi['myPratiche']>>['drafts'];

/**
 * A row of "Le mie pratiche" from the server's pratica (`subject`, `module.id`, `ente.id`,
 * `protocol.date`) or from a list already in the row's shape.
 */
export function praticaSummaryOf(p: Record<string, unknown>): PraticaSummary {
  const str = (v: unknown) => (typeof v === 'string' ? v : undefined);
  const module = p.module as { id?: string } | undefined;
  const ente = p.ente as { id?: string } | string | undefined;
  const protocol = p.protocol as { date?: string } | undefined;
  const code = String(p.code);
  return {
    code,
    title: str(p.title) ?? str(p.subject) ?? code,
    moduleId: str(p.moduleId) ?? module?.id,
    ente: typeof ente === 'string' ? ente : ente?.id,
    status: String(p.status ?? ''),
    statusLabel: str(p.statusLabel),
    filedAt: str(p.filedAt) ?? protocol?.date ?? '',
    answerDueBy: str(p.answerDueBy) ?? null,
    suspended: p.suspended === true,
  };
}

/** POSTs a file with upload progress (fetch has none), with the session's cookies and CSRF token. */
function sendFile(
  to: string,
  file: File,
  headers: Record<string, string>,
  onProgress?: (fraction: number) => void,
  signal?: AbortSignal,
): Promise<UploadedFile> {
  return new Promise<UploadedFile>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', to);
    xhr.withCredentials = true;
    xhr.setRequestHeader('Content-Type', file.type || 'application/octet-stream');
    xhr.setRequestHeader('X-Filename', encodeURIComponent(file.name));
    for (const [k, v] of Object.entries(headers)) xhr.setRequestHeader(k, v);
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
  });
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
    Array.isArray(e?.details) ? e.details : [],
    e?.messageEn,
  );
}
