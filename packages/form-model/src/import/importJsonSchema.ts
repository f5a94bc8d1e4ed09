import type { JsonSchema } from '../jsonSchema';
import type { Field, Step } from '../types';
import { finishImport, moduleSlug } from './finishImport';
import type { ImportResult, Unmapped } from './ImportResult';
import { resolveRef } from './resolveRef';
import { objectToFields } from './objectToFields';
import type { SchemaContext } from './SchemaContext';

const OUR_ID = /^urn:modulo:module:([a-z][a-z0-9-]*):([0-9][0-9A-Za-z.+-]*)$/;

/**
 * A module from a plain JSON Schema (draft-07 or 2020-12) of the submission: each property becomes
 * the field kind that holds the same answers (choices from `enum` or `oneOf`+`const`, codice
 * fiscale / partita IVA / IBAN / CAP by format, pattern or key, nested objects as groups, arrays
 * of objects as repeatable lists, arrays of choices as multiple choice, file objects as
 * attachments); properties declared under `if`/`then`, `dependentSchemas` or `dependencies` become
 * conditional fields, `then: { required }` and `dependentRequired` become `requiredWhen`; local
 * `$ref`s are followed. One step per top-level group when there are at least two, else one step.
 * Everything that does not map is listed in `unmapped` with its path; the procedure data are
 * placeholders. A schema compiled from a module imports back to a module with the same verdicts.
 */
export function importJsonSchema(input: unknown): ImportResult {
  const unmapped: Unmapped[] = [];
  const root = (
    typeof input === 'object' && input !== null && !Array.isArray(input) ? input : {}
  ) as JsonSchema;
  if (root !== input) unmapped.push({ path: '', reason: 'the input is not a JSON Schema object' });
  const ctx: SchemaContext = { root, taken: new Set(), unmapped, exits: [] };
  const top = resolveRef(root, root).schema as JsonSchema;
  if (top.type !== undefined && top.type !== 'object')
    unmapped.push({
      path: '/type',
      reason: 'the root is not an object: a module collects an object of answers',
    });
  if (typeof top.$schema === 'string' && !/draft-07|draft\/2019-09|draft\/2020-12/.test(top.$schema))
    unmapped.push({ path: '/$schema', reason: `dialect ${top.$schema} is read as 2020-12` });
  const fields = objectToFields(ctx, top, '');
  const ours = typeof top.$id === 'string' ? OUR_ID.exec(top.$id) : null;
  const title = typeof top.title === 'string' && top.title.trim() ? top.title.trim() : 'Modulo importato';
  return finishImport(
    {
      id:
        ours?.[1] ??
        moduleSlug(
          typeof top.$id === 'string'
            ? (top.$id.split('/').pop() ?? '').replace(/\.(schema\.)?json$/, '') || title
            : title,
        ),
      version: ours?.[2],
      title,
      description: typeof top.description === 'string' ? top.description : undefined,
    },
    stepsFor(fields, ctx.taken),
    unmapped,
    ctx.exits,
  );
}

/** One step per top-level group when there are two or more (other fields gather between them), else one step. */
export function stepsFor(fields: Field[], taken: Set<string>): Step[] {
  const stepId = (base: string) => {
    let id = base;
    for (let n = 2; taken.has(id); n++) id = `${base}${n}`;
    taken.add(id);
    return id;
  };
  const groups = fields.filter((f) => f.kind === 'group' && !f.condition);
  if (groups.length < 2) return [{ id: stepId('dati'), title: { it: 'Dati' }, fields }];
  const steps: Step[] = [];
  let loose: Field[] = [];
  const flush = () => {
    if (loose.length)
      steps.push({
        id: stepId(steps.length ? 'altriDati' : 'dati'),
        title: { it: steps.length ? 'Altri dati' : 'Dati' },
        fields: loose,
      });
    loose = [];
  };
  for (const f of fields) {
    if (groups.includes(f)) {
      flush();
      steps.push({
        id: stepId(`passo${f.id[0]!.toUpperCase()}${f.id.slice(1)}`),
        title: f.label,
        fields: [f],
      });
    } else loose.push(f);
  }
  flush();
  return steps;
}
