import { modelError } from '../messages/modelError';
import type { ModelError } from '../types';

/** Refuses an index outside `0..max` (inclusive), the positions a list of `max` items accepts; `path` points at the list. */
export function checkIndex(index: number, max: number, path: string): ModelError | undefined {
  if (Number.isInteger(index) && index >= 0 && index <= max) return undefined;
  return modelError('index_out_of_range', { index, max }, path);
}
