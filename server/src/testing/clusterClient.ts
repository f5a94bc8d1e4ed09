import { librarySample } from '@modulo/form-library';
import { demoLogin } from './demoLogin';

/** A logged-in citizen filing the demo's "segnalazione disservizio" at Montebello. */
export interface FilingClient {
  url: string;
  headers: Record<string, string>;
  path: string;
  body: string;
}

/** What the filing answered: 201 with the pratica, or the failure seen. */
export interface FilingOutcome {
  status: number;
  /** The instance that answered (HAProxy's `X-Modulo-Instance`). */
  instance?: string;
  pratica?: { code: string; registerHash: string; protocol: { number: number; year: number } };
  ms: number;
  /** Why the request failed without an answer (e.g. ECONNRESET). */
  error?: string;
}

/**
 * Logs Mario Rossi in through `url` (the load balancer: the login may start on one instance
 * and end on another) and prepares a filing with his session cookie, CSRF token and identity.
 */
export async function loginCitizen(url: string): Promise<FilingClient> {
  const { jar } = await demoLogin(url, 'ente=montebello&returnTo=/api/me&level=2', 'demo:mario-rossi');
  const me = (await (await jar.fetch(`${url}/api/me`)).json()) as {
    csrfToken: string;
    citizen: { fiscalNumber: string; givenName: string; familyName: string };
  };
  const { foto: _foto, ...answers } = librarySample('segnalazione-disservizio');
  Object.assign(answers, {
    codiceFiscale: me.citizen.fiscalNumber,
    nome: me.citizen.givenName,
    cognome: me.citizen.familyName,
  });
  return {
    url,
    path: '/api/entes/montebello/modules/segnalazione-disservizio/submissions',
    headers: { 'content-type': 'application/json', cookie: jar.header(url), 'x-csrf-token': me.csrfToken },
    body: JSON.stringify({ version: '1.0.0', answers }),
  };
}

/** One filing with an `Idempotency-Key`. A network error is status 0. */
export async function fileOnce(client: FilingClient, key: string): Promise<FilingOutcome> {
  const t = performance.now();
  try {
    const res = await fetch(client.url + client.path, {
      method: 'POST',
      headers: { ...client.headers, 'idempotency-key': key },
      body: client.body,
    });
    const instance = res.headers.get('x-modulo-instance') ?? undefined;
    if (res.status !== 201) {
      await res.arrayBuffer();
      return { status: res.status, instance, ms: performance.now() - t };
    }
    const { pratica } = (await res.json()) as { pratica: FilingOutcome['pratica'] };
    return { status: 201, instance, pratica, ms: performance.now() - t };
  } catch (e) {
    const cause = (e as { cause?: { code?: string; message?: string } }).cause;
    return { status: 0, ms: performance.now() - t, error: cause?.code ?? cause?.message ?? String(e) };
  }
}

/**
 * Files until acknowledged, retrying with the same key on a network error or a 5xx (an
 * instance died under the request): the key makes the retry file once, on any instance.
 */
export async function fileUntilAcknowledged(
  client: FilingClient,
  key: string,
  attempts = 50,
): Promise<FilingOutcome> {
  let last: FilingOutcome = { status: 0, ms: 0 };
  for (let i = 0; i < attempts; i++) {
    last = await fileOnce(client, key);
    if (last.status === 201 || (last.status >= 400 && last.status < 500)) return last;
    await new Promise((r) => setTimeout(r, 50 * (i + 1)));
  }
  return last;
}

/** Runs `total` tasks with at most `concurrency` at a time; returns their results in order. */
export async function pooled<T>(
  total: number,
  concurrency: number,
  task: (i: number) => Promise<T>,
): Promise<T[]> {
  const results: T[] = new Array<T>(total);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(concurrency, total) }, async () => {
      while (next < total) {
        const i = next++;
        results[i] = await task(i);
      }
    }),
  );
  return results;
}

/** The p-th percentile (0-100) of `values`. */
export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}
