import { createRoute, z } from '@hono/zod-openapi';
import { ApiError } from '../errors';
import type { HandoverRefusal } from '../auth/sessionHandover';
import { redeemHandover } from '../auth/sessionHandover';
import { sha256Hex } from '../auth/sessionCookie';
import { openApiApp } from './openApiApp';
import { EnteParam, errors } from './schemas';

const ExchangeSchema = z
  .object({ code: z.string().min(1).max(100).openapi({ description: 'The `modulo-code` of the fragment' }) })
  .openapi('SessionHandoverExchange');

const SessionSchema = z
  .object({
    session: z.string().openapi({ description: 'The session secret, to send as `X-Modulo-Session`' }),
    expiresAt: z.string(),
  })
  .openapi('HandedSession');

const exchangeRoute = createRoute({
  method: 'post',
  path: '/{ente}/session-handover',
  tags: ['Login'],
  summary: "Exchange the login's one-time code (60 s, once) for the citizen's session, from the ente's site",
  description:
    'After a SPID/CIE login that returns to a page on an origin the ente allowed, the address ' +
    'carries `#modulo-code=<code>&modulo-ente=<ente>`: the embed there (a third party to this ' +
    'server, without its cookie) posts the code here, with the ente’s CORS, and sends the ' +
    'session it gets as `X-Modulo-Session`.',
  request: {
    params: EnteParam,
    body: { content: { 'application/json': { schema: ExchangeSchema } }, required: true },
  },
  responses: {
    200: { description: 'The session', content: { 'application/json': { schema: SessionSchema } } },
    ...errors(400, 403, 410),
  },
});

const REFUSALS: Record<HandoverRefusal, [string, string]> = {
  handover_invalid: [
    'Il codice di accesso non è valido o è già stato usato: accedi di nuovo.',
    'Unknown or already used login code: log in again.',
  ],
  handover_expired: [
    'Il codice di accesso è scaduto: accedi di nuovo.',
    'The login code has expired (it lasts 60 seconds): log in again.',
  ],
  handover_wrong_ente: [
    'Il codice di accesso è di un altro ente: accedi di nuovo dal servizio.',
    "The login code was issued for another ente's site.",
  ],
};

/** `POST /api/entes/{ente}/session-handover`: the embed's half of the login on a Comune's site. */
export function sessionHandoverApi() {
  return openApiApp().openapi(exchangeRoute, async (c) => {
    const { ente } = c.req.valid('param');
    const { store, now } = c.var;
    const redeemed = await redeemHandover(store.identity, now, ente, c.req.valid('json').code);
    if (!redeemed.ok) throw new ApiError(redeemed.code, ...REFUSALS[redeemed.code]);
    // The session may have ended (a logout) in the seconds since the login.
    const session = await store.identity.getSession(sha256Hex(redeemed.secret), now);
    if (session?.kind !== 'citizen') throw new ApiError('handover_invalid', ...REFUSALS.handover_invalid);
    return c.json({ session: redeemed.secret, expiresAt: session.expiresAt }, 200);
  });
}
