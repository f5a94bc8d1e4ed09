import { describe, expect, it } from 'vitest';
import { statusWords } from './statusWords';
import { statusLabel } from './timelineTexts';
import { timelineWords } from './timelineWords';

describe('statusWords', () => {
  it('words every state as the timeline does, in Italian and in English', () => {
    for (const lang of ['it', 'en'] as const) {
      const words = statusWords(lang);
      for (const [status, label] of Object.entries(timelineWords(lang).status))
        expect(words(status, 'anything the server said')).toBe(label);
    }
    expect(statusWords(undefined)('refusal_notice')).toBe('Preavviso di rigetto');
    expect(statusWords('en')('refusal_notice')).toBe('Notice of refusal (preavviso di rigetto)');
  });

  it('tells an acceptance by silence apart, whichever language the server wrote it in', () => {
    const silence = statusLabel('ended_by_positive_outcome', 'silenzio-assenso');
    expect(statusWords('it')('ended_by_positive_outcome', silence)).toBe(
      timelineWords('it').acceptedBySilenceLabel,
    );
    expect(statusWords('en')('ended_by_positive_outcome', silence)).toBe(
      'Accepted by silence (silenzio-assenso)',
    );
    expect(statusWords('it')('ended_by_positive_outcome', timelineWords('en').acceptedBySilenceLabel)).toBe(
      'Accolta per silenzio-assenso',
    );
    expect(statusWords('en')('ended_by_positive_outcome', 'Conclusa con esito positivo')).toBe(
      'Concluded: accepted',
    );
  });

  it('keeps an unknown state as the server said it', () => {
    expect(statusWords('it')('archived', 'Archiviata')).toBe('Archiviata');
    expect(statusWords('en')('archived')).toBe('archived');
  });
});
