import type { Module } from '@modulo/form-model';
import type { Ente } from '../storage/EnteStore';
import { directoryFromModules } from './directoryFromModules';

/** Modules of functions a Comune delegates to its Unione (police, SUAP, social services). */
export const UNIONE_MODULES = ['contrassegno-disabili', 'manifestazione-pubblica', 'contributo-economico'];

/** The demo Unione's id and its two member Comuni (invented, plausible). */
export const DEMO_UNIONE = 'unione-valle-savio';
export const DEMO_COMUNI = ['montebello', 'roccafiorita'] as const;

/**
 * The demo entes: "Unione dei Comuni della Valle del Savio" with "Comune di Montebello" and
 * "Comune di Roccafiorita". IPA and AOO codes are invented (c_x0..: no real Comune has them).
 * Each directory holds the offices and officials its modules name, plus an administrator and a
 * designer for the demo identities.
 */
export function demoEntes(modules: readonly Module[]): { ente: Ente; modules: Module[] }[] {
  const ofUnione = modules.filter((m) => UNIONE_MODULES.includes(m.id));
  const ofComune = modules.filter((m) => !UNIONE_MODULES.includes(m.id));
  const staffOf = (prefix: string, admin: string, designer: string) => [
    {
      id: `${prefix}-admin`,
      name: admin,
      title: 'Amministratore del sistema',
      roles: ['admin' as const],
      email: `${prefix}-admin@example.it`,
      offices: [],
    },
    {
      id: `${prefix}-designer`,
      name: designer,
      title: 'Redazione dei servizi online',
      roles: ['designer' as const],
      email: `${prefix}-redazione@example.it`,
      offices: [],
    },
  ];
  const withDirectory = (
    ente: Omit<Ente, 'offices' | 'staff'>,
    own: Module[],
    prefix: string,
    admin: string,
    designer: string,
  ) => {
    const dir = directoryFromModules(own);
    return {
      ente: { ...ente, offices: dir.offices, staff: [...dir.staff, ...staffOf(prefix, admin, designer)] },
      modules: own,
    };
  };
  return [
    withDirectory(
      {
        id: DEMO_UNIONE,
        kind: 'unione',
        name: 'Unione dei Comuni della Valle del Savio',
        ipaCode: 'u_x0vs',
        aoo: {
          code: 'AOO_UVS',
          name: 'Protocollo generale dell’Unione',
          register: 'Registro ufficiale di protocollo',
        },
        members: [],
        embedOrigins: ['http://localhost:3000', 'https://www.unionevallesavio.example.it'],
      },
      ofUnione,
      'uvs',
      'Franco Neri',
      'Sara Lodi',
    ),
    withDirectory(
      {
        id: 'montebello',
        kind: 'comune',
        name: 'Comune di Montebello',
        ipaCode: 'c_x001',
        aoo: { code: 'AOO_MTB', name: 'Protocollo generale', register: 'Registro ufficiale di protocollo' },
        members: [],
        unione: DEMO_UNIONE,
        patron: '06-24',
        embedOrigins: ['http://localhost:3000', 'https://www.comune.montebello.example.it'],
      },
      ofComune,
      'mtb',
      'Lucia Bassi',
      'Paolo Greco',
    ),
    withDirectory(
      {
        id: 'roccafiorita',
        kind: 'comune',
        name: 'Comune di Roccafiorita',
        ipaCode: 'c_x002',
        aoo: { code: 'AOO_RCF', name: 'Protocollo generale', register: 'Registro ufficiale di protocollo' },
        members: [],
        unione: DEMO_UNIONE,
        patron: '08-16',
        embedOrigins: ['http://localhost:3000', 'https://www.comune.roccafiorita.example.it'],
      },
      ofComune,
      'rcf',
      'Giorgio Villa',
      'Marta Conte',
    ),
  ];
}
