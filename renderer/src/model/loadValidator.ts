import type { Module } from '@modulo/form-model';
import { localize, walkFields } from '@modulo/form-model';
import type { AnswerError, AnswerValidator } from './AnswerValidator';
import type { AjvFunction as StandaloneFunction } from './explainStandalone';
import { explainStandalone } from './explainStandalone';

interface AjvLikeError {
  instancePath: string;
  keyword: string;
  params: Record<string, unknown>;
}
type AjvFunction = ((data: unknown) => boolean) & { errors?: AjvLikeError[] | null };

/**
 * Loads a version's precompiled validator module with `import()`: no `eval`, so it runs under
 * `script-src 'self' <server>`. Takes a module exporting `validateAnswers(data, lang)` (what
 * `buildValidatorModule` writes: form-model's own messages) or a bare Ajv standalone function
 * as default export (the server's `validator.js`): then messages are form-model's own through
 * `explainStandalone` when the module is given, plain ones from `explainAjv` otherwise.
 */
export async function loadValidator(url: string, module?: Module): Promise<AnswerValidator> {
  const mod = (await import(/* @vite-ignore */ url)) as {
    validateAnswers?: AnswerValidator;
    default?: AjvFunction;
  };
  if (typeof mod.validateAnswers === 'function') return mod.validateAnswers;
  const fn = mod.default;
  if (typeof fn !== 'function') throw new Error(`${url}: not a validator module`);
  if (module) return explainStandalone(fn as unknown as StandaloneFunction, module);
  const labels = new Map(
    module ? walkFields(module).map((l) => [l.field.id, localize(l.field.label)] as const) : [],
  );
  return (data) =>
    fn(data)
      ? []
      : dedupe((fn.errors ?? []).filter((e) => e.keyword !== 'if').map((e) => explainAjv(e, labels)));
}

function dedupe(errors: AnswerError[]): AnswerError[] {
  const seen = new Set<string>();
  return errors.filter((e) => !seen.has(e.path) && seen.add(e.path));
}

/** A plain message for an Ajv error when the validator module brings none. */
export function explainAjv(e: AjvLikeError, labels: Map<string, string> = new Map()): AnswerError {
  const child = (e.params.missingProperty ?? e.params.unevaluatedProperty) as string | undefined;
  const path = child === undefined ? e.instancePath : `${e.instancePath}/${child}`;
  const id =
    path
      .split('/')
      .filter((p) => p && !/^\d+$/.test(p))
      .at(-1) ?? '';
  const name = labels.get(id) ?? id;
  const [message, messageEn] =
    e.keyword === 'required'
      ? [`Il campo «${name}» è obbligatorio.`, `«${name}» is required.`]
      : e.keyword === 'const' && e.params.allowedValue === true
        ? [`«${name}»: per proseguire devi accettare.`, `«${name}» must be accepted to continue.`]
        : e.keyword === 'format' || e.keyword === 'pattern'
          ? [`«${name}»: il formato non è valido.`, `«${name}» is not in a valid format.`]
          : e.keyword === 'minItems'
            ? [`«${name}»: aggiungi almeno un elemento.`, `«${name}»: add at least one item.`]
            : [`«${name}»: la risposta non è valida.`, `«${name}» is not valid.`];
  return { path, code: e.keyword === 'required' ? 'required' : e.keyword, message, messageEn };
}
