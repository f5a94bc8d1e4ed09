import { Hono } from 'hono';
import type { Context } from 'hono';
import { getConnInfo } from '@hono/node-server/conninfo';
import * as client from 'openid-client';
import type { Env } from '../env';
import { ApiError } from '../errors';
import type { Ente } from '../storage/EnteStore';
import { CSRF_HEADER } from './checkCsrf';
import { citizenFromClaims, EID } from './citizenFromClaims';
import type { OidcClient } from './oidcClient';
import { checkLoginRate, clearLoginFailures, recordLoginFailure } from './loginRateLimit';
import { verifyPassword } from './password';
import { safeReturnTo } from './safeReturnTo';
import { clearSessionCookie, readSessionCookie, sha256Hex } from './sessionCookie';
import type { StaffSubject } from './sessionMiddleware';
import { acrOf, parseLevel } from './spidLevel';
import { handoverFragment, issueHandover } from './sessionHandover';
import { startSession } from './startSession';

/** A pending login expires after this long (the citizen is at the provider meanwhile). */
const LOGIN_STATE_TTL_SECONDS = 600;

/** What the relying party asks for: SPID's attribute set, in the userinfo answer. */
const CLAIMS_REQUEST = JSON.stringify({
  id_token: { acr: { essential: true } },
  userinfo: Object.fromEntries(
    [
      'given_name',
      'family_name',
      'birthdate',
      'email',
      'phone_number',
      'address',
      ...['fiscal_number', 'company_name', 'vat_number', 'e_delivery_service'].map((n) => EID + n),
    ].map((n) => [n, n.endsWith('fiscal_number') ? { essential: true } : null]),
  ),
});

const loginFailed = (it: string, en: string, details?: unknown) =>
  new ApiError('login_failed', it, en, details === undefined ? {} : { details });

async function enteOf(c: Context<Env>, id: string | undefined): Promise<Ente | undefined> {
  if (id === undefined || id === '') return undefined;
  const ente = await c.get('store').entes.get(id);
  if (!ente) throw new ApiError('ente_not_found', `Ente "${id}" non trovato.`, `Ente "${id}" not found.`);
  return ente;
}

/** The client address, for the login rate limit; `app.request()` in tests has none. */
function clientIp(c: Context<Env>): string {
  // Behind a load balancer (TRUST_PROXY=1) every connection comes from it: the client is the
  // last X-Forwarded-For entry, the one the balancer appended (earlier ones are the client's).
  if (process.env.TRUST_PROXY === '1') {
    const last = c.req.header('x-forwarded-for')?.split(',').pop()?.trim();
    if (last) return last;
  }
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'unknown';
  }
}

/** This server's origin as the browser sees it: where `/auth/callback` is. */
const selfOrigin = (c: Context<Env>) => new URL(c.req.url).origin;

/**
 * `/auth`: OIDC login for citizens and staff (code flow, PKCE S256, `acr_values` from `level`,
 * SPID claims requested with `claims`), the callback that opens a session, logout, and the staff
 * password login. Pending logins and sessions live in the store, never only in memory.
 */
export function authRoutes(oidc: OidcClient | undefined) {
  const requireOidc = () => {
    if (!oidc)
      throw new ApiError(
        'unavailable',
        'L’accesso con SPID/CIE non è configurato su questo server.',
        'No OIDC provider is configured (OIDC_ISSUER).',
      );
    return oidc;
  };

  return new Hono<Env>()
    .get('/login', async (c) => {
      const rp = requireOidc();
      const kind = c.req.query('kind') === 'staff' ? 'staff' : 'citizen';
      const ente = await enteOf(c, c.req.query('ente'));
      const returnTo = safeReturnTo(c.req.query('returnTo'), selfOrigin(c), ente);
      if (returnTo === undefined)
        throw new ApiError(
          'invalid_return_to',
          'L’indirizzo di ritorno non è consentito.',
          'returnTo must be a path of this server or a URL on one of the ente’s allowed origins.',
        );
      const asked = c.req.query('level');
      const level = asked === undefined ? 'SpidL2' : parseLevel(asked);
      if (!level)
        throw new ApiError(
          'invalid_request',
          'Livello di accesso non valido.',
          'level must be SpidL1, SpidL2 or SpidL3.',
        );
      const config = await rp.config().catch((err: unknown) => {
        throw new ApiError(
          'unavailable',
          'Il servizio di accesso non risponde. Riprova fra poco.',
          `OIDC discovery failed: ${err instanceof Error ? err.message : String(err)}`,
        );
      });
      const codeVerifier = client.randomPKCECodeVerifier();
      const state = client.randomState();
      const nonce = client.randomNonce();
      await c.get('store').identity.putLoginState({
        state,
        codeVerifier,
        nonce,
        kind,
        level,
        returnTo,
        ...(ente ? { enteId: ente.id } : {}),
        expiresAt: new Date(c.get('now').getTime() + LOGIN_STATE_TTL_SECONDS * 1000).toISOString(),
      });
      const url = client.buildAuthorizationUrl(config, {
        redirect_uri: `${selfOrigin(c)}/auth/callback`,
        scope: 'openid profile email phone address',
        code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
        code_challenge_method: 'S256',
        state,
        nonce,
        acr_values: acrOf(level),
        claims: CLAIMS_REQUEST,
        // SPID asks every time; a provider session must not silently log in someone else.
        prompt: 'login',
      });
      return c.redirect(url.href, 302);
    })
    .get('/callback', async (c) => {
      const rp = requireOidc();
      const pending = await c.get('store').identity.takeLoginState(c.req.query('state') ?? '', c.get('now'));
      if (!pending)
        throw loginFailed(
          'L’accesso è scaduto o è già stato usato: ricomincia dal servizio.',
          'Unknown, used or expired state: start again at /auth/login.',
        );
      if (c.req.query('error') !== undefined) {
        // The citizen cancelled at the provider: back where they came from, still logged out.
        const back = new URL(pending.returnTo, selfOrigin(c));
        back.searchParams.set('login', 'cancelled');
        return c.redirect(back.origin === selfOrigin(c) ? back.pathname + back.search : back.href, 303);
      }
      const config = await rp.config();
      let claims: Record<string, unknown>;
      try {
        const tokens = await client.authorizationCodeGrant(config, new URL(c.req.url), {
          pkceCodeVerifier: pending.codeVerifier,
          expectedState: pending.state,
          expectedNonce: pending.nonce,
          idTokenExpected: true,
        });
        const idClaims = tokens.claims()!;
        const userinfo = await client.fetchUserInfo(config, tokens.access_token, idClaims.sub);
        claims = { ...userinfo, ...idClaims };
      } catch (err) {
        throw loginFailed(
          'L’accesso non è riuscito: ricomincia dal servizio.',
          `OIDC code exchange failed: ${err instanceof Error ? err.message : String(err)}`,
        );
      }
      const issuer = config.serverMetadata().issuer;
      if (pending.kind === 'staff') {
        const subject = `${issuer} ${String(claims.sub)}`;
        const bound = (await c.get('store').identity.findStaffByOidcSubject(subject)).filter(
          (s) => pending.enteId === undefined || s.enteId === pending.enteId,
        );
        const cred = bound[0];
        const ente = cred && (await c.get('store').entes.get(cred.enteId));
        if (!cred || !ente?.staff.some((m) => m.id === cred.staffId))
          throw new ApiError(
            'forbidden',
            'Questa identità non corrisponde a nessun account del personale dell’ente.',
            `No staff account is bound to ${subject}${pending.enteId ? ` in ${pending.enteId}` : ''}.`,
          );
        const subjectJson: StaffSubject = { enteId: cred.enteId, staffId: cred.staffId, method: 'oidc' };
        await startSession(c, 'staff', { ...subjectJson });
      } else {
        const mapped = citizenFromClaims(issuer, claims);
        if (!mapped.ok)
          throw loginFailed(mapped.error.message, mapped.error.messageEn, { code: mapped.error.code });
        const { secret } = await startSession(c, 'citizen', { ...mapped.citizen });
        // Back to a Comune's site (an origin the ente allowed): the embed there is a third party
        // to this server, and browsers block third-party cookies (Chromium, Safari, Firefox), so
        // it gets a one-time code in the fragment (never sent to a server), exchanges it by POST
        // for the session (`sessionHandoverApi`), keeps that for the tab and sends it as
        // `X-Modulo-Session`. Same-site pages keep using the cookie.
        const back = new URL(pending.returnTo, selfOrigin(c));
        if (back.origin !== selfOrigin(c) && pending.enteId) {
          const code = await issueHandover(
            c.get('store').identity,
            c.get('now'),
            pending.enteId,
            secret,
            c.get('config').handoverTtlSeconds,
          );
          back.hash = handoverFragment(code, pending.enteId);
          return c.redirect(back.href, 303);
        }
      }
      return c.redirect(pending.returnTo, 303);
    })
    .post('/logout', async (c) => {
      // A logout form cannot set headers: the CSRF token may come as a form field too.
      const form = (c.req.header('content-type') ?? '').includes('form') ? await c.req.parseBody() : {};
      const sent = c.req.header(CSRF_HEADER) ?? (typeof form.csrf === 'string' ? form.csrf : '');
      const session = c.get('session');
      if (session && sent !== session.csrfToken)
        throw new ApiError(
          'csrf_failed',
          'Richiesta non valida: ricarica la pagina e riprova.',
          'Logout needs the CSRF token.',
        );
      // The session of this request, from the cookie or (an embed on a Comune's site) the
      // X-Modulo-Session header; an expired cookie's row may still be there.
      const secret = readSessionCookie(c);
      if (session) await c.get('store').identity.deleteSession(session.id);
      if (secret) await c.get('store').identity.deleteSession(sha256Hex(secret));
      clearSessionCookie(c);
      const returnTo = safeReturnTo(
        c.req.query('returnTo') ?? (typeof form.returnTo === 'string' ? form.returnTo : undefined),
        selfOrigin(c),
      );
      return returnTo && c.req.header('accept')?.includes('text/html')
        ? c.redirect(returnTo, 303)
        : c.json({ loggedOut: true }, 200);
    })
    .post('/staff/password', async (c) => {
      const body = (c.req.header('content-type') ?? '').includes('json')
        ? ((await c.req.json().catch(() => ({}))) as Record<string, unknown>)
        : await c.req.parseBody();
      const [enteId, username, password] = [body.ente, body.username, body.password].map((v) =>
        typeof v === 'string' ? v : '',
      ) as [string, string, string];
      if (!enteId || !username || !password)
        throw new ApiError(
          'invalid_request',
          'Indica ente, utente e password.',
          'ente, username and password are required.',
        );
      const ip = clientIp(c);
      const { store, now } = c.var;
      await checkLoginRate(store.identity, now, ip, enteId, username);
      const cred = await store.identity.findStaffByUsername(enteId, username);
      const member = cred && (await store.entes.get(enteId))?.staff.find((m) => m.id === cred.staffId);
      // verifyPassword spends the same time with no account: timing does not tell who exists.
      const ok = (await verifyPassword(password, cred?.passwordHash)) && member !== undefined;
      if (!ok || !cred || !member) {
        await recordLoginFailure(store.identity, now, ip, enteId, username);
        throw new ApiError(
          'invalid_credentials',
          'Utente o password non corretti.',
          'Wrong username or password.',
        );
      }
      await clearLoginFailures(store.identity, ip, enteId, username);
      const subject: StaffSubject = { enteId, staffId: cred.staffId, method: 'password' };
      const { csrfToken } = await startSession(c, 'staff', { ...subject });
      return c.json(
        {
          staff: {
            enteId,
            id: member.id,
            name: member.name,
            roles: member.roles,
            offices: member.offices,
          },
          csrfToken,
        },
        200,
      );
    });
}
