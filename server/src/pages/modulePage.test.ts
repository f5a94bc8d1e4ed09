import { describe, expect, it } from 'vitest';
import { libraryModules } from '@modulo/form-library';
import { localize } from '@modulo/form-model';
import { modulePage } from './modulePage';

describe('modulePage', () => {
  it('publishes what D.Lgs 33/2013 art. 35 asks: contacts, substitute, status information', async () => {
    for (const m of libraryModules()) {
      const ctx = { lang: 'it', path: `/modules/${m.id}` } as const;
      const page = String(await modulePage(ctx, m, new Date('2026-11-24T10:00:00Z'))).replace(/\s+/g, ' ');
      const p = m.procedure;
      if (p.office.hours) expect(page).toContain(`orari: ${localize(p.office.hours)}`);
      if (p.office.email) expect(page).toContain(`href="mailto:${p.office.email}"`);
      if (p.office.phone) expect(page).toContain(`href="tel:${p.office.phone.replace(/[^+0-9]/g, '')}"`);
      expect(page).toContain(`${p.responsible.name}, ${localize(p.responsible.role)}`);
      expect(page).toContain('deve concludere entro metà del termine');
      if (p.statusInfo) expect(page).toContain(localize(p.statusInfo).replace(/\s+/g, ' ').slice(0, 40));
    }
  });
});
