import type { FieldKind, FieldKindCategory } from '@modulo/form-model';
import type { MessageKey } from '../i18n/messages';

/** The palette's groups, each gathering model categories (basic = text, numbers and choices). */
export const PALETTE_GROUPS: { id: string; title: MessageKey; categories: FieldKindCategory[] }[] = [
  { id: 'basic', title: 'palette.basic', categories: ['text', 'number', 'choice'] },
  { id: 'identity', title: 'palette.identity', categories: ['identity'] },
  { id: 'contact', title: 'palette.contact', categories: ['contact'] },
  { id: 'file', title: 'palette.file', categories: ['file'] },
  { id: 'layout', title: 'palette.layout', categories: ['layout'] },
];

/** Folds accents and case so "citta" finds "Città". */
export function searchKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

/** The kinds whose Italian or English name, or kind id, contains the query. */
export function filterKinds(kinds: readonly FieldKind[], query: string): FieldKind[] {
  const q = searchKey(query.trim());
  if (!q) return [...kinds];
  return kinds.filter((k) => searchKey([k.kind, ...Object.values(k.label)].join(' ')).includes(q));
}
