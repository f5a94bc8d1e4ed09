import type { JsonSchema } from '../jsonSchema';
import type { Condition, Field } from '../types';
import { propertyToField } from './propertyToField';
import type { SchemaContext } from './SchemaContext';
import { ANNOTATIONS, deref, esc, isObject, leftovers } from './SchemaContext';
import { resolveRef } from './resolveRef';
import { schemaToCondition } from './schemaToCondition';

/**
 * The fields of one object level: its `properties` in order, then those that `allOf`/`if`-`then`
 * (and `dependentSchemas`) declare only under a condition, which become conditional fields;
 * `then: { required }` on a known field becomes `requiredWhen`; `dependentRequired` too.
 */
export function objectToFields(ctx: SchemaContext, s: JsonSchema, path: string): Field[] {
  const fields: Field[] = [];
  const byKey = new Map<string, Field>();
  const required = new Set(Array.isArray(s.required) ? (s.required as string[]) : []);
  const properties = isObject(s.properties) ? s.properties : {};
  const add = (key: string, sub: unknown, isRequired: boolean, at: string, condition?: Condition) => {
    const field = propertyToField(ctx, key, sub, isRequired, at);
    if (!field) return;
    if (condition) field.condition = condition;
    fields.push(field);
    byKey.set(key, field);
  };
  for (const [key, sub] of Object.entries(properties))
    add(key, sub, required.has(key), `${path}/properties/${esc(key)}`);
  const idOf = (key: string) => byKey.get(key)?.id;

  const branch = (cond: Condition | undefined, thenSchema: unknown, at: string, when: string) => {
    const t = deref(ctx, thenSchema, at);
    if (!t) return;
    if (!cond)
      ctx.unmapped.push({
        path: when,
        reason:
          'this condition cannot be said with the module conditions; the fields it declares are always shown',
      });
    const thenRequired = new Set(Array.isArray(t.required) ? (t.required as string[]) : []);
    for (const [key, sub] of Object.entries(isObject(t.properties) ? t.properties : {})) {
      const sp = `${at}/properties/${esc(key)}`;
      const resolved = resolveRef(ctx.root, sub).schema;
      if (resolved === true || (isObject(resolved) && Object.keys(resolved).length === 0)) continue; // only marks it evaluated
      if (byKey.has(key)) {
        // `requiredWhen` compiles to `then: { required: [k], properties: { k: <k as required> } }`.
        if (cond && thenRequired.has(key)) continue;
        ctx.unmapped.push({
          path: sp,
          reason: `a second schema for "${key}" under a condition (a refinement) is not mapped; the field keeps its first definition`,
        });
        continue;
      }
      add(key, sub, thenRequired.has(key), sp, cond);
    }
    for (const key of thenRequired) {
      const field = byKey.get(key);
      if (
        !field ||
        field.required ||
        (isObject(t.properties) && key in t.properties && field.condition === cond)
      )
        continue;
      if (!cond) {
        ctx.unmapped.push({
          path: `${at}/required`,
          reason: `"${key}" required under a condition that does not map: left optional`,
        });
        continue;
      }
      field.requiredWhen = field.requiredWhen ? { any: [field.requiredWhen, cond] } : cond;
    }
    leftovers(ctx, t, ['properties', 'required'], at);
  };
  // An exit compiles to `not: <when>` at the root (several: one per `allOf` entry).
  const exitFrom = (n: unknown, at: string) => {
    const when = schemaToCondition(ctx.root, n, idOf);
    if (!when || path !== '') {
      ctx.unmapped.push({
        path: at,
        reason: 'a `not` that the module conditions cannot say is not enforced',
      });
      return;
    }
    ctx.exits.push({
      id: `uscita${ctx.exits.length + 1}`,
      when,
      title: { it: 'Questo servizio non fa per te' },
      message: {
        it: 'Da completare: spiega perché la domanda non può essere presentata e a chi rivolgersi.',
      },
    });
    ctx.unmapped.push({
      path: at,
      reason: 'mapped to an exit whose title and message are placeholders to complete',
    });
  };
  const ifThen = (entry: JsonSchema, at: string, own = false) => {
    if (
      entry.then === false ||
      (entry.if !== undefined && entry.then === undefined && entry.else === undefined)
    ) {
      const when = entry.if === undefined ? undefined : schemaToCondition(ctx.root, entry.if, idOf);
      if (when && path === '' && entry.then === false) {
        // An answer that makes the whole submission invalid: the module says so with an exit.
        ctx.exits.push({
          id: `uscita${ctx.exits.length + 1}`,
          when,
          title: { it: 'Questo servizio non fa per te' },
          message: {
            it: 'Da completare: spiega perché la domanda non può essere presentata e a chi rivolgersi.',
          },
        });
        ctx.unmapped.push({
          path: at,
          reason: 'mapped to an exit whose title and message are placeholders to complete',
        });
      } else
        ctx.unmapped.push({
          path: at,
          reason:
            'an `if` that refuses the submission is mapped only at the top level and on a condition that maps; add an exit by hand',
        });
      return;
    }
    const cond = entry.if === undefined ? undefined : schemaToCondition(ctx.root, entry.if, idOf);
    if (entry.then !== undefined) branch(cond, entry.then, `${at}/then`, `${at}/if`);
    if (entry.else !== undefined) branch(cond && { not: cond }, entry.else, `${at}/else`, `${at}/if`);
    if (!own) leftovers(ctx, entry, ['if', 'then', 'else'], at);
  };
  if ('if' in s) ifThen(s, path, true);
  if (s.not !== undefined) exitFrom(s.not, `${path}/not`);
  (Array.isArray(s.allOf) ? s.allOf : []).forEach((entry, i) => {
    const e = deref(ctx, entry, `${path}/allOf/${i}`);
    if (e && 'not' in e && Object.keys(e).every((k) => k === 'not' || ANNOTATIONS.has(k)))
      exitFrom(e.not, `${path}/allOf/${i}/not`);
    else if (e) ifThen(e, `${path}/allOf/${i}`);
  });
  const dependent = (map: unknown, at: string, draft07: boolean) => {
    for (const [key, dep] of Object.entries(isObject(map) ? map : {})) {
      const field = byKey.get(key);
      const cond: Condition | undefined = field && { field: field.id, op: 'answered' };
      if (Array.isArray(dep)) branch(cond, { required: dep }, `${at}/${esc(key)}`, `${at}/${esc(key)}`);
      else if (!draft07 || isObject(dep)) branch(cond, dep, `${at}/${esc(key)}`, `${at}/${esc(key)}`);
    }
  };
  dependent(s.dependentRequired, `${path}/dependentRequired`, false);
  dependent(s.dependentSchemas, `${path}/dependentSchemas`, false);
  dependent(s.dependencies, `${path}/dependencies`, true);
  if (s.unevaluatedProperties !== false && s.additionalProperties !== false)
    ctx.unmapped.push({
      path,
      reason: 'the object admits other properties; the module refuses answers it does not ask for',
    });
  const objectKeywords = [
    'type',
    'properties',
    'required',
    'allOf',
    'if',
    'then',
    'else',
    'dependentRequired',
    'dependentSchemas',
    'dependencies',
    'unevaluatedProperties',
    'additionalProperties',
    'not',
  ];
  leftovers(ctx, s, objectKeywords, path);
  return fields;
}
