import { useEffect, useId, useState } from 'react';
import { useLang } from '../i18n/useT';
import { BarChart } from './BarChart';
import type { BackofficeApi, MonitoringReport, ProcedureIndicators } from './BackofficeApi';
import { IndicatorsTable } from './IndicatorsTable';
import { useMt } from './monitoringMessages';
import { RatingsView } from './RatingsView';

/** The indicators of several procedures added up (means and shares are left to each row). */
function total(rows: ProcedureIndicators[]) {
  const sum = (
    k: 'submissions' | 'applicants' | 'concluded' | 'silenzioAssenso' | 'openOverdue' | 'suspended',
  ) => rows.reduce((n, r) => n + r[k], 0);
  const months = new Map<string, number>();
  for (const r of rows)
    for (const [m, n] of Object.entries(r.submissionsPerMonth)) months.set(m, (months.get(m) ?? 0) + n);
  return {
    submissions: sum('submissions'),
    applicants: sum('applicants'),
    concluded: sum('concluded'),
    silenzioAssenso: sum('silenzioAssenso'),
    openOverdue: sum('openOverdue'),
    suspended: sum('suspended'),
    perMonth: [...months].sort(([a], [b]) => a.localeCompare(b)).slice(-12),
  };
}

/** "2026-11" as "nov 2026" in the UI's language. */
const monthLabel = (ym: string, lang: string) =>
  new Date(`${ym}-15T12:00:00Z`).toLocaleDateString(lang === 'en' ? 'en-GB' : 'it-IT', {
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  });

/**
 * The Monitoraggio view of the staff app: the ente's indicators per procedure (what the server's
 * monitoring API gives the staff member), charts with their table alternatives, the CSV download,
 * and the satisfaction ratings with the comments for staff.
 */
export function MonitoringView({ api }: { api: BackofficeApi }) {
  const t = useMt();
  const lang = useLang();
  const selectId = useId();
  const [report, setReport] = useState<MonitoringReport | undefined>();
  const [error, setError] = useState<string | undefined>();
  const [module, setModule] = useState('');
  useEffect(() => {
    let live = true;
    void api.monitoring().then((r) => {
      if (!live) return;
      if (r.ok) setReport(r.value);
      else setError(lang === 'en' ? r.error.messageEn : r.error.message);
    });
    return () => {
      live = false;
    };
  }, [api, lang]);
  if (error)
    return (
      <p role="alert" className="modulo-error">
        {error}
      </p>
    );
  if (!report) return <p role="status">{t('mon.loading')}</p>;
  const rows = module ? report.procedures.filter((p) => p.moduleId === module) : report.procedures;
  const sums = total(rows);
  const date = new Date(`${report.asOf}T12:00:00Z`).toLocaleDateString(lang === 'en' ? 'en-GB' : 'it-IT');
  return (
    <section aria-labelledby="modulo-monitoring-title" className="modulo-monitoring">
      <h2 id="modulo-monitoring-title">{t('mon.title')}</h2>
      <p>{t('mon.intro', { date })}</p>
      <p>
        <a href={api.monitoringCsvHref()} download>
          {t('mon.csv')}
        </a>
      </p>
      <label htmlFor={selectId}>{t('mon.procedure')}</label>{' '}
      <select id={selectId} value={module} onChange={(e) => setModule(e.target.value)}>
        <option value="">{t('mon.allProcedures')}</option>
        {report.procedures.map((p) => (
          <option key={p.moduleId} value={p.moduleId}>
            {p.title}
          </option>
        ))}
      </select>
      <h3>{t('mon.figures')}</h3>
      <dl className="modulo-figures">
        <div>
          <dt>{t('mon.services')}</dt>
          <dd>{rows.length}</dd>
        </div>
        <div>
          <dt>{t('mon.submissions')}</dt>
          <dd>{sums.submissions}</dd>
        </div>
        <div>
          <dt>{t('mon.applicants')}</dt>
          <dd>{sums.applicants}</dd>
        </div>
        <div>
          <dt>{t('mon.concluded')}</dt>
          <dd>{sums.concluded}</dd>
        </div>
        <div>
          <dt>{t('mon.overdue')}</dt>
          <dd>{sums.openOverdue}</dd>
        </div>
      </dl>
      <IndicatorsTable rows={rows} />
      <div className="modulo-charts">
        <BarChart
          title={t('mon.perMonth')}
          labelHeader={t('mon.month')}
          valueHeader={t('mon.submissions')}
          bars={sums.perMonth.map(([m, n]) => ({ label: monthLabel(m, lang), value: n }))}
        />
        <BarChart
          title={t('mon.outcomes')}
          labelHeader={t('mon.outcome')}
          valueHeader={t('mon.count')}
          bars={[
            { label: t('mon.concluded'), value: sums.concluded },
            { label: t('mon.silenzio'), value: sums.silenzioAssenso },
            { label: t('mon.overdue'), value: sums.openOverdue },
            { label: t('mon.suspended'), value: sums.suspended },
          ]}
        />
      </div>
      <RatingsView api={api} enteId={report.ente} module={module || undefined} />
    </section>
  );
}
