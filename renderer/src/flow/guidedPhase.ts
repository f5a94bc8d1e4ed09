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
