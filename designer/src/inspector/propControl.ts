import type { JsonSchema } from '@modulo/form-model';

/** Which control edits a prop, read from its JSON Schema in the kind's `propsSchema`. */
export type PropControl =
  | { control: 'number'; integer: boolean; min?: number; max?: number }
  | { control: 'text' }
  | { control: 'date' }
  | { control: 'boolean' }
  | { control: 'enum'; values: string[] }
  | { control: 'localized' }
  | { control: 'options' }
  | { control: 'stringList' }
  | { control: 'json' };

type S = Record<string, unknown>;

/** The control for one prop schema; anything unusual falls back to a JSON box. */
export function propControl(name: string, schema: JsonSchema): PropControl {
  const s = schema as S;
  if (name === 'options') return { control: 'options' };
  if (Array.isArray(s.enum) && s.enum.every((v) => typeof v === 'string')) {
    return { control: 'enum', values: s.enum as string[] };
  }
  switch (s.type) {
    case 'integer':
    case 'number':
      return {
        control: 'number',
        integer: s.type === 'integer',
        min: typeof s.minimum === 'number' ? s.minimum : undefined,
        max: typeof s.maximum === 'number' ? s.maximum : undefined,
      };
    case 'boolean':
      return { control: 'boolean' };
    case 'string':
      return s.format === 'date' ? { control: 'date' } : { control: 'text' };
    case 'array':
      return (s.items as S | undefined)?.type === 'string' ? { control: 'stringList' } : { control: 'json' };
    case 'object': {
      const props = s.properties as S | undefined;
      const req = s.required as string[] | undefined;
      return props && 'it' in props && req?.includes('it') ? { control: 'localized' } : { control: 'json' };
    }
    default:
      return { control: 'json' };
  }
}

/** The props of a kind's `propsSchema`, in declaration order, with their descriptions. */
export function propEntries(
  propsSchema: JsonSchema,
): { name: string; schema: JsonSchema; description?: string }[] {
  const props = ((propsSchema as S).properties ?? {}) as Record<string, JsonSchema>;
  return Object.entries(props).map(([name, schema]) => ({
    name,
    schema,
    description:
      typeof (schema as S).description === 'string' ? ((schema as S).description as string) : undefined,
  }));
}
