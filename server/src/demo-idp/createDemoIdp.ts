import { getRequestListener } from '@hono/node-server';
import type { HttpBindings } from '@hono/node-server';
import { Hono } from 'hono';
import { html } from 'hono/html';
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import Provider, { interactionPolicy } from 'oidc-provider';
import type { KoaContextLike } from 'oidc-provider';
import { acrOf, levelFromAcr } from '../auth/spidLevel';
import { bootstrapItaliaAssets, ASSETS_PREFIX } from '../pages/bootstrapItaliaAssets';
import { errorPage, idpPage, loggedOutPage, logoutPage, loginPage } from './idpPages';
import type { Persona } from './personas';

const EID = 'https://attributes.eid.gov.it/';
/** The SPID attribute claims, requestable by scope `profile` or one by one with `claims`. */
const EID_CLAIMS = ['fiscal_number', 'company_name', 'vat_number', 'e_delivery_service'].map((n) => EID + n);
const SCOPES: Record<string, string[]> = {
  openid: ['sub'],
  profile: ['given_name', 'family_name', 'birthdate', ...EID_CLAIMS],
  email: ['email'],
  phone: ['phone_number'],
  address: ['address'],
};

/** A relying party registered with the demo provider. */
export interface DemoClient {
  clientId: string;
  clientSecret: string;
  /**
   * Where it may send citizens back. A loopback URI (http://127.0.0.1/..., localhost) matches
   * any port (RFC 8252 native-client rule), so a server on a random test port fits.
   */
  redirectUris: string[];
}

/** Options of `createDemoIdp`. */
export interface DemoIdpOptions {
  /** The issuer URL, e.g. "http://127.0.0.1:3001": where it is reachable. */
  issuer: string;
  clients: DemoClient[];
  personas: Persona[];
}

/**
 * The demo identity provider: oidc-provider with SPID-like claims and levels (code flow, PKCE
 * required, `acr` = the level chosen on its own login page, the fiscal number as
 * `TINIT-...`), and Bootstrap Italia pages labelled "Identità di prova — non SPID". Returns
 * a Node request listener; `startDemoIdp` serves it on a port.
 */
export function createDemoIdp(options: DemoIdpOptions) {
  let personas = new Map(options.personas.map((p) => [p.sub, p]));
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const loopback = (uris: string[]) =>
    uris.every((u) => /^http:\/\/(127\.0\.0\.1|localhost|\[::1\])(:\d+)?\//.test(u));

  // No consent screen, not even for native (loopback) clients: the demo grants what is asked.
  const policy = interactionPolicy.base();
  policy.get('consent')?.checks.remove('native_client_prompt');

  const provider = new Provider(options.issuer, {
    clients: options.clients.map((c) => ({
      client_id: c.clientId,
      client_secret: c.clientSecret,
      client_name: 'Modulo',
      redirect_uris: c.redirectUris,
      // RFC 8252: a native client's loopback redirect matches on any port.
      application_type: loopback(c.redirectUris) ? 'native' : 'web',
      grant_types: ['authorization_code'],
      response_types: ['code'],
    })),
    jwks: { keys: [{ ...privateKey.export({ format: 'jwk' }), kid: 'demo', use: 'sig', alg: 'RS256' }] },
    cookies: { keys: [randomBytes(32).toString('base64url')] },
    pkce: { required: () => true },
    acrValues: ['SpidL1', 'SpidL2', 'SpidL3'].map((l) => acrOf(l as 'SpidL1')),
    claims: { ...SCOPES, acr: null },
    scopes: Object.keys(SCOPES),
    features: {
      devInteractions: { enabled: false },
      claimsParameter: { enabled: true },
      rpInitiatedLogout: {
        enabled: true,
        logoutSource: async (ctx: KoaContextLike, form: string) => {
          ctx.type = 'html';
          ctx.body = String(await logoutPage(form));
        },
        postLogoutSuccessSource: async (ctx: KoaContextLike) => {
          ctx.type = 'html';
          ctx.body = String(await loggedOutPage());
        },
      },
    },
    interactions: {
      policy,
      url: (_ctx: unknown, interaction: { uid: string }) => `/interaction/${interaction.uid}`,
    },
    renderError: async (ctx: KoaContextLike, out: Record<string, unknown>) => {
      ctx.type = 'html';
      ctx.body = String(await errorPage(out));
    },
    async findAccount(_ctx: unknown, sub: string) {
      const persona = personas.get(sub);
      if (!persona) return undefined;
      return { accountId: sub, claims: async () => ({ sub, ...persona.claims }) };
    },
    // No consent screen: the demo grants what the relying party asked for.
    async loadExistingGrant(ctx: KoaContextLike) {
      const { client, session, params } = ctx.oidc;
      if (!client || !session?.accountId) return undefined;
      const existing = ctx.oidc.result?.consent?.grantId ?? session.grantIdFor(client.clientId);
      if (existing) return ctx.oidc.provider.Grant.find(existing);
      const grant = new ctx.oidc.provider.Grant({ clientId: client.clientId, accountId: session.accountId });
      grant.addOIDCScope(String(params?.scope ?? 'openid'));
      grant.addOIDCClaims(['sub', 'acr', ...Object.values(SCOPES).flat()]);
      await grant.save();
      return grant;
    },
    ttl: {
      Interaction: 600,
      Session: 3600,
      Grant: 3600,
      AccessToken: 600,
      IdToken: 600,
      AuthorizationCode: 60,
    },
  });

  const pages = new Hono<{ Bindings: HttpBindings }>()
    .route(ASSETS_PREFIX, bootstrapItaliaAssets())
    .get('/', (c) =>
      c.html(
        idpPage(
          'Identità di prova',
          html`<h1>Identità di prova</h1>
            <p>
              Questo è il fornitore d’identità dimostrativo di Modulo. Si arriva qui dal pulsante «Entra con
              SPID» di un servizio; la configurazione OpenID Connect è in
              <a href="/.well-known/openid-configuration">/.well-known/openid-configuration</a>.
            </p>`,
        ),
      ),
    )
    .get('/interaction/:uid', async (c) => {
      const details = await provider.interactionDetails(c.env.incoming, c.env.outgoing);
      const level = levelFromAcr(String(details.params.acr_values ?? '').split(' ')[0]);
      return c.html(loginPage(details.uid, [...personas.values()], level, String(details.params.client_id)));
    })
    .post('/interaction/:uid/login', async (c) => {
      const form = await c.req.parseBody();
      const persona = personas.get(String(form.persona));
      const level = String(form.level);
      if (!persona || !['SpidL1', 'SpidL2', 'SpidL3'].includes(level))
        return c.html(errorPage({ error: 'Persona o livello non validi.' }), 400);
      const to = await provider.interactionResult(c.env.incoming, c.env.outgoing, {
        login: { accountId: persona.sub, acr: acrOf(level as 'SpidL2'), amr: ['pwd'] },
      });
      return c.redirect(to, 303);
    })
    .post('/interaction/:uid/abort', async (c) => {
      const to = await provider.interactionResult(c.env.incoming, c.env.outgoing, {
        error: 'access_denied',
        error_description: 'Accesso annullato.',
      });
      return c.redirect(to, 303);
    });
  pages.onError((err, c) => c.html(errorPage({ error: err.message }), 400));

  const pageListener = getRequestListener(pages.fetch);
  const oidc = provider.callback();
  const listener = (req: IncomingMessage, res: ServerResponse) => {
    const path = (req.url ?? '/').split('?')[0]!;
    if (path === '/' || path.startsWith('/interaction/') || path.startsWith(`${ASSETS_PREFIX}/`))
      void pageListener(req, res);
    else oidc(req, res);
  };
  /** Replaces the personas (staff personas are known only once the provider's issuer is). */
  const setPersonas = (list: Persona[]) => {
    personas = new Map(list.map((p) => [p.sub, p]));
  };
  return { provider, listener, setPersonas };
}
