import type { PropProblem } from './PropProblem';

/** Lower and upper bounds that JSON Schema cannot compare with each other. */
const BOUNDS = [
  ['minLength', 'maxLength'],
  ['min', 'max'],
  ['minItems', 'maxItems'],
] as const;

const ISO_DATE = /^[0-9]{4}-[0-9]{2}-[0-9]{2}$/;

/**
 * What a `propsSchema` cannot say, by prop name whatever the kind: bounds in order, a `pattern`
 * that compiles (with the `u` flag, as 2020-12 validators read it), `options` with distinct values.
 * `props` are the effective ones (the kind's defaults under the field's own); `own` picks which
 * prop a problem points at.
 */
export function propRelationProblems(
  props: Record<string, unknown>,
  own: Record<string, unknown>,
): PropProblem[] {
  const problems: PropProblem[] = [];
  const at = (lo: string, hi: string) => `/${hi in own ? hi : lo}`;
  for (const [lo, hi] of BOUNDS) {
    const [a, b] = [props[lo], props[hi]];
    if (typeof a === 'number' && typeof b === 'number' && a > b) {
      problems.push({
        pointer: at(lo, hi),
        message: `la proprietà "${lo}" (${a}) supera "${hi}" (${b})`,
        messageEn: `property "${lo}" (${a}) exceeds "${hi}" (${b})`,
      });
    }
  }
  const { notBefore, notAfter, pattern, options } = props;
  if (typeof notBefore === 'string' && typeof notAfter === 'string') {
    if (ISO_DATE.test(notBefore) && ISO_DATE.test(notAfter) && notBefore > notAfter) {
      problems.push({
        pointer: at('notBefore', 'notAfter'),
        message: `la proprietà "notBefore" (${notBefore}) viene dopo "notAfter" (${notAfter})`,
        messageEn: `property "notBefore" (${notBefore}) comes after "notAfter" (${notAfter})`,
      });
    }
  }
  if (typeof pattern === 'string') {
    try {
      new RegExp(pattern, 'u');
    } catch (e) {
      problems.push({
        pointer: '/pattern',
        message: `la proprietà "pattern" non è un’espressione regolare valida (${(e as Error).message})`,
        messageEn: `property "pattern" is not a valid regular expression (${(e as Error).message})`,
      });
    }
  }
  if (Array.isArray(options)) {
    const seen = new Set<unknown>();
    options.forEach((option: unknown, i) => {
      const value = (option as { value?: unknown } | null)?.value;
      if (seen.has(value)) {
        problems.push({
          pointer: `/options/${i}/value`,
          message: `la proprietà "options" ripete il valore ${JSON.stringify(value)}: ogni opzione deve avere un valore diverso`,
          messageEn: `property "options" repeats the value ${JSON.stringify(value)}: each option needs its own value`,
        });
      }
      seen.add(value);
    });
  }
  return problems;
}
