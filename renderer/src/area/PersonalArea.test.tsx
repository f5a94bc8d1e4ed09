// @vitest-environment jsdom
import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { memoryApi } from '../api/memoryApi';
import { cleanup, click, render } from '../testing/render';
import { PersonalArea } from './PersonalArea';
import { PraticaView } from './PraticaView';
import { INTEGRATION_PRATICA } from './samplePratiche';
import { SAMPLE_TIMELINE } from './sampleTimeline';

afterEach(cleanup);

const settle = () => act(async () => new Promise((r) => setTimeout(r, 0)));

describe('PersonalArea', () => {
  it('lists pratiche with state, filing date, due date and suspension, and drafts', async () => {
    const api = memoryApi({
      pratiche: [
        {
          code: 'PR-1',
          title: 'Contributo',
          status: 'integration_requested',
          statusLabel: 'Integrazione richiesta',
          filedAt: '2026-11-02',
          answerDueBy: '2027-01-15',
          suspended: true,
        },
      ],
    });
    await api.putDraft('c_x', 'mensa', { version: '1.0.0', answers: {} });
    const { container } = await render(<PersonalArea api={api} formHref="/f/{ente}/{modulo}" />);
    await settle();
    const text = container.textContent ?? '';
    expect(text).toContain('Le mie pratiche');
    expect(text).toContain('Integrazione richiesta · Termine sospeso');
    expect(text).toContain('2/11/2026');
    expect(text).toContain('15/1/2027');
    expect(container.querySelector('a[href="/f/c_x/mensa"]')?.textContent).toBe('Continua la compilazione');
  });

  it('opens a pratica with focus on its heading, and going back focuses its row again', async () => {
    const api = memoryApi({
      pratiche: [
        {
          code: INTEGRATION_PRATICA.code,
          title: 'Contributo',
          status: 'integration_requested',
          filedAt: '2026-11-02',
        },
      ],
      details: [INTEGRATION_PRATICA],
    });
    const { container } = await render(<PersonalArea api={api} lang="en" />);
    await settle();
    // English page: the state in English, from the status code.
    expect(container.textContent).toContain('Additional documents requested');
    await click(container.querySelector(`button[data-code="${INTEGRATION_PRATICA.code}"]`)!);
    await settle();
    expect(document.activeElement?.tagName).toBe('H1');
    expect(document.activeElement?.textContent).toContain(INTEGRATION_PRATICA.code);
    await click(
      [...container.querySelectorAll('button')].find((b) => b.textContent === 'Back to my applications')!,
    );
    await settle();
    expect(document.activeElement?.getAttribute('data-code')).toBe(INTEGRATION_PRATICA.code);
  });

  it('says so, in an alert, when the pratiche cannot be loaded', async () => {
    const api = memoryApi();
    api.myPratiche = () => Promise.reject(new Error('offline'));
    const { container } = await render(<PersonalArea api={api} />);
    await settle();
    expect(container.querySelector('[role=alert]')?.textContent).toContain('Non è stato possibile caricare');
  });

  it("shows one pratica's timeline from @modulo/procedure with the responsible, read-only without an API", async () => {
    const { container } = await render(
      <PraticaView
        lang="it"
        pratica={{
          code: 'PR-1',
          title: 'Contributo',
          office: { name: 'Servizi sociali' },
          receiptUrl: '/r.pdf',
          timeline: SAMPLE_TIMELINE,
        }}
      />,
    );
    const text = container.textContent ?? '';
    expect(text).toContain('Pratica presa in carico');
    expect(text).toContain('Richiesta di integrazione');
    expect(text).toContain('Anna Bianchi');
    expect(text).toContain('Termine sospeso');
    expect(container.querySelectorAll('.modulo-timeline li')).toHaveLength(SAMPLE_TIMELINE.entries.length);
    expect(container.querySelector('a[href="/r.pdf"]')).not.toBeNull();
    expect(container.querySelector('form')).toBeNull();
  });
});
