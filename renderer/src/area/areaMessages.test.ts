import { statusLabel, timelineWords } from '@modulo/procedure';
import { describe, expect, it } from 'vitest';
import { areaMessages } from './areaMessages';

describe('areaMessages', () => {
  it("words a state with @modulo/procedure's table, the timeline's, in Italian and in English", () => {
    const it_ = areaMessages('it');
    const en = areaMessages('en');
    const silence = statusLabel('ended_by_positive_outcome', 'silenzio-assenso');
    expect(it_.statusLabel('ended_by_positive_outcome', silence)).toBe('Accolta per silenzio-assenso');
    expect(it_.statusLabel('in_charge')).toBe('Presa in carico');
    expect(en.statusLabel('ended_by_positive_outcome', silence)).toBe(
      'Accepted by silence (silenzio-assenso)',
    );
    expect(en.statusLabel('ended_by_positive_outcome', 'Conclusa con esito positivo')).toBe(
      'Concluded: accepted',
    );
    expect(en.statusLabel('refusal_notice', 'Preavviso di rigetto')).toBe(
      timelineWords('en').status.refusal_notice,
    );
    expect(en.statusLabel('ended_by_submitter_cancel_requested')).toBe('Withdrawn by the applicant');
  });
});
