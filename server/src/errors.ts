import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

/** One problem inside a failed request, e.g. each schema error of a submission. */
export interface ApiErrorDetail {
  code: string;
  /** JSON Pointer of the answer or of the request part, e.g. "/answers/codiceFiscale". */
  path: string;
  message: string;
  messageEn: string;
}

/** The body of every error the API returns: an English code for integrators, Italian for people. */
export interface ApiErrorBody {
  error: {
    code: string;
    message: string;
    messageEn: string;
    path?: string;
    details?: unknown;
  };
}

/**
 * Every error code the server returns, with its HTTP status: the one place codes meet HTTP.
 * Sibling sub-apps add their codes here rather than choosing a status where they throw.
 */
export const ERROR_STATUS = {
  // 400: the request itself is malformed
  invalid_json: 400,
  invalid_request: 400,
  invalid_year: 400,
  invalid_patron: 400,
  invalid_now: 400,
  invalid_filename: 400,
  missing_idempotency_key: 400,
  invalid_code: 400,
  invalid_hash: 400,
  unknown_step: 400,
  // 401/403: who is asking
  unauthenticated: 401,
  invalid_credentials: 401,
  invalid_token: 401,
  forbidden: 403,
  identity_mismatch: 403,
  login_level_too_low: 403,
  csrf_failed: 403,
  insufficient_scope: 403,
  origin_not_allowed: 403,
  invalid_return_to: 400,
  login_failed: 400,
  handover_invalid: 400,
  handover_wrong_ente: 403,
  // 404: what is asked for does not exist (or is not visible to the caller)
  not_found: 404,
  ente_not_found: 404,
  module_not_found: 404,
  version_not_found: 404,
  pratica_not_found: 404,
  upload_not_found: 404,
  template_not_found: 404,
  draft_not_found: 404,
  // 409: the state of things forbids it
  module_archived: 409,
  idempotency_conflict: 409,
  idempotency_in_progress: 409,
  module_exists: 409,
  draft_exists: 409,
  version_not_greater: 409,
  version_not_current: 409,
  already_rated: 409,
  // back office (issue 14): the refusals of @modulo/procedure's applyEvent, in its words
  already_presented: 409,
  already_ended: 409,
  accepted_by_silence: 409,
  event_before_previous: 409,
  already_in_charge: 409,
  not_in_charge: 409,
  integration_pending: 409,
  no_integration_pending: 409,
  preavviso_window_open: 409,
  preavviso_required: 409,
  no_preavviso: 409,
  observations_already_received: 409,
  term_not_expired: 409,
  substitute_already_requested: 409,
  invalid_event: 422,
  motivation_required: 422,
  invalid_due_date: 422,
  webhook_not_found: 404,
  // 410: it existed and expired
  upload_expired: 410,
  handover_expired: 410,
  // 413/415: the body
  payload_too_large: 413,
  unsupported_media_type: 415,
  // 422: well-formed but wrong
  invalid_submission: 422,
  ineligible: 422,
  invalid_attachment: 422,
  invalid_module: 422,
  module_id_mismatch: 422,
  not_in_directory: 422,
  lint_errors: 422,
  invalid_follow_up: 422,
  invalid_embed_origin: 422,
  // the case-file codes of @modulo/procedure's deadlineFromCaseFile
  invalid_input: 422,
  missing_field: 422,
  invalid_field: 422,
  unknown_field: 422,
  unlawful_event: 422,
  // 429, 500, 503
  rate_limited: 429,
  internal: 500,
  not_implemented: 501,
  unavailable: 503,
} as const satisfies Record<string, ContentfulStatusCode>;

export type ErrorCode = keyof typeof ERROR_STATUS;

/** An expected failure, translated to HTTP once, in `app.onError`, with its status from `ERROR_STATUS`. */
export class ApiError extends HTTPException {
  constructor(
    readonly code: ErrorCode,
    readonly messageIt: string,
    readonly messageEn: string,
    readonly extra: { path?: string; details?: unknown } = {},
  ) {
    super(ERROR_STATUS[code], { message: messageEn });
  }

  /** Kept for readers of the older shape; equals `extra.details`. */
  get details(): unknown {
    return this.extra.details;
  }

  body(): ApiErrorBody {
    return errorBody(this.code, this.messageIt, this.messageEn, this.extra);
  }
}

/** The coded error body, for the few places that answer without throwing (404 fallback, hooks). */
export function errorBody(
  code: string,
  message: string,
  messageEn: string,
  extra: { path?: string; details?: unknown } = {},
): ApiErrorBody {
  return {
    error: {
      code,
      message,
      messageEn,
      ...(extra.path === undefined ? {} : { path: extra.path }),
      ...(extra.details === undefined ? {} : { details: extra.details }),
    },
  };
}
