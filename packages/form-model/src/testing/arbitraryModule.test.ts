import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseModule } from '../parseModule';
import { arbitraryModule } from './arbitraryModule';

describe('arbitraryModule', () => {
  it('makes only modules that parse, props included', () => {
    fc.assert(
      fc.property(arbitraryModule(), (m) => {
        const parsed = parseModule(JSON.parse(JSON.stringify(m)));
        expect(parsed.ok ? 'ok' : parsed.error).toBe('ok');
      }),
      { numRuns: 200 },
    );
  });
});
