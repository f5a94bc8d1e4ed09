import { describe, expect, it } from 'vitest';
import { toCsv } from './toCsv';

describe('toCsv', () => {
  it('quotes commas, quotes and line breaks, and keeps accents and €', () => {
    const csv = toCsv([
      { a: 'semplice', b: 'con, virgola', c: 'con "virgolette"', d: 'due\nrighe', e: true, f: 16.5 },
      { a: 'Niccolò', b: '16,00 €', c: '', d: '', e: false, f: 0 },
    ]);
    expect(csv).toBe(
      'a,b,c,d,e,f\r\n' +
        'semplice,"con, virgola","con ""virgolette""","due\nrighe",true,16.5\r\n' +
        'Niccolò,"16,00 €",,,false,0\r\n',
    );
  });

  it('writes the given header for no rows', () => {
    expect(toCsv<{ x: string }>([], ['x'])).toBe('x\r\n');
  });
});
