import type { ErrorObject } from 'ajv/dist/2020.js';
import type { JsonSchema } from '../jsonSchema';
import { OPTION_VALUE_PATTERN } from '../kinds/choiceOptions';
import { MEDIA_TYPE_PATTERN } from '../kinds/attachment';
import type { PropProblem } from './PropProblem';

type Both = { it: string; en: string };

const TYPES: Record<string, Both> = {
  integer: { it: 'un numero intero', en: 'a whole number' },
  number: { it: 'un numero', en: 'a number' },
  string: { it: 'un testo', en: 'a text' },
  boolean: { it: 'vero o falso (true/false)', en: 'true or false' },
  array: { it: 'un elenco', en: 'a list' },
  object: { it: 'un oggetto', en: 'an object' },
};

const FORMATS: Record<string, Both> = {
  date: { it: 'una data valida (AAAA-MM-GG)', en: 'a valid date (YYYY-MM-DD)' },
  uri: { it: 'un indirizzo web completo', en: 'a complete web address' },
};

/** The built-in kinds' patterns, said in words. */
const PATTERNS: Record<string, Both> = {
  [OPTION_VALUE_PATTERN]: {
    it: 'usa solo lettere senza accenti, cifre, - e _',
    en: 'use only unaccented letters, digits, - and _',
  },
  [MEDIA_TYPE_PATTERN]: {
    it: 'scrivi un tipo di file come application/pdf',
    en: 'write a file type such as application/pdf',
  },
  '^https?://': {
    it: 'l’indirizzo deve iniziare con http:// o https://',
    en: 'the address must start with http:// or https://',
  },
  '^[a-z]{2}$': {
    it: 'le lingue si indicano con 2 lettere minuscole (it, en, de...)',
    en: 'languages are 2 lowercase letters (it, en, de...)',
  },
};

/** Turns one Ajv error of a kind's `propsSchema` into a problem naming the prop, in Italian and English. */
export function explainPropError(error: ErrorObject, schema: JsonSchema): PropProblem {
  const params = error.params as Record<string, unknown>;
  const child = (params.missingProperty ?? params.additionalProperty) as string | undefined;
  const pointer =
    child === undefined
      ? error.instancePath
      : `${error.instancePath}/${child.replace(/~/g, '~0').replace(/\//g, '~1')}`;
  const subject: Both = pointer
    ? { it: `la proprietà "${pointer.slice(1)}"`, en: `property "${pointer.slice(1)}"` }
    : { it: 'l’insieme delle proprietà (props)', en: 'the props' };
  const say = (it: string, en: string): PropProblem => ({
    pointer,
    message: `${subject.it} ${it}`,
    messageEn: `${subject.en} ${en}`,
  });
  const type = (t: unknown) => TYPES[String(t)] ?? { it: String(t), en: String(t) };
  const format = (f: unknown) =>
    FORMATS[String(f)] ?? { it: `nel formato ${String(f)}`, en: `in the ${String(f)} format` };
  const limit = Number(params.limit);

  switch (error.keyword) {
    case 'additionalProperties': {
      const allowed = Object.keys(schemaAt(schema, parentPath(error.schemaPath))?.properties ?? {});
      return say(
        `non è prevista (ammesse: ${allowed.join(', ') || 'nessuna'})`,
        `is not expected (allowed: ${allowed.join(', ') || 'none'})`,
      );
    }
    case 'required':
      return say('è obbligatoria', 'is required');
    case 'type':
      return say(`deve essere ${type(params.type).it}`, `must be ${type(params.type).en}`);
    case 'minimum':
      return say(`deve essere almeno ${limit}`, `must be at least ${limit}`);
    case 'exclusiveMinimum':
      return say(`deve essere maggiore di ${limit}`, `must be more than ${limit}`);
    case 'maximum':
      return say(`deve essere al massimo ${limit}`, `must be at most ${limit}`);
    case 'exclusiveMaximum':
      return say(`deve essere minore di ${limit}`, `must be less than ${limit}`);
    case 'minLength':
      return limit === 1
        ? say('non può essere vuota', 'cannot be empty')
        : say(`deve avere almeno ${limit} caratteri`, `must have at least ${limit} characters`);
    case 'maxLength':
      return say(`deve avere al massimo ${limit} caratteri`, `must have at most ${limit} characters`);
    case 'minItems':
      return limit === 1
        ? say('deve avere almeno un elemento', 'must have at least one item')
        : say(`deve avere almeno ${limit} elementi`, `must have at least ${limit} items`);
    case 'maxItems':
      return say(`deve avere al massimo ${limit} elementi`, `must have at most ${limit} items`);
    case 'uniqueItems':
      return say('ripete lo stesso elemento', 'repeats the same item');
    case 'enum':
      return say(
        `deve essere uno tra: ${(params.allowedValues as unknown[]).map(quote).join(', ')}`,
        `must be one of: ${(params.allowedValues as unknown[]).map(quote).join(', ')}`,
      );
    case 'const':
      return say(`deve essere ${quote(params.allowedValue)}`, `must be ${quote(params.allowedValue)}`);
    case 'format':
      return say(`deve essere ${format(params.format).it}`, `must be ${format(params.format).en}`);
    case 'pattern':
      return say(
        `non è valida: ${PATTERNS[String(params.pattern)]?.it ?? `forma attesa ${String(params.pattern)}`}`,
        `is not valid: ${PATTERNS[String(params.pattern)]?.en ?? `expected form ${String(params.pattern)}`}`,
      );
    case 'anyOf':
    case 'oneOf': {
      const branches = (schemaAt(schema, error.schemaPath) as unknown as JsonSchema[] | undefined) ?? [];
      return say(
        `deve essere ${branches.map((b) => describeBranch(b).it).join(' o ')}`,
        `must be ${branches.map((b) => describeBranch(b).en).join(' or ')}`,
      );
    }
    default:
      return say(
        `non è valida (${error.message ?? error.keyword})`,
        `is not valid (${error.message ?? error.keyword})`,
      );
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

function describeBranch(branch: JsonSchema): Both {
  if ('const' in branch) return { it: quote(branch.const), en: quote(branch.const) };
  if (typeof branch.format === 'string')
    return (
      FORMATS[branch.format] ?? { it: `nel formato ${branch.format}`, en: `in the ${branch.format} format` }
    );
  return TYPES[String(branch.type)] ?? { it: 'un valore ammesso', en: 'an allowed value' };
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
