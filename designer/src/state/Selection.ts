/** What the inspector shows: a field, a step, the procedure panel, or the module's own data. */
export type Selection =
  { kind: 'field'; id: string } | { kind: 'step'; id: string } | { kind: 'procedure' } | { kind: 'module' };

/** Two selections name the same thing. */
export function sameSelection(a: Selection, b: Selection): boolean {
  return a.kind === b.kind && ('id' in a ? 'id' in b && a.id === b.id : true);
}
