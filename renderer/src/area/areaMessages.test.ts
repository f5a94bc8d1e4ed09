import { statusLabel } from '@modulo/procedure';
import { describe, expect, it } from 'vitest';
import { areaMessages } from './areaMessages';

describe('areaMessages', () => {
  it("words a state as @modulo/procedure does in Italian, and in English from the state's code", () => {
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
    expect(en.statusLabel('refusal_notice', 'Preavviso di rigetto')).toBe('Notice of refusal');
  });
});
