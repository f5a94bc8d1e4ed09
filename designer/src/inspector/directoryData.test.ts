import { describe, expect, it } from 'vitest';
import type { DirectoryOffice } from '../api/DesignerApi';
import { createTestDesigner } from '../state/createTestDesigner';
import { officeFromDirectory, officialFromDirectory } from './directoryData';

// What the server's `GET /api/entes/:ente/directory` sends: `ipaUo` has no place in the format.
const office = {
  id: 'tributi',
  name: 'Ufficio tributi',
  ipaUo: 'UF7788',
  email: 'tributi@comune.example.it',
  hours: 'Lunedì 9-12',
} as DirectoryOffice;

describe('directory entries as module data', () => {
  it('keeps only the format’s keys, so a routing rule to a directory office is accepted', () => {
    expect(officeFromDirectory(office)).toEqual({
      id: 'tributi',
      name: { it: 'Ufficio tributi' },
      email: 'tributi@comune.example.it',
      hours: { it: 'Lunedì 9-12' },
    });
    const person = officialFromDirectory({
      id: 'anna-neri',
      name: 'Anna Neri',
      role: 'Responsabile tributi',
      officeId: 'tributi',
      phone: undefined,
    });
    expect(person).toEqual({ id: 'anna-neri', name: 'Anna Neri', role: { it: 'Responsabile tributi' } });
    const d = createTestDesigner();
    const r = d.setProcedure({
      routing: [
        {
          id: 'regola1',
          when: { field: 'pericolo', op: 'equals', value: true },
          office: officeFromDirectory(office),
          responsible: person,
        },
      ],
    });
    expect(r.ok ? 'ok' : r.error.message).toBe('ok');
  });
});
