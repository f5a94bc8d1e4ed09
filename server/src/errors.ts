import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

/** The body of every error the API returns: an English code for integrators, Italian for people. */
export interface ApiErrorBody {
  error: {
    code: string;
    message: string;
    messageEn: string;
    details?: unknown;
  };
}

/** An expected failure, translated to HTTP once, in `app.onError`. */
export class ApiError extends HTTPException {
  constructor(
    status: ContentfulStatusCode,
    readonly code: string,
    readonly messageIt: string,
    readonly messageEn: string,
    readonly details?: unknown,
  ) {
    super(status, { message: messageEn });
  }

  body(): ApiErrorBody {
    return {
      error: {
        code: this.code,
        message: this.messageIt,
        messageEn: this.messageEn,
        ...(this.details === undefined ? {} : { details: this.details }),
      },
    };
  }
}
