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

/**
 * Format 2 differs from 3 in that offices and officials had no `id` (format 3 keys them in the
 * ente's directory), and the office's name and hours and an official's role, which citizens
 * read, were plain Italian strings. Ids are derived from the names (kebab-case, accents
 * dropped): "Area Tecnica – Viabilità" becomes "area-tecnica-viabilita".
 */
function from2to3(doc: Json): Json {
  const text = (t: unknown) => (typeof t === 'string' ? { it: t } : t);
  const office = (o: unknown): unknown => {
    if (!isObject(o)) return o;
    const out: Json = { id: o.id ?? slugOf(o.name, 'ufficio'), ...o, name: text(o.name) };
    if (o.hours !== undefined) out.hours = text(o.hours);
    return out;
  };
  const official = (o: unknown): unknown =>
    isObject(o) ? { id: o.id ?? slugOf(withoutTitle(o.name), 'persona'), ...o, role: text(o.role) } : o;
  const procedure = doc.procedure;
  return {
    ...doc,
    formatVersion: 3,
    procedure: isObject(procedure)
      ? {
          ...procedure,
          office: office(procedure.office),
          responsible: official(procedure.responsible),
          substitute: official(procedure.substitute),
        }
      : procedure,
  };
}

/** A kebab-case id from a name: "Ufficio Relazioni con il Pubblico" -> "ufficio-relazioni-con-il-pubblico". */
export function slugOf(name: unknown, fallback: string): string {
  const words = (typeof name === 'string' ? name : '')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  let slug = '';
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > 80) break;
    slug = next;
  }
  if (!slug) return fallback;
  return /^[a-z]/.test(slug) ? slug : `${fallback}-${slug}`.slice(0, 80).replace(/-+$/, '');
}

/** "Dott.ssa Laura Ferri" -> "Laura Ferri": a person's id should not change with a degree. */
function withoutTitle(name: unknown): unknown {
  return typeof name === 'string' ? name.replace(TITLES, '') : name;
}

const TITLES = /^((dott|dott\.ssa|dr|ing|arch|avv|geom|rag|prof|prof\.ssa|comm|sig|sig\.ra)\.?\s+)+/i;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

const MIGRATIONS: Record<number, (doc: Json) => Json> = { 1: from1to2, 2: from2to3 };

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
