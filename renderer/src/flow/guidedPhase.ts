import type { Exit } from '@modulo/form-model';
import type { FiledPratica } from '../api/ModuloApi';

/** Where the guided filing is: resume offer, privacy, a step, summary, an exit page, or done. */
export type Phase =
  | { kind: 'resume' }
  | { kind: 'privacy' }
  | { kind: 'step'; index: number }
  | { kind: 'summary' }
  | { kind: 'exit'; exit: Exit; from: number }
  | { kind: 'done'; pratica: FiledPratica };

/** Where to start: what `initial` asks (stories), else the resume offer of a draft, else privacy. */
export function initialPhase(props: {
  initial?: { phase?: Phase['kind']; step?: number; filed?: FiledPratica };
  draft?: unknown;
}): Phase {
  const p = props.initial;
  if (p?.phase === 'step') return { kind: 'step', index: p.step ?? 0 };
  if (p?.phase === 'summary') return { kind: 'summary' };
  if (p?.phase === 'done' && p.filed) return { kind: 'done', pratica: p.filed };
  if (props.draft) return { kind: 'resume' };
  return { kind: 'privacy' };
}

/**
 * The step indicator's position for a phase: privacy is 0, the visible steps 1..n, the summary
 * (and the confirmation) n + 1; an exit page stays on the step that reached it.
 */
export function indicatorIndex(phase: Phase, stepCount: number): number {
  if (phase.kind === 'privacy') return 0;
  if (phase.kind === 'step') return phase.index + 1;
  if (phase.kind === 'exit') return phase.from + 1;
  return stepCount + 1;
}

/** The phase a click on the step indicator's entry `i` goes to. */
export function phaseOfIndicator(i: number, stepCount: number): Phase {
  if (i === 0) return { kind: 'privacy' };
  return i <= stepCount ? { kind: 'step', index: i - 1 } : { kind: 'summary' };
}
