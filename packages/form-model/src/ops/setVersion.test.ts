import { describe, expect, it } from 'vitest';
import { makeModule } from '../testing/makeModule';
import { setVersion } from './setVersion';

const m = makeModule();

describe('setVersion', () => {
  it('sets a semantic version', () => {
    const r = setVersion(m, { version: '1.1.0' });
    expect(r.ok && r.value.version).toBe('1.1.0');
    expect(setVersion(m, { version: '1.0.0' })).toEqual({ ok: true, value: m });
    expect(setVersion(m, { version: '2.0.0-rc.1' }).ok).toBe(true);
  });

  it('refuses anything else in Italian', () => {
    for (const bad of ['1.1', '01.1.0', 'v1.1.0', '']) {
      const r = setVersion(m, { version: bad });
      expect(r.ok ? 'ok' : r.error.code).toBe('invalid_property');
    }
  });
});
