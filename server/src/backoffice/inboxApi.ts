import { createRoute, z } from '@hono/zod-openapi';
import { addDays } from '@modulo/procedure';
import { openApiApp } from '../api/openApiApp';
import { errors } from '../api/schemas';
import type { InboxQuery } from '../storage/BackofficeStore';
import { praticaContext, rulesOf } from './praticaClock';
import { inboxItem, praticaDetail, todayOf } from './praticaView';
import { CodeParam, InboxItemSchema, InboxQuerySchema, PraticaDetailSchema } from './schemas';
import { backofficeStaff, visiblePratica } from './staffScope';

/** Days ahead that make a pratica "near" its due date in the inbox. */
export const NEAR_DAYS = 7;

const list = createRoute({
  method: 'get',
  path: '/pratiche',
  tags: ['Back office'],
  summary: 'The inbox: pratiche routed to me and my offices (ente admin: all), sorted by days left',
  request: { query: InboxQuerySchema },
  responses: {
    200: {
      description: 'One page of the inbox',
      content: {
        'application/json': {
          schema: z.object({
            items: z.array(InboxItemSchema),
            total: z.number().int().openapi({ description: 'Counted up to 10,000; 10,001 means more' }),
          }),
        },
      },
    },
    ...errors(400, 401, 403),
  },
});

const one = createRoute({
  method: 'get',
  path: '/pratiche/{code}',
  tags: ['Back office'],
  summary: 'A pratica with answers, documents, protocol, fees, route, timeline, messages and allowed actions',
  request: { params: CodeParam },
  responses: {
    200: { description: 'The pratica', content: { 'application/json': { schema: PraticaDetailSchema } } },
    ...errors(401, 403, 404),
  },
});

/** `GET /api/backoffice/pratiche[/{code}]`: the staff inbox and one pratica. */
export function inboxApi() {
  return openApiApp()
    .openapi(list, async (c) => {
      const { staff, scope } = backofficeStaff(c);
      const q = c.req.valid('query');
      const today = todayOf(c.get('now'));
      const state = q.state ?? 'open';
      const query: InboxQuery = {
        enteId: staff.enteId,
        scope,
        offset: (q.page - 1) * q.pageSize,
        limit: q.pageSize,
        // A status that is not an end is open too: the open pratiche's index gives the order.
        ...(state === 'open' || (!['ended', 'all'].includes(state) && !state.startsWith('ended_'))
          ? { open: true }
          : {}),
        ...(state === 'ended'
          ? {
              statuses: [
                'ended_by_positive_outcome',
                'ended_by_negative_outcome',
                'ended_by_submitter_cancel_requested',
              ],
            }
          : {}),
        ...(state !== 'open' && state !== 'ended' && state !== 'all' ? { statuses: [state] } : {}),
        ...(q.moduleId ? { moduleId: q.moduleId } : {}),
        ...(q.comune ? { comune: q.comune } : {}),
        ...(q.officeId ? { officeId: q.officeId } : {}),
        ...(q.due === 'overdue' ? { dueBefore: today } : {}),
        ...(q.due === 'near' ? { dueFrom: today, dueBefore: addDays(today, NEAR_DAYS + 1) } : {}),
      };
      const { rows, total } = await c.get('store').backoffice.inbox(query);
      const items = [];
      const cache = new Map<string, Promise<unknown>>();
      for (const row of rows)
        items.push(inboxItem(row, await rulesOf(c.get('store'), row, cache), c.get('now'), row.comune));
      return c.json({ items, total }, 200);
    })
    .openapi(one, async (c) => {
      const { staff, pratica } = await visiblePratica(c, c.req.valid('param').code);
      const ctx = await praticaContext(c.get('store'), pratica);
      return c.json(await praticaDetail(c.get('store'), ctx, c.get('now'), staff.name), 200);
    });
}
