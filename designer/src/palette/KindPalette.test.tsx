import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { listFieldKinds, localize } from '@modulo/form-model';
import { KindPalette } from './KindPalette';

describe('KindPalette', () => {
  it('offers one button per registered field kind, under its category heading', () => {
    const kinds = listFieldKinds();
    const html = renderToStaticMarkup(<KindPalette kinds={kinds} onPick={() => undefined} />);
    for (const k of kinds) {
      expect(html).toContain(`<button type="button" data-kind="${k.kind}">${localize(k.label)}</button>`);
    }
    expect(html).toContain('<h3 id="palette-layout">Struttura e informazioni</h3>');
  });
});
