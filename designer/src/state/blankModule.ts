import type { Module } from '@modulo/form-model';
import { FORMAT_VERSION } from '@modulo/form-model';

/**
 * A new, empty module: one step, placeholder procedure data that lint flags until staff fill
 * it in (the responsabile and substitute come from the directory in the procedure panel).
 */
export function blankModule(id = 'nuovo-modulo', title = 'Nuovo modulo'): Module {
  return {
    formatVersion: FORMAT_VERSION,
    id,
    version: '0.1.0',
    title: { it: title },
    procedure: {
      description: { it: 'Descrivi il procedimento.' },
      legalBasis: ['L. 241/1990'],
      office: { id: 'ufficio-da-indicare', name: { it: 'Ufficio da indicare' } },
      responsible: {
        id: 'responsabile-da-indicare',
        name: 'Da indicare',
        role: { it: 'Responsabile del procedimento' },
      },
      substitute: {
        id: 'sostituto-da-indicare',
        name: 'Da indicare (sostituto)',
        role: { it: 'Titolare del potere sostitutivo' },
      },
      termDays: 30,
      silenzioAssenso: false,
      selfDeclaration: false,
      attachments: [],
      fees: [],
      remedies: { it: 'Ricorso al TAR entro 60 giorni.' },
      classification: { titolo: 'I', classe: '1' },
      loginLevel: 'SpidL2',
    },
    steps: [{ id: 'dati', title: { it: 'I tuoi dati' }, fields: [] }],
  };
}
