import { closedProps } from './closedProps';
import type { FieldKind } from './FieldKind';

/** A titled section whose children form one nested object in the answers. */
export const group: FieldKind = {
  kind: 'group',
  label: { it: 'Sezione', en: 'Section' },
  category: 'layout',
  defaults: { label: { it: 'Nuova sezione', en: 'New section' }, props: {}, fields: [] },
  propsSchema: closedProps({}),
  hasValue: true,
  container: true,
  toJsonSchema(field, ctx) {
    return ctx.compileFields(field.fields ?? []).schema;
  },
  toUiSchema(field, ctx) {
    return { 'ui:kind': group.kind, ...ctx.compileFields(field.fields ?? []).uiSchema };
  },
  sample(field, ctx) {
    return ctx.sampleFields(field.fields ?? []);
  },
};
