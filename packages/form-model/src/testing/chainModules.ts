import type { Field, Module } from '../types';
import { makeModule, text } from './makeModule';

/** `n` fields, each shown only when the one before is answered: the longest chain of conditions. */
export function chainModule(n: number): Module {
  const fields: Field[] = [text('f0')];
  for (let i = 1; i < n; i++)
    fields.push(text(`f${i}`, { condition: { field: `f${i - 1}`, op: 'answered' } }));
  return makeModule([{ id: 'catena', title: { it: 'Catena' }, fields }]);
}

/** `n` fields, each shown only when the two before are answered: every field is read twice. */
export function braidModule(n: number): Module {
  const fields: Field[] = [text('f0'), text('f1')];
  for (let i = 2; i < n; i++) {
    fields.push(
      text(`f${i}`, {
        condition: {
          all: [
            { field: `f${i - 1}`, op: 'answered' },
            { field: `f${i - 2}`, op: 'equals', value: `v${i - 2}` },
          ],
        },
      }),
    );
  }
  return makeModule([{ id: 'treccia', title: { it: 'Treccia' }, fields }]);
}
