import type { Draft, Identity, ModuloApi, PublishedModule } from '../api/ModuloApi';

/** What the first screen needs: the module, who is there, their draft. */
export interface FirstScreen {
  published: PublishedModule;
  identity: Identity | null;
  draft: Draft | null;
}

/**
 * The first screen's requests, all at once (a GET needs no CSRF token; without a session the
 * draft is a 401, read as "no draft"). The embed starts them as its script begins to run
 * (`embed/earlyStart.ts`), before the rest of the script is evaluated and the element rendered.
 */
export async function loadFirstScreen(
  api: ModuloApi,
  ente: string,
  modulo: string,
  version?: string,
): Promise<FirstScreen> {
  const [published, identity, draft] = await Promise.all([
    api.getModule(ente, modulo, version),
    api.me().catch(() => null),
    api.getDraft(ente, modulo).catch(() => null),
  ]);
  return { published, identity, draft };
}
