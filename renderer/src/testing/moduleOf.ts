import type { Field, Module } from '@modulo/form-model';

/** A one-step module holding these fields, for previews and component tests. */
export function moduleOf(fields: Field[]): Module {
  return {
    formatVersion: 2,
    id: 'anteprima',
    version: '1.0.0',
    title: { it: 'Anteprima' },
    procedure: {
      description: { it: 'Anteprima di un campo.' },
      legalBasis: [],
      office: { name: 'Ufficio di prova' },
      responsible: { name: 'Anna Bianchi', role: 'Responsabile' },
      substitute: { name: 'Luca Verdi', role: 'Segretario' },
      termDays: 30,
      silenzioAssenso: false,
      selfDeclaration: false,
      attachments: [],
      fees: [],
      remedies: { it: 'Ricorso al TAR.' },
      classification: { titolo: 'I', classe: '1' },
      loginLevel: 'none',
    },
    steps: [{ id: 'passo', title: { it: 'Passo' }, fields }],
  };
}
