/** The designer's own words, Italian first (`it.ts`); English is the switchable second language (`en.ts`). */
export { it } from './it';
export type { MessageKey } from './it';
export { en } from './en';
