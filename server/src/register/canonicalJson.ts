import canonicalizeModule from 'canonicalize';

// canonicalize ships CommonJS; under ESM interop the function may sit on `.default`.
const canonicalize = ((canonicalizeModule as unknown as { default?: unknown }).default ??
  canonicalizeModule) as (value: unknown) => string | undefined;

/**
 * RFC 8785 canonical JSON (JCS): the same value always gives the same bytes, so its SHA-256
 * identifies the document. Only feed it JSON data (what `JSON.parse` returns).
 */
export function canonicalJson(value: unknown): string {
  const text = canonicalize(value);
  if (text === undefined) throw new TypeError('Not JSON data: cannot canonicalize');
  return text;
}
