import { isMoment } from './romeDate';
import type { Moment, Pratica, Result } from './types';

/** Art. 2 c. 2 L. 241/1990: the term when the procedure sets none. */
export const DEFAULT_TERM_DAYS = 30;

export interface OpenPraticaInput {
  /** The protocol instant: the filing date is the protocol date. */
  at: Moment;
  /** The submitter. */
  by: string;
  termDays?: number;
  silenzioAssenso?: boolean;
  substitute?: string;
}

export interface OpenPraticaError {
  code: 'invalid_date' | 'invalid_term';
  message: string;
}

/** Opens a pratica with its `presented` event, the only way to start one. */
export function openPratica(input: OpenPraticaInput): Result<Pratica, OpenPraticaError> {
  if (!isMoment(input.at)) {
    return fail(
      'invalid_date',
      'La data di presentazione non è valida: serve AAAA-MM-GG o un istante ISO 8601 con fuso orario.',
    );
  }
  const termDays = input.termDays ?? DEFAULT_TERM_DAYS;
  if (!isTermDays(termDays)) {
    return fail(
      'invalid_term',
      'Il termine del procedimento deve essere un numero intero di giorni tra 1 e 3650.',
    );
  }
  return {
    ok: true,
    value: {
      termDays,
      silenzioAssenso: input.silenzioAssenso ?? false,
      ...(input.substitute !== undefined ? { substitute: input.substitute } : {}),
      events: [{ type: 'presented', at: input.at, by: input.by }],
    },
  };
}

/** Whether a term in days is acceptable: a whole number of days, at most ten years. */
export function isTermDays(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 3650;
}

function fail(code: OpenPraticaError['code'], message: string): Result<Pratica, OpenPraticaError> {
  return { ok: false, error: { code, message } };
}
