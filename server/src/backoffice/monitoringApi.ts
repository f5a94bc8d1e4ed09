import { createRoute, z } from '@hono/zod-openapi';
import { localize } from '@modulo/form-model';
import { openApiApp } from '../api/openApiApp';
import { errors } from '../api/schemas';
import type { ProcedureFigures } from '../storage/BackofficeStore';
import { todayOf } from './praticaView';
import { backofficeStaff } from './staffScope';

const IndicatorSchema = z
  .object({
    moduleId: z.string(),
    title: z.string(),
    submissions: z.number().int(),
    applicants: z.number().int(),
    concluded: z.number().int(),
    silenzioAssenso: z.number().int(),
    openOverdue: z.number().int(),
    suspended: z.number().int(),
    meanDaysToConclude: z.number().nullable(),
    medianDaysToConclude: z.number().nullable(),
    shareConcludedWithinTerm: z.number().nullable(),
    submissionsPerMonth: z.record(z.string(), z.number().int()),
  })
  .openapi('ProcedureIndicators');

type Indicators = z.infer<typeof IndicatorSchema>;

const round = (n: number) => Math.round(n * 10) / 10;

/** D.Lgs 33/2013 art. 24 and 35 ("tempi medi"), and the seeds' indicators, from the raw figures. */
export function indicatorsOf(f: ProcedureFigures, title: string): Indicators {
  const d = f.decided;
  return {
    moduleId: f.moduleId,
    title,
    submissions: f.submissions,
    applicants: f.applicants,
    concluded: f.ended,
    silenzioAssenso: f.silenzioAssenso,
    openOverdue: f.openOverdue,
    suspended: f.suspended,
    meanDaysToConclude: d.count ? round(d.totalDays / d.count) : null,
    medianDaysToConclude: d.medianDays,
    shareConcludedWithinTerm: d.count ? round((100 * d.withinTerm) / d.count) / 100 : null,
    submissionsPerMonth: f.perMonth,
  };
}

const COLUMNS = [
  'moduleId',
  'title',
  'submissions',
  'applicants',
  'concluded',
  'silenzioAssenso',
  'openOverdue',
  'suspended',
  'meanDaysToConclude',
  'medianDaysToConclude',
  'shareConcludedWithinTerm',
] as const;

const cell = (v: unknown) => {
  const s = v === null || v === undefined ? '' : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/** The indicators as CSV (RFC 4180, CRLF), one row per procedure: open data. */
export function indicatorsCsv(rows: Indicators[]): string {
  return (
    [COLUMNS.join(','), ...rows.map((r) => COLUMNS.map((c) => cell(r[c])).join(','))].join('\r\n') + '\r\n'
  );
}

const route = createRoute({
  method: 'get',
  path: '/monitoring',
  tags: ['Back office'],
  summary: "The ente's indicators per procedure from live data, as JSON or CSV (`format=csv`)",
  request: { query: z.object({ format: z.enum(['json', 'csv']).default('json') }) },
  responses: {
    200: {
      description: 'Indicators',
      content: {
        'application/json': {
          schema: z.object({ ente: z.string(), asOf: z.string(), procedures: z.array(IndicatorSchema) }),
        },
        'text/csv': { schema: z.string() },
      },
    },
    ...errors(400, 401, 403),
  },
});

/** `GET /api/backoffice/monitoring[?format=csv]`. Mean and median days count express decisions only;
 * "within term" compares with the due date computed at filing (suspensions not counted). */
export function monitoringApi() {
  return openApiApp().openapi(route, async (c) => {
    const { staff } = backofficeStaff(c);
    const today = todayOf(c.get('now'));
    const figures = await c.get('store').backoffice.monitoring(staff.enteId, today);
    const titles = new Map(
      (await c.get('store').modules.list(staff.enteId)).map((m) => [m.moduleId, localize(m.module.title)]),
    );
    const procedures = figures.map((f) => indicatorsOf(f, titles.get(f.moduleId) ?? f.moduleId));
    if (c.req.valid('query').format === 'csv') {
      c.header('Content-Type', 'text/csv; charset=utf-8');
      c.header('Content-Disposition', `attachment; filename="indicatori-${staff.enteId}-${today}.csv"`);
      return c.body(indicatorsCsv(procedures), 200);
    }
    return c.json({ ente: staff.enteId, asOf: today, procedures }, 200);
  });
}
