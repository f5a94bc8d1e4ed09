import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compile } from './compile';
import { parseModule } from './parseModule';
import { sampleSubmission } from './sampleSubmission';
import { serialize } from './serialize';
import { arbitraryModule } from './testing/arbitraryModule';
import { validateSubmission } from './validateSubmission';

describe('random valid modules', () => {
  it('survive serialize and parseModule unchanged', () => {
    fc.assert(
      fc.property(arbitraryModule(), (m) => {
        const parsed = parseModule(JSON.parse(serialize(m)));
        expect(parsed.ok ? 'ok' : parsed.error).toBe('ok');
        expect(parsed.ok && parsed.value).toStrictEqual(m);
      }),
      { numRuns: 100 },
    );
  });

  it('compile, and accept their own sample submission', () => {
    fc.assert(
      fc.property(arbitraryModule(), (m) => {
        expect(() => compile(m)).not.toThrow();
        expect(validateSubmission(m, sampleSubmission(m))).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });
});
