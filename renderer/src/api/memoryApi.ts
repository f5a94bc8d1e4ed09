import type { Module } from '@modulo/form-model';
import { compile, localize } from '@modulo/form-model';
import { STATUS_LABELS } from '@modulo/procedure';
import type {
  Draft,
  FiledPratica,
  Identity,
  ModuloApi,
  PraticaDetail,
  PraticaMessage,
  PraticaSummary,
  UploadedFile,
} from './ModuloApi';
import { ApiError } from './ModuloApi';

export interface MemoryApiOptions {
  modules?: Module[];
  identity?: Identity | null;
  /** Uploads whose name contains this fail once (to show "Riprova"). */
  failUploadsNamed?: string;
  /** Milliseconds each upload takes, in 4 progress steps. */
  uploadMs?: number;
  pratiche?: PraticaSummary[];
  /** The pratiche `pratica(code)` opens, with their messages. */
  details?: PraticaDetail[];
  messages?: Record<string, PraticaMessage[]>;
  /** Ratings already given, by pratica code. */
  ratings?: Record<string, { score: number; followUp: string; comment?: string }>;
  /** `sendMessage` fails (to show the error). */
  failMessages?: boolean;
}

/**
 * An in-memory Modulo server for Storybook and component tests: same interface as the HTTP
 * client, no network. Submissions get a pratica code and a protocol number of their own.
 */
export function memoryApi(options: MemoryApiOptions = {}): ModuloApi & {
  drafts: Map<string, Draft>;
  submitted: unknown[];
  ratings: Map<string, unknown>;
  sent: Map<string, PraticaMessage[]>;
  substituteRequests: string[];
} {
  const drafts = new Map<string, Draft>();
  let identity = options.identity ?? null;
  const ratings = new Map<string, unknown>(Object.entries(options.ratings ?? {}));
  const details = new Map((options.details ?? []).map((d) => [d.code, structuredClone(d)]));
  const sent = new Map(Object.entries(options.messages ?? {}).map(([k, v]) => [k, [...v]]));
  const substituteRequests: string[] = [];
  const uploadNames = new Map<string, string>();
  const detail = (code: string) => {
    const d = details.get(code);
    if (!d) throw new ApiError(404, 'pratica_not_found', `Pratica ${code} non trovata.`);
    return d;
  };
  const submitted: unknown[] = [];
  const failed = new Set<string>();
  let uploads = 0;
  const find = (id: string) => {
    const m = options.modules?.find((x) => x.id === id);
    if (!m) throw new ApiError(404, 'not_found', 'Modulo non trovato');
    return m;
  };
  return {
    drafts,
    submitted,
    ratings,
    sent,
    substituteRequests,
    async getModule(_ente, moduleId) {
      const module = find(moduleId);
      return { module, ...compile(module), version: module.version };
    },
    validatorUrl: (ente, moduleId, version) => `memory:${ente}/${moduleId}/${version}`,
    async me() {
      return identity;
    },
    async logout() {
      identity = null;
    },
    async upload(_ente, file, onProgress): Promise<UploadedFile> {
      const ms = options.uploadMs ?? 0;
      for (let i = 1; i <= 4; i++) {
        if (ms) await new Promise((r) => setTimeout(r, ms / 4));
        onProgress?.(i / 4);
      }
      if (
        options.failUploadsNamed &&
        file.name.includes(options.failUploadsNamed) &&
        !failed.has(file.name)
      ) {
        failed.add(file.name);
        throw new ApiError(503, 'upload_failed', 'Caricamento non riuscito.');
      }
      return { id: `upload-${++uploads}`, name: file.name, size: file.size, type: file.type };
    },
    async submit(_ente, moduleId, body): Promise<FiledPratica> {
      const module = find(moduleId);
      submitted.push(body);
      const n = submitted.length;
      return {
        code: `PR-2026-${String(n).padStart(5, '0')}`,
        protocol: { number: String(n).padStart(7, '0'), year: 2026, date: '2026-12-02' },
        office: { name: localize(module.procedure.office.name), email: module.procedure.office.email },
        responsible: { ...module.procedure.responsible, role: localize(module.procedure.responsible.role) },
        deadline: '2027-01-04',
        fees: { totalCents: 0 },
        receiptUrl: `/api/pratiche/PR-2026-${String(n).padStart(5, '0')}/receipt.pdf`,
      };
    },
    async getDraft(ente, moduleId) {
      return drafts.get(`${ente}/${moduleId}`) ?? null;
    },
    async putDraft(ente, moduleId, draft) {
      drafts.set(`${ente}/${moduleId}`, { ...draft, savedAt: new Date().toISOString() });
    },
    async deleteDraft(ente, moduleId) {
      drafts.delete(`${ente}/${moduleId}`);
    },
    async myPratiche() {
      return {
        pratiche: options.pratiche ?? [],
        drafts: [...drafts.entries()].map(([k, d]) => ({
          ...d,
          ente: k.split('/')[0]!,
          moduleId: k.split('/')[1]!,
        })),
      };
    },
    async pratica(code) {
      return structuredClone(detail(code));
    },
    async messages(code) {
      detail(code);
      return [...(sent.get(code) ?? [])];
    },
    async sendMessage(code, body, attachments) {
      const d = detail(code);
      if (options.failMessages) throw new ApiError(503, 'unavailable', 'Servizio non disponibile.');
      const list = sent.get(code) ?? [];
      list.push({
        id: list.length + 1,
        at: new Date().toISOString(),
        sender: 'citizen',
        body,
        attachments: attachments.map((id) => ({
          uploadId: id,
          name: uploadNames.get(id) ?? id,
          mediaType: 'application/pdf',
          size: 1,
        })),
      });
      sent.set(code, list);
      if (d.observationsOpen) d.observationsOpen = false;
      if (!d.integrationPending) return { status: d.timeline.status };
      // As the server does: the answer is the integration, and the term resumes.
      d.integrationPending = false;
      d.suspendedUntil = null;
      d.timeline = {
        ...d.timeline,
        status: 'integrated',
        statusLabel: STATUS_LABELS.integrated,
        citizenAction: null,
        citizenActionDueBy: null,
        deadline: { ...d.timeline.deadline, status: 'integrated', suspendedNow: false },
      };
      return { status: 'integrated' };
    },
    async uploadForPratica(code, file, onProgress) {
      detail(code);
      const u = await this.upload('memory', file, onProgress);
      uploadNames.set(u.id, u.name);
      return u;
    },
    async requestSubstitute(code) {
      const d = detail(code);
      if (!d.canRequestSubstitute)
        throw new ApiError(409, 'term_not_expired', 'Il termine non è ancora scaduto.');
      d.canRequestSubstitute = false;
      substituteRequests.push(code);
      return { substitute: 'Segretario comunale', substituteDueDate: '2027-01-20' };
    },
    async myRating(code) {
      return (ratings.get(code) as Awaited<ReturnType<ModuloApi['myRating']>>) ?? null;
    },
    async services(ente, lang) {
      return (options.modules ?? []).map((m) => ({
        moduleId: m.id,
        title: localize(m.title, lang),
        office: localize(m.procedure.office.name, lang),
        serviceUrl: `/entes/${ente}/modules/${m.id}`,
      }));
    },
    async rate(code, rating) {
      if (ratings.has(code)) throw new ApiError(409, 'already_rated', 'Hai già valutato questo servizio.');
      ratings.set(code, rating);
    },
    url: (path) => path,
  };
}
