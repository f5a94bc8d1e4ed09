import type { ErrorObject } from 'ajv/dist/2020.js';
import type { JsonSchema } from '../jsonSchema';
import { OPTION_VALUE_PATTERN } from '../kinds/choiceOptions';
import { MEDIA_TYPE_PATTERN } from '../kinds/attachment';
import type { PropProblem } from './PropProblem';

const TYPES: Record<string, string> = {
  integer: 'un numero intero',
  number: 'un numero',
  string: 'un testo',
  boolean: 'vero o falso (true/false)',
  array: 'un elenco',
  object: 'un oggetto',
};

const FORMATS: Record<string, string> = {
  date: 'una data valida (AAAA-MM-GG)',
  uri: 'un indirizzo web completo',
};

/** The built-in kinds' patterns, said in words. */
const PATTERNS: Record<string, string> = {
  [OPTION_VALUE_PATTERN]: 'usa solo lettere senza accenti, cifre, - e _',
  [MEDIA_TYPE_PATTERN]: 'scrivi un tipo di file come application/pdf',
  '^https?://': 'l’indirizzo deve iniziare con http:// o https://',
  '^[a-z]{2}$': 'le lingue si indicano con 2 lettere minuscole (it, en, de...)',
};

/** Turns one Ajv error of a kind's `propsSchema` into an Italian problem naming the prop. */
export function explainPropError(error: ErrorObject, schema: JsonSchema): PropProblem {
  const params = error.params as Record<string, unknown>;
  const child = (params.missingProperty ?? params.additionalProperty) as string | undefined;
  const pointer =
    child === undefined
      ? error.instancePath
      : `${error.instancePath}/${child.replace(/~/g, '~0').replace(/\//g, '~1')}`;
  const subject = pointer ? `la proprietà "${pointer.slice(1)}"` : 'l’insieme delle proprietà (props)';
  const say = (text: string): PropProblem => ({ pointer, message: `${subject} ${text}` });
  const limit = Number(params.limit);

  switch (error.keyword) {
    case 'additionalProperties': {
      const allowed = Object.keys(schemaAt(schema, parentPath(error.schemaPath))?.properties ?? {});
      return say(`non è prevista (ammesse: ${allowed.join(', ') || 'nessuna'})`);
    }
    case 'required':
      return say('è obbligatoria');
    case 'type':
      return say(`deve essere ${TYPES[String(params.type)] ?? String(params.type)}`);
    case 'minimum':
      return say(`deve essere almeno ${limit}`);
    case 'exclusiveMinimum':
      return say(`deve essere maggiore di ${limit}`);
    case 'maximum':
      return say(`deve essere al massimo ${limit}`);
    case 'exclusiveMaximum':
      return say(`deve essere minore di ${limit}`);
    case 'minLength':
      return say(limit === 1 ? 'non può essere vuota' : `deve avere almeno ${limit} caratteri`);
    case 'maxLength':
      return say(`deve avere al massimo ${limit} caratteri`);
    case 'minItems':
      return say(limit === 1 ? 'deve avere almeno un elemento' : `deve avere almeno ${limit} elementi`);
    case 'maxItems':
      return say(`deve avere al massimo ${limit} elementi`);
    case 'uniqueItems':
      return say('ripete lo stesso elemento');
    case 'enum':
      return say(`deve essere uno tra: ${(params.allowedValues as unknown[]).map(quote).join(', ')}`);
    case 'const':
      return say(`deve essere ${quote(params.allowedValue)}`);
    case 'format':
      return say(`deve essere ${FORMATS[String(params.format)] ?? `nel formato ${String(params.format)}`}`);
    case 'pattern':
      return say(
        `non è valida: ${PATTERNS[String(params.pattern)] ?? `forma attesa ${String(params.pattern)}`}`,
      );
    case 'anyOf':
    case 'oneOf': {
      const branches = (schemaAt(schema, error.schemaPath) as unknown as JsonSchema[] | undefined) ?? [];
      return say(`deve essere ${branches.map(describeBranch).join(' o ')}`);
    }
    default:
      return say(`non è valida (${error.message ?? error.keyword})`);
  }
}

/**
 * The errors worth reporting: an `anyOf` says more than the failures of its branches
 * (`notBefore` is "today" or a date, not "must equal today").
 */
export function reportable(errors: ErrorObject[]): ErrorObject[] {
  const unions = errors.filter((e) => e.keyword === 'anyOf' || e.keyword === 'oneOf');
  return errors.filter((e) => !unions.some((u) => e.schemaPath.startsWith(`${u.schemaPath}/`)));
}

function describeBranch(branch: JsonSchema): string {
  if ('const' in branch) return quote(branch.const);
  if (typeof branch.format === 'string') return FORMATS[branch.format] ?? `nel formato ${branch.format}`;
  return TYPES[String(branch.type)] ?? 'un valore ammesso';
}

const quote = (value: unknown) => JSON.stringify(value);

const parentPath = (schemaPath: string) => schemaPath.slice(0, schemaPath.lastIndexOf('/'));

/** The subschema at an Ajv `schemaPath` ("#/properties/options/items"), if there is one. */
function schemaAt(schema: JsonSchema, schemaPath: string): JsonSchema | undefined {
  let node: unknown = schema;
  for (const segment of schemaPath.replace(/^#\/?/, '').split('/').filter(Boolean)) {
    const key = segment.replace(/~1/g, '/').replace(/~0/g, '~');
    node = typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[key] : undefined;
  }
  return typeof node === 'object' && node !== null ? (node as JsonSchema) : undefined;
}
