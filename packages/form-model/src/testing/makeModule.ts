import type { Field, Module, Step } from '../types';
import { FORMAT_VERSION } from '../types';

/** A minimal valid module for tests, with the given steps (default: one empty step). */
export function makeModule(steps: Step[] = [{ id: 'dati', title: { it: 'Dati' }, fields: [] }]): Module {
  return {
    formatVersion: FORMAT_VERSION,
    id: 'prova',
    version: '1.0.0',
    title: { it: 'Modulo di prova' },
    procedure: {
      description: { it: 'Procedimento di prova.' },
      legalBasis: ['L. 241/1990'],
      office: { id: 'ufficio-prova', name: { it: 'Ufficio prova' }, email: 'prova@comune.example.it' },
      responsible: {
        id: 'maria-rossi',
        name: 'Maria Rossi',
        role: { it: 'Responsabile del servizio' },
        email: 'm.rossi@comune.example.it',
      },
      substitute: {
        id: 'luigi-bianchi',
        name: 'Luigi Bianchi',
        role: { it: 'Segretario comunale' },
        phone: '+39 0123 456700',
      },
      termDays: 30,
      silenzioAssenso: false,
      selfDeclaration: false,
      attachments: [],
      fees: [],
      remedies: { it: 'Ricorso al TAR entro 60 giorni.' },
      classification: { titolo: 'I', classe: '6' },
      loginLevel: 'SpidL2',
    },
    steps,
  };
}

/** A short-text field. */
export function text(id: string, extra: Partial<Field> = {}): Field {
  return { id, kind: 'short-text', label: { it: `Campo ${id}` }, ...extra };
}
