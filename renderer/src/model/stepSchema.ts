import { evaluateCondition } from '@modulo/form-model';
import type { CompiledModule, Field, JsonSchema, Module, Step, UiSchema } from '@modulo/form-model';

/** Field kinds drawn by a whole rjsf field (they own their layout), not by a widget. */
export const FIELD_KINDS = new Set(['attachment', 'info-text']);

/** Kinds with their own widget, registered under the kind's name in the theme. */
export const WIDGET_KINDS = new Set([
  'short-text',
  'long-text',
  'email',
  'pec',
  'phone',
  'number',
  'codice-fiscale',
  'partita-iva',
  'iban',
  'cap',
  'amount',
  'date',
  'privacy-consent',
  'yes-no',
  'single-choice',
  'multiple-choice',
]);

/**
 * The schema rjsf renders for one step: only the step's fields that are visible for the current
 * answers, as plain properties (top-level conditions are resolved here with `visibleFields`, so
 * rjsf never evaluates the whole module's `if/then` on a keystroke). Conditions inside groups and
 * list items stay as the compiled `allOf`/`if` and rjsf resolves them per item.
 */
export function stepSchema(
  module: Module,
  compiled: CompiledModule,
  step: Step,
  visible: Set<string>,
  answers: Record<string, unknown>,
): { schema: JsonSchema; uiSchema: UiSchema } {
  const properties: Record<string, JsonSchema> = {};
  const required: string[] = [];
  const uiSchema: UiSchema = { 'ui:order': [] as string[] };
  const order = uiSchema['ui:order'] as string[];
  for (const field of step.fields) {
    if (!visible.has(field.id)) continue;
    order.push(field.id);
    uiSchema[field.id] = themedUi(field, (compiled.uiSchema[field.id] ?? {}) as UiSchema);
    if (field.kind === 'info-text') {
      properties[field.id] = { type: 'null' };
      continue;
    }
    properties[field.id] = topLevelSchema(compiled.schema, field.id) ?? {};
    if (field.required || (field.requiredWhen && evaluateCondition(field.requiredWhen, answers)))
      required.push(field.id);
  }
  const defs = compiled.schema.$defs as Record<string, JsonSchema> | undefined;
  return {
    schema: {
      type: 'object',
      properties,
      ...(required.length ? { required } : {}),
      ...(defs ? { $defs: defs } : {}),
    },
    uiSchema,
  };
}

/** A top-level field's compiled schema: a plain property, or inside the `then` of its condition. */
export function topLevelSchema(schema: JsonSchema, id: string): JsonSchema | undefined {
  const props = schema.properties as Record<string, JsonSchema> | undefined;
  if (props?.[id]) return props[id];
  for (const entry of (schema.allOf ?? []) as JsonSchema[]) {
    const then = entry.then as JsonSchema | undefined;
    const candidate = (then?.properties as Record<string, JsonSchema | boolean> | undefined)?.[id];
    if (candidate && typeof candidate === 'object') return candidate;
  }
  return undefined;
}

/** The compiled uiSchema with our widget or field chosen by `ui:kind`, recursively. */
export function themedUi(field: Field, ui: UiSchema): UiSchema {
  const out: UiSchema = { ...ui };
  if (FIELD_KINDS.has(field.kind)) out['ui:field'] = field.kind;
  else if (field.kind === 'single-choice')
    out['ui:widget'] = ui['ui:widget'] === 'select' ? 'select' : 'single-choice';
  else if (WIDGET_KINDS.has(field.kind)) out['ui:widget'] = field.kind;
  if (field.kind === 'address') out.cap = { 'ui:widget': 'cap', 'ui:autocomplete': 'postal-code' };
  if (field.kind === 'address') {
    out.street = { 'ui:autocomplete': 'street-address' };
    out.comune = { 'ui:autocomplete': 'address-level2' };
    out.provincia = { 'ui:autocomplete': 'address-level1' };
  }
  if (field.kind === 'group' || field.kind === 'repeatable') {
    const target = field.kind === 'repeatable' ? ({ ...((ui.items as UiSchema) ?? {}) } as UiSchema) : out;
    for (const child of field.fields ?? [])
      target[child.id] = themedUi(
        child,
        (((field.kind === 'repeatable' ? ui.items : ui) as UiSchema)?.[child.id] as UiSchema) ?? {},
      );
    if (field.kind === 'repeatable') out.items = target;
  }
  if (field.prefill && !out['ui:autocomplete']) {
    const auto = AUTOCOMPLETE[field.prefill];
    if (auto) out['ui:autocomplete'] = auto;
  }
  return out;
}

const AUTOCOMPLETE: Record<string, string> = {
  givenName: 'given-name',
  familyName: 'family-name',
  fullName: 'name',
  birthdate: 'bday',
  email: 'email',
  phoneNumber: 'tel',
  companyName: 'organization',
};
