import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lintModule } from './lint/lintModule';
import { migrate, slugOf } from './migrate';
import { parseModule } from './parseModule';
import { sampleSubmission } from './sampleSubmission';
import { validateSubmission } from './validateSubmission';

/** A real format-2 document: passo carrabile as the library published it before format 3. */
const format2 = JSON.parse(
  readFileSync(new URL('./testing/format2/passo-carrabile.module.json', import.meta.url), 'utf8'),
) as Record<string, unknown>;

describe('migrate 2 -> 3', () => {
  it('parses a real format-2 document into format 3', () => {
    expect(format2.formatVersion).toBe(2);
    const r = parseModule(format2);
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    const p = r.value.procedure;
    expect(r.value.formatVersion).toBe(3);
    expect(p.office).toMatchObject({
      id: 'area-tecnica-servizio-viabilita-e-suolo-pubblico',
      name: { it: 'Area Tecnica – Servizio Viabilità e suolo pubblico' },
      hours: { it: 'Martedì e giovedì 9:00-12:30; giovedì anche 15:00-17:00' },
      email: 'suolopubblico@valdemo.example.it',
    });
    expect(p.responsible).toMatchObject({
      id: 'stefano-riva',
      name: 'Ing. Stefano Riva',
      role: { it: 'Responsabile dell’Area Tecnica' },
    });
    expect(p.substitute.id).toBe('laura-ferri');
    expect(p.substitute.role.it).toMatch(/^Segretario generale/);
  });

  it('changes nothing but the procedure’s people and office: the same answers stay valid', () => {
    const r = parseModule(format2);
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.steps).toEqual(format2.steps);
    expect(validateSubmission(r.value, sampleSubmission(r.value))).toEqual([]);
    expect(lintModule(r.value).filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('keeps ids and texts a document already has, and does not touch its input', () => {
    const before = JSON.stringify(format2);
    const procedure = format2.procedure as Record<string, Record<string, unknown>>;
    const doc = {
      ...format2,
      procedure: {
        ...procedure,
        office: { ...procedure.office, id: 'viabilita', hours: { it: 'Su appuntamento' } },
      },
    };
    const r = migrate(doc);
    if (!r.ok) throw new Error('not migrated');
    expect((r.doc.procedure as typeof procedure).office).toMatchObject({
      id: 'viabilita',
      hours: { it: 'Su appuntamento' },
    });
    expect(JSON.stringify(format2)).toBe(before);
  });

  it('derives kebab-case ids from names', () => {
    expect(slugOf('Ufficio Relazioni con il Pubblico', 'ufficio')).toBe('ufficio-relazioni-con-il-pubblico');
    expect(slugOf('Polizia locale – Ufficio Permessi', 'ufficio')).toBe('polizia-locale-ufficio-permessi');
    expect(slugOf('Servizi Sociali dell’Unione', 'ufficio')).toBe('servizi-sociali-dell-unione');
    expect(slugOf('3° Settore', 'ufficio')).toBe('ufficio-3-settore');
    expect(slugOf('', 'persona')).toBe('persona');
    expect(slugOf(42, 'persona')).toBe('persona');
    expect(slugOf('parola '.repeat(30), 'ufficio').length).toBeLessThanOrEqual(80);
  });
});
