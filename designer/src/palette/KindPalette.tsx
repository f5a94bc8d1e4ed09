import type { PointerEventHandler } from 'react';
import { memo, useId, useState } from 'react';
import { useDraggable } from '@dnd-kit/core';
import type { FieldKind } from '@modulo/form-model';
import { pick, useLang, useT } from '../i18n/useT';
import { filterKinds, PALETTE_GROUPS } from './paletteGroups';

export interface KindPaletteProps {
  kinds: FieldKind[];
  /** Adds a field of this kind where the designer adds by button (the selected step). */
  onPick(kind: string): void;
}

/**
 * The palette of field kinds in five groups, with search. Each kind is a button (adds to the
 * selected step) and a drag source onto the canvas (`palette:<kind>`).
 */
export function KindPalette({ kinds, onPick }: KindPaletteProps) {
  const t = useT();
  const [query, setQuery] = useState('');
  const searchId = useId();
  const shown = filterKinds(kinds, query);
  return (
    <nav aria-label={t('palette.title')} className="modulo-palette">
      <h2>{t('palette.title')}</h2>
      <label htmlFor={searchId}>{t('palette.search')}</label>
      <input id={searchId} type="search" value={query} onChange={(e) => setQuery(e.target.value)} />
      <p className="modulo-hint">{t('palette.addHint')}</p>
      {shown.length === 0 && <p role="status">{t('palette.none')}</p>}
      {PALETTE_GROUPS.map((group) => {
        const inGroup = shown.filter((k) => group.categories.includes(k.category));
        if (inGroup.length === 0) return null;
        return (
          <section key={group.id} aria-labelledby={`palette-${group.id}`}>
            <h3 id={`palette-${group.id}`}>{t(group.title)}</h3>
            <ul>
              {inGroup.map((k) => (
                <PaletteItem key={k.kind} kind={k} onPick={onPick} />
              ))}
            </ul>
          </section>
        );
      })}
    </nav>
  );
}

const PaletteItem = memo(function PaletteItem({
  kind,
  onPick,
}: {
  kind: FieldKind;
  onPick(kind: string): void;
}) {
  const lang = useLang();
  const t = useT();
  // Drag by pointer only: the keyboard path is the button itself (adds to the selected step).
  const { setNodeRef, listeners, isDragging } = useDraggable({
    id: `palette:${kind.kind}`,
    data: { source: 'palette', kind: kind.kind },
  });
  const name = pick(kind.label, lang);
  return (
    <li ref={setNodeRef} className={isDragging ? 'modulo-dragging' : undefined}>
      <button
        type="button"
        data-kind={kind.kind}
        onClick={() => onPick(kind.kind)}
        onPointerDown={listeners?.onPointerDown as PointerEventHandler<HTMLButtonElement> | undefined}
        title={`${t('palette.add')}: ${name}`}
      >
        {name}
      </button>
    </li>
  );
});
