import { describe, expect, it } from 'vitest';
import { formatDate, formatEuro, hrefIn, pageContext, pageLang } from './lang';
import { uiTexts } from './uiTexts';

/** The key paths of a dictionary, functions and strings alike. */
const shape = (o: object, prefix = ''): string[] =>
  Object.entries(o).flatMap(([k, v]) =>
    typeof v === 'object' && v !== null
      ? shape(v as object, `${prefix}${k}.`)
      : [`${prefix}${k}:${typeof v}`],
  );

describe('page language', () => {
  it('is English only for ?lang=en; Italian otherwise', () => {
    expect(pageLang('en')).toBe('en');
    for (const q of [undefined, '', 'it', 'EN', 'xx', 'en-GB']) expect(pageLang(q)).toBe('it');
  });

  it('links in the language and keeps the path on site', () => {
    expect(hrefIn('it', '/modules/a')).toBe('/modules/a');
    expect(hrefIn('en', '/modules/a')).toBe('/modules/a?lang=en');
    expect(pageContext('http://h//evil.example/x?lang=en', 'en')).toEqual({
      lang: 'en',
      path: '/evil.example/x',
    });
    expect(pageContext('http://h/%5Cevil.example', undefined).path).toBe('/%5Cevil.example');
  });

  it('formats dates and money in the language', () => {
    expect(formatDate('2026-12-28', 'it')).toBe('28 dicembre 2026');
    expect(formatDate('2026-12-28', 'en')).toBe('28 December 2026');
    expect(formatDate('2027-01-01', 'en')).toBe('1 January 2027');
    expect(formatEuro(1600, 'it')).toBe('16,00\u00a0€');
    expect(formatEuro(1600, 'en')).toBe('€16.00');
  });

  it('has the same UI texts in both languages, none empty', () => {
    expect(shape(uiTexts.en)).toEqual(shape(uiTexts.it));
    for (const lang of ['it', 'en'] as const) {
      const strings = shape(uiTexts[lang]).filter((k) => k.endsWith(':string'));
      expect(strings.length).toBeGreaterThan(40);
    }
  });
});
