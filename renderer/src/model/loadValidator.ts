import type { AnswerError, AnswerValidator } from './AnswerValidator';

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
 * as default export (then messages come from `explainAjv` below).
 */
export async function loadValidator(url: string): Promise<AnswerValidator> {
  const mod = (await import(/* @vite-ignore */ url)) as {
    validateAnswers?: AnswerValidator;
    default?: AjvFunction;
  };
  if (typeof mod.validateAnswers === 'function') return mod.validateAnswers;
  const fn = mod.default;
  if (typeof fn !== 'function') throw new Error(`${url}: not a validator module`);
  return (data) => (fn(data) ? [] : (fn.errors ?? []).filter((e) => e.keyword !== 'if').map(explainAjv));
}

/** A plain message for an Ajv error when the validator module brings none. */
export function explainAjv(e: AjvLikeError): AnswerError {
  const child = (e.params.missingProperty ?? e.params.unevaluatedProperty) as string | undefined;
  const path = child === undefined ? e.instancePath : `${e.instancePath}/${child}`;
  const [message, messageEn] =
    e.keyword === 'required'
      ? ['Questo campo è obbligatorio.', 'This field is required.']
      : e.keyword === 'const' && e.params.allowedValue === true
        ? ['Per proseguire devi accettare.', 'You must accept to continue.']
        : e.keyword === 'format' || e.keyword === 'pattern'
          ? ['Il formato non è valido.', 'The format is not valid.']
          : e.keyword === 'minItems'
            ? ['Aggiungi almeno un elemento.', 'Add at least one item.']
            : ['La risposta non è valida.', 'The answer is not valid.'];
  return { path, code: e.keyword, message, messageEn };
}
