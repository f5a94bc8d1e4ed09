import { answerHeader } from '../answerHeader';
import { ApiError } from '../errors';
import { fileSubmission } from '../filing/fileSubmission';
import { requireEnte } from './entesApi';
import { openApiApp } from './openApiApp';
import { praticaAnswer } from './praticaAnswer';
import { citizenOf } from '../auth/requireCitizen';
import { filerOf } from './filerOf';
import { submissionRequest } from './submissionRequest';
import { submitRoute } from './submissionRoute';

const onBehalfOfMisused = (token: boolean) =>
  new ApiError(
    'invalid_request',
    token
      ? 'Chi presenta con un token di integrazione indica in onBehalfOf per quale cittadino.'
      : 'onBehalfOf vale solo per i sistemi con un token di integrazione.',
    token
      ? 'A filing with an integration token names the citizen in onBehalfOf.'
      : 'onBehalfOf is only for filings with an integration token.',
    { path: '/onBehalfOf' },
  );

/**
 * `POST /api/entes/:ente/modules/:moduleId/submissions`: by the logged-in citizen, or by an
 * integration token of the ente with `submissions:write` on behalf of the citizen it names
 * (submitter `token:<id>`, audited as such). Documented by `submitRoute` in /api/openapi.json,
 * served by a plain Hono handler: its request is read by `submissionRequest` (the same checks
 * and errors as the route's zod validators, without zod parsing the answers).
 */
export function submissionsApi() {
  const app = openApiApp();
  app.openAPIRegistry.registerPath(submitRoute);
  return app.post('/:ente/modules/:moduleId/submissions', async (c) => {
    const request = await submissionRequest(c);
    if (request instanceof Response) return request;
    const { enteId, moduleId, idempotencyKey, body } = request;
    const filer = await filerOf(c);
    const ente = await requireEnte(c, enteId);
    if ((body.onBehalfOf !== undefined) !== (filer.kind === 'token'))
      throw onBehalfOfMisused(filer.kind === 'token');
    if (filer.kind === 'citizen') {
      // The module's login level (SPID 1/2/3), before anything is filed.
      const asked = await c.get('store').modules.version(ente.id, moduleId, body.version);
      if (asked) citizenOf(c, asked.module.procedure.loginLevel);
    }
    const { pratica, replayed } = await fileSubmission(
      {
        store: c.get('store'),
        ente,
        moduleId,
        ...(filer.kind === 'citizen'
          ? { citizen: filer.citizen }
          : { citizen: body.onBehalfOf!, token: filer.token }),
        now: c.get('now'),
        ...(idempotencyKey ? { idempotencyKey } : {}),
      },
      body,
    );
    // On Node's response: the answer keeps @hono/node-server's fast path (answerHeader.ts).
    if (replayed) answerHeader(c, 'Idempotent-Replayed', 'true');
    answerHeader(
      c,
      'Location',
      filer.kind === 'citizen'
        ? `/api/me/pratiche/${pratica.code}`
        : `/api/entes/${ente.id}/pratiche/${pratica.code}`,
    );
    return c.json(praticaAnswer(pratica, ente), 201);
  });
}
