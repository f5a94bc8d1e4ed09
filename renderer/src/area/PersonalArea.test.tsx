// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { memoryApi } from '../api/memoryApi';
import { render } from '../testing/render';
import { PersonalArea, PraticaView } from './PersonalArea';
import { SAMPLE_TIMELINE } from './sampleTimeline';

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
    await new Promise((r) => setTimeout(r, 0));
    const text = container.textContent ?? '';
    expect(text).toContain('Le mie pratiche');
    expect(text).toContain('Integrazione richiesta · Termine sospeso');
    expect(text).toContain('2/11/2026');
    expect(text).toContain('15/1/2027');
    expect(container.querySelector('a[href="/f/c_x/mensa"]')?.textContent).toBe('Continua la compilazione');
  });

  it("shows one pratica's timeline from @modulo/procedure with the responsible", async () => {
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
  });
});
