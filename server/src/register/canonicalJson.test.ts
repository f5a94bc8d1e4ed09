import canonicalizeModule from 'canonicalize';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sampleSubmission } from '@modulo/form-model';
import { benchModule } from '../bench/benchModule';
import { canonicalJson } from './canonicalJson';

// The reference: the `canonicalize` package (CommonJS; under ESM interop perhaps on `.default`).
const canonicalize = ((canonicalizeModule as unknown as { default?: unknown }).default ??
  canonicalizeModule) as (value: unknown) => string | undefined;

/** What the reference gives, or the message it throws. */
function reference(value: unknown): string | undefined {
  try {
    return canonicalize(value);
  } catch (error) {
    return `throws ${(error as Error).message}`;
  }
}

function ours(value: unknown): string | undefined {
  try {
    return canonicalJson(value);
  } catch (error) {
    return error instanceof TypeError ? undefined : `throws ${(error as Error).message}`;
  }
}

// Strings of any UTF-16 code units (lone surrogates included), and awkward numbers.
const text = fc.oneof(fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' }), fc.string());
const number = fc.oneof(
  fc.double(),
  fc.integer(),
  fc.constantFrom(0, -0, 1e21, 1e-7, 5e-324, Number.MAX_SAFE_INTEGER + 2, 0.1 + 0.2),
);
const json = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    text,
    number,
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 6 }),
    fc.dictionary(text, tie('value'), { maxKeys: 6 }),
  ),
})).value;

describe('canonicalJson', () => {
  it('gives byte for byte what the canonicalize package gives, on random JSON values', () => {
    fc.assert(
      fc.property(json, (value) => {
        expect(ours(value)).toBe(reference(value));
      }),
      { numRuns: 3000 },
    );
  });

  it('gives the same on the benchmark module and its sample submission', () => {
    const module = benchModule();
    const value = { module, answers: sampleSubmission(module) };
    expect(canonicalJson(value)).toBe(canonicalize(value));
  });

  it('follows the package on what is not JSON data', () => {
    const cases: unknown[] = [
      { a: undefined, b: () => 1, c: Symbol('s'), d: 1 },
      [undefined, Symbol('s'), () => 1, 2],
      { at: new Date(Date.UTC(2026, 11, 3)), nested: { toJSON: () => ({ z: 1, a: 2 }) } },
      { bad: NaN },
      [Infinity],
      { '\ud800': 1 },
      'a\udc00b',
    ];
    for (const value of cases) expect(ours(value)).toBe(reference(value));
    const loop: Record<string, unknown> = {};
    loop.self = loop;
    expect(() => canonicalJson(loop)).toThrow('Circular reference detected');
    expect(() => canonicalJson(undefined)).toThrow(TypeError);
  });

  it('sorts keys by UTF-16 code units (RFC 8785 §3.2.3), not by code points', () => {
    // U+FB33 sorts after U+1D11E's high surrogate (0xD834) though its code point is lower.
    expect(canonicalJson({ '\ufb33': 1, '\u{1d11e}': 2, a: 3 })).toBe('{"a":3,"\u{1d11e}":2,"\ufb33":1}');
  });
});
