import { describe, expect, it } from 'vitest';
import { libraryModules } from '@modulo/form-library';
import type { LocalizedText, Module } from '@modulo/form-model';
import { localize } from '@modulo/form-model';
import { createApp } from '../app';
import { memoryStore } from '../testing/memoryStore';

const now = () => new Date('2026-11-24T23:30:00Z');
const app = createApp({ store: memoryStore(), now });
const modules = libraryModules();
const thirtyDays = modules.find((m) => m.procedure.termDays === 30 && m.procedure.attachments.length > 0)!;
/** Prettier may wrap sentences inside the templates: compare with whitespace collapsed. */
const page = async (path: string, a = app) =>
  (await (await a.request(path, { headers: { accept: 'text/html' } })).text()).replace(/\s+/g, ' ');
const italianOnly = ({ it }: LocalizedText): LocalizedText => ({ it });

/** The same module, with no English title, description or first attachment label. */
const partlyTranslated: Module = {
  ...thirtyDays,
  title: italianOnly(thirtyDays.title),
  description: italianOnly(thirtyDays.description ?? thirtyDays.procedure.description),
  procedure: {
    ...thirtyDays.procedure,
    attachments: thirtyDays.procedure.attachments.map((a, i) =>
      i === 0 ? { ...a, label: italianOnly(a.label) } : a,
    ),
  },
};
const fallbackApp = createApp({
  store: memoryStore(),
  now,
  modules: {
    list: () => [partlyTranslated],
    get: (id) => (id === partlyTranslated.id ? partlyTranslated : undefined),
  },
});

describe('catalogue pages in English (?lang=en)', () => {
  it('lists the English titles, links that keep the language and a switch back to Italian', async () => {
    const html = await page('/?lang=en');
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('<h1>Form catalogue</h1>');
    expect(html).toContain(`${modules.length} standard forms ready to publish.`);
    for (const m of modules) {
      expect(m.title.en, m.id).toBeDefined();
      expect(html).toContain(`<a href="/modules/${m.id}?lang=en">${localize(m.title, 'en')}</a>`);
    }
    expect(html).toContain('<a href="/" lang="it" hreflang="it">Italiano</a>');
  });

  it('shows a module page in English, with the due date in English and the legal references as written', async () => {
    const html = await page(`/modules/${thirtyDays.id}?lang=en`);
    expect(html).toContain('<html lang="en">');
    expect(html).toContain(`<h1>${localize(thirtyDays.title, 'en')}</h1>`);
    expect(html).toContain('<a href="/?lang=en"><span aria-hidden="true">←</span> Form catalogue</a>');
    expect(html).toContain(`<a href="/modules/${thirtyDays.id}" lang="it" hreflang="it">Italiano</a>`);
    expect(html).toContain(
      '30 days from submission. If you submit the application today, 25 November 2026, the answer is due by ' +
        '<strong data-due="2026-12-28">28 December 2026</strong> (unless suspended as provided by law).',
    );
    expect(html).toContain(`<dd lang="it">${thirtyDays.procedure.legalBasis.join('; ')}</dd>`);
    for (const a of thirtyDays.procedure.attachments) {
      expect(html).toContain(`${localize(a.label, 'en')} (${a.required ? 'required' : 'optional'})`);
    }
    expect(html).not.toContain('giorni dalla presentazione');
  });

  it('falls back to the Italian text, marked lang="it", where the module has no English', async () => {
    const list = await page('/?lang=en', fallbackApp);
    expect(list).toContain(`<span lang="it">${partlyTranslated.title.it}</span>`);
    const html = await page(`/modules/${partlyTranslated.id}?lang=en`, fallbackApp);
    expect(html).toContain('<html lang="en">');
    expect(html).toContain(`<h1><span lang="it">${partlyTranslated.title.it}</span></h1>`);
    expect(html).toContain(`<title>${partlyTranslated.title.it} · Modulo</title>`);
    const [first, ...rest] = partlyTranslated.procedure.attachments;
    expect(html).toContain(`<span lang="it">${first!.label.it}</span>`);
    for (const a of rest) expect(html).toContain(localize(a.label, 'en'));
    expect(html).toContain('<h2>Documents to attach</h2>');
  });

  it('answers any other ?lang with the Italian page and its switch to English', async () => {
    for (const path of ['/', `/modules/${thirtyDays.id}`]) {
      const italian = await page(path);
      expect(italian).toContain('<html lang="it">');
      expect(italian).toContain(`<a href="${path}?lang=en" lang="en" hreflang="en">English</a>`);
      for (const lang of ['xx', 'it', 'EN', '']) expect(await page(`${path}?lang=${lang}`)).toBe(italian);
    }
    expect(await page(`/modules/${thirtyDays.id}?lang=xx`)).toContain(
      'Se presenti la domanda oggi, 25 novembre 2026, la risposta è dovuta entro il <strong data-due="2026-12-28">28 dicembre 2026</strong>',
    );
  });

  it('serves the HTML 404 in English, and its switch never leads off site', async () => {
    for (const [path, message] of [
      ['/modules/non-esiste?lang=en', 'Module not found.'],
      ['/pagina/inesistente?lang=en', 'The requested address does not match any page.'],
    ] as const) {
      const res = await app.request(path, { headers: { accept: 'text/html' } });
      expect(res.status).toBe(404);
      const html = (await res.text()).replace(/\s+/g, ' ');
      expect(html).toContain('<html lang="en">');
      expect(html).toContain('<h1>Page not found</h1>');
      expect(html).toContain(`<p>${message}</p>`);
      expect(html).toContain('<a href="/?lang=en">form catalogue</a>');
    }
    expect(await page('//evil.example?lang=en')).toContain(
      '<a href="/evil.example" lang="it" hreflang="it">',
    );
  });
});
