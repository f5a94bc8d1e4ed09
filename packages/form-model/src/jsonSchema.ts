/** A JSON Schema 2020-12 document or subschema, as plain data. */
export type JsonSchema = { [keyword: string]: unknown };

/** An rjsf uiSchema: `ui:*` keys for the field itself, nested keys for its children. */
export type UiSchema = { [key: string]: unknown };

export const JSON_SCHEMA_DIALECT = 'https://json-schema.org/draft/2020-12/schema';
