import { ApiError } from '../errors';

/** Hosts where a plain `http` origin is allowed: a developer's own machine. */
const LOOPBACK = new Set(['localhost', '127.0.0.1']);

/** Why an entry is not an embed origin. */
export type EmbedOriginProblem = 'not_a_url' | 'not_http' | 'not_bare' | 'not_https' | 'not_canonical';

const PROBLEMS: Record<EmbedOriginProblem, [it: string, en: string]> = {
  not_a_url: ['non è un indirizzo', 'is not a URL'],
  not_http: ['deve iniziare con https://', 'must start with https://'],
  not_bare: [
    'deve essere solo schema://host[:porta], senza percorso, parametri, frammento o credenziali',
    'must be a bare scheme://host[:port], with no path, query, fragment or credentials',
  ],
  not_https: [
    'deve usare https (http solo per localhost e 127.0.0.1)',
    'must use https (http only for localhost and 127.0.0.1)',
  ],
  not_canonical: [
    'va scritta in minuscolo e senza la porta predefinita',
    'must be lower case, without the default port',
  ],
};

/**
 * Checks one entry of an ente's embed origins: a bare `scheme://host[:port]` origin exactly as a
 * browser sends it in `Origin` (so CORS can compare strings), `https` except on localhost and
 * 127.0.0.1.
 */
export function checkEmbedOrigin(
  raw: string,
): { ok: true } | { ok: false; problem: EmbedOriginProblem; hint?: string } {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return { ok: false, problem: 'not_a_url' };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { ok: false, problem: 'not_http' };
  if (url.username || url.password || url.search || url.hash || url.pathname !== '/' || raw.endsWith('/'))
    return { ok: false, problem: 'not_bare', hint: url.origin };
  if (url.protocol === 'http:' && !LOOPBACK.has(url.hostname)) return { ok: false, problem: 'not_https' };
  if (url.origin !== raw) return { ok: false, problem: 'not_canonical', hint: url.origin };
  return { ok: true };
}

/**
 * The list an admin sent, checked entry by entry and without duplicates, or a coded 422
 * `invalid_embed_origin` that names the first bad entry (its value and `path` `/origins/<i>`).
 */
export function parseEmbedOrigins(list: readonly string[]): string[] {
  list.forEach((raw, i) => {
    const r = checkEmbedOrigin(raw);
    if (r.ok) return;
    const [it, en] = PROBLEMS[r.problem];
    const hint = r.hint
      ? { it: ` (forse ${r.hint}?)`, en: ` (did you mean ${r.hint}?)` }
      : { it: '', en: '' };
    throw new ApiError(
      'invalid_embed_origin',
      `L’origine «${raw}» ${it}${hint.it}.`,
      `The origin "${raw}" ${en}${hint.en}.`,
      { path: `/origins/${i}`, details: { origin: raw, problem: r.problem } },
    );
  });
  return [...new Set(list)];
}
