import type { PraticaDetail, PraticaMessage, PraticaStatus, TimelineEntry } from './BackofficeApi';
import { ALLOWED_ACTIONS } from './allowedActions';

const LABELS: Record<PraticaStatus, string> = {
  presented: 'Presentata',
  in_charge: 'Presa in carico',
  integration_requested: 'Integrazione richiesta',
  integrated: 'Integrata',
  refusal_notice: 'Preavviso di rigetto',
  ended_by_positive_outcome: 'Conclusa con esito positivo',
  ended_by_negative_outcome: 'Conclusa con esito negativo',
  ended_by_submitter_cancel_requested: 'Ritirata',
};

interface Sample {
  code: string;
  subject: string;
  moduleId: string;
  status: PraticaStatus;
  protocol: { number: number; year: number; date: string; segnatura: string };
  assignment: { officeId: string; officeName: string; responsibleName: string };
  deadline: string;
  daysLeft: number | null;
  overdue: boolean;
  suspendedUntil?: string;
  comune: string;
  answers: PraticaDetail['answers'];
  attachments?: { field: string; name: string; mediaType: string; size: number }[];
  timeline: { at: string; status: PraticaStatus; title: string; by?: string }[];
  messages?: Omit<PraticaMessage, 'id' | 'attachments'>[];
}

/** A sample in the server's `BackofficePratica` shape. */
const pratica = (p: Sample): PraticaDetail => ({
  code: p.code,
  subject: p.subject,
  status: p.status,
  statusLabel: LABELS[p.status],
  ente: { id: p.protocol.segnatura.split('|')[0]!, name: `Ente ${p.protocol.segnatura.split('|')[0]}` },
  submitter: 'citizen:RSSMRA80A01H501U',
  module: { id: p.moduleId, version: '1.0.0', document: null },
  answers: p.answers,
  attachments: (p.attachments ?? []).map((a, i) => ({
    ...a,
    uploadId: `${p.code}-${i + 1}`,
    sha256: `${String(i + 1).repeat(64)}`.slice(0, 64),
  })),
  documentSha256: 'a'.repeat(64),
  registerHash: 'b'.repeat(64),
  protocol: {
    ...p.protocol,
    at: `${p.protocol.date}T09:00:00.000Z`,
    aoo: p.protocol.segnatura.split('|')[1]!,
  },
  fees: null,
  route: { ...p.assignment, responsibleTitle: 'Responsabile del procedimento' },
  deadline: p.deadline,
  daysLeft: p.daysLeft,
  overdue: p.overdue,
  ...(p.suspendedUntil ? { suspendedUntil: p.suspendedUntil } : {}),
  comune: p.comune,
  timeline: {
    entries: p.timeline.map((e): TimelineEntry => ({
      date: e.at.slice(0, 10),
      status: e.status,
      statusLabel: LABELS[e.status],
      title: e.title,
      detail: '',
      by: e.by ?? null,
    })),
    status: p.status,
    statusLabel: LABELS[p.status],
    responsible: { role: 'responsabile', name: p.assignment.responsibleName, label: 'Responsabile' },
    citizenAction: null,
    citizenActionDueBy: null,
    answerDueBy: p.status.startsWith('ended_') ? null : p.deadline,
    deadline: null,
  },
  outgoing: [],
  messages: (p.messages ?? []).map((m, i) => ({ ...m, id: i + 1, attachments: [] })),
  allowedActions: ALLOWED_ACTIONS[p.status],
});

/** Demo pratiche for stories and tests: every state, overdue and near deadlines, two Comuni. */
export function samplePratiche(): PraticaDetail[] {
  return [
    pratica({
      code: 'K7QM-4TZP',
      subject: 'Segnalazione: buca in via Roma',
      moduleId: 'segnalazione-disservizio',
      status: 'presented',
      protocol: { number: 1204, year: 2026, date: '2026-11-30', segnatura: 'c_x001|AOO_MTB|2026|0001204' },
      assignment: { officeId: 'urp', officeName: 'URP', responsibleName: 'Chiara Fontana' },
      deadline: '2026-12-30',
      daysLeft: 28,
      overdue: false,
      comune: 'montebello',
      answers: {
        categoria: 'strade',
        luogo: 'Via Roma 12',
        descrizione: 'Buca profonda davanti al civico 12.',
      },
      timeline: [
        { at: '2026-11-30T09:12:00Z', status: 'presented', title: 'Domanda presentata e protocollata.' },
      ],
    }),
    pratica({
      code: 'M3RT-8WXA',
      subject: 'Accesso agli atti: pratica edilizia 45/2019',
      moduleId: 'accesso-atti',
      status: 'in_charge',
      protocol: { number: 1101, year: 2026, date: '2026-11-03', segnatura: 'c_x001|AOO_MTB|2026|0001101' },
      assignment: {
        officeId: 'urp-protocollo',
        officeName: 'Ufficio protocollo e URP',
        responsibleName: 'Marco Galli',
      },
      deadline: '2026-12-03',
      daysLeft: 1,
      overdue: false,
      comune: 'montebello',
      answers: { documenti: 'Permesso di costruire 45/2019 e varianti', motivo: 'Acquisto dell’immobile' },
      attachments: [
        {
          field: 'documentoIdentita',
          name: 'carta-identita.pdf',
          mediaType: 'application/pdf',
          size: 184_220,
        },
      ],
      timeline: [
        { at: '2026-11-03T10:00:00Z', status: 'presented', title: 'Domanda presentata e protocollata.' },
        {
          at: '2026-11-04T08:30:00Z',
          status: 'in_charge',
          title: 'Presa in carico da Marco Galli.',
          by: 'Marco Galli',
        },
      ],
      messages: [
        {
          at: '2026-11-05T11:00:00Z',
          sender: 'citizen',
          author: 'citizen:RSSMRA80A01H501U',
          body: 'Posso ritirare le copie di persona?',
        },
      ],
    }),
    pratica({
      code: 'P9HD-2KCE',
      subject: 'Passo carrabile in via dei Mille 4',
      moduleId: 'passo-carrabile',
      status: 'integration_requested',
      protocol: { number: 988, year: 2026, date: '2026-10-12', segnatura: 'c_x002|AOO_RCF|2026|0000988' },
      assignment: {
        officeId: 'viabilita-suolo-pubblico',
        officeName: 'Viabilità e suolo pubblico',
        responsibleName: 'Elena Riva',
      },
      deadline: '2026-12-20',
      daysLeft: 18,
      overdue: false,
      suspendedUntil: '2026-12-11',
      comune: 'roccafiorita',
      answers: { indirizzo: 'Via dei Mille 4', larghezza: 3.5 },
      timeline: [
        { at: '2026-10-12T09:00:00Z', status: 'presented', title: 'Domanda presentata e protocollata.' },
        { at: '2026-10-14T09:00:00Z', status: 'in_charge', title: 'Presa in carico.' },
        { at: '2026-11-11T09:00:00Z', status: 'integration_requested', title: 'Chiesta la planimetria.' },
      ],
    }),
    pratica({
      code: 'T4NB-7QFS',
      subject: 'Iscrizione TARI: nuova utenza',
      moduleId: 'tari-iscrizione-variazione',
      status: 'in_charge',
      protocol: { number: 870, year: 2026, date: '2026-10-01', segnatura: 'c_x002|AOO_RCF|2026|0000870' },
      assignment: { officeId: 'tributi', officeName: 'Ufficio tributi', responsibleName: 'Anna Neri' },
      deadline: '2026-11-30',
      daysLeft: -2,
      overdue: true,
      comune: 'roccafiorita',
      answers: { indirizzo: 'Via Garibaldi 8', superficie: 92 },
      timeline: [
        { at: '2026-10-01T09:00:00Z', status: 'presented', title: 'Domanda presentata e protocollata.' },
        { at: '2026-10-02T09:00:00Z', status: 'in_charge', title: 'Presa in carico da Anna Neri.' },
      ],
    }),
    pratica({
      code: 'W2ZC-5HMV',
      subject: 'Manifestazione pubblica: festa di quartiere',
      moduleId: 'manifestazione-pubblica',
      status: 'ended_by_positive_outcome',
      protocol: { number: 640, year: 2026, date: '2026-09-02', segnatura: 'u_x0vs|AOO_UVS|2026|0000640' },
      assignment: {
        officeId: 'suap-manifestazioni',
        officeName: 'SUAP — manifestazioni',
        responsibleName: 'Luca Sala',
      },
      deadline: '2026-10-02',
      daysLeft: null,
      overdue: false,
      comune: 'montebello',
      answers: { data: '2026-09-20', luogo: 'Piazza Garibaldi' },
      timeline: [
        { at: '2026-09-02T09:00:00Z', status: 'presented', title: 'Domanda presentata e protocollata.' },
        { at: '2026-09-25T09:00:00Z', status: 'ended_by_positive_outcome', title: 'Conclusa: accolta.' },
      ],
    }),
  ];
}
