import { lintMissingHelp } from './lintMissingHelp';
import { ATTACHMENT_MESSAGES } from './kindMessages';
import type { JsonSchema } from '../jsonSchema';
import type { Field } from '../types';
import { closedProps } from './closedProps';
import type { FieldKind } from './FieldKind';
import { prop } from './FieldKind';

const MB = 2 ** 20;

/** A media type such as application/pdf: the answer's `mediaType` must equal one exactly. */
export const MEDIA_TYPE_PATTERN = '^[a-z0-9][a-z0-9!#$&^_.+-]*/[a-z0-9][a-z0-9!#$&^_.+-]*$';

const EXTENSIONS: Record<string, string> = {
  'application/pdf': 'pdf',
  'image/jpeg': 'jpg',
  'image/png': 'png',
};

/**
 * An uploaded file, or a list of them when `multiple`. The answer holds the upload's metadata
 * and `ref`, the id the server gave the upload; the bytes never travel inside the answers.
 * Props: `accept` (media types; empty accepts any), `maxSizeMb` (10), `multiple`, `maxFiles` (5).
 */
export const attachment: FieldKind = {
  kind: 'attachment',
  label: { it: 'Allegato', en: 'Attachment' },
  category: 'file',
  defaults: {
    label: { it: 'Documento da allegare', en: 'Document to attach' },
    props: {
      accept: ['application/pdf', 'image/jpeg', 'image/png'],
      maxSizeMb: 10,
      multiple: false,
      maxFiles: 5,
    },
  },
  propsSchema: closedProps({
    accept: {
      type: 'array',
      items: {
        type: 'string',
        pattern: MEDIA_TYPE_PATTERN,
        description: 'A media type, e.g. application/pdf (no wildcards).',
      },
      uniqueItems: true,
      description: 'Accepted media types (default PDF, JPEG, PNG); empty accepts any type.',
    },
    maxSizeMb: {
      type: 'number',
      exclusiveMinimum: 0,
      maximum: 100,
      description: 'Largest file, in MB of 2^20 bytes (default 10).',
    },
    multiple: { type: 'boolean', description: 'A list of files instead of one (default false).' },
    maxFiles: {
      type: 'integer',
      minimum: 1,
      maximum: 100,
      description: 'Most files when multiple (default 5).',
    },
  }),
  hasValue: true,
  document: true,
  lint: lintMissingHelp,
  messages: ATTACHMENT_MESSAGES,
  toJsonSchema(field) {
    const file = fileSchema(field);
    if (!prop<boolean>(field, attachment, 'multiple')) return file;
    return {
      type: 'array',
      items: file,
      minItems: field.required ? 1 : undefined,
      maxItems: prop<number>(field, attachment, 'maxFiles'),
    };
  },
  toUiSchema(field) {
    return {
      'ui:kind': attachment.kind,
      'ui:options': {
        accept: prop<string[]>(field, attachment, 'accept').join(','),
        maxSizeMb: prop<number>(field, attachment, 'maxSizeMb'),
        multiple: prop<boolean>(field, attachment, 'multiple'),
        maxFiles: prop<number>(field, attachment, 'maxFiles'),
      },
    };
  },
  sample(field) {
    const mediaType = prop<string[]>(field, attachment, 'accept')[0] ?? 'application/pdf';
    const file = {
      name: `documento.${EXTENSIONS[mediaType] ?? 'bin'}`,
      mediaType,
      size: Math.min(200_000, maxBytes(field)),
      ref: 'upload-0001',
    };
    return prop<boolean>(field, attachment, 'multiple') ? [file] : file;
  },
};

function maxBytes(field: Field): number {
  return Math.floor(prop<number>(field, attachment, 'maxSizeMb') * MB);
}

function fileSchema(field: Field): JsonSchema {
  const accept = prop<string[]>(field, attachment, 'accept');
  return {
    type: 'object',
    properties: {
      name: { type: 'string', minLength: 1, maxLength: 255 },
      // `enum: []` is not a valid schema: an empty list means any type.
      mediaType: accept.length ? { type: 'string', enum: accept } : { type: 'string' },
      // An empty file is always a mistake (a failed scan, a broken export).
      size: { type: 'integer', minimum: 1, maximum: maxBytes(field) },
      ref: { type: 'string', minLength: 1 },
    },
    required: ['name', 'mediaType', 'size', 'ref'],
    additionalProperties: false,
  };
}
