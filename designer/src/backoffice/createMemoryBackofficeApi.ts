import type { ApiResult } from '../api/DesignerApi';
import type {
  AuditEntry,
  BackofficeApi,
  PraticaAction,
  PraticaDetail,
  PraticaStatus,
  PraticaSummary,
  RatingComment,
  TimelineEntry,
} from './BackofficeApi';
import { ALLOWED_ACTIONS, nextStatus } from './allowedActions';
import { filterPratiche } from './filterPratiche';
import { indicatorsOfPratiche, ratingsPage, sampleRatings } from './sampleMonitoring';
import { samplePratiche } from './samplePratiche';

const refusal = (code: string, message: string, messageEn: string): ApiResult<never> => ({
  ok: false,
  error: { code, message, messageEn },
});

/** Why an action's data is not enough (as the server's schema says), or undefined. */
function missing(action: PraticaAction, uploads: Set<string>): ApiResult<never> | undefined {
  const blank = (s: string | undefined) => s === undefined || s.trim() === '';
  if (action.type === 'request_integration') {
    if (blank(action.message))
      return refusal('invalid_request', 'Scrivi che cosa deve integrare il cittadino.', 'Say what to add.');
    if (action.documents.filter((d) => !blank(d)).length === 0)
      return refusal('invalid_request', 'Indica almeno un documento da integrare.', 'List a document.');
    if (!/^\d{4}-\d{2}-\d{2}$/.test(action.dueBy))
      return refusal('invalid_due_date', 'Indica la data entro cui integrare.', 'Give dueBy.');
  }
  if (action.type === 'preavviso' && blank(action.reasons))
    return refusal('invalid_request', 'Il preavviso di rigetto deve indicare i motivi.', 'Give the reasons.');
  if (action.type === 'conclude' && blank(action.motivation))
    return refusal('motivation_required', 'Il provvedimento finale va motivato.', 'Give the motivation.');
  if (action.type === 'conclude' && !uploads.has(action.documentUploadId))
    return refusal('upload_not_found', 'Documento caricato non trovato.', 'No such upload.');
  if (action.type === 'reassign' && blank(action.officeId) && blank(action.operatorId))
    return refusal('invalid_request', 'Indica un operatore o un ufficio.', 'Give operatorId or officeId.');
  if (action.type === 'reassign' && blank(action.reason))
    return refusal('invalid_request', 'Indica il motivo della riassegnazione.', 'Give the reason.');
  return undefined;
}

/** The inbox line of a pratica (what the server's `InboxItem` carries). */
export function summaryOf(p: PraticaDetail): PraticaSummary {
  return {
    code: p.code,
    subject: p.subject,
    moduleId: p.module.id,
    moduleVersion: p.module.version,
    status: p.status,
    protocol: {
      number: p.protocol.number,
      year: p.protocol.year,
      date: p.protocol.date,
      segnatura: p.protocol.segnatura,
    },
    assignment: p.route,
    deadline: p.deadline,
    daysLeft: p.daysLeft,
    overdue: p.overdue,
    ...(p.suspendedUntil ? { suspendedUntil: p.suspendedUntil } : {}),
    ...(p.comune ? { comune: p.comune } : {}),
  };
}

/**
 * The back office in memory, for stories and tests: the sample pratiche (or `pratiche`), the
 * server's filters and ordering, uploads, messages, and actions that follow the states (a refused
 * one is the server's `{ code, message }` as a failed result).
 */
export function createMemoryBackofficeApi(
  options: {
    pratiche?: PraticaDetail[];
    now?: () => Date;
    by?: string;
    /** The ratings the monitoring shows (default: `sampleRatings()`). */
    ratings?: RatingComment[];
  } = {},
): BackofficeApi {
  const pratiche = structuredClone(options.pratiche ?? samplePratiche());
  const now = options.now ?? (() => new Date());
  const uploads = new Set<string>();
  const ratings = options.ratings ?? sampleRatings();
  const find = (code: string) => pratiche.find((p) => p.code === code);
  // Each pratica's audit log: its filing, then what the actions here add.
  const logs = new Map<string, AuditEntry[]>(
    pratiche.map((p) => [
      p.code,
      [{ seq: 1, at: p.protocol.at, actor: p.submitter, action: 'pratica.filed' }],
    ]),
  );
  const log = (code: string, action: string, data?: AuditEntry['data']) => {
    const entries = logs.get(code)!;
    entries.push({
      seq: entries.length + 1,
      at: now().toISOString(),
      actor: `staff:${options.by ?? 'staff'}`,
      action,
      ...(data ? { data } : {}),
    });
  };
  const notFound = (code: string) =>
    refusal('pratica_not_found', `Pratica ${code} non trovata.`, `Pratica ${code} not found.`);
  return {
    list: async (query) => ({ ok: true, value: filterPratiche(pratiche.map(summaryOf), query) }),
    async get(code) {
      const p = find(code);
      return p ? { ok: true, value: structuredClone(p) } : notFound(code);
    },
    async act(code, action) {
      const p = find(code);
      if (!p) return notFound(code);
      if (!p.allowedActions.includes(action.type))
        return refusal(
          'action_not_allowed',
          'Questa azione non è possibile nello stato attuale della pratica.',
          'This action is not allowed in the pratica’s current state.',
        );
      const bad = missing(action, uploads);
      if (bad) return bad;
      const status: PraticaStatus = nextStatus(
        p.status,
        action as { type: PraticaAction['type']; outcome?: string },
      );
      p.status = status;
      p.allowedActions = ALLOWED_ACTIONS[status];
      if (action.type === 'reassign' && action.officeId)
        p.route = { ...p.route, officeId: action.officeId, officeName: action.officeId };
      if (action.type === 'reassign' && action.operatorId)
        p.route = {
          ...p.route,
          responsibleId: action.operatorId,
          responsibleName: MEMORY_STAFF.find((m) => m.id === action.operatorId)?.name ?? action.operatorId,
        };
      const entry: TimelineEntry = {
        date: now().toISOString().slice(0, 10),
        status,
        statusLabel: status,
        title: summary(action),
        detail: '',
        by: options.by ?? null,
      };
      p.timeline.entries.push(entry);
      p.timeline.status = status;
      log(code, `pratica.${AUDIT_ACTIONS[action.type]}`, { status });
      return { ok: true, value: structuredClone(p) };
    },
    async upload(file, name) {
      const id = `upload-${uploads.size + 1}`;
      uploads.add(id);
      return { ok: true, value: { id, name, size: file.size, type: file.type, sha256: '0'.repeat(64) } };
    },
    async sendMessage(code, m) {
      const p = find(code);
      if (!p) return notFound(code);
      if (m.body.trim() === '')
        return refusal('invalid_request', 'Scrivi il testo del messaggio.', 'Write the message.');
      const message = {
        id: p.messages.length + 1,
        at: now().toISOString(),
        sender: 'office' as const,
        author: options.by ?? 'staff',
        body: m.body,
        attachments: [],
      };
      p.messages.push(message);
      log(code, 'pratica.message');
      return { ok: true, value: { message, status: p.status } };
    },
    async audit(code) {
      const entries = logs.get(code);
      return entries ? { ok: true, value: structuredClone(entries) } : notFound(code);
    },
    async directory() {
      const offices = new Map(pratiche.map((p) => [p.route.officeId ?? '', p.route.officeName]));
      offices.delete('');
      return {
        ok: true,
        value: {
          offices: [...offices].map(([id, name]) => ({ id, name })),
          staff: MEMORY_STAFF.map((m) => ({
            ...m,
            offices: m.roles.includes('operator') ? [...offices.keys()] : [],
          })),
        },
      };
    },
    // In memory there are no files to serve: the link stays on the page.
    attachmentHref: (code, uploadId) => `#${code}-${uploadId}`,
    auditCsvHref(code) {
      const rows = (logs.get(code) ?? []).map((e) =>
        [e.seq, e.at, e.actor, e.action, e.data ? JSON.stringify(e.data) : '']
          .map((c) => `"${String(c).replace(/"/g, '""')}"`)
          .join(','),
      );
      const csv = ['numero,istante,autore,azione,dettagli', ...rows].join('\r\n') + '\r\n';
      return `data:text/csv;charset=utf-8,${encodeURIComponent(csv)}`;
    },
    monitoring: async () => ({
      ok: true,
      value: indicatorsOfPratiche(pratiche, now().toISOString().slice(0, 10)),
    }),
    monitoringCsvHref: () => '#indicatori.csv',
    ratings: async (_ente, query) => ({ ok: true, value: ratingsPage(ratings, query) }),
  };
}

/** The memory directory's people: two operators and a designer (who handles no pratiche). */
const MEMORY_STAFF = [
  { id: 'oscar', name: 'Oscar Neri', title: 'Istruttore', roles: ['operator'] },
  { id: 'paola', name: 'Paola Verdi', title: 'Istruttrice', roles: ['operator'] },
  { id: 'dario', name: 'Dario Blu', title: 'Grafico', roles: ['designer'] },
];

/** The server's event name of each action (`pratica.<event>` in the audit log). */
const AUDIT_ACTIONS: Record<PraticaAction['type'], string> = {
  take_in_charge: 'taken-in-charge',
  request_integration: 'integration-requested',
  preavviso: 'preavviso',
  conclude: 'concluded',
  reassign: 'reassigned',
};

function summary(action: PraticaAction): string {
  switch (action.type) {
    case 'take_in_charge':
      return 'Presa in carico';
    case 'request_integration':
      return `Chiesta un’integrazione: ${action.message}`;
    case 'preavviso':
      return `Preavviso di rigetto: ${action.reasons}`;
    case 'conclude':
      return `Conclusa (${action.outcome === 'positive' ? 'accolta' : 'respinta'}): ${action.motivation}`;
    case 'reassign':
      return `Riassegnata: ${action.reason}`;
  }
}
