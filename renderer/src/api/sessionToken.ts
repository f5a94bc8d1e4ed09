/** The fragment the server's login callback appends when it returns to a Comune's site. */
const CODE = /(?:^#|&)modulo-code=([\w-]+)/;
const ENTE = /(?:^#|&)modulo-ente=([a-z0-9-]+)/;

const storageKey = (server: string) => `modulo-session:${server}`;

/** One exchange per server and page: every element of the page waits on the same one. */
const pending = new Map<string, Promise<string | undefined>>();

/** Why the server refused the login's one-time code (the error codes of `session-handover`). */
export type LoginRefusal = 'handover_expired' | 'handover_invalid' | 'handover_wrong_ente';
const refusals = new Map<string, LoginRefusal>();

/**
 * Why the page's login code was refused by `server` (expired, used, another ente's), once the
 * exchange is over; undefined when there was none or it succeeded. The login prompt says it.
 */
export async function loginRefusal(server: string): Promise<LoginRefusal | undefined> {
  await sessionToken(server);
  return refusals.get(server);
}

/**
 * The citizen's session for `server` when the embed runs on another site: browsers block
 * third-party cookies, so after the login the server returns to the page with
 * `#modulo-code=<code>&modulo-ente=<ente>` (an origin the ente allowed; a fragment never
 * reaches a server). The code is taken out of the address at once and exchanged, once and
 * within a minute, by `POST /api/entes/{ente}/session-handover` for the session, which is kept
 * in this tab's `sessionStorage` (a reload keeps it, closing the tab ends it) and sent as
 * `X-Modulo-Session`. Undefined without one (same-site pages use the cookie).
 */
export function sessionToken(server: string): Promise<string | undefined> {
  let found = pending.get(server);
  if (!found) {
    found = resolveSession(server);
    pending.set(server, found);
  }
  return found;
}

/** Forgets the tab's session for `server` (after a logout). */
export function forgetSession(server: string): void {
  pending.set(server, Promise.resolve(undefined));
  refusals.delete(server);
  try {
    sessionStorage.removeItem(storageKey(server));
  } catch {
    // Storage refused: there was nothing kept.
  }
}

async function resolveSession(server: string): Promise<string | undefined> {
  if (typeof location === 'undefined' || typeof sessionStorage === 'undefined') return undefined;
  const code = CODE.exec(location.hash)?.[1];
  const ente = ENTE.exec(location.hash)?.[1];
  if (code && ente) {
    history.replaceState(history.state, '', location.href.replace(/#.*$/, ''));
    const exchanged = await exchange(server, ente, code);
    if (typeof exchanged === 'object') refusals.set(server, exchanged.refused);
    else if (exchanged) {
      try {
        sessionStorage.setItem(storageKey(server), exchanged);
      } catch {
        // Storage refused (privacy settings): the session lasts as long as the page.
      }
      return exchanged;
    }
  }
  try {
    return sessionStorage.getItem(storageKey(server)) ?? undefined;
  } catch {
    return undefined;
  }
}

const REFUSALS: readonly string[] = ['handover_expired', 'handover_invalid', 'handover_wrong_ente'];

/** The session, or why the server refused the code (undefined: the server did not answer). */
async function exchange(
  server: string,
  ente: string,
  code: string,
): Promise<string | { refused: LoginRefusal } | undefined> {
  try {
    const res = await fetch(`${server}/api/entes/${encodeURIComponent(ente)}/session-handover`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ code }),
    });
    // A used or expired code (a reload of an old address, a slow return): logged out, the login
    // is offered again, saying why.
    if (!res.ok) {
      const body = (await res.json().catch(() => ({}))) as { error?: { code?: string } };
      const said = body.error?.code ?? '';
      const refused = REFUSALS.includes(said)
        ? (said as LoginRefusal)
        : res.status === 410
          ? 'handover_expired'
          : 'handover_invalid';
      return { refused };
    }
    return ((await res.json()) as { session?: string }).session;
  } catch {
    return undefined;
  }
}
