// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { sessionToken } from './sessionToken';

describe('sessionToken', () => {
  it('takes the session out of the address after the login and keeps it for the tab', () => {
    history.replaceState(null, '', '/servizi/modulo?x=1#modulo-session=abc_DEF-123');
    expect(sessionToken('https://moduli.example.it')).toBe('abc_DEF-123');
    expect(location.href).toBe(`${location.origin}/servizi/modulo?x=1`);
    // After a reload: from sessionStorage, for that server only.
    expect(sessionToken('https://moduli.example.it')).toBe('abc_DEF-123');
    expect(sessionToken('https://altro.example.it')).toBeUndefined();
  });

  it('leaves other fragments alone', () => {
    history.replaceState(null, '', '/pagina#sezione');
    expect(sessionToken('https://nessuno.example.it')).toBeUndefined();
    expect(location.hash).toBe('#sezione');
  });
});
