import type { Context } from 'hono';

/** The part of Node's response a header is set on. */
interface HeaderTarget {
  setHeader: (name: string, value: string) => unknown;
}

/** What @hono/node-server passes as the request's bindings: Node's response. */
interface NodeBindings {
  outgoing?: Partial<HeaderTarget> & { headersSent?: boolean };
}

/** Node's response of this request, while its head can still be set; undefined elsewhere. */
export function nodeResponse(c: Context): HeaderTarget | undefined {
  const outgoing = (c.env as NodeBindings | undefined)?.outgoing;
  return typeof outgoing?.setHeader === 'function' && !outgoing.headersSent
    ? (outgoing as HeaderTarget)
    : undefined;
}

/**
 * Sets a header of the answer about to be returned. On Node it goes on the socket's response
 * (Node merges it with the answer's own when the head is written): `c.header()` makes Hono give
 * the answer an undici `Headers`, which takes @hono/node-server off its fast path (see
 * `securityHeaders.ts`). Elsewhere (`app.request()` in tests) `c.header()`. Call it just before
 * returning the answer it belongs to: on Node it stays set even if the handler throws after it.
 */
export function answerHeader(c: Context, name: string, value: string): void {
  const node = nodeResponse(c);
  if (node) node.setHeader(name, value);
  else c.header(name, value);
}
