import * as client from 'openid-client';

/** Where citizens log in: an OIDC provider (a SPID/CIE gateway, or the demo provider). */
export interface OidcSettings {
  issuer: string;
  clientId: string;
  clientSecret: string;
}

/**
 * The relying party's view of the provider, discovered on first use (the provider may start
 * after the server) and kept; a failed discovery is retried on the next login. Plain http is
 * allowed only for a loopback issuer (the demo provider on this machine).
 */
export function oidcClient(settings: OidcSettings) {
  let discovered: Promise<client.Configuration> | undefined;
  const url = new URL(settings.issuer);
  const loopback = ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);
  return {
    settings,
    config(): Promise<client.Configuration> {
      discovered ??= client
        .discovery(
          url,
          settings.clientId,
          settings.clientSecret,
          undefined,
          loopback && url.protocol === 'http:' ? { execute: [client.allowInsecureRequests] } : undefined,
        )
        .catch((err: unknown) => {
          discovered = undefined;
          throw err;
        });
      return discovered;
    },
  };
}

export type OidcClient = ReturnType<typeof oidcClient>;
