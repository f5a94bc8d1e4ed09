// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, click, render } from '../testing/render';
import type { BackofficeApi, RatingsReport } from './BackofficeApi';
import { createMemoryBackofficeApi } from './createMemoryBackofficeApi';
import { RatingsView } from './RatingsView';

afterEach(cleanup);

const comment = (i: number) => ({
  id: `c${i}`,
  module: 'accesso-atti',
  moduleTitle: 'Accesso agli atti',
  rating: i % 2 ? 2 : 5,
  followUp: i % 2 ? 'technical-problems' : 'clear-instructions',
  comment: `Commento numero ${i}`,
  filedAt: '2026-11-02',
  ratedAt: `2026-11-${String(20 - i).padStart(2, '0')}T09:00:00Z`,
});

/** Two pages as the endpoint's contract gives them: the second after cursor "p2". */
const pages: Record<string, RatingsReport> = {
  first: {
    distribution: { '1': 0, '2': 2, '3': 1, '4': 0, '5': 3 },
    followUps: [
      { question: 'low', answer: 'technical-problems', count: 2 },
      { question: 'low', answer: 'unclear-questions', count: 1 },
      { question: 'high', answer: 'clear-instructions', count: 3 },
    ],
    comments: [1, 2, 3].map(comment),
    nextCursor: 'p2',
  },
  p2: {
    distribution: { '1': 0, '2': 2, '3': 1, '4': 0, '5': 3 },
    followUps: [],
    comments: [4, 5].map(comment),
    nextCursor: null,
  },
};

function api(): { spy: BackofficeApi; cursors: (string | undefined)[] } {
  const cursors: (string | undefined)[] = [];
  return {
    cursors,
    spy: {
      ...createMemoryBackofficeApi(),
      ratings: async (_ente, q = {}) => {
        cursors.push(q.cursor);
        return { ok: true, value: pages[q.cursor ?? 'first']! };
      },
    },
  };
}

describe('RatingsView (comments for staff)', () => {
  it('shows the distribution, the follow-up answers of each question and the newest comments', async () => {
    const root = await render(<RatingsView api={api().spy} enteId="borgo" />);
    expect(root.textContent).toContain('6 valutazioni, media 3,7 su 5.');
    const charts = [...root.querySelectorAll('figure')];
    expect(charts.map((f) => f.querySelector('figcaption')!.textContent)).toEqual([
      'Valutazioni per voto',
      'Dove hai incontrato le maggiori difficoltà? (voti 1-3)',
      'Quali sono stati gli aspetti che hai preferito? (voti 4-5)',
    ]);
    expect(charts[1]!.querySelector('svg')!.getAttribute('aria-label')).toBe(
      'Dove hai incontrato le maggiori difficoltà? (voti 1-3): Ho avuto problemi tecnici 2; A volte le domande non erano chiare 1.',
    );
    expect([...charts[0]!.querySelectorAll('tbody tr')].map((r) => r.textContent)).toEqual([
      '1 su 50',
      '2 su 52',
      '3 su 51',
      '4 su 50',
      '5 su 53',
    ]);
    const first = root.querySelector('[data-comment="c1"]')!;
    expect(first.textContent).toContain('Accesso agli atti · 2 su 5 · Risposta: Ho avuto problemi tecnici');
    expect(first.textContent).toContain('Commento numero 1');
    expect(first.textContent).toContain('presentata il 02/11/2026, valutata il 19/11/2026');
  });

  it('loads the next page with “Carica altri”, moves the focus to it, and stops at the last', async () => {
    const { spy, cursors } = api();
    const root = await render(<RatingsView api={spy} enteId="borgo" />);
    expect(root.querySelectorAll('[data-comment]')).toHaveLength(3);
    const more = [...root.querySelectorAll('button')].find((b) => b.textContent === 'Carica altri')!;
    await click(more);
    expect(cursors).toEqual([undefined, 'p2']);
    expect([...root.querySelectorAll('[data-comment]')].map((c) => c.getAttribute('data-comment'))).toEqual([
      'c1',
      'c2',
      'c3',
      'c4',
      'c5',
    ]);
    expect(document.activeElement?.getAttribute('data-comment')).toBe('c4');
    expect([...root.querySelectorAll('button')].some((b) => b.textContent === 'Carica altri')).toBe(false);
  });

  it('names no citizen', async () => {
    const root = await render(<RatingsView api={createMemoryBackofficeApi()} enteId="borgo" />);
    expect(root.querySelectorAll('[data-comment]').length).toBe(5);
    expect(root.textContent).not.toMatch(/citizen:|[A-Z]{6}\d{2}[A-Z]\d{2}[A-Z]\d{3}[A-Z]/);
  });

  it('says why when the ratings cannot be read (e.g. a server without the endpoint yet)', async () => {
    const spy: BackofficeApi = {
      ...createMemoryBackofficeApi(),
      ratings: async () => ({
        ok: false,
        error: { code: 'not_found', message: 'Pagina non trovata.', messageEn: 'Not found.' },
      }),
    };
    const root = await render(<RatingsView api={spy} enteId="borgo" />);
    expect(root.querySelector('[role="alert"]')!.textContent).toBe('Pagina non trovata.');
  });
});
