import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { citizenOf } from '../auth/requireCitizen';
import { staffOf } from '../auth/requireStaff';
import { bearerOf, tokenOf } from '../auth/requireToken';
import type { Env } from '../env';
import { ApiError } from '../errors';
import type { StoredPratica } from '../storage/PraticaStore';
import { citizenListExtras, citizenProgress, CitizenProgressSchema } from './citizenPraticaView';
import { requireEnte } from './entesApi';
import { citizensPratica, citizensPraticheFilter } from './citizensPratica';
import { openApiApp } from './openApiApp';
import { FilingAnswerSchema, praticaAnswer } from './praticaAnswer';
import { EnteParam, errors } from './schemas';

const PraticaSchema = FilingAnswerSchema.shape.pratica;
const LangQuery = z.object({
  lang: z.enum(['it', 'en']).optional().openapi({
    description: 'The language of the state’s and timeline’s words (Italian, the law’s, by default)',
  }),
});
const CodeParam = z.object({
  code: z
    .string()
    .regex(/^[A-Z0-9-]{4,20}$/)
    .openapi({ param: { name: 'code', in: 'path' }, example: 'K7QM-4TZP' }),
});
const ListSchema = z.object({ pratiche: z.array(PraticaSchema) });
const MyListSchema = z.object({
  pratiche: z.array(
    PraticaSchema.extend({
      statusLabel: z.string(),
      suspended: z.boolean(),
      answerDueBy: z.string().nullable(),
    }),
  ),
});

/** Who may see which pratiche of an ente: everything, or the pratiche of some offices. */
type Visibility = { all: true } | { all: false; offices: string[] };

/**
 * Back-office readers of an ente's pratiche: an integration token with `pratiche:read` (all of
 * its ente), an admin (all), an operator or responsible (only their offices' pratiche). A
 * designer reads none. Nothing crosses entes.
 */
async function backOffice(c: Context<Env>, enteId: string): Promise<Visibility> {
  if (bearerOf(c)) {
    await tokenOf(c, 'pratiche:read');
    return { all: true };
  }
  const staff = staffOf(c, { ente: () => enteId, roles: ['operator', 'responsible'] });
  return staff.roles.includes('admin') ? { all: true } : { all: false, offices: staff.offices };
}

const notFound = (code: string) =>
  new ApiError('pratica_not_found', `Pratica ${code} non trovata.`, `Pratica ${code} not found.`);

const visible = (p: StoredPratica, v: Visibility) =>
  v.all || (p.assignment.officeId !== undefined && v.offices.includes(p.assignment.officeId));

const myList = createRoute({
  method: 'get',
  path: '/',
  tags: ['Pratiche'],
  summary: "The logged-in citizen's own pratiche, in every ente, with the state's words and the clock",
  request: { query: LangQuery },
  responses: {
    200: { description: 'Pratiche', content: { 'application/json': { schema: MyListSchema } } },
    ...errors(401),
  },
});
const myOne = createRoute({
  method: 'get',
  path: '/{code}',
  tags: ['Pratiche'],
  summary: "One of the citizen's own pratiche with its timeline and documents (someone else's is a 404)",
  request: {
    params: CodeParam,
    query: LangQuery,
  },
  responses: {
    200: {
      description: 'The pratica',
      content: {
        'application/json': { schema: z.object({ pratica: PraticaSchema, progress: CitizenProgressSchema }) },
      },
    },
    ...errors(401, 404),
  },
});
const enteList = createRoute({
  method: 'get',
  path: '/{ente}/pratiche',
  tags: ['Pratiche'],
  summary: "An ente's pratiche for its back office: admins and tokens see all, operators their offices'",
  request: { params: EnteParam },
  responses: {
    200: { description: 'Pratiche', content: { 'application/json': { schema: ListSchema } } },
    ...errors(401, 403, 404),
  },
});
const enteOne = createRoute({
  method: 'get',
  path: '/{ente}/pratiche/{code}',
  tags: ['Pratiche'],
  summary: 'One pratica of the ente, if the caller may see it (else 404)',
  request: { params: EnteParam.merge(CodeParam) },
  responses: {
    200: {
      description: 'The pratica',
      content: { 'application/json': { schema: z.object({ pratica: PraticaSchema }) } },
    },
    ...errors(401, 403, 404),
  },
});

/** `GET /api/me/pratiche[/:code]`: a citizen's own pratiche only. */
export function myPraticheApi() {
  return openApiApp()
    .openapi(myList, async (c) => {
      const citizen = citizenOf(c);
      const filter = citizensPraticheFilter(citizen);
      const { lang } = c.req.valid('query');
      const out = [];
      // Also those an integration token filed on the citizen's behalf (`onBehalfOf`).
      for (const ente of await c.get('store').entes.list())
        for (const p of await c.get('store').pratiche.list(ente.id, filter))
          out.push({
            ...praticaAnswer(p, ente).pratica,
            ...(await citizenListExtras(c.get('store'), p, c.get('now'), lang)),
          });
      return c.json({ pratiche: out }, 200);
    })
    .openapi(myOne, async (c) => {
      const { code } = c.req.valid('param');
      // Someone else's pratica does not exist for this citizen: 404, not 403.
      const { pratica: p } = await citizensPratica(c, code, () => notFound(code));
      const ente = await requireEnte(c, p.enteId);
      const progress = await citizenProgress(c.get('store'), p, c.get('now'), c.req.valid('query').lang);
      return c.json({ pratica: praticaAnswer(p, ente).pratica, progress }, 200);
    });
}

/** `GET /api/entes/:ente/pratiche[/:code]`: the back office's view, by role and office. */
export function entePraticheApi() {
  return openApiApp()
    .openapi(enteList, async (c) => {
      const ente = await requireEnte(c, c.req.valid('param').ente);
      const v = await backOffice(c, ente.id);
      const list = await c.get('store').pratiche.list(ente.id, v.all ? {} : { officeIds: v.offices });
      return c.json({ pratiche: list.map((p) => praticaAnswer(p, ente).pratica) }, 200);
    })
    .openapi(enteOne, async (c) => {
      const { ente: enteId, code } = c.req.valid('param');
      const ente = await requireEnte(c, enteId);
      const v = await backOffice(c, ente.id);
      const p = await c.get('store').pratiche.get(code);
      if (!p || p.enteId !== ente.id || !visible(p, v)) throw notFound(code);
      return c.json({ pratica: praticaAnswer(p, ente).pratica }, 200);
    });
}
