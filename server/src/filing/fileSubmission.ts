import type { Field, Module } from '@modulo/form-model';
import {
  computeFees,
  getFieldKind,
  localize,
  prop,
  routeSubmission,
  triggeredExit,
  validateSubmission,
} from '@modulo/form-model';
import { dueDateFor, romeDate } from '@modulo/procedure';
import type { CitizenIdentity } from '../env';
import type { TokenPrincipal } from '../auth/identity';
import { citizenKey, tokenKey } from '../auth/identity';
import { checkIdentityFields } from '../auth/checkIdentityFields';
import { ApiError } from '../errors';
import { canonicalJson } from '../register/canonicalJson';
import { sha256Hex } from '../register/sha256Hex';
import type { Ente } from '../storage/EnteStore';
import type { FiledAttachment, StoredPratica } from '../storage/PraticaStore';
import type { Store } from '../storage/Store';
import { attachmentField, setAnswerAt, stripAttachmentAnswers } from './attachmentField';
import { assignmentOf } from './assignmentOf';

/** The body of `POST /api/entes/:ente/modules/:moduleId/submissions`. */
export interface SubmissionBody {
  version: string;
  answers: Record<string, unknown>;
  /** Attachment field id (or JSON Pointer into the answers) → upload id(s). */
  attachments?: Record<string, string | string[]>;
}

/** Who files and where. */
export interface FilingRequest {
  store: Store;
  ente: Ente;
  moduleId: string;
  /** The identity whose data the filing carries: the logged-in citizen, or the one a token names. */
  citizen: CitizenIdentity;
  /** An integration token filing on `citizen`'s behalf: the submitter is then `token:<id>`. */
  token?: Pick<TokenPrincipal, 'id'>;
  now: Date;
  idempotencyKey?: string;
}

const MB = 2 ** 20;

/**
 * Files a submission: never trusts the client. Checks the module version, rebuilds attachment
 * answers from the upload records, refuses an eligibility exit, validates against the
 * published schema, checks prefilled identity data against the login, recomputes fees, routes,
 * computes the deadline, then hands everything to the store's one filing transaction.
 * Throws a coded `ApiError` on bad input: nothing is stored, no protocol number is used.
 */
export async function fileSubmission(
  req: FilingRequest,
  body: SubmissionBody,
): Promise<{ pratica: StoredPratica; replayed: boolean; module: Module }> {
  const { store, ente, moduleId, citizen, now } = req;
  const submitter = req.token ? tokenKey(req.token) : citizenKey(citizen);
  // Hashed only when a key asks for it: canonicalizing is a visible share of a filing's CPU.
  const requestSha256 =
    req.idempotencyKey === undefined ? '' : sha256Hex(canonicalJson({ module: moduleId, body }));

  const published = await store.modules.version(ente.id, moduleId, body.version);
  if (req.idempotencyKey !== undefined) {
    const seen = await store.pratiche.byIdempotencyKey(ente.id, submitter, req.idempotencyKey);
    if (seen) {
      if (seen.requestSha256 !== requestSha256) throw idempotencyConflict();
      const first = published ?? (await store.modules.version(ente.id, moduleId, seen.pratica.moduleVersion));
      return { pratica: seen.pratica, replayed: true, module: first!.module };
    }
  }
  if (!published) {
    const current = await store.modules.current(ente.id, moduleId);
    if (!current)
      throw new ApiError(
        'module_not_found',
        `Il modulo "${moduleId}" non è pubblicato da ${ente.name}.`,
        `Module "${moduleId}" is not published by ente "${ente.id}".`,
      );
    throw new ApiError(
      'version_not_found',
      `La versione ${body.version} del modulo non esiste: la versione in vigore è ${current.version}.`,
      `Version ${body.version} of module "${moduleId}" does not exist; the current one is ${current.version}.`,
      { path: '/version' },
    );
  }
  if (published.status === 'archived')
    throw new ApiError(
      'module_archived',
      'Questo modulo è stato archiviato e non accetta nuove domande.',
      `Module "${moduleId}" is archived and accepts no new filings.`,
    );
  const module = published.module;

  // The body was parsed for this request alone: its answers can be rewritten in place.
  const answers = body.answers;
  // Step by step: `flatMap` of the steps' fields cost more than the whole walk (~3 µs).
  for (const step of module.steps) stripAttachmentAnswers(step.fields, answers);
  const attachments = await attachUploads(
    store,
    ente,
    module,
    answers,
    body.attachments ?? {},
    submitter,
    now,
  );

  const exit = triggeredExit(module, answers);
  if (exit)
    throw new ApiError('ineligible', localize(exit.exit.message), localize(exit.exit.title, 'en'), {
      details: { exit: exit.exit.id, title: localize(exit.exit.title), link: exit.exit.link?.url },
    });
  const filedOn = romeDate(now.toISOString());
  // Date rules are judged on the filing day, the same day the protocol and the deadline use.
  const errors = validateSubmission(module, answers, { today: filedOn });
  if (errors.length > 0)
    throw new ApiError(
      'invalid_submission',
      errors.length === 1
        ? `La domanda non è valida: ${errors[0]!.message}`
        : `La domanda non è valida: ci sono ${errors.length} errori da correggere.`,
      `The submission is not valid (${errors.length} error${errors.length === 1 ? '' : 's'}).`,
      {
        details: errors.map((e) => ({
          code: e.code,
          path: e.path,
          message: e.message,
          messageEn: e.messageEn,
        })),
      },
    );
  const mismatches = checkIdentityFields(module, answers, citizen);
  if (mismatches.length > 0)
    throw new ApiError(
      'identity_mismatch',
      'I dati anagrafici precompilati devono essere quelli della persona che ha effettuato l’accesso.',
      'Prefilled identity data must equal the logged-in identity.',
      {
        details: mismatches.map(({ code, path, message, messageEn }) => ({ code, path, message, messageEn })),
      },
    );

  const fees = computeFees(module, answers);
  const assignment = assignmentOf(routeSubmission(module, answers), ente);
  const deadline = deadlineOf(filedOn, module.procedure.termDays, ente.patron);
  const document = canonicalJson({
    ente: ente.id,
    module: { id: module.id, version: module.version },
    submitter,
    ...(req.token ? { onBehalfOf: citizen.fiscalNumber } : {}),
    answers,
    attachments: attachments.map((a) => ({
      field: a.fieldId,
      name: a.name,
      mediaType: a.mediaType,
      size: a.size,
      sha256: a.sha256,
    })),
  });
  const result = await store.pratiche.file({
    enteId: ente.id,
    moduleId: module.id,
    moduleVersion: module.version,
    submitter,
    at: now,
    document,
    documentSha256: sha256Hex(document),
    attachments,
    assignment,
    deadline,
    termDays: module.procedure.termDays,
    fees,
    subject: localize(module.title),
    ...(req.token ? { onBehalfOf: citizen.fiscalNumber } : {}),
    ...(req.idempotencyKey === undefined ? {} : { idempotency: { key: req.idempotencyKey, requestSha256 } }),
  });
  if (result.ok) return { pratica: result.pratica, replayed: result.replayed, module };
  switch (result.code) {
    case 'idempotency_conflict':
      throw idempotencyConflict();
    case 'upload_expired':
      throw uploadExpired(result.detail ?? '');
    case 'upload_not_found':
      throw uploadNotFound(result.detail ?? '');
    case 'ente_not_found':
      throw new ApiError('ente_not_found', 'Ente non trovato.', 'Ente not found.');
  }
}

// The same few deadlines all day long: walking the holiday calendar per filing showed in profiles.
const deadlines = new Map<string, string>();
function deadlineOf(filedOn: string, termDays: number, patron: string | undefined): string {
  const key = `${filedOn}|${termDays}|${patron ?? ''}`;
  let due = deadlines.get(key);
  if (due === undefined) {
    if (deadlines.size >= 1000) deadlines.clear();
    due = dueDateFor(filedOn, termDays, 0, patron ? { patron } : {});
    deadlines.set(key, due);
  }
  return due;
}

/** Replaces attachment references by the server's records of the uploads. */
async function attachUploads(
  store: Store,
  ente: Ente,
  module: Module,
  answers: Record<string, unknown>,
  refs: Record<string, string | string[]>,
  submitter: string,
  now: Date,
): Promise<FiledAttachment[]> {
  const kind = getFieldKind('attachment')!;
  const out: FiledAttachment[] = [];
  for (const [key, ref] of Object.entries(refs)) {
    const path = `/attachments/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`;
    const target = attachmentField(module, key);
    if (!target)
      throw new ApiError(
        'invalid_attachment',
        `"${key}" non è un campo allegato di questo modulo.`,
        `"${key}" is not an attachment field of this module.`,
        { path },
      );
    const field: Field = target.field;
    const multiple = prop<boolean>(field, kind, 'multiple');
    if (Array.isArray(ref) !== multiple)
      throw new ApiError(
        'invalid_attachment',
        multiple ? 'Questo campo accetta un elenco di allegati.' : 'Questo campo accetta un solo allegato.',
        multiple ? 'This field takes a list of upload ids.' : 'This field takes one upload id.',
        { path },
      );
    const accept = prop<string[]>(field, kind, 'accept');
    const maxBytes = Math.floor(prop<number>(field, kind, 'maxSizeMb') * MB);
    const files = [];
    for (const id of Array.isArray(ref) ? ref : [ref]) {
      const upload = await store.uploads.get(ente.id, id);
      if (!upload || upload.owner !== submitter || upload.praticaCode !== undefined)
        throw uploadNotFound(id, path);
      if (upload.expiresAt <= now.toISOString()) throw uploadExpired(id, path);
      if (accept.length > 0 && !accept.includes(upload.mediaType))
        throw new ApiError(
          'invalid_attachment',
          `Il file "${upload.name}" è di un tipo non ammesso per "${localize(field.label)}": sono ammessi ${accept.join(', ')}.`,
          `Upload ${id} is ${upload.mediaType}; field "${field.id}" accepts ${accept.join(', ')}.`,
          { path },
        );
      if (upload.size > maxBytes)
        throw new ApiError(
          'invalid_attachment',
          `Il file "${upload.name}" supera ${prop<number>(field, kind, 'maxSizeMb')} MB.`,
          `Upload ${id} exceeds the field's ${maxBytes} bytes.`,
          { path },
        );
      out.push({
        fieldId: key,
        uploadId: id,
        name: upload.name,
        mediaType: upload.mediaType,
        size: upload.size,
        sha256: upload.sha256,
      });
      files.push({ name: upload.name, mediaType: upload.mediaType, size: upload.size, ref: id });
    }
    if (!setAnswerAt(answers, target.segments, multiple ? files : files[0]))
      throw new ApiError(
        'invalid_attachment',
        `L’allegato "${key}" si riferisce a una voce dell’elenco che non c’è.`,
        `Attachment "${key}" points into a list item that does not exist.`,
        { path },
      );
  }
  return out;
}

const idempotencyConflict = () =>
  new ApiError(
    'idempotency_conflict',
    'Questa chiave di idempotenza è già stata usata per una domanda diversa.',
    'This Idempotency-Key was already used with a different request body.',
  );
const uploadNotFound = (id: string, path?: string) =>
  new ApiError(
    'upload_not_found',
    'Un allegato indicato non esiste, è già stato usato o non è tuo: caricalo di nuovo.',
    `Upload "${id}" does not exist, is already attached to a pratica, or belongs to someone else.`,
    path === undefined ? {} : { path },
  );
const uploadExpired = (id: string, path?: string) =>
  new ApiError(
    'upload_expired',
    'Un allegato è scaduto perché caricato troppo tempo fa: caricalo di nuovo.',
    `Upload "${id}" has expired.`,
    path === undefined ? {} : { path },
  );
