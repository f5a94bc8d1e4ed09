import { applyEvent } from './applyEvent';
import { isIsoDate } from './dayNumber';
import { deadline } from './deadline';
import { isPatronDay } from './holidaysOfYear';
import { isTermDays, openPratica } from './openPratica';
import { isMoment } from './romeDate';
import type { ApplyEventErrorCode } from './transitionRules';
import type { Calendar, DeadlineJson, Moment, PraticaEvent, Result } from './types';

/** Why a case file is refused; `path` names the field, e.g. `events[2].at`. */
export interface CaseFileError {
  code: 'invalid_input' | 'missing_field' | 'invalid_field' | 'unknown_field' | 'unlawful_event';
  message: string;
  path: string;
  /** For `unlawful_event`: the code `applyEvent` gave. */
  cause?: ApplyEventErrorCode;
}

const EVENT_TYPES = new Set<string>([
  'presented',
  'taken-in-charge',
  'integration-requested',
  'integrated',
  'preavviso',
  'observations',
  'concluded',
  'withdrawn',
  'reassigned',
  'substitute-requested',
]);
const CASE_FIELDS = new Set(['filed', 'termDays', 'patron', 'silenzioAssenso', 'events']);
const EVENT_FIELDS = new Set(['type', 'at', 'by', 'reason', 'dueBy', 'outcome', 'to']);
const MOMENT_HINT = 'una data AAAA-MM-GG o un istante ISO 8601 con fuso orario (es. 2026-03-02T09:15:00Z)';

type Fail = { ok: false; error: CaseFileError };
const fail = (code: CaseFileError['code'], path: string, message: string): Fail => ({
  ok: false,
  error: { code, path, message },
});

/**
 * The `pnpm modulo deadline <case.json> [--now <date>]` command without its I/O: checks a
 * case file, replays its events through `applyEvent`, and returns `deadline()` as of `now`,
 * else as of the last event, else as of the filing date.
 */
export function deadlineFromCaseFile(input: unknown, now?: string): Result<DeadlineJson, CaseFileError> {
  if (!isRecord(input)) return fail('invalid_input', '', 'Il file deve contenere un oggetto JSON.');
  const unknown = Object.keys(input).find((k) => !CASE_FIELDS.has(k));
  if (unknown !== undefined) return fail('unknown_field', unknown, `Campo sconosciuto "${unknown}".`);
  if (input['filed'] === undefined)
    return fail('missing_field', 'filed', 'Manca il campo "filed" (data di presentazione).');
  if (!isMoment(input['filed']))
    return fail('invalid_field', 'filed', `Il campo "filed" deve essere ${MOMENT_HINT}.`);
  const termDays = input['termDays'] ?? 30;
  if (!isTermDays(termDays)) {
    return fail(
      'invalid_field',
      'termDays',
      'Il campo "termDays" deve essere un intero di giorni tra 1 e 3650.',
    );
  }
  const patron = input['patron'];
  if (patron !== undefined && !isPatronDay(patron)) {
    return fail(
      'invalid_field',
      'patron',
      'Il campo "patron" deve essere un giorno nel formato MM-GG (es. "12-07").',
    );
  }
  const silenzioAssenso = input['silenzioAssenso'] ?? false;
  if (typeof silenzioAssenso !== 'boolean') {
    return fail('invalid_field', 'silenzioAssenso', 'Il campo "silenzioAssenso" deve essere true o false.');
  }
  const rawEvents = input['events'] ?? [];
  if (!Array.isArray(rawEvents))
    return fail('invalid_field', 'events', 'Il campo "events" deve essere un elenco.');
  if (now !== undefined && !isMoment(now))
    return fail('invalid_field', 'now', `La data "--now" deve essere ${MOMENT_HINT}.`);

  const calendar: Calendar = patron === undefined ? {} : { patron };
  const opened = openPratica({ at: input['filed'], by: 'richiedente', termDays, silenzioAssenso });
  if (!opened.ok) return fail('invalid_field', 'filed', opened.error.message);
  let pratica = opened.value;
  for (const [i, raw] of (rawEvents as unknown[]).entries()) {
    const parsed = parseEvent(raw, `events[${i}]`);
    if (!parsed.ok) return parsed;
    const next = applyEvent(pratica, parsed.value, calendar);
    if (!next.ok) {
      const path = `events[${i}]`;
      return {
        ok: false,
        error: { code: 'unlawful_event', path, message: next.error.message, cause: next.error.code },
      };
    }
    pratica = next.value;
  }
  // A `now` before some events reads the clock as it stood then: later events are ignored.
  const last = pratica.events[pratica.events.length - 1]?.at ?? input['filed'];
  return { ok: true, value: deadline(pratica, calendar, now ?? last) };
}

function parseEvent(raw: unknown, path: string): Result<PraticaEvent, CaseFileError> {
  if (!isRecord(raw)) return fail('invalid_field', path, `L'evento ${path} deve essere un oggetto.`);
  const unknown = Object.keys(raw).find((k) => !EVENT_FIELDS.has(k));
  if (unknown !== undefined)
    return fail('unknown_field', `${path}.${unknown}`, `Campo sconosciuto "${unknown}".`);
  const { type, at, by, reason, dueBy, outcome, to } = raw;
  if (type === undefined) return fail('missing_field', `${path}.type`, 'Manca il tipo dell’evento.');
  if (typeof type !== 'string' || !EVENT_TYPES.has(type)) {
    return fail(
      'invalid_field',
      `${path}.type`,
      `Tipo di evento sconosciuto; ammessi: ${[...EVENT_TYPES].join(', ')}.`,
    );
  }
  if (at === undefined) return fail('missing_field', `${path}.at`, 'Manca la data dell’evento.');
  if (!isMoment(at))
    return fail('invalid_field', `${path}.at`, `La data dell’evento deve essere ${MOMENT_HINT}.`);
  for (const [name, value] of [
    ['by', by],
    ['reason', reason],
    ['to', to],
  ] as const) {
    if (value !== undefined && typeof value !== 'string') {
      return fail('invalid_field', `${path}.${name}`, `Il campo "${name}" deve essere un testo.`);
    }
  }
  if (dueBy !== undefined && !isIsoDate(dueBy)) {
    return fail('invalid_field', `${path}.dueBy`, 'Il campo "dueBy" deve essere una data AAAA-MM-GG.');
  }
  const base = {
    at: at as Moment,
    by: (by as string | undefined) ?? 'non indicato',
    ...(reason !== undefined ? { reason: reason as string } : {}),
    ...(dueBy !== undefined ? { dueBy } : {}),
  };
  if (type === 'concluded') {
    if (outcome !== 'positive' && outcome !== 'negative') {
      return fail('invalid_field', `${path}.outcome`, 'L’esito deve essere "positive" o "negative".');
    }
    return { ok: true, value: { ...base, type, outcome } };
  }
  if (type === 'reassigned') {
    if (typeof to !== 'string' || !to.trim()) {
      return fail('missing_field', `${path}.to`, 'Manca il nuovo responsabile ("to").');
    }
    return { ok: true, value: { ...base, type, to } };
  }
  return { ok: true, value: { ...base, type: type as PraticaEvent['type'] } as PraticaEvent };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
