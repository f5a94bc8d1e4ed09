import { createRoute, z } from '@hono/zod-openapi';
import { openApiApp } from '../api/openApiApp';
import { errors } from '../api/schemas';
import { toCsv } from '../catalogue/toCsv';
import type { StoredAuditEvent } from '../storage/AuditStore';
import { CodeParam } from './schemas';
import { visiblePratica } from './staffScope';

export const AuditEventSchema = z
  .object({
    seq: z.number().int(),
    at: z.string(),
    actor: z.string().openapi({ description: '"staff:<id>", "citizen:<CF>", "system"' }),
    action: z.string().openapi({ example: 'pratica.taken-in-charge' }),
    data: z.record(z.string(), z.unknown()).optional(),
  })
  .openapi('AuditEvent');

/** Most events one pratica's log answers (far more than any real pratica has). */
const LIMIT = 10_000;

const route = createRoute({
  method: 'get',
  path: '/pratiche/{code}/audit',
  tags: ['Back office'],
  summary: "A pratica's audit log (who did what, when), oldest first, as JSON or CSV (`format=csv`)",
  request: { params: CodeParam, query: z.object({ format: z.enum(['json', 'csv']).default('json') }) },
  responses: {
    200: {
      description: 'The audit log',
      content: {
        'application/json': { schema: z.object({ code: z.string(), events: z.array(AuditEventSchema) }) },
        'text/csv': { schema: z.string() },
      },
    },
    ...errors(400, 401, 403, 404),
  },
});

/** A spreadsheet must not run what a cell says: text starting like a formula gets a quote. */
const inert = (text: string) => (/^[=+\-@\t\r]/.test(text) ? `'${text}` : text);

/** The log as CSV (RFC 4180, CRLF), Italian headers, `data` as JSON. */
export function auditCsv(events: StoredAuditEvent[]): string {
  return toCsv(
    events.map((e) => ({
      numero: e.seq,
      istante: e.at,
      autore: inert(e.actor),
      azione: inert(e.action),
      dettagli: e.data === undefined ? '' : inert(JSON.stringify(e.data)),
    })),
    ['numero', 'istante', 'autore', 'azione', 'dettagli'],
  );
}

/** `GET /api/backoffice/pratiche/{code}/audit[?format=csv]`: scoped like the inbox (same 404). */
export function auditApi() {
  return openApiApp().openapi(route, async (c) => {
    const { pratica } = await visiblePratica(c, c.req.valid('param').code);
    const events = await c.get('store').audit.list(pratica.enteId, { subject: pratica.code, limit: LIMIT });
    if (c.req.valid('query').format === 'csv') {
      c.header('Content-Type', 'text/csv; charset=utf-8');
      c.header('Content-Disposition', `attachment; filename="registro-attivita-${pratica.code}.csv"`);
      return c.body(auditCsv(events), 200);
    }
    const json = events.map((e) => ({
      seq: e.seq,
      at: e.at,
      actor: e.actor,
      action: e.action,
      ...(e.data === undefined ? {} : { data: e.data }),
    }));
    return c.json({ code: pratica.code, events: json }, 200);
  });
}
