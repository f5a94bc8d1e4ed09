import { lintModule } from '../lint/lintModule';
import { parseModule } from '../parseModule';
import type { AttachmentRequirement, Exit, Field, Module, Procedure, Step } from '../types';
import { FORMAT_VERSION } from '../types';
import { walkFields } from '../walkFields';
import type { ImportResult, Unmapped } from './ImportResult';

const TO_COMPLETE = 'Da completare';

/**
 * Procedure data for an imported form: neither JSON Schema nor Form.io carries art. 35 data, so
 * office, responsible and substitute are placeholders without contacts, which lint flags
 * (`office_without_contact`...) until staff complete them.
 */
export function placeholderProcedure(attachments: AttachmentRequirement[]): Procedure {
  return {
    description: { it: `${TO_COMPLETE}: descrizione del procedimento.` },
    legalBasis: [`${TO_COMPLETE}: riferimenti normativi`],
    office: { id: 'ufficio-da-completare', name: { it: `${TO_COMPLETE}: ufficio competente` } },
    responsible: {
      id: 'responsabile-da-completare',
      name: `${TO_COMPLETE}: responsabile del procedimento`,
      role: { it: 'Responsabile del procedimento' },
    },
    substitute: {
      id: 'sostituto-da-completare',
      name: `${TO_COMPLETE}: titolare del potere sostitutivo`,
      role: { it: 'Titolare del potere sostitutivo' },
    },
    termDays: 30,
    silenzioAssenso: false,
    selfDeclaration: false,
    attachments,
    fees: [],
    remedies: {
      it: `${TO_COMPLETE}: strumenti di tutela (ricorso al TAR entro 60 giorni o al Presidente della Repubblica entro 120).`,
    },
    classification: { titolo: 'I', classe: '1' },
    loginLevel: 'SpidL2',
  };
}

/** A kebab-case module id from a title or a file name. */
export function moduleSlug(text: string | undefined): string {
  const slug = (text ?? '')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^[^a-z]+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return slug || 'modulo-importato';
}

/**
 * Builds the module around imported steps, lists the placeholders in `unmapped`, and says what
 * blocks publishing (parse errors, lint errors). Every attachment field is published as a
 * required document of the procedure, as D.Lgs 33/2013 art. 35 asks.
 */
export function finishImport(
  head: { id: string; version?: string; title: string; description?: string },
  steps: Step[],
  unmapped: Unmapped[],
  exits: Exit[] = [],
): ImportResult {
  const shell: Module = {
    formatVersion: FORMAT_VERSION,
    id: head.id,
    version: head.version ?? '1.0.0',
    title: { it: head.title },
    ...(head.description ? { description: { it: head.description } } : {}),
    procedure: placeholderProcedure([]),
    steps,
    ...(exits.length ? { exits } : {}),
  };
  const attachments = walkFields(shell)
    .map((l) => l.field)
    .filter((f: Field) => f.kind === 'attachment')
    .map((f): AttachmentRequirement => ({ id: f.id, label: f.label, required: Boolean(f.required) }));
  const module: Module = { ...shell, procedure: placeholderProcedure(attachments) };
  unmapped.push({
    path: '',
    reason:
      'procedure data (D.Lgs 33/2013 art. 35) is not in the source: office, responsible, substitute, term, remedies and classification are placeholders to complete before publishing',
  });
  const parsed = parseModule(JSON.parse(JSON.stringify(module)));
  if (!parsed.ok) {
    const { error } = parsed;
    const details = error.details?.length
      ? error.details
      : [{ path: error.path ?? '', message: error.message }];
    return {
      module,
      unmapped,
      blocking: details.map((d) => ({ code: error.code, message: d.message, path: d.path })),
    };
  }
  const blocking = lintModule(parsed.value)
    .filter((f) => f.severity === 'error')
    .map((f) => ({
      code: f.code,
      message: f.message,
      path: f.property ? `${f.path}.${f.property}` : f.path,
    }));
  return { module: parsed.value, unmapped, blocking };
}
