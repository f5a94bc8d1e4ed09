import { createRoute, z } from '@hono/zod-openapi';
import { ApiError } from '../errors';
import { receiptDataOf } from '../receipt/receiptDataOf';
import { renderReceipt } from '../receipt/renderReceipt';
import { isCitizensPratica } from './citizensPratica';
import { openApiApp } from './openApiApp';
import { errors } from './schemas';

const route = createRoute({
  method: 'get',
  path: '/{code}/receipt.pdf',
  tags: ['Pratiche'],
  summary: 'The receipt of a filing (art. 18-bis, art. 8 L. 241/1990) as PDF with PDF/A-2b metadata',
  request: {
    params: z.object({
      code: z
        .string()
        .max(20)
        .openapi({ param: { name: 'code', in: 'path' }, example: 'K7QM-4TZP' }),
    }),
  },
  responses: {
    200: {
      description: 'The receipt',
      content: { 'application/pdf': { schema: z.string().openapi({ format: 'binary' }) } },
    },
    ...errors(401, 404),
  },
});

/**
 * `/api/pratiche/{code}/receipt.pdf`: for the pratica's citizen (`isCitizensPratica`) and for staff of the ente.
 * Anyone else gets the same 404 as for a code that does not exist.
 */
export function receiptApi() {
  return openApiApp().openapi(route, async (c) => {
    const code = c.req.valid('param').code.trim().toUpperCase();
    const { citizen, staff, store, config } = c.var;
    if (!citizen && !staff) {
      throw new ApiError(
        'unauthenticated',
        'Accedi per scaricare la ricevuta.',
        'Log in to download the receipt.',
      );
    }
    const p = await store.pratiche.get(code);
    const mine =
      p !== undefined &&
      ((citizen !== undefined && isCitizensPratica(p, citizen)) ||
        (staff !== undefined && staff.enteId === p.enteId));
    if (!p || !mine) {
      throw new ApiError(
        'pratica_not_found',
        `Nessuna tua pratica con codice ${code}.`,
        `No pratica of yours with code ${code}.`,
      );
    }
    const [ente, version] = await Promise.all([
      store.entes.get(p.enteId),
      store.modules.version(p.enteId, p.moduleId, p.moduleVersion),
    ]);
    // A pratica names an ente and a published version that are never deleted.
    if (!ente || !version) throw new Error(`pratica ${p.code}: ente or module version missing`);
    const pdf = await renderReceipt(receiptDataOf(p, ente, version.module, config.publicUrl));
    c.header('Content-Type', 'application/pdf');
    // `?download`: the embed's link on a Comune's site, where the `download` attribute of a
    // link to another origin is ignored and the PDF would replace the citizen's page.
    const disposition = c.req.query('download') === undefined ? 'inline' : 'attachment';
    c.header('Content-Disposition', `${disposition}; filename="ricevuta-${p.code}.pdf"`);
    c.header('Cache-Control', 'private, no-store');
    return c.body(new Uint8Array(pdf), 200);
  });
}
