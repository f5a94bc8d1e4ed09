/**
 * A `performance.mark` on the embed's way to its first screen (`modulo:boot`, `modulo:defined`,
 * `modulo:data`, `modulo:first-screen`, `modulo:validator`): `pnpm bench:renderer` reads them to
 * say where the time goes; a page's own tools (DevTools' Performance panel) show them too.
 */
export function bootMark(name: string): void {
  if (typeof performance !== 'undefined' && typeof performance.mark === 'function') performance.mark(name);
}
