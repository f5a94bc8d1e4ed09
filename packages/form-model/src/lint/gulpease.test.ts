import { describe, expect, it } from 'vitest';
import { gulpease } from './gulpease';

// G = 89 + (300·sentences − 10·letters) / words; expected values worked out by hand.
describe('gulpease', () => {
  it('scores a short plain sentence as very easy', () => {
    // 5 words; letters Il 2 + gatto 5 + dorme 5 + sul 3 + divano 6 = 21; 1 sentence
    // 89 + (300 − 210) / 5 = 89 + 18 = 107
    expect(gulpease('Il gatto dorme sul divano.')).toBe(107);
  });

  it('counts a label fragment without a full stop as one sentence', () => {
    // 3 words; letters 4 + 1 + 7 = 12; 1 sentence: 89 + (300 − 120) / 3 = 149
    expect(gulpease('Nome e cognome')).toBe(149);
  });

  it('scores a long bureaucratic sentence as hard', () => {
    // 13 words (dell'articolo = dell + articolo); letters La 2, presente 8, dichiarazione 13,
    // sostitutiva 11, è 1, resa 4, ai 2, sensi 5, dell 4, articolo 8, quarantasette 13, del 3,
    // decreto 7 = 81; 1 sentence: 89 + (300 − 810) / 13 = 89 − 39.23 = 49.77
    const text =
      "La presente dichiarazione sostitutiva è resa ai sensi dell'articolo quarantasette del decreto.";
    expect(gulpease(text)).toBeCloseTo(49.77, 2);
  });

  it('scores the usual self-declaration formula far below 60', () => {
    // 23 words; letters Il 2, sottoscritto 12, consapevole 11, delle 5, sanzioni 8, penali 6,
    // previste 8, dall 4, articolo 8, settantasei 11, del 3, decreto 7, del 3, Presidente 10,
    // della 5, Repubblica 10, dichiara 8, sotto 5, la 2, propria 7, responsabilità 14,
    // quanto 6, segue 5 = 160; 1 sentence: 89 + (300 − 1600) / 23 = 89 − 56.52 = 32.48
    const text =
      "Il sottoscritto, consapevole delle sanzioni penali previste dall'articolo settantasei del decreto del Presidente della Repubblica, dichiara sotto la propria responsabilità quanto segue.";
    expect(gulpease(text)).toBeCloseTo(32.48, 2);
  });

  it('counts sentences ended by . ! ? ; and an ellipsis', () => {
    // 7 words; letters 6 + 2 + 3 + 4 + 3 + 5 + 5 = 28; 2 sentences: 89 + (600 − 280) / 7 = 134.71
    expect(gulpease('Scrivi il tuo nome. Poi premi invio!')).toBeCloseTo(134.71, 2);
    // 6 words; letters 7 + 2 + 6 + 6 + 1 + 9 = 31; 2 sentences: 89 + (600 − 310) / 6 = 137.33
    expect(gulpease('Compila il modulo; allega i documenti.')).toBeCloseTo(137.33, 2);
    // 3 words; letters 7 + 3 + 6 = 16; 2 sentences ("..." is one end): 89 + (600 − 160) / 3 = 235.67
    expect(gulpease('Aspetta... poi scrivi.')).toBeCloseTo(235.67, 2);
  });

  it('does not end a sentence at a dot inside a token, nor count digits as letters', () => {
    // 2 words (D.Lgs, 33/2013); letters D, L, g, s = 4; 1 sentence: 89 + (300 − 40) / 2 = 219
    expect(gulpease('D.Lgs 33/2013')).toBe(219);
  });

  it('has no index for a text without words', () => {
    expect(gulpease('')).toBeNaN();
    expect(gulpease(' … ! ')).toBeNaN();
  });
});
