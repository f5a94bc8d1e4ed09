import { createClient } from '@modulo/server/client';
import type { ApiFailure, ApiResult } from '../api/DesignerApi';
import type { BackofficeApi } from './BackofficeApi';
import { praticaOf, inboxItemOf } from './BackofficeApi';

const unreachable: ApiFailure = {
  code: 'network_error',
  message: 'Il server non risponde.',
  messageEn: 'The server does not answer.',
};

/**
 * The server's answer as a result: its JSON body on success, its `{ error: { … } }` as a failed
 * result, a network failure as `network_error`. The body's type is the typed client's.
 */
async function answer<T>(call: () => Promise<Response>): Promise<ApiResult<T>> {
  let res: Response;
  try {
    res = await call();
  } catch {
    return { ok: false, error: unreachable };
  }
  const json = (await res.json().catch(() => undefined)) as unknown;
  if (res.ok) return { ok: true, value: json as T };
  const e = (json as { error?: Partial<ApiFailure> } | undefined)?.error;
  return {
    ok: false,
    error: {
      code: e?.code ?? `http_${res.status}`,
      message: e?.message ?? `Errore del server (${res.status}).`,
      messageEn: e?.messageEn ?? e?.message ?? `Server error (${res.status}).`,
    },
  };
}

type Body<R> = R extends { json(): Promise<infer B> }
  ? Exclude<B, { error: unknown } | string | Response>
  : never;

/** Calls the typed client and returns its success body (its type inferred from the server's route). */
const typed = <R extends Response>(call: () => Promise<R>) => answer<Body<R>>(call);

/**
 * The back office over the server's staff API through the typed client (`hc<AppType>`, types from
 * the server's routes; session cookie; writes carry the `X-CSRF-Token` of `GET /api/me`). A
 * refusal (the server's `{ error: { … } }`) comes back as a failed result.
 */
export function createHttpBackofficeApi(
  options: { baseUrl?: string; fetch?: typeof fetch } = {},
): BackofficeApi {
  const doFetch = options.fetch ?? fetch.bind(globalThis);
  const origin = options.baseUrl ?? '';
  const client = createClient(origin, { fetch: doFetch, init: { credentials: 'same-origin' } });
  const bo = client.api.backoffice;
  const accept = { accept: 'application/json' };
  let csrf: string | undefined;
  /** The headers of a write: the CSRF token of `GET /api/me`, read once. */
  async function writing(): Promise<Record<string, string>> {
    csrf ??= await client.api.me
      .$get(undefined, { headers: accept })
      .then((r) => r.json() as Promise<{ csrfToken?: string }>)
      .then((me) => me.csrfToken)
      .catch(() => undefined);
    return csrf ? { ...accept, 'x-csrf-token': csrf } : accept;
  }
  // hc puts path parameters in the URL as given: encode them here.
  const param = (code: string) => ({ code: encodeURIComponent(code) });

  return {
    async list(query) {
      const q: Record<string, string> = {};
      for (const [k, v] of Object.entries(query)) if (v !== undefined && v !== '') q[k] = String(v);
      const r = await typed(() => bo.pratiche.$get({ query: q }, { headers: accept }));
      return r.ok ? { ok: true, value: { items: r.value.items.map(inboxItemOf), total: r.value.total } } : r;
    },
    async get(code) {
      const r = await typed(() => bo.pratiche[':code'].$get({ param: param(code) }, { headers: accept }));
      return r.ok ? { ok: true, value: praticaOf(r.value) } : r;
    },
    async act(code, action) {
      const headers = await writing();
      const r = await typed(() =>
        bo.pratiche[':code'].actions.$post({ param: param(code), json: action }, { headers }),
      );
      return r.ok ? { ok: true, value: praticaOf(r.value.pratica) } : r;
    },
    async upload(blob, name) {
      const headers = { ...(await writing()), 'content-type': blob.type || 'application/octet-stream' };
      return typed(() =>
        bo.uploads.$post(
          { header: { 'x-filename': encodeURIComponent(name) } },
          { headers, init: { body: blob } },
        ),
      );
    },
    async sendMessage(code, message) {
      const headers = await writing();
      return typed(() =>
        bo.pratiche[':code'].messages.$post(
          { param: param(code), json: { body: message.body, attachments: message.attachments ?? [] } },
          { headers },
        ),
      );
    },
    async audit(code) {
      const r = await typed(() =>
        bo.pratiche[':code'].audit.$get({ param: param(code), query: {} }, { headers: accept }),
      );
      return r.ok ? { ok: true, value: r.value.events } : r;
    },
    directory: (enteId) =>
      typed(() =>
        client.api.entes[':ente'].directory.$get(
          { param: { ente: encodeURIComponent(enteId) } },
          { headers: accept },
        ),
      ),
    auditCsvHref: (code) =>
      origin + bo.pratiche[':code'].audit.$path({ param: param(code), query: { format: 'csv' } }),
    attachmentHref: (code, uploadId) =>
      origin +
      bo.pratiche[':code'].attachments[':uploadId'].$path({
        param: { ...param(code), uploadId: encodeURIComponent(uploadId) },
      }),
    monitoring: () => typed(() => bo.monitoring.$get({ query: {} }, { headers: accept })),
    monitoringCsvHref: () => origin + bo.monitoring.$path({ query: { format: 'csv' } }),
    ratings: (enteId, query = {}) => {
      const q: { module?: string; cursor?: string } = {};
      if (query.module) q.module = query.module;
      if (query.cursor) q.cursor = query.cursor;
      return typed(() =>
        client.api.entes[':ente'].monitoring.ratings.$get(
          { param: { ente: encodeURIComponent(enteId) }, query: q },
          { headers: accept },
        ),
      );
    },
  };
}
