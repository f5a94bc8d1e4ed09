import { html } from 'hono/html';
import type { HtmlEscapedString } from 'hono/utils/html';
import type { RatingSummary } from '../storage/RatingStore';
import type { PageContext } from './lang';
import { formatDate, hrefIn } from './lang';
import { layout } from './layout';

/** One procedure's indicators, as `indicatorsOf` computes them for the API. */
export interface PageIndicators {
  moduleId: string;
  title: string;
  submissions: number;
  applicants: number;
  concluded: number;
  silenzioAssenso: number;
  openOverdue: number;
  suspended: number;
  meanDaysToConclude: number | null;
  medianDaysToConclude: number | null;
  shareConcludedWithinTerm: number | null;
  submissionsPerMonth: Record<string, number>;
}

const texts = {
  it: {
    title: (ente: string) => `Monitoraggio dei servizi — ${ente}`,
    intro: (date: string) =>
      `Indicatori calcolati dai dati delle pratiche al ${date} (D.Lgs. 33/2013, art. 35: tempi medi dei procedimenti).`,
    download: 'Scarica i dati aperti (CSV)',
    services: 'Servizi online',
    perMonth: 'Domande presentate per mese',
    month: 'Mese',
    count: 'Domande',
    table: 'Indicatori per procedimento',
    cols: [
      'Procedimento',
      'Domande',
      'Richiedenti',
      'Concluse',
      'Silenzio-assenso',
      'Aperte oltre il termine',
      'Sospese',
      'Giorni medi',
      'Giorni mediani',
      'Concluse nel termine',
    ],
    ratings: 'Soddisfazione degli utenti',
    ratingIntro: (n: number, avg: string) =>
      n === 0 ? 'Nessuna valutazione ricevuta.' : `${n} valutazioni, media ${avg} su 5.`,
    score: 'Voto',
    votes: 'Valutazioni',
    chartOf: 'Grafico; gli stessi dati sono nella tabella che segue.',
    none: '—',
  },
  en: {
    title: (ente: string) => `Service monitoring — ${ente}`,
    intro: (date: string) =>
      `Indicators computed from the pratiche as of ${date} (D.Lgs. 33/2013, art. 35: average procedure times).`,
    download: 'Download the open data (CSV)',
    services: 'Online services',
    perMonth: 'Applications filed per month',
    month: 'Month',
    count: 'Applications',
    table: 'Indicators per procedure',
    cols: [
      'Procedure',
      'Applications',
      'Applicants',
      'Concluded',
      'Silence means consent',
      'Open past the term',
      'Suspended',
      'Mean days',
      'Median days',
      'Concluded within term',
    ],
    ratings: 'User satisfaction',
    ratingIntro: (n: number, avg: string) =>
      n === 0 ? 'No ratings received yet.' : `${n} ratings, average ${avg} out of 5.`,
    score: 'Score',
    votes: 'Ratings',
    chartOf: 'Chart; the same data is in the table below.',
    none: '—',
  },
} as const;

/**
 * A bar chart as inline SVG (no script, no external library), with a text alternative; the
 * table that follows it carries the same figures for screen readers and for copying.
 */
function barChart(id: string, label: string, bars: { label: string; value: number }[]): HtmlEscapedString {
  const max = Math.max(1, ...bars.map((b) => b.value));
  const w = 36;
  const gap = 12;
  const h = 160;
  const width = bars.length * (w + gap) + gap;
  const rects = bars.map((b, i) => {
    const bh = Math.round((b.value / max) * (h - 40));
    const x = gap + i * (w + gap);
    return html`<rect x="${x}" y="${h - 20 - bh}" width="${w}" height="${bh}" fill="#0066cc"></rect>
      <text x="${x + w / 2}" y="${h - 24 - bh}" text-anchor="middle" font-size="12" fill="#1a1a1a"
        >${b.value}</text
      >
      <text x="${x + w / 2}" y="${h - 4}" text-anchor="middle" font-size="11" fill="#1a1a1a"
        >${b.label}</text
      >`;
  });
  return html`<svg
    id="${id}"
    role="img"
    aria-label="${label}"
    viewBox="0 0 ${width} ${h}"
    width="${width}"
    height="${h}"
    style="max-width:100%;height:auto"
  >
    ${rects}
  </svg>` as HtmlEscapedString;
}

const pct = (n: number | null) => (n === null ? null : `${Math.round(n * 100)} %`);

/**
 * `/entes/:ente/monitoraggio`: the ente's public indicators (open data) with charts and their
 * table alternatives: submissions per month, the indicators per procedure, and the satisfaction
 * ratings' distribution (comments stay with staff, in the back office).
 */
export function monitoringPage(
  ctx: PageContext,
  ente: { id: string; name: string },
  asOf: string,
  procedures: PageIndicators[],
  ratings: RatingSummary,
) {
  const t = texts[ctx.lang];
  const months = new Map<string, number>();
  for (const p of procedures)
    for (const [m, n] of Object.entries(p.submissionsPerMonth)) months.set(m, (months.get(m) ?? 0) + n);
  const perMonth = [...months.entries()].sort(([a], [b]) => a.localeCompare(b)).slice(-12);
  const cell = (v: number | string | null) => (v === null ? t.none : String(v));
  const scores = ratings.scores.map((n, i) => ({ label: String(i + 1), value: n }));
  return layout(
    ctx,
    t.title(ente.name),
    html`<h1>${t.title(ente.name)}</h1>
      <p class="lead">${t.intro(formatDate(asOf, ctx.lang))}</p>
      <p>
        <a class="btn btn-outline-primary" href="/entes/${ente.id}/monitoraggio.csv" download
          >${t.download}</a
        >
      </p>
      <p>${t.services}: <strong>${procedures.length}</strong></p>

      <h2 class="h4 mt-4">${t.perMonth}</h2>
      <figure>
        ${barChart(
          'chart-months',
          t.perMonth,
          perMonth.map(([m, n]) => ({ label: m.slice(2), value: n })),
        )}
        <figcaption class="small">${t.chartOf}</figcaption>
      </figure>
      <table class="table table-sm w-auto">
        <caption>
          ${t.perMonth}
        </caption>
        <thead>
          <tr>
            <th scope="col">${t.month}</th>
            <th scope="col">${t.count}</th>
          </tr>
        </thead>
        <tbody>
          ${perMonth.map(
            ([m, n]) =>
              html`<tr>
                <th scope="row">${m}</th>
                <td>${n}</td>
              </tr>`,
          )}
        </tbody>
      </table>

      <h2 class="h4 mt-4">${t.table}</h2>
      <ul class="list-unstyled">
        ${procedures.map((p) => {
          const values = [
            p.submissions,
            p.applicants,
            p.concluded,
            p.silenzioAssenso,
            p.openOverdue,
            p.suspended,
            cell(p.meanDaysToConclude),
            cell(p.medianDaysToConclude),
            cell(pct(p.shareConcludedWithinTerm)),
          ];
          return html`<li class="mb-3" data-module="${p.moduleId}">
            <h3 class="h6">
              <a href="${hrefIn(ctx.lang, `/entes/${ente.id}/modules/${p.moduleId}`)}">${p.title}</a>
            </h3>
            <dl class="row mb-0">
              ${values.map(
                (v, i) =>
                  html`<dt class="col-8 col-md-4 fw-normal">${t.cols[i + 1]}</dt>
                    <dd class="col-4 col-md-2 mb-1 fw-semibold">${v}</dd>`,
              )}
            </dl>
          </li>`;
        })}
      </ul>

      <h2 class="h4 mt-4">${t.ratings}</h2>
      <p>${t.ratingIntro(ratings.count, ratings.average === null ? '' : ratings.average.toFixed(1))}</p>
      <figure>
        ${barChart('chart-ratings', t.ratings, scores)}
        <figcaption class="small">${t.chartOf}</figcaption>
      </figure>
      <table class="table table-sm w-auto">
        <caption>
          ${t.ratings}
        </caption>
        <thead>
          <tr>
            <th scope="col">${t.score}</th>
            <th scope="col">${t.votes}</th>
          </tr>
        </thead>
        <tbody>
          ${scores.map(
            (s) =>
              html`<tr>
                <th scope="row">${s.label}</th>
                <td>${s.value}</td>
              </tr>`,
          )}
        </tbody>
      </table>`,
    { name: ente.name, href: hrefIn(ctx.lang, `/entes/${ente.id}`) },
  );
}
