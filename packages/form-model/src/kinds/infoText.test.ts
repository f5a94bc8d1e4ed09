import { describe, expect, it } from 'vitest';
import { compile } from '../compile';
import { sampleSubmission } from '../sampleSubmission';
import { validateSubmission } from '../validateSubmission';
import { markdownToHtml } from './markdownToHtml';
import { errorCodes, moduleWithField } from './moduleWithField';

describe('info-text', () => {
  const m = moduleWithField('info-text', {
    props: {
      markdown: { it: 'Leggi **bene** il [bando](https://www.comune.example.it/bando).', en: 'Read it.' },
    },
  });

  it('holds no answer and carries sanitized HTML in ui:infoHtml', () => {
    const { schema, uiSchema } = compile(m);
    expect(schema.properties).toEqual({});
    expect(uiSchema.x).toEqual({
      'ui:kind': 'info-text',
      'ui:infoHtml':
        '<p>Leggi <strong>bene</strong> il <a href="https://www.comune.example.it/bando">bando</a>.</p>',
    });
    expect(compile(m, { lang: 'en' }).uiSchema.x).toMatchObject({ 'ui:infoHtml': '<p>Read it.</p>' });
    expect(sampleSubmission(m)).toEqual({});
    expect(validateSubmission(m, {})).toEqual([]);
    expect(errorCodes(m, { x: 'qualcosa' })).toEqual([['/x', 'not_allowed']]);
  });
});

describe('markdownToHtml', () => {
  it('keeps lists, h3/h4 and mailto links', () => {
    expect(
      markdownToHtml('### Documenti\n\n- carta d’identità\n- [scrivici](mailto:urp@comune.example.it)'),
    ).toBe(
      '<h3>Documenti</h3>\n<ul>\n<li>carta d’identità</li>\n<li><a href="mailto:urp@comune.example.it">scrivici</a></li>\n</ul>',
    );
  });

  it('turns h1/h2 into h3 so the page keeps its outline', () => {
    expect(markdownToHtml('# Titolo')).toBe('<h3>Titolo</h3>');
  });

  it('drops scripts, event handlers, images, styles and javascript: links', () => {
    const html = markdownToHtml(
      [
        '<script>alert(1)</script>',
        '<img src=x onerror="alert(1)">',
        '<p style="color:red" onclick="alert(1)">testo</p>',
        '[clic](javascript:alert(1))',
        '<a href="data:text/html,x">dati</a> <a href="//evil.example">rel</a>',
        '<iframe src="https://evil.example"></iframe>',
      ].join('\n\n'),
    );
    expect(html).not.toMatch(/script|alert|onerror|onclick|style|img|iframe|javascript|data:|evil/);
    expect(html).toContain('<p>testo</p>');
  });
});
