import { ACCEPTED_BY_SILENCE_LABEL, STATUS_LABELS } from './timelineTexts';
import { ACCEPTED_BY_SILENCE_LABEL_EN, STATUS_LABELS_EN } from './timelineTextsEn';
import type { PraticaStatus } from './types';

/**
 * The words of a pratica's state in a page language (`en`, else Italian), the ones `timeline()`
 * writes: the citizen's list of pratiche and the timeline of one read the same table. A label
 * from the server (in either language) only tells an acceptance by silence apart (art. 20).
 */
export function statusWords(lang: string | undefined): (status: string, fromServer?: string) => string {
  const en = lang === 'en';
  const table: Record<string, string> = en ? STATUS_LABELS_EN : STATUS_LABELS;
  const silence = en ? ACCEPTED_BY_SILENCE_LABEL_EN : ACCEPTED_BY_SILENCE_LABEL;
  return (status, fromServer) =>
    status === ('ended_by_positive_outcome' satisfies PraticaStatus) &&
    (fromServer === ACCEPTED_BY_SILENCE_LABEL || fromServer === ACCEPTED_BY_SILENCE_LABEL_EN)
      ? silence
      : (table[status] ?? fromServer ?? status);
}
