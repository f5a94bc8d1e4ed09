import { describe, expect, it } from 'vitest';
import { libraryModules } from '@modulo/form-library';
import { seedDemo } from '../seed/seedDemo';
import { testApp } from '../testing/testApp';
import { areaSnippet, embedSnippet } from './embedSnippet';

const t = testApp(new Date('2026-03-02T10:00:00Z'));
await seedDemo(t.store, libraryModules(), t.clock.now);
const unescape = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');

describe('the embed snippet on a published module page', () => {
  it('is the script tag and the custom element, pointing at this server', () => {
    expect(embedSnippet('https://modulo.example.it/', 'montebello', 'accesso-atti', 'en')).toBe(
      '<script type="module" src="https://modulo.example.it/embed/modulo-embed.js"></script>\n' +
        '<modulo-form ente="montebello" modulo="accesso-atti" server="https://modulo.example.it" lang="en"></modulo-form>',
    );
  });

  it('is shown ready to copy, in the page language, for the ente and module of the page', async () => {
    const [published] = (await t.store.modules.list('montebello')).filter((p) => p.status === 'published');
    const res = await t.request(`/entes/montebello/modules/${published!.moduleId}?lang=en`);
    expect(res.status).toBe(200);
    const page = await res.text();
    const box = /<textarea id="embed-snippet"[^>]*readonly[^>]*>([\s\S]*?)<\/textarea/.exec(page);
    expect(box, 'a read-only text box with the snippet').not.toBeNull();
    expect(unescape(box![1]!).trim()).toBe(
      embedSnippet('https://modulo.example.it', 'montebello', published!.moduleId, 'en'),
    );
    expect(page).toContain('<label for="embed-snippet">Code to copy</label>');
    // And the personal area's, for the same site: the ente vouches for the login's return.
    const area = /<textarea\s+id="area-snippet"[^>]*readonly[^>]*>([\s\S]*?)<\/textarea/.exec(page);
    expect(area, 'a read-only text box with the area snippet').not.toBeNull();
    expect(unescape(area![1]!).trim()).toBe(areaSnippet('https://modulo.example.it', 'montebello', 'en'));
    expect(areaSnippet('https://modulo.example.it', 'montebello', 'en')).toContain(
      '<modulo-area-personale server="https://modulo.example.it" ente="montebello" lang="en"',
    );
    expect(page).toContain('<label for="area-snippet">Personal area code</label>');
  });
});
