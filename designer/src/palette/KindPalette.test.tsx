import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { listFieldKinds, localize } from '@modulo/form-model';
import { KindPalette } from './KindPalette';
import { filterKinds, PALETTE_GROUPS } from './paletteGroups';

describe('KindPalette', () => {
  it('offers one button per registered field kind, under its group heading', () => {
    const kinds = listFieldKinds();
    const html = renderToStaticMarkup(<KindPalette kinds={kinds} onPick={() => undefined} />);
    for (const k of kinds) {
      const name = localize(k.label).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      expect(html).toMatch(new RegExp(`data-kind="${k.kind}"[^>]*>${name}</button>`));
    }
    expect(html).toContain('<h3 id="palette-identity">Identificativi italiani</h3>');
    expect(html).toContain('<h3 id="palette-layout">Struttura</h3>');
  });

  it('puts every kind in exactly one group', () => {
    for (const k of listFieldKinds()) {
      expect(PALETTE_GROUPS.filter((g) => g.categories.includes(k.category))).toHaveLength(1);
    }
  });

  it('searches names in Italian and English, ignoring accents and case', () => {
    const kinds = listFieldKinds();
    expect(filterKinds(kinds, 'FISCALE').map((k) => k.kind)).toEqual(['codice-fiscale']);
    expect(filterKinds(kinds, 'attachment').map((k) => k.kind)).toEqual(['attachment']);
    expect(filterKinds(kinds, '').length).toBe(kinds.length);
    expect(filterKinds(kinds, 'zzz')).toEqual([]);
  });
});
