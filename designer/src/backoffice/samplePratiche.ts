import type { PraticaDetail } from './BackofficeApi';
import { ALLOWED_ACTIONS } from './allowedActions';

const base = {
  moduleVersion: '1.0.0',
  attachments: [],
  messages: [],
};

const pratica = (
  p: Omit<PraticaDetail, 'allowedActions' | 'attachments' | 'messages' | 'moduleVersion'> &
    Partial<PraticaDetail>,
): PraticaDetail => ({
  ...base,
  ...p,
  allowedActions: p.allowedActions ?? ALLOWED_ACTIONS[p.status],
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
        { at: '2026-11-30T09:12:00Z', type: 'presented', text: 'Domanda presentata e protocollata.' },
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
        { at: '2026-11-03T10:00:00Z', type: 'presented', text: 'Domanda presentata e protocollata.' },
        {
          at: '2026-11-04T08:30:00Z',
          type: 'in_charge',
          text: 'Presa in carico da Marco Galli.',
          by: 'Marco Galli',
        },
      ],
      messages: [
        { at: '2026-11-05T11:00:00Z', from: 'citizen', text: 'Posso ritirare le copie di persona?' },
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
        { at: '2026-10-12T09:00:00Z', type: 'presented', text: 'Domanda presentata e protocollata.' },
        { at: '2026-10-14T09:00:00Z', type: 'in_charge', text: 'Presa in carico.' },
        { at: '2026-11-11T09:00:00Z', type: 'integration_requested', text: 'Chiesta la planimetria.' },
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
        { at: '2026-10-01T09:00:00Z', type: 'presented', text: 'Domanda presentata e protocollata.' },
        { at: '2026-10-02T09:00:00Z', type: 'in_charge', text: 'Presa in carico da Anna Neri.' },
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
      daysLeft: 0,
      overdue: false,
      comune: 'montebello',
      answers: { data: '2026-09-20', luogo: 'Piazza Garibaldi' },
      timeline: [
        { at: '2026-09-02T09:00:00Z', type: 'presented', text: 'Domanda presentata e protocollata.' },
        { at: '2026-09-25T09:00:00Z', type: 'ended_by_positive_outcome', text: 'Conclusa: accolta.' },
      ],
    }),
  ];
}
