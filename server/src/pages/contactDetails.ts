import { html } from 'hono/html';
import type { Contact, LocalizedText } from '@modulo/form-model';
import { moduleText } from './lang';
import type { Lang } from './uiTexts';
import { uiTexts } from './uiTexts';

/** E-mail, PEC and phone of an office or official, as links a citizen can use. */
export function contactDetails(c: Contact & { address?: string; hours?: LocalizedText }, lang: Lang) {
  const t = uiTexts[lang].contact;
  const parts = [
    c.address ? html`${c.address}` : null,
    c.email ? html`${t.email} <a href="mailto:${c.email}">${c.email}</a>` : null,
    c.pec ? html`${t.pec} <a href="mailto:${c.pec}">${c.pec}</a>` : null,
    c.phone ? html`${t.phone} <a href="tel:${c.phone.replace(/[^+0-9]/g, '')}">${c.phone}</a>` : null,
    c.hours ? html`${t.hours}: ${moduleText(c.hours, lang)}` : null,
  ].filter((p) => p !== null);
  if (parts.length === 0) return '';
  return html`<br /><span class="meta">${parts.map((p, i) => (i === 0 ? p : html` · ${p}`))}</span>`;
}
