import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseModule } from '../parseModule';
import { makeModule } from '../testing/makeModule';
import type { Field } from '../types';
import { validateSubmission } from '../validateSubmission';
import { listFieldKinds } from './registry';

// FIELD_KINDS.md shows a field and an answer: keep them honest.
const doc = readFileSync(new URL('../../FIELD_KINDS.md', import.meta.url), 'utf8');
const [field, answer] = [...doc.matchAll(/```json\n([\s\S]*?)```/g)].map((m) => JSON.parse(m[1]!) as unknown);

describe('FIELD_KINDS.md example', () => {
  const module = makeModule([{ id: 'nucleo', title: { it: 'Nucleo familiare' }, fields: [field as Field] }]);

  it('parses: its props are the ones the kinds read', () => {
    expect(parseModule(module).ok).toBe(true);
  });

  it('is a valid answer to the example field', () => {
    expect(validateSubmission(module, answer)).toEqual([]);
  });

  it('gives the documented error without the second certificate', () => {
    const data = structuredClone(answer) as { componenti: Record<string, unknown>[] };
    delete data.componenti[1]!.certificato;
    expect(validateSubmission(module, data)).toMatchObject([
      {
        path: '/componenti/1/certificato',
        code: 'required',
        message: 'Il campo «Certificato» è obbligatorio.',
      },
    ]);
  });
});

describe('FIELD_KINDS.md tables', () => {
  it('name every prop of every kind’s propsSchema in the kind’s row', () => {
    const missing = listFieldKinds().flatMap((kind) => {
      const row = doc.split('\n').find((line) => line.startsWith(`| \`${kind.kind}\``)) ?? '';
      const props = Object.keys((kind.propsSchema.properties as object | undefined) ?? {});
      return props.filter((name) => !row.includes(`\`${name}\``)).map((name) => `${kind.kind}.${name}`);
    });
    expect(missing).toEqual([]);
  });
});
