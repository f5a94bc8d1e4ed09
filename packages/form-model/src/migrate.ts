import { FORMAT_VERSION } from './types';

type Json = Record<string, unknown>;

/**
 * Format 1 (the first published modules) differs from 2 in that titles were plain strings,
 * a field's condition was `visibleIf: { field, equals }`, and `termDays`, `silenzioAssenso`
 * and `selfDeclaration` could be left out (the law's defaults: 30 days, no, no).
 */
function from1to2(doc: Json): Json {
  const text = (t: unknown) => (typeof t === 'string' ? { it: t } : t);
  const field = (f: Json): Json => {
    const { visibleIf, fields, ...rest } = f;
    const out: Json = { ...rest, label: text(rest.label) };
    if (rest.help !== undefined) out.help = text(rest.help);
    if (visibleIf && typeof visibleIf === 'object') {
      const v = visibleIf as { field?: unknown; equals?: unknown };
      out.condition = { field: v.field, op: 'equals', value: v.equals };
    }
    if (Array.isArray(fields)) out.fields = fields.map((c) => field(c as Json));
    return out;
  };
  const procedure = (doc.procedure ?? {}) as Json;
  return {
    ...doc,
    formatVersion: 2,
    title: text(doc.title),
    ...(doc.description !== undefined ? { description: text(doc.description) } : {}),
    procedure: {
      termDays: 30,
      silenzioAssenso: false,
      selfDeclaration: false,
      ...procedure,
      description: text(procedure.description),
      remedies: text(procedure.remedies),
    },
    steps: Array.isArray(doc.steps)
      ? doc.steps.map((s: Json) => ({
          ...s,
          title: text(s.title),
          fields: Array.isArray(s.fields) ? s.fields.map((f: Json) => field(f)) : s.fields,
        }))
      : doc.steps,
  };
}

const MIGRATIONS: Record<number, (doc: Json) => Json> = { 1: from1to2 };

/** Migrates a parsed JSON document to the current format; reports a version it cannot read. */
export function migrate(doc: Json): { ok: true; doc: Json } | { ok: false; version: unknown } {
  let current = doc;
  for (;;) {
    const version = current.formatVersion;
    if (version === FORMAT_VERSION) return { ok: true, doc: current };
    const step = typeof version === 'number' ? MIGRATIONS[version] : undefined;
    if (!step) return { ok: false, version };
    current = step(current);
  }
}
