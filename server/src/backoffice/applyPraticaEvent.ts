import type { ApplyEventErrorCode, PraticaEvent } from '@modulo/procedure';
import { applyEvent, deadline, praticaState } from '@modulo/procedure';
import { ApiError } from '../errors';
import type { ErrorCode } from '../errors';
import type { OutgoingProtocol, RecordEventInput } from '../storage/BackofficeStore';
import type { Store } from '../storage/Store';
import type { PraticaContext } from './praticaClock';
import { clockColumns } from './praticaClock';

/** `applyEvent`'s refusals that are about the request, not about the state of the pratica. */
const SHAPE_CODES: Partial<Record<ApplyEventErrorCode, ErrorCode>> = {
  invalid_event: 'invalid_event',
  invalid_date: 'invalid_event',
  motivation_required: 'motivation_required',
};

/** The coded refusal of an unlawful event: 409 with the procedure's code and Italian reason. */
export function refusal(code: ApplyEventErrorCode, message: string): ApiError {
  return new ApiError(
    SHAPE_CODES[code] ?? (code as ErrorCode),
    message,
    `Refused by the procedure: ${code}.`,
  );
}

/**
 * Records an event on a pratica if the law allows it (`applyEvent`), with the clock it leads
 * to (the inbox sorts by it), the status, the audit event and, where asked, the outgoing
 * protocol entry and a new routing, all in one transaction of the store.
 */
export async function applyPraticaEvent(
  store: Store,
  ctx: PraticaContext,
  event: PraticaEvent,
  extra: Omit<RecordEventInput, 'code' | 'event' | 'status' | 'clock'>,
): Promise<{ status: string; outgoing?: OutgoingProtocol }> {
  const result = applyEvent(ctx.pratica, event, ctx.calendar);
  if (!result.ok) throw refusal(result.error.code, result.error.message);
  const status = praticaState(result.value.events).status;
  const clock = clockColumns(deadline(result.value, ctx.calendar, event.at));
  const { outgoing } = await store.backoffice.recordEvent({
    code: ctx.stored.code,
    event,
    status,
    clock,
    ...extra,
  });
  return outgoing ? { status, outgoing } : { status };
}
