import { describe, expect, it } from 'vitest';
import { libraryModules } from '@modulo/form-library';
import { seedDemo } from '../seed/seedDemo';
import { testApp } from '../testing/testApp';

const t = testApp();
await seedDemo(t.store, libraryModules(), new Date('2026-12-02T10:00:00Z'));
const page = async (path: string) => {
  const res = await t.request(path, { headers: { accept: 'text/html' } });
  return { status: res.status, text: await res.text() };
};

describe('the demo Comune website', () => {
  it('lists the member Comuni, each with its published services', async () => {
    const index = await page('/demo');
    expect(index.status).toBe(200);
    const links = [...index.text.matchAll(/href="\/demo\/([a-z-]+)"/g)].map((m) => m[1]);
    expect(links.length).toBeGreaterThanOrEqual(2);
    const comune = await page(`/demo/${links[0]}`);
    expect(comune.status).toBe(200);
    expect(comune.text).toContain(`/demo/${links[0]}/servizi/`);
    expect(comune.text).toContain('Area personale');
  });

  it('embeds a published module with the one-line snippet, and refuses an unknown one', async () => {
    const ente = [...(await page('/demo')).text.matchAll(/href="\/demo\/([a-z-]+)"/g)][0]![1]!;
    const first = /href="\/demo\/[a-z-]+\/servizi\/([a-z-]+)"/.exec((await page(`/demo/${ente}`)).text)![1]!;
    const form = await page(`/demo/${ente}/servizi/${first}`);
    expect(form.status).toBe(200);
    expect(form.text).toContain('<script type="module" src="/embed/modulo-embed.js"></script>');
    expect(form.text).toMatch(
      new RegExp(`<modulo-form\\s+ente="${ente}"\\s+modulo="${first}"\\s+server="http`),
    );
    expect((await page(`/demo/${ente}/servizi/non-esiste`)).status).toBe(404);
    expect((await page('/demo/nessun-comune')).status).toBe(404);
  });
});
