import type { ModelError } from '../types';

/** Refuses an index outside `0..max` (inclusive), the positions a list of `max` items accepts. */
export function checkIndex(index: number, max: number, path: string): ModelError | undefined {
  if (Number.isInteger(index) && index >= 0 && index <= max) return undefined;
  return {
    code: 'index_out_of_range',
    message: `La posizione ${index} non è valida: deve essere un numero intero tra 0 e ${max}.`,
    path,
  };
}
