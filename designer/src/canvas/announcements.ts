import type { Announcements, ScreenReaderInstructions } from '@dnd-kit/core';
import type { Translate } from '../i18n/useT';
import type { Lang } from '../i18n/useT';
import type { DragData } from './dropTarget';

const describe = (data: DragData | undefined, lang: Lang): string => {
  if (!data) return '';
  if (data.source === 'palette') return lang === 'en' ? `new field ${data.kind}` : `nuovo campo ${data.kind}`;
  return `«${data.label}»`;
};

const place = (data: DragData | undefined, lang: Lang): string => {
  if (!data || data.source === 'palette') return '';
  if (data.source === 'list')
    return lang === 'en' ? `at the end of «${data.label}»` : `in fondo a «${data.label}»`;
  return lang === 'en' ? `at position ${data.index + 1}` : `in posizione ${data.index + 1}`;
};

/** Spoken messages of the canvas drags, in the UI language (Italian first). */
export function dndAnnouncements(lang: Lang): Announcements {
  const it = lang === 'it';
  return {
    onDragStart: ({ active }) => {
      const d = active.data.current as DragData | undefined;
      return it
        ? `Hai preso ${describe(d, lang)} ${place(d, lang)}. Usa le frecce per spostarlo, spazio per lasciarlo, esc per annullare.`
        : `Picked up ${describe(d, lang)} ${place(d, lang)}. Use the arrows to move it, space to drop it, escape to cancel.`;
    },
    onDragOver: ({ active, over }) => {
      // Over itself right after the pick-up: keep the pick-up message.
      if (over?.id === active.id) return undefined;
      const d = active.data.current as DragData | undefined;
      if (!over)
        return it
          ? `${describe(d, lang)} non è sopra un punto del modulo.`
          : `${describe(d, lang)} is not over the form.`;
      const o = over.data.current as DragData | undefined;
      return it
        ? `${describe(d, lang)} è sopra ${describe(o, lang)}, ${place(o, lang)}.`
        : `${describe(d, lang)} is over ${describe(o, lang)}, ${place(o, lang)}.`;
    },
    onDragEnd: ({ active, over }) => {
      const d = active.data.current as DragData | undefined;
      if (!over)
        return it
          ? `${describe(d, lang)} lasciato fuori dal modulo: nessuna modifica.`
          : `${describe(d, lang)} dropped outside the form: no change.`;
      const o = over.data.current as DragData | undefined;
      return it
        ? `${describe(d, lang)} lasciato ${place(o, lang)}.`
        : `${describe(d, lang)} dropped ${place(o, lang)}.`;
    },
    onDragCancel: ({ active }) => {
      const d = active.data.current as DragData | undefined;
      return it
        ? `Spostamento annullato: ${describe(d, lang)} è tornato al suo posto.`
        : `Move cancelled: ${describe(d, lang)} is back in its place.`;
    },
  };
}

/** The instructions screen readers read on a drag handle. */
export function dndInstructions(t: Translate): ScreenReaderInstructions {
  return { draggable: t('dnd.instructions') };
}
