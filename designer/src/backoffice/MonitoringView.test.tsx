// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { LangContext } from '../i18n/useT';
import { choose, cleanup, click, render } from '../testing/render';
import type { BackofficeApi, MonitoringReport, RatingsQuery } from './BackofficeApi';
import { createMemoryBackofficeApi } from './createMemoryBackofficeApi';
import { MonitoringView } from './MonitoringView';
import { PraticheApp } from './PraticheApp';
import { ratingsPage, sampleRatings } from './sampleMonitoring';

afterEach(cleanup);

/** The server's answer for an ente with two procedures (the shape of `GET /api/backoffice/monitoring`). */
const report: MonitoringReport = {
  ente: 'borgo',
  asOf: '2026-12-02',
  procedures: [
    {
      moduleId: 'accesso-atti',
      title: 'Accesso agli atti',
      submissions: 40,
      applicants: 31,
      concluded: 30,
      silenzioAssenso: 2,
      openOverdue: 3,
      suspended: 1,
      meanDaysToConclude: 12.5,
      medianDaysToConclude: 11,
      shareConcludedWithinTerm: 0.9,
      submissionsPerMonth: { '2026-10': 15, '2026-11': 25 },
    },
    {
      moduleId: 'passo-carrabile',
      title: 'Passo carrabile',
      submissions: 5,
      applicants: 5,
      concluded: 0,
      silenzioAssenso: 0,
      openOverdue: 0,
      suspended: 0,
      meanDaysToConclude: null,
      medianDaysToConclude: null,
      shareConcludedWithinTerm: null,
      submissionsPerMonth: { '2026-11': 5 },
    },
  ],
};

/** The memory api with the report above, recording the ratings queries. */
function api() {
  const base = createMemoryBackofficeApi();
  const asked: (RatingsQuery & { ente: string })[] = [];
  const all = sampleRatings(7);
  const spy: BackofficeApi = {
    ...base,
    monitoring: async () => ({ ok: true, value: report }),
    monitoringCsvHref: () => '/api/backoffice/monitoring?format=csv',
    ratings: async (ente, q = {}) => {
      asked.push({ ente, ...q });
      return { ok: true, value: ratingsPage(all, q) };
    },
  };
  return { spy, asked };
}

const rowOf = (root: HTMLElement, module: string) =>
  [...root.querySelectorAll(`[data-testid="indicators"] tr[data-module="${module}"] > *`)].map(
    (c) => c.textContent,
  );

describe('MonitoringView', () => {
  it('shows the indicators per procedure, the CSV link, and charts with their table alternative', async () => {
    const { spy, asked } = api();
    const root = await render(<MonitoringView api={spy} />);
    expect(rowOf(root, 'accesso-atti')).toEqual([
      'Accesso agli atti',
      '40',
      '31',
      '30',
      '2',
      '3',
      '1',
      '12.5',
      '11',
      '90 %',
    ]);
    expect(rowOf(root, 'passo-carrabile').slice(-3)).toEqual(['—', '—', '—']);
    const csv = [...root.querySelectorAll('a')].find((a) => a.textContent?.includes('CSV'))!;
    expect(csv.getAttribute('href')).toBe('/api/backoffice/monitoring?format=csv');
    // Every chart is an image with its figures in words, and a table with the same figures.
    const charts = [...root.querySelectorAll('figure.modulo-chart')];
    expect(charts.length).toBeGreaterThanOrEqual(3);
    for (const f of charts) {
      expect(f.querySelector('svg')!.getAttribute('role')).toBe('img');
      expect(f.querySelector('details table')).not.toBeNull();
    }
    const perMonth = charts.find((f) => f.textContent?.startsWith('Domande presentate per mese'))!;
    expect(perMonth.querySelector('svg')!.getAttribute('aria-label')).toBe(
      'Domande presentate per mese: ott 2026 15; nov 2026 30.',
    );
    expect([...perMonth.querySelectorAll('tbody td')].map((c) => c.textContent)).toEqual(['15', '30']);
    const outcomes = charts.find((f) => f.textContent?.startsWith('Esiti'))!;
    expect(outcomes.querySelector('svg')!.getAttribute('aria-label')).toContain('Aperte oltre il termine 3');
    // The ratings of the whole ente first.
    expect(asked).toEqual([{ ente: 'borgo' }]);
  });

  it('narrows figures, charts and ratings to one procedure', async () => {
    const { spy, asked } = api();
    const root = await render(<MonitoringView api={spy} />);
    await choose(root.querySelector('select')!, 'passo-carrabile');
    expect(root.querySelectorAll('[data-testid="indicators"] tbody tr')).toHaveLength(1);
    const services = [...root.querySelectorAll('.modulo-figures > div')].map((d) => d.textContent);
    expect(services).toContain('Servizi online1');
    expect(services).toContain('Domande5');
    expect(asked.at(-1)).toEqual({ ente: 'borgo', module: 'passo-carrabile' });
    const comments = [...root.querySelectorAll('[data-comment] strong')].map((s) => s.textContent);
    expect(comments.length).toBeGreaterThan(0);
    expect(new Set(comments)).toEqual(new Set(['Passo carrabile']));
  });

  it('speaks English in the English UI', async () => {
    const { spy } = api();
    const root = await render(
      <LangContext.Provider value="en">
        <MonitoringView api={spy} />
      </LangContext.Provider>,
    );
    expect(root.querySelector('h2')!.textContent).toBe('Monitoring');
    expect(root.textContent).toContain('Applications filed per month');
    expect(root.textContent).toContain('Load more');
  });

  it('says why when the indicators cannot be read', async () => {
    const spy: BackofficeApi = {
      ...createMemoryBackofficeApi(),
      monitoring: async () => ({
        ok: false,
        error: { code: 'forbidden', message: 'Non hai accesso al monitoraggio.', messageEn: 'Forbidden.' },
      }),
    };
    const root = await render(<MonitoringView api={spy} />);
    expect(root.querySelector('[role="alert"]')!.textContent).toBe('Non hai accesso al monitoraggio.');
  });

  it('works over the memory api (the stories’ and the offline app’s)', async () => {
    const root = await render(<MonitoringView api={createMemoryBackofficeApi()} />);
    expect(root.querySelectorAll('[data-testid="indicators"] tbody tr').length).toBeGreaterThan(1);
    await click(root.querySelector('.modulo-ratings button')!);
    expect(root.querySelectorAll('[data-comment]')).toHaveLength(10);
  });

  it('is an area of the staff app, linked from the Pratiche area with the ente kept', async () => {
    const root = await render(
      <PraticheApp
        api={createMemoryBackofficeApi()}
        view="monitoring"
        keep="&ente=borgo"
        modulesHref="?ente=borgo"
      />,
    );
    expect(root.querySelector('h1')!.textContent).toBe('Monitoraggio');
    const links = [...root.querySelectorAll('nav a')].map((a) => [
      a.textContent,
      a.getAttribute('href'),
      a.getAttribute('aria-current'),
    ]);
    expect(links).toEqual([
      ['Moduli', '?ente=borgo', null],
      ['Pratiche', '?area=pratiche&ente=borgo', null],
      ['Monitoraggio', '?area=pratiche&view=monitoraggio&ente=borgo', 'page'],
    ]);
    expect(document.title).toBe('Monitoraggio — Modulo');
  });
});
