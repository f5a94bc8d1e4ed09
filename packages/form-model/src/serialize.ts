import type { Module } from './types';

/** The module as the JSON text that is saved and published (2-space indent, trailing newline). */
export function serialize(module: Module): string {
  return JSON.stringify(module, null, 2) + '\n';
}
