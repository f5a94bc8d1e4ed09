import type { DemoClient } from './createDemoIdp';

/**
 * The one relying party of the demo: the Modulo server. Shared by `npm start` and the tests; the
 * secret is no secret, as the provider is for trying things out only. Loopback redirect URIs
 * match on any port.
 */
export const DEMO_CLIENT: DemoClient = {
  clientId: process.env.DEMO_IDP_CLIENT_ID ?? 'modulo',
  clientSecret: process.env.DEMO_IDP_CLIENT_SECRET ?? 'modulo-demo-secret',
  redirectUris: (
    process.env.DEMO_IDP_REDIRECT_URIS ?? 'http://127.0.0.1/auth/callback,http://localhost/auth/callback'
  ).split(','),
};
