import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { followUpsFor, RATING_COMMENT_MAX_LENGTH, RATING_FOLLOW_UPS } from '@modulo/procedure';
import type { RatingFollowUp } from '@modulo/procedure';
import type { Env } from '../env';
import { ApiError } from '../errors';
import type { Rating } from '../storage/RatingStore';
import type { StoredPratica } from '../storage/PraticaStore';
import { citizensPratica } from './citizensPratica';
import { openApiApp } from './openApiApp';
import { errors } from './schemas';

const FOLLOW_UPS = [...RATING_FOLLOW_UPS.low, ...RATING_FOLLOW_UPS.high] as [
  RatingFollowUp,
  ...RatingFollowUp[],
];

const CodeParam = z.object({
  code: z
    .string()
    .max(20)
    .openapi({ param: { name: 'code', in: 'path' }, example: 'K7QM-4TZP' }),
});

const RateSchema = z
  .object({
    score: z
      .number()
      .int()
      .min(1)
      .max(5)
      .openapi({ description: 'Quanto è stato facile usare questo servizio? (1-5)' }),
    followUp: z.enum(FOLLOW_UPS).openapi({
      description: `One of the five answers for the score: below 4 ${RATING_FOLLOW_UPS.low.join(', ')}; 4 and above ${RATING_FOLLOW_UPS.high.join(', ')}`,
    }),
    comment: z.string().max(RATING_COMMENT_MAX_LENGTH).optional(),
  })
  .openapi('Rate');

const RatingSchema = z
  .object({
    score: z.number().int(),
    followUp: z.enum(FOLLOW_UPS),
    comment: z.string().optional(),
    at: z.string(),
  })
  .openapi('Rating');

const tags = ['Pratiche'];

const postRoute = createRoute({
  method: 'post',
  path: '/{code}/rating',
  tags,
  summary: 'Rate the service a pratica went through (Designers Italia C.SE.1.7): its citizen, once',
  request: {
    params: CodeParam,
    body: { content: { 'application/json': { schema: RateSchema } }, required: true },
  },
  responses: {
    201: {
      description: 'Stored',
      content: { 'application/json': { schema: z.object({ rating: RatingSchema }) } },
    },
    ...errors(400, 401, 403, 404, 409, 422),
  },
});

const getRoute = createRoute({
  method: 'get',
  path: '/{code}/rating',
  tags,
  summary: "The citizen's rating of a pratica, if given",
  request: { params: CodeParam },
  responses: {
    200: {
      description: 'The rating',
      content: { 'application/json': { schema: z.object({ rating: RatingSchema }) } },
    },
    ...errors(401, 404),
  },
});

/** The citizen's pratica (`isCitizensPratica`); the same 404 as an unknown code otherwise. */
async function ratedPratica(c: Context<Env>, raw: string): Promise<StoredPratica> {
  const code = raw.trim().toUpperCase();
  const notFound = () =>
    new ApiError(
      'pratica_not_found',
      `Nessuna tua pratica con codice ${code}.`,
      `No pratica of yours with code ${code}.`,
    );
  return (await citizensPratica(c, code, notFound)).pratica;
}

const view = (r: Rating) => ({
  score: r.score,
  followUp: r.followUp,
  ...(r.comment === undefined ? {} : { comment: r.comment }),
  at: r.at,
});

/** `/api/pratiche/{code}/rating`: the pratica's citizen (`isCitizensPratica`) rates the service once (`RatingStore`). */
export function ratingApi() {
  return openApiApp()
    .openapi(postRoute, async (c) => {
      const p = await ratedPratica(c, c.req.valid('param').code);
      const { score, followUp, comment } = c.req.valid('json');
      if (!followUpsFor(score).includes(followUp))
        throw new ApiError(
          'invalid_follow_up',
          'La risposta scelta non corrisponde al punteggio dato.',
          `followUp ${followUp} is not an answer for score ${score}: expected one of ${followUpsFor(score).join(', ')}.`,
          { path: '/followUp' },
        );
      const trimmed = comment?.trim();
      const rating: Rating = {
        praticaCode: p.code,
        enteId: p.enteId,
        moduleId: p.moduleId,
        score,
        followUp,
        ...(trimmed ? { comment: trimmed } : {}),
        at: c.get('now').toISOString(),
      };
      if (!(await c.get('store').ratings.add(rating)))
        throw new ApiError(
          'already_rated',
          'Hai già valutato questo servizio per questa pratica.',
          `Pratica ${p.code} has been rated already.`,
        );
      return c.json({ rating: view(rating) }, 201);
    })
    .openapi(getRoute, async (c) => {
      const p = await ratedPratica(c, c.req.valid('param').code);
      const rating = await c.get('store').ratings.get(p.code);
      if (!rating)
        throw new ApiError(
          'not_found',
          'Non hai ancora valutato questo servizio.',
          `Pratica ${p.code} has no rating.`,
        );
      return c.json({ rating: view(rating) }, 200);
    });
}
