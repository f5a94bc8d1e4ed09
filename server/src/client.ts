import { hc } from 'hono/client';
import type { AppType } from './app';

/**
 * A typed client of the whole API for the UIs: `createClient('/').api.entes.$get()`.
 * Types only come from the server; nothing of the server is bundled.
 */
export function createClient(baseUrl: string, options?: Parameters<typeof hc>[1]) {
  return hc<AppType>(baseUrl, options);
}

export type { AppType };
