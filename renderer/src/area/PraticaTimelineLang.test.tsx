// @vitest-environment jsdom
import type { PraticaEvent } from '@modulo/procedure';
import { timelineWords } from '@modulo/procedure';
import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { memoryApi } from '../api/memoryApi';
import { cleanup, click, render } from '../testing/render';
import { PersonalArea } from './PersonalArea';
import { PraticaView } from './PraticaView';
import { INTEGRATION_PRATICA } from './samplePratiche';
import { sampleTimeline } from './sampleTimeline';

afterEach(cleanup);

const settle = () => act(async () => new Promise((r) => setTimeout(r, 0)));
const events: PraticaEvent[] = [
  { type: 'taken-in-charge', at: '2026-11-03', by: 'Anna Bianchi' },
  {
    type: 'integration-requested',
    at: '2026-11-10',
    by: 'Anna Bianchi',
    reason: 'Copia ISEE',
    dueBy: '2026-11-25',
  },
];
const inLang = (lang: 'it' | 'en') => ({
  ...INTEGRATION_PRATICA,
  timeline: sampleTimeline(events, '2026-11-20', undefined, lang),
});

describe('the personal area speaks the page’s language in the timeline', () => {
  it('asks the server for the English words on an English page and shows them, unmarked', async () => {
    const asked: (string | undefined)[] = [];
    const api = memoryApi({
      pratiche: [
        {
          code: INTEGRATION_PRATICA.code,
          title: 'Contributo',
          status: 'integration_requested',
          filedAt: '2026-11-02',
        },
      ],
    });
    api.pratica = async (_code, lang) => {
      asked.push(lang);
      return inLang(lang === 'en' ? 'en' : 'it');
    };
    const { container } = await render(<PersonalArea api={api} lang="en" />);
    await settle();
    await click(container.querySelector(`button[data-code="${INTEGRATION_PRATICA.code}"]`)!);
    await settle();
    expect(asked).toEqual(['en']);
    const history = container.querySelector('ol.modulo-timeline')!;
    expect([...history.querySelectorAll('.modulo-timeline__title')].map((t) => t.textContent)).toEqual([
      'Application filed and registered (protocollata)',
      'Application taken in charge',
      'Additional documents requested (richiesta di integrazione)',
    ]);
    expect(history.hasAttribute('lang')).toBe(false);
    expect(container.textContent).toContain(
      'Official in charge (responsabile del procedimento): Anna Bianchi',
    );
    expect(container.querySelector('[data-element="integration-request"] p')!.textContent).toBe(
      'Send the additional documents requested: Copia ISEE',
    );
    expect(container.querySelector('[data-element="integration-request"] p')!.hasAttribute('lang')).toBe(
      false,
    );
  });

  it('keeps the Italian words first on an Italian page, and marks Italian words on an English page', async () => {
    const it_ = await render(<PraticaView lang="it" pratica={inLang('it')} />);
    expect(it_.container.querySelector('.modulo-timeline__title')!.textContent).toBe(
      'Istanza presentata e protocollata',
    );
    expect(it_.container.querySelector('ol.modulo-timeline')!.hasAttribute('lang')).toBe(false);
    it_.unmount();
    // A server without the English words: the Italian ones, marked lang="it" (WCAG 3.1.2).
    const mixed = await render(<PraticaView lang="en" pratica={inLang('it')} />);
    expect(mixed.container.querySelector('ol.modulo-timeline')!.getAttribute('lang')).toBe('it');
  });

  it.each(['it', 'en'] as const)(
    'words a state the same in the list row and in the timeline (%s)',
    async (lang) => {
      const preavviso: PraticaEvent = {
        type: 'preavviso',
        at: '2026-11-20',
        by: 'Anna Bianchi',
        reason: 'Manca l’attestazione ISEE.',
      };
      const timeline = sampleTimeline([events[0]!, preavviso], '2026-11-24', undefined, lang);
      const api = memoryApi({
        // The server's row in Italian, as an older server sends it whatever the page's language.
        pratiche: [
          {
            code: INTEGRATION_PRATICA.code,
            title: 'Contributo',
            status: 'refusal_notice',
            statusLabel: 'Preavviso di rigetto',
            filedAt: '2026-11-02',
          },
        ],
        details: [{ ...INTEGRATION_PRATICA, timeline }],
      });
      const { container } = await render(<PersonalArea api={api} lang={lang} />);
      await settle();
      const row = container.querySelector('.modulo-area__item dd')!.textContent;
      await click(container.querySelector(`button[data-code="${INTEGRATION_PRATICA.code}"]`)!);
      await settle();
      const opened = container.querySelector('[data-element="pratica-status"]')!.textContent;
      expect(row).toBe(timelineWords(lang).status.refusal_notice);
      // The pratica's status adds its suspension after a middle dot.
      expect(opened!.split(' · ')[0]).toBe(row);
      expect(timeline.statusLabel).toBe(row);
    },
  );
});
