import type { ApiFailure, ApiResult } from '../api/DesignerApi';
import type {
  AuditEntry,
  BackofficeApi,
  Directory,
  InboxQuery,
  OutgoingProtocol,
  PraticaDetail,
  PraticaMessage,
  PraticaSummary,
  UploadAnswer,
} from './BackofficeApi';

/**
 * The back office over the server's staff API (`/api/backoffice/pratiche`, session cookie;
 * writes carry the `X-CSRF-Token` of `GET /api/me`). A refusal (the server's `{ error: { … } }`)
 * comes back as a failed result.
 */
export function createHttpBackofficeApi(
  options: { baseUrl?: string; fetch?: typeof fetch } = {},
): BackofficeApi {
  const doFetch = options.fetch ?? fetch.bind(globalThis);
  const origin = options.baseUrl ?? '';
  const root = `${origin}/api/backoffice/pratiche`;
  const at = (code: string) => `${root}/${encodeURIComponent(code)}`;
  let csrf: string | undefined;

  async function call<T>(
    method: 'GET' | 'POST',
    url: string,
    body?: unknown,
    file?: { blob: Blob; name: string },
  ): Promise<ApiResult<T>> {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (method === 'POST') {
      if (file) {
        headers['content-type'] = file.blob.type || 'application/octet-stream';
        headers['x-filename'] = encodeURIComponent(file.name);
      } else headers['content-type'] = 'application/json';
      csrf ??= await doFetch(`${origin}/api/me`, { credentials: 'same-origin' })
        .then((r) => r.json() as Promise<{ csrfToken?: string }>)
        .then((me) => me.csrfToken)
        .catch(() => undefined);
      if (csrf) headers['x-csrf-token'] = csrf;
    }
    let res: Response;
    try {
      res = await doFetch(url, {
        method,
        headers,
        credentials: 'same-origin',
        body: file ? file.blob : body === undefined ? undefined : JSON.stringify(body),
      });
    } catch {
      return {
        ok: false,
        error: {
          code: 'network_error',
          message: 'Il server non risponde.',
          messageEn: 'The server does not answer.',
        },
      };
    }
    const json = (await res.json().catch(() => undefined)) as { error?: Partial<ApiFailure> } | undefined;
    if (!res.ok) {
      const e = json?.error;
      return {
        ok: false,
        error: {
          code: e?.code ?? `http_${res.status}`,
          message: e?.message ?? `Errore del server (${res.status}).`,
          messageEn: e?.messageEn ?? e?.message ?? `Server error (${res.status}).`,
        },
      };
    }
    return { ok: true, value: json as T };
  }

  return {
    list(query: InboxQuery) {
      const params = new URLSearchParams();
      for (const [k, v] of Object.entries(query)) if (v !== undefined && v !== '') params.set(k, String(v));
      const qs = params.toString();
      return call<{ items: PraticaSummary[]; total: number }>('GET', qs ? `${root}?${qs}` : root);
    },
    get: (code) => call<PraticaDetail>('GET', at(code)),
    async act(code, action) {
      const r = await call<{
        status: string;
        outgoingProtocol: OutgoingProtocol | null;
        pratica: PraticaDetail;
      }>('POST', `${at(code)}/actions`, action);
      return r.ok ? { ok: true, value: r.value.pratica } : r;
    },
    upload: (blob, name) =>
      call<UploadAnswer>('POST', `${origin}/api/backoffice/uploads`, undefined, { blob, name }),
    sendMessage: (code, message) =>
      call<{ message: PraticaMessage; status: string }>('POST', `${at(code)}/messages`, {
        body: message.body,
        attachments: message.attachments ?? [],
      }),
    async audit(code) {
      const r = await call<{ events: AuditEntry[] }>('GET', `${at(code)}/audit`);
      return r.ok ? { ok: true, value: r.value.events } : r;
    },
    directory: (enteId) =>
      call<Directory>('GET', `${origin}/api/entes/${encodeURIComponent(enteId)}/directory`),
    auditCsvHref: (code) => `${at(code)}/audit?format=csv`,
    attachmentHref: (code, uploadId) => `${at(code)}/attachments/${encodeURIComponent(uploadId)}`,
  };
}
