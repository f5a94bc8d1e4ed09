import { describe, expect, it } from 'vitest';
import { suiteEnte } from '../storage/storeSuite';
import { safeReturnTo } from './safeReturnTo';

const SELF = 'http://127.0.0.1:3000';
const ente = suiteEnte(); // embedOrigins: https://www.example.it

describe('safeReturnTo', () => {
  it('keeps paths on this server and URLs on the ente’s allowed origins', () => {
    expect(safeReturnTo(undefined, SELF)).toBe('/');
    expect(safeReturnTo('/entes/borgo/modules/x?lang=en#top', SELF)).toBe(
      '/entes/borgo/modules/x?lang=en#top',
    );
    expect(safeReturnTo(`${SELF}/me`, SELF)).toBe('/me');
    expect(safeReturnTo('https://www.example.it/servizi/x', SELF, ente)).toBe(
      'https://www.example.it/servizi/x',
    );
  });

  it.each([
    'https://evil.example/phish',
    '//evil.example/x',
    '/\\evil.example',
    'javascript:alert(1)',
    'https://www.example.it.evil.example/',
    'http://www.example.it/', // the ente allows https only
  ])('refuses %s', (to) => {
    expect(safeReturnTo(to, SELF, ente)).toBeUndefined();
  });

  it('refuses another ente’s origin when no ente is named', () => {
    expect(safeReturnTo('https://www.example.it/x', SELF)).toBeUndefined();
  });
});
