import type { Step } from '../types';
import { fieldIdFor } from './fieldIdFor';
import { finishImport, moduleSlug } from './finishImport';
import type { Component, FormioContext } from './formioField';
import { childrenOf, componentsToFields } from './formioField';
import { formioCondition } from './formioCondition';
import type { ImportResult, Unmapped } from './ImportResult';

/**
 * A module from a Form.io form definition (the engine under La Stanza del Cittadino). Wizard
 * pages, or top-level panels when there are two or more, become steps; other layout components
 * (fieldset, columns, well, table, tabs) are flattened, as their data sit at the same level;
 * container becomes a group, datagrid/editgrid a repeatable list; each input becomes the kind
 * that holds the same answer, with `validate.required/pattern/minLength/maxLength/min/max`.
 * Simple conditionals and JSON-logic conditions on earlier fields map to conditions. Custom
 * JavaScript (customConditional, calculateValue, validate.custom), unknown component types and
 * every other difference are listed in `unmapped` with their JSON Pointer.
 */
export function importFormio(input: unknown): ImportResult {
  const unmapped: Unmapped[] = [];
  const form = (
    typeof input === 'object' && input !== null && !Array.isArray(input) ? input : {}
  ) as Component;
  if (form !== input || !Array.isArray(form.components))
    unmapped.push({ path: '', reason: 'the input is not a Form.io form (no components)' });
  const ctx: FormioContext = { unmapped, taken: new Set() };
  const top = childrenOf(form, '');
  const pages = top.filter(([c]) => c.type === 'panel');
  const paged =
    form.display === 'wizard' ||
    (pages.length >= 2 && top.every(([c]) => c.type === 'panel' || c.type === 'button'));
  const steps: Step[] = [];
  const known = new Map<string, { id: string; kind: string }>();
  const lookup = (key: string) => known.get(key);
  const remember = (step: Step) => {
    const visit = (fs: Step['fields']) => fs.forEach((f) => known.set(f.id, { id: f.id, kind: f.kind }));
    visit(step.fields);
  };
  if (paged) {
    let loose: [Component, string][] = [];
    const flush = () => {
      if (!loose.length) return;
      const step: Step = {
        id: stepId(ctx, 'dati'),
        title: { it: 'Dati' },
        fields: componentsToFields(ctx, loose, lookup),
      };
      steps.push(step);
      remember(step);
      loose = [];
    };
    for (const [c, path] of top) {
      if (c.type !== 'panel') {
        loose.push([c, path]);
        continue;
      }
      flush();
      const found = formioCondition(c.conditional, lookup);
      if (found?.reason)
        unmapped.push({ path: `${path}/conditional`, reason: `${found.reason}: the step is always shown` });
      const step: Step = {
        id: stepId(ctx, typeof c.key === 'string' ? c.key : 'passo'),
        title: { it: typeof c.title === 'string' && c.title.trim() ? c.title.trim() : 'Passo' },
        fields: componentsToFields(ctx, childrenOf(c, path), lookup),
        ...(found?.condition ? { condition: found.condition } : {}),
      };
      steps.push(step);
      remember(step);
    }
    flush();
  } else {
    steps.push({
      id: stepId(ctx, 'dati'),
      title: { it: 'Dati' },
      fields: componentsToFields(ctx, top, lookup),
    });
  }
  for (const step of steps)
    if (step.fields.length === 0)
      unmapped.push({ path: '', reason: `step "${step.id}" has no fields left after the import` });
  const title = typeof form.title === 'string' && form.title.trim() ? form.title.trim() : 'Modulo importato';
  return finishImport(
    {
      id: moduleSlug(
        typeof form.name === 'string' ? form.name : typeof form.path === 'string' ? form.path : title,
      ),
      title,
    },
    steps,
    unmapped,
  );
}

function stepId(ctx: FormioContext, key: string): string {
  return fieldIdFor(key, ctx.taken).id;
}
