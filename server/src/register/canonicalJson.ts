/**
 * RFC 8785 canonical JSON (JCS): the same value always gives the same bytes, so its SHA-256
 * identifies the document. Only feed it JSON data (what `JSON.parse` returns).
 *
 * Byte for byte what the `canonicalize` package gives (canonicalJson.test.ts compares them on
 * random values), written for speed: it ran on every filing and was ~6 % of the server thread's
 * time, mostly its character-by-character lone-surrogate scan and the arrays it joined.
 * `String.prototype.isWellFormed` does that scan natively; keys sort by UTF-16 code units
 * (`Array.prototype.sort`'s default), numbers and strings serialise as `JSON.stringify` does,
 * which is what RFC 8785 asks of ECMAScript.
 */
export function canonicalJson(value: unknown): string {
  const text = write(value, []);
  if (text === undefined) throw new TypeError('Not JSON data: cannot canonicalize');
  return text;
}

/** `isWellFormed` is ES2024; Node 20 has it. */
const wellFormed = (s: string): boolean => (s as string & { isWellFormed(): boolean }).isWellFormed();

/** A character JSON escapes, or half of a surrogate pair: the slow path looks closer. */
// eslint-disable-next-line no-control-regex -- the control characters are what JSON escapes
const SPECIAL = /["\\\u0000-\u001f\ud800-\udfff]/;

function quote(s: string): string {
  // Most strings need no escape: a regular expression test is ~5x cheaper than JSON.stringify.
  if (!SPECIAL.test(s)) return `"${s}"`;
  if (!wellFormed(s)) throw new Error('Lone surrogate is not allowed');
  return JSON.stringify(s);
}

function write(value: unknown, stack: object[]): string | undefined {
  switch (typeof value) {
    case 'string':
      return quote(value);
    case 'number':
      if (Number.isNaN(value)) throw new Error('NaN is not allowed');
      if (!Number.isFinite(value)) throw new Error('Infinity is not allowed');
      return JSON.stringify(value);
    case 'boolean':
      return value ? 'true' : 'false';
    case 'object':
      if (value === null) return 'null';
      break;
    default:
      // undefined, functions, symbols: nothing (as JSON.stringify); a bigint throws as there.
      return JSON.stringify(value);
  }
  const object = value as Record<string, unknown> & { toJSON?: unknown };
  if (stack.includes(object)) throw new Error('Circular reference detected');
  stack.push(object);
  let text: string;
  if (typeof object.toJSON === 'function') {
    const json = write((object.toJSON as () => unknown)(), stack);
    stack.pop();
    return json;
  }
  if (Array.isArray(object)) {
    text = '[';
    for (let i = 0; i < object.length; i++) {
      const item: unknown = object[i];
      if (i > 0) text += ',';
      text += write(item === undefined || typeof item === 'symbol' ? null : item, stack) ?? '';
    }
    text += ']';
  } else {
    text = '{';
    let first = true;
    for (const key of Object.keys(object).sort()) {
      const item = object[key];
      if (item === undefined || typeof item === 'symbol') continue;
      if (!first) text += ',';
      first = false;
      // A function as a value writes `undefined`, as the package's template string does.
      text += `${quote(key)}:${write(item, stack)}`;
    }
    text += '}';
  }
  stack.pop();
  return text;
}
