import { randomBytes, randomUUID } from 'node:crypto';
import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { openApiApp } from '../../api/openApiApp';
import { errors } from '../../api/schemas';
import { staffOf } from '../../auth/requireStaff';
import type { Env } from '../../env';
import { ApiError } from '../../errors';
import type { WebhookDelivery } from '../../storage/WebhookStore';

const admin = (c: Context<Env>) =>
  staffOf(c, { ente: (ctx) => ctx.get('staff')?.enteId ?? '', roles: ['admin'] });

const WebhookSchema = z
  .object({ id: z.string(), url: z.string(), createdAt: z.string(), active: z.boolean() })
  .openapi('Webhook');
const DeliverySchema = z
  .object({
    id: z.number().int(),
    webhookId: z.string(),
    url: z.string(),
    event: z.string(),
    type: z.string(),
    status: z.enum(['pending', 'delivered', 'failed']),
    attempts: z.number().int(),
    nextAt: z.string(),
    lastError: z.string().nullable(),
    deliveredAt: z.string().nullable(),
  })
  .openapi('WebhookDelivery');

const view = (d: WebhookDelivery) => ({
  id: d.id,
  webhookId: d.webhookId,
  url: d.url,
  event: `evt_${d.auditSeq}`,
  type: String((JSON.parse(d.body) as { type?: unknown }).type),
  status: d.status,
  attempts: d.attempts,
  nextAt: d.nextAt,
  lastError: d.lastError,
  deliveredAt: d.deliveredAt,
});

const tag = ['Webhooks'];
const list = createRoute({
  method: 'get',
  path: '/webhooks',
  tags: tag,
  summary: "The ente's outgoing webhooks (admin)",
  responses: {
    200: {
      description: 'Webhooks',
      content: { 'application/json': { schema: z.object({ webhooks: z.array(WebhookSchema) }) } },
    },
    ...errors(401, 403),
  },
});
const create = createRoute({
  method: 'post',
  path: '/webhooks',
  tags: tag,
  summary: 'Adds a webhook; the signing secret is shown once (admin)',
  request: {
    body: {
      content: {
        'application/json': {
          schema: z.object({
            url: z
              .string()
              .url()
              .regex(/^https?:\/\//),
          }),
        },
      },
      required: true,
    },
  },
  responses: {
    201: {
      description: 'Created',
      content: { 'application/json': { schema: WebhookSchema.extend({ secret: z.string() }) } },
    },
    ...errors(400, 401, 403),
  },
});
const deliveries = createRoute({
  method: 'get',
  path: '/webhooks/deliveries',
  tags: tag,
  summary: 'Deliveries of the ente’s webhooks, newest first; `status=failed` for the ones to retry (admin)',
  request: { query: z.object({ status: z.enum(['pending', 'delivered', 'failed']).optional() }) },
  responses: {
    200: {
      description: 'Deliveries',
      content: { 'application/json': { schema: z.object({ deliveries: z.array(DeliverySchema) }) } },
    },
    ...errors(400, 401, 403),
  },
});
const retry = createRoute({
  method: 'post',
  path: '/webhooks/deliveries/{id}/retry',
  tags: tag,
  summary: 'Puts a failed (or pending) delivery back in the queue, due now (admin)',
  request: {
    params: z.object({
      id: z.coerce
        .number()
        .int()
        .openapi({ param: { name: 'id', in: 'path' } }),
    }),
  },
  responses: {
    200: {
      description: 'Queued',
      content: { 'application/json': { schema: z.object({ status: z.literal('pending') }) } },
    },
    ...errors(401, 403, 404),
  },
});

/** `/api/backoffice/webhooks`: an ente admin's webhooks, their deliveries, and the retry button. */
export function webhooksApi() {
  return openApiApp()
    .openapi(list, async (c) => {
      const staff = admin(c);
      const hooks = await c.get('store').webhooks.list(staff.enteId);
      return c.json(
        { webhooks: hooks.map(({ id, url, createdAt, active }) => ({ id, url, createdAt, active })) },
        200,
      );
    })
    .openapi(create, async (c) => {
      const staff = admin(c);
      const hook = {
        id: randomUUID(),
        enteId: staff.enteId,
        url: c.req.valid('json').url,
        secret: `whsec_${randomBytes(24).toString('base64url')}`,
        createdAt: c.get('now').toISOString(),
        active: true,
      };
      await c.get('store').webhooks.create(hook);
      return c.json(
        { id: hook.id, url: hook.url, createdAt: hook.createdAt, active: true, secret: hook.secret },
        201,
      );
    })
    .openapi(deliveries, async (c) => {
      const staff = admin(c);
      const { status } = c.req.valid('query');
      const list = await c.get('store').webhooks.deliveries(staff.enteId, status ? { status } : {});
      return c.json({ deliveries: list.map(view) }, 200);
    })
    .openapi(retry, async (c) => {
      const staff = admin(c);
      const ok = await c
        .get('store')
        .webhooks.retry(staff.enteId, c.req.valid('param').id, c.get('now').toISOString());
      if (!ok)
        throw new ApiError(
          'webhook_not_found',
          'Consegna non trovata o già riuscita.',
          'No such delivery to retry.',
        );
      return c.json({ status: 'pending' as const }, 200);
    });
}
