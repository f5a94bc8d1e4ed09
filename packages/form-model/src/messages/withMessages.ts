import type { FieldKindRegistry } from '../kinds/FieldKind';
import type { SubmissionError } from '../validateSubmission';
import { formatError } from './formatError';
import type { ModelIssue } from './ModelIssue';

/** An issue with its messages rendered from the catalogue (and the kind's own), Italian and English. */
export function withMessages(issue: ModelIssue, registry?: FieldKindRegistry): SubmissionError {
  return {
    path: issue.path,
    code: issue.code,
    message: formatError(issue, 'it', { registry }),
    messageEn: formatError(issue, 'en', { registry }),
    params: { ...issue.params },
  };
}
