import { DATE_MESSAGES } from './kindMessages';
import { closedProps } from './closedProps';
import type { FieldKind } from './FieldKind';
import { prop } from './FieldKind';

/** The portable shape of an ISO date; `format: date` checks that the day exists. */
export const DATE_PATTERN = '^[0-9]{4}-[0-9]{2}-[0-9]{2}$';

/**
 * A calendar date (YYYY-MM-DD). Props `notBefore` / `notAfter` ("today" or a date) are hints for
 * the renderer and lint only: a schema that depends on the day it is checked would not be stable.
 */
export const date: FieldKind = {
  kind: 'date',
  label: { it: 'Data', en: 'Date' },
  category: 'number',
  defaults: { label: { it: 'Data', en: 'Date' }, props: {} },
  propsSchema: closedProps({
    notBefore: {
      anyOf: [{ const: 'today' }, { type: 'string', format: 'date', pattern: DATE_PATTERN }],
      description: 'Earliest date: "today" or YYYY-MM-DD; a hint for the renderer and lint.',
    },
    notAfter: {
      anyOf: [{ const: 'today' }, { type: 'string', format: 'date', pattern: DATE_PATTERN }],
      description: 'Latest date: "today" or YYYY-MM-DD; a hint for the renderer and lint.',
    },
  }),
  hasValue: true,
  messages: DATE_MESSAGES,
  toJsonSchema() {
    return { type: 'string', format: 'date', pattern: DATE_PATTERN };
  },
  toUiSchema(field) {
    const notBefore = prop<string | undefined>(field, date, 'notBefore');
    const notAfter = prop<string | undefined>(field, date, 'notAfter');
    // The rules the schema cannot carry, for the renderer to show and check as the citizen types.
    const dateRules = field.dateRules?.length ? { dateRules: field.dateRules } : {};
    const options = { ...(notBefore ? { notBefore } : {}), ...(notAfter ? { notAfter } : {}), ...dateRules };
    return {
      'ui:kind': date.kind,
      'ui:widget': 'date',
      ...(Object.keys(options).length ? { 'ui:options': options } : {}),
    };
  },
  sample(field) {
    const bound =
      prop<string | undefined>(field, date, 'notBefore') ?? prop<string | undefined>(field, date, 'notAfter');
    if (bound === 'today') return new Date().toISOString().slice(0, 10);
    return bound ?? '2025-03-15';
  },
};
