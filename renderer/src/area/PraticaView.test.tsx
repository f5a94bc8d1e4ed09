// @vitest-environment jsdom
import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { memoryApi } from '../api/memoryApi';
import { cleanup, click, render, type } from '../testing/render';
import { PraticaView } from './PraticaView';
import {
  CONCLUDED_PRATICA,
  INTEGRATION_PRATICA,
  OVERDUE_PRATICA,
  PREAVVISO_PRATICA,
  SAMPLE_MESSAGES,
} from './samplePratiche';

afterEach(cleanup);

const settle = () => act(async () => new Promise((r) => setTimeout(r, 0)));
const button = (root: HTMLElement, text: string) =>
  [...root.querySelectorAll('button')].find((b) => b.textContent === text);

const setFiles = async (input: HTMLInputElement, files: File[]) => {
  Object.defineProperty(input, 'files', { value: files, configurable: true });
  await act(async () => input.dispatchEvent(new Event('change', { bubbles: true })));
};

describe('PraticaView', () => {
  it('offers to answer a pending integration: notice, focus to the answer box, text and attachments', async () => {
    const api = memoryApi({
      details: [INTEGRATION_PRATICA],
      messages: { [INTEGRATION_PRATICA.code]: SAMPLE_MESSAGES },
    });
    const { container } = await render(<PraticaView lang="it" api={api} pratica={INTEGRATION_PRATICA} />);
    await settle();
    const notice = container.querySelector('[data-element="integration-request"]')!;
    expect(notice.textContent).toContain('Copia dell’attestazione ISEE');
    expect(notice.textContent).toContain('Rispondi entro il 25/11/2026');
    expect(container.querySelector('[data-element="pratica-status"]')!.textContent).toBe(
      'Integrazione richiesta · Termine sospeso fino al 10/12/2026 al massimo',
    );
    expect(container.textContent).toContain('serve una copia dell’attestazione ISEE');

    await click(button(container, 'Rispondi alla richiesta di integrazione')!);
    const box = container.querySelector('textarea')!;
    expect(document.activeElement).toBe(box);
    expect(container.querySelector(`label[for="${box.id}"]`)!.textContent).toBe(
      'La tua risposta alla richiesta di integrazione',
    );

    // Empty: an error tied to the box and announced; nothing sent.
    await click(button(container, 'Invia l’integrazione')!);
    const error = container.querySelector('[role=alert]')!;
    expect(error.textContent).toBe('Scrivi il testo del messaggio.');
    expect(box.getAttribute('aria-describedby')).toContain(error.id);
    expect(box.getAttribute('aria-invalid')).toBe('true');
    expect(api.sent.get(INTEGRATION_PRATICA.code)).toHaveLength(1);

    await type(box, 'Allego l’attestazione ISEE.');
    await setFiles(container.querySelector('input[type=file]')!, [
      new File(['%PDF'], 'isee.pdf', { type: 'application/pdf' }),
    ]);
    await click(button(container, 'Invia l’integrazione')!);
    await settle();
    const sent = api.sent.get(INTEGRATION_PRATICA.code)!;
    expect(sent.at(-1)).toMatchObject({ sender: 'citizen', body: 'Allego l’attestazione ISEE.' });
    expect(sent.at(-1)!.attachments).toHaveLength(1);
    expect(container.querySelector('[data-element="pratica-message-status"]')!.textContent).toBe(
      'Integrazione inviata: il termine della pratica riprende a decorrere.',
    );
    // Reloaded: the term runs again, the notice is gone, the form is a plain message again.
    expect(container.querySelector('[data-element="integration-request"]')).toBeNull();
    expect(container.querySelector('[data-element="pratica-status"]')!.textContent).toBe('Integrata');
    expect(button(container, 'Invia il messaggio')).toBeDefined();
    expect(container.querySelector('[data-sender="citizen"]')!.textContent).toContain('isee');
  });

  it('announces a failed send and keeps the text', async () => {
    const api = memoryApi({ details: [INTEGRATION_PRATICA], failMessages: true });
    const { container } = await render(<PraticaView lang="en" api={api} pratica={INTEGRATION_PRATICA} />);
    await settle();
    await type(container.querySelector('textarea')!, 'Here it is.');
    await click(button(container, 'Send the documents')!);
    await settle();
    expect(container.querySelector('[role=alert]')!.textContent).toContain('The message was not sent');
    expect(container.querySelector('textarea')!.value).toBe('Here it is.');
  });

  it('offers the substitute official once the term has passed, once', async () => {
    const api = memoryApi({ details: [OVERDUE_PRATICA] });
    const { container } = await render(<PraticaView lang="it" api={api} pratica={OVERDUE_PRATICA} />);
    await settle();
    expect(container.querySelector('[data-element="pratica-status"]')!.textContent).toBe('Presa in carico');
    expect(container.textContent).toContain('Termine scaduto');
    const ask = button(container, 'Chiedi l’intervento del titolare del potere sostitutivo')!;
    expect(container.querySelector(`#${ask.getAttribute('aria-describedby')}`)!.textContent).toContain(
      'art. 2 c. 9-ter',
    );
    await click(ask);
    await settle();
    expect(api.substituteRequests).toEqual([OVERDUE_PRATICA.code]);
    const section = container.querySelector('[data-element="substitute-request"]')!;
    expect(section.querySelector('[role=status]')!.textContent).toBe(
      'Richiesta inviata a Segretario comunale: deve concludere entro il 20/1/2027.',
    );
    expect(section.querySelector('button')).toBeNull();
  });

  it('shows the outcome, the final document and the rating once concluded; a rated pratica says so', async () => {
    const api = memoryApi({ details: [CONCLUDED_PRATICA] });
    const { container } = await render(<PraticaView lang="it" api={api} pratica={CONCLUDED_PRATICA} />);
    await settle();
    expect(container.querySelector('[data-element="pratica-status"]')!.textContent).toBe(
      'Conclusa con esito positivo',
    );
    expect(container.querySelector('[data-element="pratica-due"]')).toBeNull();
    const decision = container.querySelector('[data-document="decision"] a')!;
    expect(decision.getAttribute('href')).toBe(CONCLUDED_PRATICA.documents![0]!.url);
    expect(decision.textContent).toBe('Scarica provvedimento.pdf (Provvedimento finale)');
    await click(container.querySelector('[data-element="feedback-rate-5"]')!);
    await click(container.querySelector('#modulo-rating-a0')!);
    await click(button(container, 'Avanti')!);
    await click(button(container, 'Invia')!);
    await settle();
    expect(api.ratings.get(CONCLUDED_PRATICA.code)).toMatchObject({ score: 5 });
    cleanup();
    const again = await render(<PraticaView lang="it" api={api} pratica={CONCLUDED_PRATICA} />);
    await settle();
    expect(again.container.querySelector('[data-element="feedback-rated"]')!.textContent).toContain('5 su 5');
    expect(again.container.querySelector('[data-element="feedback"]')).toBeNull();
  });

  it('after a preavviso di rigetto, the form sends the observations (art. 10-bis)', async () => {
    const api = memoryApi({ details: [PREAVVISO_PRATICA] });
    const { container } = await render(<PraticaView lang="it" api={api} pratica={PREAVVISO_PRATICA} />);
    await settle();
    expect(container.querySelector('[data-element="pratica-status"]')!.textContent).toBe(
      'Preavviso di rigetto · Termine sospeso',
    );
    expect(container.textContent).toContain('Puoi presentare osservazioni scritte');
    const box = container.querySelector('textarea')!;
    expect(container.querySelector(`label[for="${box.id}"]`)!.textContent).toBe(
      'Le tue osservazioni al preavviso di rigetto',
    );
    await type(box, 'L’attestazione era allegata.');
    await click(button(container, 'Invia le osservazioni')!);
    await settle();
    expect(container.querySelector('[data-element="pratica-message-status"]')!.textContent).toBe(
      'Osservazioni inviate: l’ufficio le valuterà prima di decidere.',
    );
    expect(button(container, 'Invia il messaggio')).toBeDefined();
  });

  it('offers no rating before the end', async () => {
    const api = memoryApi({ details: [INTEGRATION_PRATICA] });
    const { container } = await render(<PraticaView lang="it" api={api} pratica={INTEGRATION_PRATICA} />);
    await settle();
    expect(container.querySelector('[data-element="feedback"]')).toBeNull();
  });
});
