import { describe, expect, it } from 'vitest';
import { makeModule, text } from '../testing/makeModule';
import type { Field, Module } from '../types';
import { lintModule } from './lintModule';
import { lintTexts } from './lintTexts';

const HARD =
  "Il sottoscritto, consapevole delle sanzioni penali previste dall'articolo settantasei del decreto del Presidente della Repubblica, dichiara sotto la propria responsabilità quanto segue.";
const lint = (fields: Field[], extra: Partial<Module> = {}) =>
  lintTexts({ ...makeModule([{ id: 'uno', title: { it: 'Uno' }, fields }]), ...extra });

describe('lintTexts', () => {
  it('reports labels that are empty after trimming', () => {
    expect(lint([text('a', { label: { it: '  ' } })])).toEqual([
      {
        severity: 'error',
        code: 'missing_label',
        params: { id: 'a', property: 'label' },
        path: '/steps/0/fields/0/label',
        subject: 'a',
        property: 'label',
        message: 'Manca il testo (etichetta).',
      },
    ]);
  });

  it('flags hard texts with their Gulpease score', () => {
    const findings = lint([text('a', { help: { it: HARD } })], { description: { it: HARD } });
    expect(findings.map((f) => [f.code, f.subject, f.property, f.path])).toEqual([
      ['hard_to_read', 'module', 'description', '/description'],
      ['hard_to_read', 'a', 'help', '/steps/0/fields/0/help'],
    ]);
    expect(findings[0]?.message).toBe(
      'Testo difficile da leggere (descrizione): indice Gulpease 32, sotto 60. Usa frasi e parole più brevi.',
    );
  });

  it('leaves easy texts alone', () => {
    expect(
      lint([text('a', { label: { it: 'Nome' }, help: { it: 'Scrivi il nome come sul documento.' } })]),
    ).toEqual([]);
  });

  it("reads info-text markdown without its markup and links (the kind's own rule)", () => {
    const markdown = {
      it: `## Chi può chiedere\n\n- residenti nel Comune\n- [studenti](https://www.comune.example.it/una-pagina-molto-lunga-della-documentazione)`,
    };
    const info = (md: { it: string }): Field => ({
      id: 'info',
      kind: 'info-text',
      label: { it: 'Info' },
      props: { markdown: md },
    });
    const lintAll = (f: Field) => lintModule(makeModule([{ id: 'uno', title: { it: 'Uno' }, fields: [f] }]));
    expect(lintAll(info(markdown))).toEqual([]);
    expect(lintAll(info({ it: HARD })).map((f) => [f.code, f.path, f.message])).toEqual([
      [
        'hard_to_read',
        '/steps/0/fields/0/props/markdown',
        'Testo difficile da leggere (testo informativo): indice Gulpease 32, sotto 60. Usa frasi e parole più brevi.',
      ],
    ]);
    // Not a check of lintTexts any more: the kind owns it.
    expect(lint([info({ it: HARD })])).toEqual([]);
  });

  it('suggests help where the citizen needs to know a format, unless prefilled', () => {
    const fields: Field[] = [
      { id: 'conto', kind: 'iban', label: { it: 'IBAN' } },
      text('protocollo', { props: { pattern: '^[0-9]{7}$' } }),
      { id: 'piva', kind: 'partita-iva', label: { it: 'Partita IVA' }, prefill: 'vatNumber' },
      text('nome'),
    ];
    const module = makeModule([{ id: 'uno', title: { it: 'Uno' }, fields }]);
    const found = lintModule(module).filter((f) => f.code === 'missing_help');
    // The kinds' own rules (short-text with a pattern, IBAN), not lintTexts.
    expect(lint(fields)).toEqual([]);
    expect(found.map((f) => `${f.severity}:${f.code}@${f.subject} ${f.path}`)).toEqual([
      'info:missing_help@conto /steps/0/fields/0/help',
      'info:missing_help@protocollo /steps/0/fields/1/help',
    ]);
  });
});
