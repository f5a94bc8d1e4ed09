import type { ChoiceOption, Condition, Field } from '../types';
import { fieldIdFor, humanize, optionValue } from './fieldIdFor';
import type { KeyLookup } from './formioCondition';
import { formioCondition } from './formioCondition';
import type { Unmapped } from './ImportResult';
import { italianKind } from './italianKind';

/** A Form.io component, as plain data. */
export type Component = Record<string, unknown>;

export interface FormioContext {
  unmapped: Unmapped[];
  taken: Set<string>;
}

/** Layout components: no data of their own, their children sit at the same level. */
export const LAYOUT = new Set(['panel', 'fieldset', 'well', 'columns', 'table', 'tabs']);
const MEDIA: Record<string, string> = {
  pdf: 'application/pdf',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  p7m: 'application/pkcs7-mime',
  doc: 'application/msword',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  odt: 'application/vnd.oasis.opendocument.text',
};

const str = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : undefined);
const num = (v: unknown) =>
  typeof v === 'number'
    ? v
    : typeof v === 'string' && v.trim() !== '' && !Number.isNaN(Number(v))
      ? Number(v)
      : undefined;
const obj = (v: unknown) =>
  typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : {};

/** The children of a layout or data container, each with its JSON Pointer. */
export function childrenOf(c: Component, path: string): [Component, string][] {
  if (c.type === 'columns' && Array.isArray(c.columns))
    return c.columns.flatMap((col, i) =>
      Array.isArray(obj(col).components)
        ? (obj(col).components as Component[]).map((x, j): [Component, string] => [
            x,
            `${path}/columns/${i}/components/${j}`,
          ])
        : [],
    );
  if (c.type === 'table' && Array.isArray(c.rows))
    return c.rows.flatMap((row, i) =>
      Array.isArray(row)
        ? row.flatMap((cell, j) =>
            ((obj(cell).components as Component[] | undefined) ?? []).map((x, k): [Component, string] => [
              x,
              `${path}/rows/${i}/${j}/components/${k}`,
            ]),
          )
        : [],
    );
  return Array.isArray(c.components)
    ? (c.components as Component[]).map((x, i): [Component, string] => [x, `${path}/components/${i}`])
    : [];
}

/**
 * The fields of a list of components at one data level: layout containers are flattened (their
 * condition goes onto each child), data components become fields. `scope` holds the keys seen so
 * far at this level, `outer` those of enclosing levels, for conditions on earlier answers.
 */
export function componentsToFields(
  ctx: FormioContext,
  list: [Component, string][],
  outer: KeyLookup,
  inherited?: Condition,
): Field[] {
  const fields: Field[] = [];
  const scope = new Map<string, { id: string; kind: string }>();
  const lookup: KeyLookup = (key) => scope.get(key) ?? outer(key);
  for (const [c, path] of list) {
    const type = String(c.type ?? '');
    const cond = conditionOf(ctx, c, path, lookup);
    const condition = inherited && cond ? { all: [inherited, cond] } : (inherited ?? cond);
    reportScripts(ctx, c, path);
    if (LAYOUT.has(type)) {
      if (str(c.legend) || (str(c.title) && type !== 'panel'))
        ctx.unmapped.push({
          path,
          reason: `${type} "${str(c.legend) ?? str(c.title)}" is layout only: its fields are kept, its title is not`,
        });
      for (const f of componentsToFields(ctx, childrenOf(c, path), lookup, condition)) {
        fields.push(f);
        scope.set(f.id, { id: f.id, kind: f.kind });
      }
      continue;
    }
    const field = componentToField(ctx, c, path, lookup);
    if (!field) continue;
    if (condition) field.condition = condition;
    fields.push(field);
    scope.set(String(c.key ?? field.id), { id: field.id, kind: field.kind });
  }
  return fields;
}

function conditionOf(
  ctx: FormioContext,
  c: Component,
  path: string,
  lookup: KeyLookup,
): Condition | undefined {
  const found = formioCondition(c.conditional, lookup);
  if (!found) return undefined;
  if (found.reason)
    ctx.unmapped.push({ path: `${path}/conditional`, reason: `${found.reason}: the field is always shown` });
  return found.condition;
}

function reportScripts(ctx: FormioContext, c: Component, path: string): void {
  const validate = obj(c.validate);
  const report = (key: string, reason: string) => ctx.unmapped.push({ path: `${path}/${key}`, reason });
  if (str(c.customConditional))
    report(
      'customConditional',
      'custom JavaScript conditions are never run: the field is shown unless another condition hides it',
    );
  if (str(c.calculateValue))
    report(
      'calculateValue',
      'calculated values are code: the citizen types the answer (or compute it with a fee line)',
    );
  if (str(validate.custom)) report('validate/custom', 'custom JavaScript validation is never run');
  if (validate.json) report('validate/json', 'JSON-logic validation is not mapped');
  if (str(validate.customMessage))
    report(
      'validate/customMessage',
      'custom error messages are not kept: the module has its own Italian and English messages',
    );
  if (Array.isArray(c.logic) && c.logic.length)
    report('logic', 'field logic (actions on triggers) is not mapped');
  if (
    c.defaultValue !== undefined &&
    c.defaultValue !== '' &&
    c.defaultValue !== null &&
    !(Array.isArray(c.defaultValue) && !c.defaultValue.length) &&
    !(
      typeof c.defaultValue === 'object' &&
      !Array.isArray(c.defaultValue) &&
      Object.keys(c.defaultValue as object).length === 0
    ) &&
    c.defaultValue !== false
  )
    report('defaultValue', 'default values are not in the module format: the answer starts empty');
}

function options(ctx: FormioContext, values: unknown, path: string): ChoiceOption[] | undefined {
  if (!Array.isArray(values) || values.length === 0) return undefined;
  const seen = new Set<string>();
  return values.map((v, i) => {
    const raw = obj(v).value;
    let value = optionValue(raw);
    while (seen.has(value)) value = `${value}-${i}`;
    seen.add(value);
    if (value !== raw)
      ctx.unmapped.push({
        path: `${path}/${i}/value`,
        reason: `option ${JSON.stringify(raw)} is stored as "${value}"`,
      });
    return { value, label: { it: str(obj(v).label) ?? String(raw) } };
  });
}

function accept(pattern: unknown): string[] {
  const parts = (str(pattern) ?? '')
    .split(',')
    .map((p) => p.trim().toLowerCase())
    .filter(Boolean);
  if (parts.length === 0 || parts.includes('*')) return [];
  return [
    ...new Set(
      parts.map((p) => (p.includes('/') ? p : (MEDIA[p.replace(/^\*?\./, '')] ?? ''))).filter(Boolean),
    ),
  ];
}

function sizeMb(size: unknown): number | undefined {
  const m = /^([0-9.]+)\s*(KB|MB|GB)?$/i.exec(str(size) ?? '');
  if (!m) return undefined;
  const n = Number(m[1]);
  const unit = (m[2] ?? 'MB').toUpperCase();
  return Math.min(100, unit === 'KB' ? n / 1024 : unit === 'GB' ? n * 1024 : n);
}

/** One data component as a field, or undefined with the reason in `unmapped`. */
function componentToField(
  ctx: FormioContext,
  c: Component,
  path: string,
  lookup: KeyLookup,
): Field | undefined {
  const type = String(c.type ?? '');
  const key = str(c.key) ?? type;
  const validate = obj(c.validate);
  const skip = (reason: string) => {
    ctx.unmapped.push({ path, reason });
    return undefined;
  };
  if (type === 'button') return skip('buttons are not fields: the renderer has its own');
  if (type === 'hidden') return skip(`hidden value "${key}" is not a question: set it on the server`);
  if (c.hidden === true && c.input !== false)
    ctx.unmapped.push({
      path: `${path}/hidden`,
      reason: 'a component hidden in Form.io is shown in the module',
    });
  const { id, renamed } = fieldIdFor(key.replace(/\./g, '_'), ctx.taken);
  if (renamed)
    ctx.unmapped.push({
      path: `${path}/key`,
      reason: `key "${key}" becomes field id "${id}": the answer is sent under that key`,
    });
  const label = str(c.label) ?? humanize(key);
  const field: Field = { id, kind: 'short-text', label: { it: label } };
  const help = str(c.description) ?? str(c.tooltip);
  if (help) field.help = { it: help };
  if (validate.required === true || validate.required === 'true') field.required = true;
  const props = (p: Record<string, unknown>) => {
    const defined = Object.fromEntries(Object.entries(p).filter(([, v]) => v !== undefined));
    if (Object.keys(defined).length) field.props = defined;
  };
  const note = (reason: string) => ctx.unmapped.push({ path, reason });
  const [minLength, maxLength] = [num(validate.minLength), num(validate.maxLength)];
  if (str(c.inputMask)) note('input masks are not kept (the field checks the answer, not the typing)');
  if (c.disabled === true) note('a read-only component is an ordinary question in the module');
  switch (type) {
    case 'textfield': {
      const italian = italianKind(key, undefined, validate.pattern);
      if (italian) {
        field.kind = italian.kind;
        if (italian.props) props(italian.props);
      } else props({ minLength, maxLength, pattern: str(validate.pattern), placeholder: str(c.placeholder) });
      return field;
    }
    case 'textarea':
      field.kind = 'long-text';
      props({ minLength, maxLength, rows: num(c.rows) });
      if (str(validate.pattern)) note('a pattern on a text area is not kept');
      return field;
    case 'number':
    case 'currency':
      field.kind = 'number';
      props({
        min: num(validate.min),
        max: num(validate.max),
        integer: validate.integer === true || c.decimalLimit === 0 ? true : undefined,
        unit: type === 'currency' ? '€' : str(c.suffix),
      });
      if (type === 'currency')
        note('a currency answer stays a number of euro (the amount kind would store cents)');
      return field;
    case 'email':
      field.kind = /pec/i.test(key) ? 'pec' : 'email';
      return field;
    case 'phoneNumber':
      field.kind = 'phone';
      return field;
    case 'datetime':
    case 'day':
      field.kind = 'date';
      if (type === 'day') note("a day answer is stored as YYYY-MM-DD, not as Form.io's MM/DD/YYYY");
      else if (c.enableTime !== false) note('the time of day is not kept: the answer is a date (YYYY-MM-DD)');
      return field;
    case 'select':
    case 'radio': {
      const values = type === 'select' ? (obj(c.data).values ?? c.values) : c.values;
      const opts = options(
        ctx,
        values,
        `${path}/${type === 'select' && obj(c.data).values ? 'data/values' : 'values'}`,
      );
      if (!opts)
        return skip(
          `options from ${str(c.dataSrc) ?? 'an unknown source'} are not in the form: add them by hand`,
        );
      field.kind = type === 'select' && c.multiple === true ? 'multiple-choice' : 'single-choice';
      props(
        field.kind === 'single-choice'
          ? { options: opts, display: type === 'select' ? 'select' : undefined }
          : { options: opts },
      );
      return field;
    }
    case 'selectboxes': {
      const opts = options(ctx, c.values, `${path}/values`);
      if (!opts) return skip('check boxes without values');
      field.kind = 'multiple-choice';
      props({
        options: opts,
        minItems: num(validate.minSelectedCount),
        maxItems: num(validate.maxSelectedCount),
      });
      note('Form.io stores ticks as an object of booleans; the module stores the list of ticked values');
      return field;
    }
    case 'checkbox':
      // A required check box must be ticked: exactly the privacy-consent kind (only `true` is valid).
      field.kind = field.required ? 'privacy-consent' : 'yes-no';
      return field;
    case 'file':
      field.kind = 'attachment';
      props({
        accept: c.filePattern ? accept(c.filePattern) : undefined,
        maxSizeMb: sizeMb(c.fileMaxSize),
        multiple: c.multiple === true ? true : undefined,
      });
      if (c.storage && c.storage !== 'base64')
        note(`files go to the Modulo server, not to the "${String(c.storage)}" storage`);
      return field;
    case 'htmlelement':
    case 'content': {
      const html = str(type === 'content' ? c.html : c.content) ?? '';
      field.kind = 'info-text';
      field.label = { it: str(c.label) ?? 'Informazioni' };
      delete field.required;
      props({ markdown: { it: htmlToMarkdown(html) || 'Informazioni' } });
      return field;
    }
    case 'container':
      field.kind = 'group';
      field.fields = componentsToFields(ctx, childrenOf(c, path), lookup);
      return field;
    case 'datagrid':
    case 'editgrid':
      field.kind = 'repeatable';
      props({ minItems: num(validate.minLength) ?? 0, maxItems: num(validate.maxLength) ?? 20 });
      if (num(validate.maxLength) === undefined) note('the list has no maximum: the module allows 20 rows');
      field.fields = componentsToFields(ctx, childrenOf(c, path), lookup);
      return field;
    default:
      ctx.taken.delete(id);
      return skip(`component type "${type}" has no field kind`);
  }
}

/** Simple HTML as markdown: paragraphs, bold, italics, links and lists; other tags are dropped. */
export function htmlToMarkdown(html: string): string {
  return html
    .replace(/<\s*(strong|b)\s*>(.*?)<\/\s*\1\s*>/gis, '**$2**')
    .replace(/<\s*(em|i)\s*>(.*?)<\/\s*\1\s*>/gis, '*$2*')
    .replace(/<a\s[^>]*href="([^"]+)"[^>]*>(.*?)<\/a>/gis, '[$2]($1)')
    .replace(/<li[^>]*>/gi, '\n- ')
    .replace(/<\/(p|h[1-6]|div|ul|ol)>/gi, '\n\n')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&egrave;/g, 'è')
    .replace(/&agrave;/g, 'à')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
