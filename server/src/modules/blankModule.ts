import type { Module, Office, Official } from '@modulo/form-model';
import { FORMAT_VERSION } from '@modulo/form-model';

/**
 * A new module with nothing but the required shape: one step with the applicant's name, and
 * placeholders the designer replaces. Its procedure data is deliberately incomplete, so that
 * `lintModule` keeps it from being published until staff fill it in.
 */
export function blankModule(
  id: string,
  title: string,
  people: { office: Office; responsible: Official; substitute: Official },
): Module {
  return {
    formatVersion: FORMAT_VERSION,
    id,
    version: '1.0.0',
    title: { it: title },
    procedure: {
      description: { it: 'Descrivi qui il procedimento: a chi serve e che cosa si ottiene.' },
      legalBasis: ['Da completare'],
      office: people.office,
      responsible: people.responsible,
      substitute: people.substitute,
      termDays: 30,
      silenzioAssenso: false,
      selfDeclaration: false,
      attachments: [],
      fees: [],
      remedies: {
        it: 'Da completare: ricorso al TAR entro 60 giorni o ricorso straordinario al Presidente della Repubblica entro 120 giorni.',
      },
      classification: { titolo: 'I', classe: '1' },
      loginLevel: 'SpidL2',
    },
    steps: [
      {
        id: 'richiedente',
        title: { it: 'Richiedente' },
        fields: [
          { id: 'nome', kind: 'short-text', label: { it: 'Nome' }, required: true, prefill: 'givenName' },
          {
            id: 'cognome',
            kind: 'short-text',
            label: { it: 'Cognome' },
            required: true,
            prefill: 'familyName',
          },
        ],
      },
    ],
  };
}
