import { CookieJar } from './cookieJar';

/** The outcome of a scripted login: the jar now holds the server's session cookie. */
export interface DemoLogin {
  jar: CookieJar;
  /** Where the server finally sent the browser (the `returnTo`). */
  location: string;
  /** Every URL the browser went through, for failure messages. */
  trail: string[];
}

/**
 * A browser's login, scripted with `fetch`: the server's `/auth/login` → the demo provider's
 * login page → its form posted with `persona` and `level` → the provider's redirects → the
 * server's `/auth/callback`. Throws with the trail when a step answers unexpectedly.
 */
export async function demoLogin(
  server: string,
  query: string,
  persona: string,
  level = 'SpidL2',
  jar = new CookieJar(),
): Promise<DemoLogin> {
  const trail: string[] = [];
  const step = async (url: string, init?: RequestInit) => {
    trail.push(`${init?.method ?? 'GET'} ${url}`);
    const res = await jar.fetch(url, init);
    trail.push(`  -> ${res.status} ${res.headers.get('location') ?? ''}`);
    return res;
  };
  const fail = (why: string) => new Error(`${why}\n${trail.join('\n')}`);
  const redirected = (r: Response) => r.status >= 300 && r.status < 400;
  let url = `${server}/auth/login?${query}`;
  let res = await step(url);
  while (redirected(res)) {
    url = new URL(res.headers.get('location')!, url).href;
    res = await step(url);
  }
  if (res.status !== 200 || !url.includes('/interaction/'))
    throw fail(`no login page (${res.status}): ${(await res.text()).slice(0, 300)}`);
  const action = /action="([^"]*\/login)"/.exec(await res.text())?.[1];
  if (!action) throw fail('no login form');
  url = new URL(action, url).href;
  res = await step(url, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ persona, level }).toString(),
  });
  while (redirected(res)) {
    url = new URL(res.headers.get('location')!, url).href;
    if (url.startsWith(`${server}/`) && new URL(url).pathname !== '/auth/callback')
      return { jar, location: url, trail };
    // Back to a Comune's site with the login's one-time code: the browser would leave here.
    if (new URL(url).hash.startsWith('#modulo-code=')) return { jar, location: url, trail };
    res = await step(url);
  }
  throw fail(`login ended with ${res.status}: ${(await res.text()).slice(0, 500)}`);
}
