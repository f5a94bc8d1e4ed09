import type { Directory } from './DesignerApi';

/** A small ente directory for stories and the offline dev page (the server serves the real one). */
export const sampleDirectory: Directory = {
  offices: [
    {
      id: 'ufficio-tecnico',
      name: 'Ufficio Tecnico',
      email: 'tecnico@comune.example.it',
      phone: '0544 000001',
      address: 'Piazza della Libertà 1',
    },
    {
      id: 'servizi-sociali',
      name: 'Servizi Sociali',
      email: 'sociali@comune.example.it',
      phone: '0544 000002',
    },
    {
      id: 'tributi',
      name: 'Ufficio Tributi',
      email: 'tributi@comune.example.it',
      pec: 'tributi@pec.comune.example.it',
    },
  ],
  people: [
    {
      id: 'maria-rossi',
      name: 'Maria Rossi',
      role: 'Responsabile Ufficio Tecnico',
      officeId: 'ufficio-tecnico',
      email: 'm.rossi@comune.example.it',
    },
    {
      id: 'paolo-verdi',
      name: 'Paolo Verdi',
      role: 'Responsabile Servizi Sociali',
      officeId: 'servizi-sociali',
      email: 'p.verdi@comune.example.it',
    },
    {
      id: 'anna-neri',
      name: 'Anna Neri',
      role: 'Responsabile Ufficio Tributi',
      officeId: 'tributi',
      phone: '0544 000003',
    },
    { id: 'luigi-bianchi', name: 'Luigi Bianchi', role: 'Segretario comunale', phone: '0544 000000' },
  ],
};
