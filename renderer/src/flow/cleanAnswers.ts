/**
 * Answers without the empty leftovers a form produces (undefined, "", {} and [] after a
 * clear), so "not answered" is absence, as the compiled schema expects.
 */
export function cleanAnswers(value: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    const c = clean(v);
    if (c !== undefined) out[k] = c;
  }
  return out;
}

function clean(v: unknown): unknown {
  if (v === undefined || v === null || v === '') return undefined;
  if (Array.isArray(v)) {
    const items = v.map((x) => (isObject(x) ? cleanAnswers(x) : x)).filter((x) => x !== undefined);
    return items.length ? items : undefined;
  }
  if (isObject(v)) {
    const o = cleanAnswers(v);
    return Object.keys(o).length ? o : undefined;
  }
  return v;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
