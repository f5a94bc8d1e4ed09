import { beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app';
import { openSqliteStore } from '../storage/sqlite/openSqliteStore';
import { authFixture, fileOnBehalf, LAURA } from '../testing/authFixture';

/**
 * The authorisation matrix: (actor × request) → status, each cell a real request through
 * `app.request()` with real sessions and tokens in a SQLite store. A new route adds rows here.
 * `P` names the fixture's pratiche: Mario's at borgo's URP, Laura's at borgo's Tributi, Mario's
 * at altro, and one borgo's integration token filed at Tributi on Laura's behalf (`forLaura`).
 */
type Cell = [actor: string, method: string, path: string, status: number, code?: string];

const P = {
  marioUrp: '{marioUrp}',
  lauraTributi: '{lauraTributi}',
  marioAltro: '{marioAltro}',
  forLaura: '{forLaura}',
};
const SUBMIT = '/api/entes/borgo/modules/nessuno/submissions';
/** The same route with a body that names the citizen a token files for. */
const SUBMIT_FOR = `${SUBMIT}?for=mario`;
const RATE = `/api/pratiche/${P.marioUrp}/rating`;
/** The citizen's routes on the pratica a token filed on Laura's behalf. */
const FOR = `/api/pratiche/${P.forLaura}`;
const FOR_MESSAGES = `${FOR}/messages`;
const FOR_DOCUMENT = `${FOR}/documents/{forLauraUpload}`;
const FOR_SUBSTITUTE = `${FOR}/substitute-request`;
const FOR_RATE = `${FOR}/rating`;

const MATRIX: Cell[] = [
  // Who am I
  ['anonymous', 'GET', '/api/me', 401, 'unauthenticated'],
  ['mario', 'GET', '/api/me', 200],
  ['adminBorgo', 'GET', '/api/me', 200],
  ['tokenRead', 'GET', '/api/me', 401, 'unauthenticated'],

  // A citizen sees only their own pratiche, in every ente, and nobody else's (404, not 403)
  ['anonymous', 'GET', '/api/me/pratiche', 401, 'unauthenticated'],
  ['mario', 'GET', '/api/me/pratiche', 200],
  ['mario', 'GET', `/api/me/pratiche/${P.marioUrp}`, 200],
  ['mario', 'GET', `/api/me/pratiche/${P.marioAltro}`, 200],
  ['mario', 'GET', `/api/me/pratiche/${P.lauraTributi}`, 404, 'pratica_not_found'],
  ['laura', 'GET', `/api/me/pratiche/${P.marioUrp}`, 404, 'pratica_not_found'],
  ['adminBorgo', 'GET', `/api/me/pratiche/${P.marioUrp}`, 401, 'unauthenticated'],
  ['mario', 'GET', '/api/entes/borgo/pratiche', 401, 'unauthenticated'],
  ['mario', 'GET', `/api/entes/borgo/pratiche/${P.marioUrp}`, 401, 'unauthenticated'],

  // An operator sees only their offices' pratiche; an admin all of their ente's
  ['operatorUrp', 'GET', `/api/entes/borgo/pratiche/${P.marioUrp}`, 200],
  ['operatorUrp', 'GET', `/api/entes/borgo/pratiche/${P.lauraTributi}`, 404, 'pratica_not_found'],
  ['operatorTributi', 'GET', `/api/entes/borgo/pratiche/${P.lauraTributi}`, 200],
  ['operatorTributi', 'GET', `/api/entes/borgo/pratiche/${P.marioUrp}`, 404, 'pratica_not_found'],
  ['adminBorgo', 'GET', `/api/entes/borgo/pratiche/${P.marioUrp}`, 200],
  ['adminBorgo', 'GET', `/api/entes/borgo/pratiche/${P.lauraTributi}`, 200],
  ['designerBorgo', 'GET', '/api/entes/borgo/pratiche', 403, 'forbidden'],
  ['designerBorgo', 'GET', `/api/entes/borgo/pratiche/${P.marioUrp}`, 403, 'forbidden'],
  ['anonymous', 'GET', '/api/entes/borgo/pratiche', 401, 'unauthenticated'],

  // Nothing crosses entes: not by path, not by pratica code
  ['adminAltro', 'GET', '/api/entes/borgo/pratiche', 403, 'forbidden'],
  ['adminAltro', 'GET', `/api/entes/borgo/pratiche/${P.marioUrp}`, 403, 'forbidden'],
  ['adminBorgo', 'GET', `/api/entes/borgo/pratiche/${P.marioAltro}`, 404, 'pratica_not_found'],
  ['adminBorgo', 'GET', '/api/entes/altro/pratiche', 403, 'forbidden'],
  ['adminAltro', 'GET', `/api/entes/altro/pratiche/${P.marioAltro}`, 200],
  ['adminBorgo', 'GET', '/api/entes/altro/directory', 403, 'forbidden'],
  ['adminBorgo', 'GET', '/api/entes/altro/admin/tokens', 403, 'forbidden'],

  // Tokens: only their scopes and their ente; revoked ones are dead
  ['tokenRead', 'GET', '/api/entes/borgo/pratiche', 200],
  ['tokenRead', 'GET', `/api/entes/borgo/pratiche/${P.lauraTributi}`, 200],
  ['tokenRead', 'GET', `/api/entes/borgo/pratiche/${P.marioAltro}`, 404, 'pratica_not_found'],
  ['tokenRead', 'GET', '/api/entes/altro/pratiche', 403, 'forbidden'],
  ['tokenRead', 'GET', '/api/entes/borgo/directory', 403, 'insufficient_scope'],
  ['tokenDirectory', 'GET', '/api/entes/borgo/directory', 200],
  ['tokenDirectory', 'GET', '/api/entes/borgo/pratiche', 403, 'insufficient_scope'],
  ['tokenAltro', 'GET', '/api/entes/borgo/pratiche', 403, 'forbidden'],
  ['tokenAltro', 'GET', '/api/entes/borgo/directory', 403, 'forbidden'],
  ['tokenRevoked', 'GET', '/api/entes/borgo/pratiche', 401, 'invalid_token'],
  ['tokenRead', 'GET', '/api/entes/borgo/admin/tokens', 401, 'unauthenticated'],
  ['tokenRead', 'GET', '/api/me/pratiche', 401, 'unauthenticated'],

  // The directory is for the ente's staff and systems
  ['anonymous', 'GET', '/api/entes/borgo/directory', 401, 'unauthenticated'],
  ['mario', 'GET', '/api/entes/borgo/directory', 401, 'unauthenticated'],
  ['designerBorgo', 'GET', '/api/entes/borgo/directory', 200],

  // Integration tokens are managed by the ente's admins only
  ['adminBorgo', 'GET', '/api/entes/borgo/admin/tokens', 200],
  ['operatorUrp', 'GET', '/api/entes/borgo/admin/tokens', 403, 'forbidden'],
  ['designerBorgo', 'GET', '/api/entes/borgo/admin/tokens', 403, 'forbidden'],
  ['mario', 'GET', '/api/entes/borgo/admin/tokens', 401, 'unauthenticated'],
  ['adminBorgo', 'POST', '/api/entes/borgo/admin/tokens', 201],
  ['adminBorgoNoCsrf', 'POST', '/api/entes/borgo/admin/tokens', 403, 'csrf_failed'],
  ['adminAltro', 'POST', '/api/entes/borgo/admin/tokens', 403, 'forbidden'],
  ['adminBorgo', 'DELETE', '/api/entes/borgo/admin/tokens/tok-altro', 404, 'not_found'],

  // Where the ente's forms may be embedded: its admins only (writes: embedOriginsApi.test.ts)
  ['adminBorgo', 'GET', '/api/entes/borgo/embed-origins', 200],
  ['designerBorgo', 'GET', '/api/entes/borgo/embed-origins', 403, 'forbidden'],
  ['operatorUrp', 'GET', '/api/entes/borgo/embed-origins', 403, 'forbidden'],
  ['adminAltro', 'GET', '/api/entes/borgo/embed-origins', 403, 'forbidden'],
  ['mario', 'GET', '/api/entes/borgo/embed-origins', 401, 'unauthenticated'],
  ['tokenRead', 'GET', '/api/entes/borgo/embed-origins', 401, 'unauthenticated'],

  // Module administration (server-modules' routes, through auth's staffOf)
  ['designerBorgo', 'GET', '/api/entes/borgo/admin/modules', 200],
  ['adminBorgo', 'GET', '/api/entes/borgo/admin/modules', 200],
  ['operatorUrp', 'GET', '/api/entes/borgo/admin/modules', 403, 'forbidden'],
  ['adminAltro', 'GET', '/api/entes/borgo/admin/modules', 403, 'forbidden'],
  ['mario', 'GET', '/api/entes/borgo/admin/modules', 401, 'unauthenticated'],
  ['tokenRead', 'GET', '/api/entes/borgo/admin/modules', 401, 'unauthenticated'],

  // Drafts are a citizen's own (the module is unknown here: past authentication is a 404)
  ['anonymous', 'GET', '/api/entes/borgo/modules/nessuno/draft', 401, 'unauthenticated'],
  ['adminBorgo', 'GET', '/api/entes/borgo/modules/nessuno/draft', 401, 'unauthenticated'],
  ['mario', 'GET', '/api/entes/borgo/modules/nessuno/draft', 404, 'module_not_found'],
  ['marioNoCsrf', 'DELETE', '/api/entes/borgo/modules/nessuno/draft', 403, 'csrf_failed'],
  ['mario', 'DELETE', '/api/entes/borgo/modules/nessuno/draft', 404, 'draft_not_found'],

  // Filing: a logged-in citizen with the CSRF token gets past authentication (the module is unknown)
  ['anonymous', 'POST', SUBMIT, 401, 'unauthenticated'],
  ['marioNoCsrf', 'POST', SUBMIT, 403, 'csrf_failed'],
  ['mario', 'POST', SUBMIT, 404, 'module_not_found'],
  ['adminBorgo', 'POST', SUBMIT, 401, 'unauthenticated'],
  ['tokenRead', 'POST', SUBMIT_FOR, 403, 'insufficient_scope'],
  // An integration token with submissions:write files for the citizen it names, in its ente only
  ['tokenFile', 'POST', SUBMIT_FOR, 404, 'module_not_found'],
  ['tokenFile', 'POST', SUBMIT, 400, 'invalid_request'],
  ['mario', 'POST', SUBMIT_FOR, 400, 'invalid_request'],
  ['tokenAltro', 'POST', SUBMIT_FOR, 403, 'forbidden'],
  ['tokenRevoked', 'POST', SUBMIT_FOR, 401, 'invalid_token'],

  // Rating a service: the citizen who filed, once (same 404 for others' pratiche)
  ['anonymous', 'POST', RATE, 401, 'unauthenticated'],
  ['adminBorgo', 'POST', RATE, 401, 'unauthenticated'],
  ['marioNoCsrf', 'POST', RATE, 403, 'csrf_failed'],
  ['laura', 'POST', RATE, 404, 'pratica_not_found'],
  ['mario', 'POST', RATE, 201],
  ['mario', 'POST', RATE, 409, 'already_rated'],
  ['mario', 'GET', RATE, 200],
  ['laura', 'GET', RATE, 404, 'pratica_not_found'],

  // Filed by a token on Laura's behalf: hers on every citizen route, like one she filed; the
  // token's submitter is nobody's citizen key, Mario (a third citizen) gets the unknown code's
  // 404, and the other ente sees nothing
  ['laura', 'GET', `/api/me/pratiche/${P.forLaura}`, 200],
  ['mario', 'GET', `/api/me/pratiche/${P.forLaura}`, 404, 'pratica_not_found'],
  ['tokenFile', 'GET', `/api/me/pratiche/${P.forLaura}`, 401, 'unauthenticated'],
  ['laura', 'GET', FOR_DOCUMENT, 200],
  ['mario', 'GET', FOR_DOCUMENT, 404, 'upload_not_found'],
  ['laura', 'GET', FOR_MESSAGES, 200],
  ['mario', 'GET', FOR_MESSAGES, 404, 'pratica_not_found'],
  ['mario', 'POST', FOR_MESSAGES, 404, 'pratica_not_found'],
  ['laura', 'POST', FOR_MESSAGES, 201],
  ['mario', 'POST', FOR_SUBSTITUTE, 404, 'pratica_not_found'],
  ['laura', 'POST', FOR_SUBSTITUTE, 201],
  ['mario', 'POST', FOR_RATE, 404, 'pratica_not_found'],
  ['laura', 'POST', FOR_RATE, 201],
  ['laura', 'GET', FOR_RATE, 200],
  ['mario', 'GET', FOR_RATE, 404, 'pratica_not_found'],
  ['mario', 'GET', `${FOR}/receipt.pdf`, 404, 'pratica_not_found'],
  ['adminAltro', 'GET', `/api/entes/altro/pratiche/${P.forLaura}`, 404, 'pratica_not_found'],
  ['adminAltro', 'GET', `/api/entes/borgo/pratiche/${P.forLaura}`, 403, 'forbidden'],
  ['tokenAltro', 'GET', `/api/entes/borgo/pratiche/${P.forLaura}`, 403, 'forbidden'],
  ['tokenAltro', 'GET', `/api/entes/altro/pratiche/${P.forLaura}`, 404, 'pratica_not_found'],
  ['adminAltro', 'GET', `/api/backoffice/pratiche/${P.forLaura}/messages`, 404, 'pratica_not_found'],
  ['tokenRead', 'GET', `/api/entes/borgo/pratiche/${P.forLaura}`, 200],
];

const BODIES: Record<string, unknown> = {
  [SUBMIT]: { version: '1.0.0', answers: {} },
  [SUBMIT_FOR]: { version: '1.0.0', answers: {}, onBehalfOf: { fiscalNumber: 'RSSMRA80A01H501U' } },
  [RATE]: { score: 5, followUp: 'clear-questions' },
  [FOR_RATE]: { score: 4, followUp: 'clear-questions' },
  [FOR_MESSAGES]: { body: 'Il gestionale ha presentato per me: ecco una precisazione.' },
  '/api/entes/borgo/admin/tokens': { name: 'Gestionale', scopes: ['pratiche:read'] },
};

const store = openSqliteStore(':memory:');
const app = createApp({ store });
let fixture: Awaited<ReturnType<typeof authFixture>>;
let codes: Record<string, string>;
beforeAll(async () => {
  fixture = await authFixture(store);
  const forLaura = await fileOnBehalf(store, 'borgo', 'tok-file', LAURA);
  codes = { ...fixture.pratiche, forLaura: forLaura.code, forLauraUpload: forLaura.uploadId };
});

describe('authorisation matrix', () => {
  it.each(MATRIX)('%s %s %s → %i %s', async (actor, method, template, status, code) => {
    const path = template.replace(/\{(\w+)\}/g, (_, k: string) => codes[k]!);
    const body = method === 'POST' ? BODIES[template] : undefined;
    const res = await app.request(path, {
      method,
      headers: { ...fixture.actors[actor], ...(body ? { 'content-type': 'application/json' } : {}) },
      ...(body ? { body: JSON.stringify(body) } : {}),
    });
    const json = (res.headers.get('content-type')?.includes('json') ? await res.json() : {}) as {
      error?: { code: string };
    };
    expect({ status: res.status, code: json.error?.code }).toEqual({ status, code });
  });

  it('lists exactly what each reader may see', async () => {
    const list = async (actor: string, path: string) => {
      const res = await app.request(path, { headers: fixture.actors[actor] });
      return ((await res.json()) as { pratiche: { code: string }[] }).pratiche.map((p) => p.code).sort();
    };
    const { marioUrp, lauraTributi, marioAltro, forLaura } = codes as Record<string, string>;
    const borgo = [marioUrp, lauraTributi, forLaura].sort();
    expect(await list('mario', '/api/me/pratiche')).toEqual([marioUrp, marioAltro].sort());
    expect(await list('laura', '/api/me/pratiche')).toEqual([lauraTributi, forLaura].sort());
    expect(await list('operatorUrp', '/api/entes/borgo/pratiche')).toEqual([marioUrp]);
    expect(await list('operatorTributi', '/api/entes/borgo/pratiche')).toEqual(
      [lauraTributi, forLaura].sort(),
    );
    expect(await list('adminBorgo', '/api/entes/borgo/pratiche')).toEqual(borgo);
    expect(await list('tokenRead', '/api/entes/borgo/pratiche')).toEqual(borgo);
    expect(await list('adminAltro', '/api/entes/altro/pratiche')).toEqual([marioAltro]);
    expect(await list('tokenAltro', '/api/entes/altro/pratiche')).toEqual([marioAltro]);
  });
});
