import { describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from './password';

// The default cost (N = 2^17) takes about a second per hash on these shared machines.
describe('password hashing (scrypt)', { timeout: 30_000 }, () => {
  it('verifies the right password only, with a fresh salt each time', async () => {
    const a = await hashPassword('corretto cavallo batteria');
    const b = await hashPassword('corretto cavallo batteria', { N: 1024 });
    expect(a).toMatch(/^scrypt\$131072\$8\$1\$[\w-]{22}\$[\w-]{43}$/);
    expect(await hashPassword('corretto cavallo batteria', { N: 1024 })).not.toBe(b);
    expect(b).toMatch(/^scrypt\$1024\$/);
    expect(await verifyPassword('corretto cavallo batteria', b)).toBe(true);
    expect(await verifyPassword('corretto cavallo batteria', a)).toBe(true);
    expect(await verifyPassword('corretto cavallo batteri', a)).toBe(false);
  });

  it('treats a missing or malformed hash as no match', async () => {
    expect(await verifyPassword('x', undefined)).toBe(false);
    expect(await verifyPassword('x', 'scrypt$16$8$1$AAAA$')).toBe(false);
  });

  it('normalises Unicode, so a composed and a decomposed è are the same password', async () => {
    const h = await hashPassword('perch\u00e9', { N: 1024 });
    expect(await verifyPassword('perche\u0301', h)).toBe(true);
  });
});
