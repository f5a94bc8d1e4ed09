import type { PraticaDetail, PraticaMessage } from '../api/ModuloApi';
import { CONCLUDED_TIMELINE, OVERDUE_TIMELINE, PREAVVISO_TIMELINE, SAMPLE_TIMELINE } from './sampleTimeline';

const base = {
  title: 'Contributo economico',
  protocol: { number: '0001234', date: '2026-11-02' },
  office: { name: 'Servizi sociali' },
};

/** An integration request waits for the citizen's answer. */
export const INTEGRATION_PRATICA: PraticaDetail = {
  ...base,
  code: 'PR-2026-00042',
  receiptUrl: '/api/pratiche/PR-2026-00042/receipt.pdf',
  timeline: SAMPLE_TIMELINE,
  suspendedUntil: '2026-12-10',
  integrationPending: true,
  canRequestSubstitute: false,
  documents: [],
};

/** Concluded with a final document: the outcome, its download and the rating. */
export const CONCLUDED_PRATICA: PraticaDetail = {
  ...base,
  code: 'PR-2026-00017',
  receiptUrl: '/api/pratiche/PR-2026-00017/receipt.pdf',
  timeline: CONCLUDED_TIMELINE,
  integrationPending: false,
  canRequestSubstitute: false,
  documents: [
    {
      kind: 'decision',
      uploadId: 'u-decision',
      name: 'provvedimento.pdf',
      mediaType: 'application/pdf',
      size: 2048,
      url: '/api/pratiche/PR-2026-00017/documents/u-decision',
    },
  ],
};

/** Past its term without a decision: the request to the substitute is offered. */
export const OVERDUE_PRATICA: PraticaDetail = {
  ...base,
  code: 'PR-2026-00008',
  timeline: OVERDUE_TIMELINE,
  integrationPending: false,
  canRequestSubstitute: true,
  documents: [],
};

/** A preavviso di rigetto waits for the citizen's observations (art. 10-bis). */
export const PREAVVISO_PRATICA: PraticaDetail = {
  ...base,
  code: 'PR-2026-00051',
  timeline: PREAVVISO_TIMELINE,
  integrationPending: false,
  observationsOpen: true,
  canRequestSubstitute: false,
  documents: [],
};

/** The office's request and the citizen's reply, as the messages API lists them. */
export const SAMPLE_MESSAGES: PraticaMessage[] = [
  {
    id: 1,
    at: '2026-11-10T10:00:00Z',
    sender: 'office',
    body: 'Buongiorno, per completare la pratica serve una copia dell’attestazione ISEE.',
    attachments: [],
  },
];
