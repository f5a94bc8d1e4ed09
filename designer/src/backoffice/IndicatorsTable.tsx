import type { ProcedureIndicators } from './BackofficeApi';
import type { MonKey } from './monitoringMessages';
import { useMt } from './monitoringMessages';

const COLUMNS: [keyof ProcedureIndicators, MonKey][] = [
  ['submissions', 'mon.submissions'],
  ['applicants', 'mon.applicants'],
  ['concluded', 'mon.concluded'],
  ['silenzioAssenso', 'mon.silenzio'],
  ['openOverdue', 'mon.overdue'],
  ['suspended', 'mon.suspended'],
  ['meanDaysToConclude', 'mon.meanDays'],
  ['medianDaysToConclude', 'mon.medianDays'],
  ['shareConcludedWithinTerm', 'mon.withinTerm'],
];

const cell = (key: keyof ProcedureIndicators, v: unknown) =>
  v === null || v === undefined
    ? '—'
    : key === 'shareConcludedWithinTerm'
      ? `${Math.round(Number(v) * 100)} %`
      : String(v);

/** The server's indicators, one row per procedure (the same columns as the CSV). */
export function IndicatorsTable({ rows }: { rows: ProcedureIndicators[] }) {
  const t = useMt();
  return (
    <div className="modulo-scroll" role="region" aria-labelledby="modulo-indicators-caption" tabIndex={0}>
      <table className="modulo-table" data-testid="indicators">
        <caption id="modulo-indicators-caption">{t('mon.table')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('mon.procedure')}</th>
            {COLUMNS.map(([k, label]) => (
              <th key={k} scope="col">
                {t(label)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 ? (
            <tr>
              <td colSpan={COLUMNS.length + 1}>{t('mon.none')}</td>
            </tr>
          ) : (
            rows.map((r) => (
              <tr key={r.moduleId} data-module={r.moduleId}>
                <th scope="row">{r.title}</th>
                {COLUMNS.map(([k]) => (
                  <td key={k} data-column={k}>
                    {cell(k, r[k])}
                  </td>
                ))}
              </tr>
            ))
          )}
        </tbody>
      </table>
    </div>
  );
}
