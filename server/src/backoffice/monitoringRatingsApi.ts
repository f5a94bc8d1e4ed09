import { createHash } from 'node:crypto';
import { createRoute, z } from '@hono/zod-openapi';
import { localize } from '@modulo/form-model';
import { RATING_FOLLOW_UPS } from '@modulo/procedure';
import { openApiApp } from '../api/openApiApp';
import { errors } from '../api/schemas';
import { staffOf } from '../auth/requireStaff';
import { ApiError } from '../errors';
import type { InboxScope } from '../storage/BackofficeStore';

const PAGE = 20;

const RatingsSchema = z
  .object({
    distribution: z.object({
      1: z.number().int(),
      2: z.number().int(),
      3: z.number().int(),
      4: z.number().int(),
      5: z.number().int(),
    }),
    followUps: z.array(
      z.object({ question: z.enum(['low', 'high']), answer: z.string(), count: z.number().int() }),
    ),
    comments: z.array(
      z.object({
        id: z.string().openapi({ description: 'Opaque and stable; not the pratica code' }),
        module: z.string(),
        moduleTitle: z.string(),
        rating: z.number().int().min(1).max(5),
        followUp: z.string(),
        comment: z.string(),
        filedAt: z.string().openapi({ description: "The pratica's protocol date (a Rome day)" }),
        ratedAt: z.string(),
      }),
    ),
    nextCursor: z.string().nullable(),
  })
  .openapi('MonitoringRatings');

const route = createRoute({
  method: 'get',
  path: '/{ente}/monitoring/ratings',
  tags: ['Back office'],
  summary:
    "The ratings of the pratiche in the caller's scope: scores, follow-up answers and the comments, newest first, 20 a page (staff only: comments are personal data)",
  request: {
    params: z.object({ ente: z.string() }),
    query: z.object({ module: z.string().optional(), cursor: z.string().optional() }),
  },
  responses: {
    200: { description: 'Ratings', content: { 'application/json': { schema: RatingsSchema } } },
    ...errors(400, 401, 403),
  },
});

const question = (answer: string): 'low' | 'high' =>
  (RATING_FOLLOW_UPS.low as readonly string[]).includes(answer) ? 'low' : 'high';

// The cursor names the last comment of a page; opaque to clients, checked when it comes back.
const encodeCursor = (at: string, code: string) =>
  Buffer.from(JSON.stringify([at, code])).toString('base64url');
function decodeCursor(cursor: string): { at: string; praticaCode: string } {
  try {
    const v: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(v) && v.length === 2 && typeof v[0] === 'string' && typeof v[1] === 'string')
      return { at: v[0], praticaCode: v[1] };
  } catch {
    // falls through to the coded refusal
  }
  throw new ApiError('invalid_request', 'Cursore non valido.', 'Invalid cursor: use nextCursor as given.', {
    path: 'cursor',
  });
}

/** `GET /api/entes/{ente}/monitoring/ratings[?module=&cursor=]`: scoped like the inbox (an ente
 * admin sees every rating, an operator those of their offices' pratiche or routed to them). */
export function monitoringRatingsApi() {
  return openApiApp().openapi(route, async (c) => {
    const staff = staffOf(c, { roles: ['operator', 'responsible'] });
    const scope: InboxScope = staff.roles.includes('admin')
      ? { all: true }
      : { all: false, offices: staff.offices, staffId: staff.id };
    const { module, cursor } = c.req.valid('query');
    const feedback = await c.get('store').ratings.feedback({
      enteId: staff.enteId,
      scope,
      ...(module === undefined ? {} : { moduleId: module }),
      ...(cursor === undefined ? {} : { after: decodeCursor(cursor) }),
      limit: PAGE,
    });
    const titles = new Map(
      (await c.get('store').modules.list(staff.enteId)).map((m) => [m.moduleId, localize(m.module.title)]),
    );
    const [s1, s2, s3, s4, s5] = feedback.scores;
    const last = feedback.comments.at(-1);
    return c.json(
      {
        distribution: { 1: s1, 2: s2, 3: s3, 4: s4, 5: s5 },
        followUps: feedback.followUps.map((f) => ({
          question: question(f.followUp),
          answer: f.followUp,
          count: f.count,
        })),
        comments: feedback.comments.map((r) => ({
          id: createHash('sha256').update(`rating:${r.praticaCode}`).digest('hex').slice(0, 16),
          module: r.moduleId,
          moduleTitle: titles.get(r.moduleId) ?? r.moduleId,
          rating: r.score,
          followUp: r.followUp,
          comment: r.comment,
          filedAt: r.filedOn,
          ratedAt: r.at,
        })),
        nextCursor: feedback.more && last ? encodeCursor(last.at, last.praticaCode) : null,
      },
      200,
    );
  });
}
