import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { buildMetaSchema } from './metaSchema';
import { exitModule } from './testing/exitCases';
import { feeModule } from './testing/feeCases';
import { makeModule, text } from './testing/makeModule';
import { routingModule } from './testing/routingCases';

const published = JSON.parse(
  readFileSync(new URL('./module.schema.json', import.meta.url), 'utf8'),
) as unknown;

describe('the published meta-schema', () => {
  it('is up to date with the field kinds (regenerate: pnpm --filter @modulo/form-model meta-schema)', () => {
    expect(published).toEqual(buildMetaSchema());
  });

  it('checks a built-in kind’s props with any 2020-12 validator, and leaves other kinds to parseModule', () => {
    const validate = new Ajv2020({ strict: false, validateFormats: false }).compile(buildMetaSchema());
    const withField = (field: object) =>
      makeModule([{ id: 'dati', title: { it: 'Dati' }, fields: [{ ...text('a'), ...field }] }]);
    expect(validate(withField({ props: { maxLength: 10 } }))).toBe(true);
    expect(validate(withField({ props: { maxlenght: 10 } }))).toBe(false);
    expect(validate.errors).toContainEqual(
      expect.objectContaining({ instancePath: '/steps/0/fields/0/props', keyword: 'additionalProperties' }),
    );
    expect(validate(withField({ kind: 'info-text' }))).toBe(false);
    expect(validate(withField({ kind: 'stelle-del-comune', props: { stelle: 5 } }))).toBe(true);
  });
});

describe('format 3 in the meta-schema', () => {
  const validate = new Ajv2020({ strict: false, validateFormats: false }).compile(buildMetaSchema());
  const errorsOf = (doc: unknown) => (validate(doc) ? [] : (validate.errors ?? []));

  it('accepts routing, exits, fee lines, requiredWhen and date rules', () => {
    for (const m of [routingModule, feeModule, exitModule]) expect(errorsOf(m)).toEqual([]);
    const m = makeModule([
      {
        id: 'dati',
        title: { it: 'Dati' },
        fields: [
          text('a', { requiredWhen: { field: 'b', op: 'answered' } }),
          {
            id: 'dal',
            kind: 'date',
            label: { it: 'Dal' },
            dateRules: [{ op: 'notBefore', ref: { filingDay: true } }],
          },
          {
            id: 'al',
            kind: 'date',
            label: { it: 'Al' },
            dateRules: [
              { op: 'notBefore', ref: { field: 'dal', offsetDays: 1 }, message: { it: 'Dopo l’inizio.' } },
            ],
          },
        ],
      },
    ]);
    expect(errorsOf(m)).toEqual([]);
  });

  it('requires ids on offices and officials, and localized names, hours and roles', () => {
    const p = makeModule().procedure;
    const bad = (procedure: object) => errorsOf({ ...makeModule(), procedure: { ...p, ...procedure } });
    const { id: _, ...noId } = p.office;
    expect(bad({ office: noId })).not.toEqual([]);
    expect(bad({ office: { ...p.office, id: 'Ufficio Prova' } })).not.toEqual([]);
    expect(bad({ office: { ...p.office, name: 'Ufficio prova' } })).not.toEqual([]);
    expect(bad({ office: { ...p.office, hours: '9-12' } })).not.toEqual([]);
    expect(bad({ responsible: { ...p.responsible, role: 'Responsabile' } })).not.toEqual([]);
    expect(bad({ office: { ...p.office, ipa: { ente: 'c_h199' } } })).not.toEqual([]);
    expect(bad({ office: { ...p.office, ipa: { ente: 'c_h199', aoo: 'AOO_RAV', uo: 'UF1234' } } })).toEqual(
      [],
    );
  });

  it('refuses a fee with both a fixed amount and lines, bounds without lines, unknown keys in rules', () => {
    const p = feeModule.procedure;
    const withFee = (fee: object) =>
      errorsOf({
        ...feeModule,
        procedure: { ...p, fees: [{ id: 'f', label: { it: 'F' }, method: 'pagopa', ...fee }] },
      });
    const line = { id: 'l', label: { it: 'L' }, cents: 100 };
    expect(withFee({ amountCents: 100, lines: [line] })).not.toEqual([]);
    expect(withFee({ amountCents: 100, minCents: 50 })).not.toEqual([]);
    expect(withFee({ lines: [{ ...line, cents: 1.5 }] })).not.toEqual([]);
    expect(withFee({ lines: [{ ...line, factors: [{ field: 'a', countOf: 'b' }] }] })).not.toEqual([]);
    expect(withFee({ lines: [line], minCents: 50, maxCents: 500 })).toEqual([]);
    const rule = p.routing?.[0];
    const routing = [{ ...routingModule.procedure.routing?.[0], officeId: 'x' }, rule].filter(Boolean);
    expect(errorsOf({ ...routingModule, procedure: { ...routingModule.procedure, routing } })).not.toEqual(
      [],
    );
    const exit = { ...exitModule.exits?.[0], link: { url: 'javascript:alert(1)', label: { it: 'x' } } };
    expect(errorsOf({ ...exitModule, exits: [exit] })).not.toEqual([]);
  });
});
