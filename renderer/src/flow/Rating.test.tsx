// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, click, render, type } from '../testing/render';
import type { RatingAnswer } from './Rating';
import { Rating } from './Rating';

afterEach(cleanup);

const byText = (root: HTMLElement, selector: string, text: string) =>
  [...root.querySelectorAll<HTMLElement>(selector)].find((e) => e.textContent === text)!;

describe('Rating (C.SE.1.7)', () => {
  it('sends the score, the code of the follow-up answer and the comment', async () => {
    const sent: RatingAnswer[] = [];
    const { container } = await render(<Rating lang="it" onSend={(r) => void sent.push(r)} />);
    await click(container.querySelector('[data-element="feedback-rate-2"]')!);
    const question = container.querySelector('[data-element="feedback-rating-negative"] legend')!;
    expect(question.textContent).toBe('Dove hai incontrato le maggiori difficoltà?');
    expect(container.querySelectorAll('[data-element="feedback-rating-answer"]')).toHaveLength(5);
    // Changing to a high score offers the other five answers.
    await click(container.querySelector('[data-element="feedback-rate-5"]')!);
    expect(container.querySelector('[data-element="feedback-rating-positive"]')).not.toBeNull();
    await click(container.querySelector('[data-element="feedback-rate-2"]')!);
    await click(byText(container, 'label', 'Ho avuto problemi tecnici'));
    await click(byText(container, 'button', 'Avanti'));
    // The server's limit (2000), not a shorter one of its own.
    const detail = container.querySelector<HTMLTextAreaElement>('#modulo-rating-detail')!;
    expect(detail.maxLength).toBe(2000);
    expect(container.querySelector('#modulo-rating-detail-help')!.textContent).toBe(
      'Inserisci massimo 2000 caratteri',
    );
    await type(detail, '  Il caricamento si bloccava. ');
    await click(byText(container, 'button', 'Invia'));
    expect(sent).toEqual([
      { score: 2, followUp: 'technical-problems', comment: 'Il caricamento si bloccava.' },
    ]);
    expect(container.querySelector('[data-element="feedback-rating-thanks"]')).not.toBeNull();
  });

  it('says so when sending fails, and lets the citizen retry', async () => {
    let fail = true;
    const sent: RatingAnswer[] = [];
    const { container } = await render(
      <Rating
        lang="it"
        onSend={async (r) => {
          if (fail) throw new Error('offline');
          sent.push(r);
        }}
      />,
    );
    await click(container.querySelector('[data-element="feedback-rate-4"]')!);
    await click(byText(container, 'label', 'Le domande erano chiare'));
    await click(byText(container, 'button', 'Avanti'));
    await click(byText(container, 'button', 'Invia'));
    expect(container.querySelector('[role=alert]')!.textContent).toContain('Non è stato possibile inviare');
    fail = false;
    await click(byText(container, 'button', 'Invia'));
    expect(sent).toEqual([{ score: 4, followUp: 'clear-questions' }]);
    expect(container.querySelector('[role=alert]')).toBeNull();
  });
});
