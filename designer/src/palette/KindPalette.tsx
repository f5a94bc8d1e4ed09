import type { FieldKind, FieldKindCategory } from '@modulo/form-model';
import { localize } from '@modulo/form-model';

const CATEGORY_TITLES: Record<FieldKindCategory, string> = {
  text: 'Testo',
  number: 'Numeri e date',
  choice: 'Scelte',
  identity: 'Dati anagrafici e fiscali',
  contact: 'Contatti',
  file: 'Allegati',
  layout: 'Struttura e informazioni',
};

export interface KindPaletteProps {
  kinds: FieldKind[];
  onPick(kind: string): void;
}

/** The palette of field kinds, grouped by category; every entry is a real button (keyboard first). */
export function KindPalette({ kinds, onPick }: KindPaletteProps) {
  const categories = [...new Set(kinds.map((k) => k.category))];
  return (
    <aside aria-label="Tipi di campo" className="modulo-palette">
      {categories.map((category) => (
        <section key={category} aria-labelledby={`palette-${category}`}>
          <h3 id={`palette-${category}`}>{CATEGORY_TITLES[category]}</h3>
          <ul>
            {kinds
              .filter((k) => k.category === category)
              .map((k) => (
                <li key={k.kind}>
                  <button type="button" data-kind={k.kind} onClick={() => onPick(k.kind)}>
                    {localize(k.label)}
                  </button>
                </li>
              ))}
          </ul>
        </section>
      ))}
    </aside>
  );
}
