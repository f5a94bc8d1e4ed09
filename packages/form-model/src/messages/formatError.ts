import type { FieldKindRegistry } from '../kinds/FieldKind';
import { builtInRegistry } from '../kinds/registry';
import type { LocalizedText } from '../types';
import { messages } from './catalogue';
import type { MessageLang, MessageParams } from './ModelIssue';

/** Parts of a composite answer (address, attachment) that have no field label of their own. */
const PARTS: Record<string, Record<MessageLang, string>> = {
  street: { it: 'via o piazza', en: 'street' },
  number: { it: 'numero civico', en: 'house number' },
  cap: { it: 'CAP', en: 'postal code' },
  comune: { it: 'comune', en: 'municipality' },
  provincia: { it: 'provincia', en: 'province' },
  name: { it: 'nome del file', en: 'file name' },
  mediaType: { it: 'tipo di file', en: 'file type' },
  size: { it: 'dimensione del file', en: 'file size' },
  ref: { it: 'file caricato', en: 'uploaded file' },
};

/** What `formatError` needs beyond the issue and the language. */
export interface FormatOptions {
  /** Where the kind named by `params.kind` finds its own messages; default `builtInRegistry`. */
  registry?: FieldKindRegistry;
}

/**
 * The message of an issue (`{ code, params, path }`) in `lang` (Italian or English; others fall
 * back to Italian): the field kind's own message for the code when `params.kind` names one that
 * has it, else the catalogue's. Labels in `params` are localized texts, picked in `lang` here
 * (an English label when the module has one, else the only one it has): an English message
 * never embeds an Italian label the module translated. One sentence, capitalised, with a full stop.
 */
export function formatError(
  issue: { code: string; params?: MessageParams },
  lang: string = 'it',
  options: FormatOptions = {},
): string {
  const l: MessageLang = lang === 'en' ? 'en' : 'it';
  const params = issue.params ?? {};
  const kind =
    typeof params.kind === 'string' ? (options.registry ?? builtInRegistry).get(params.kind) : undefined;
  const template = kind?.messages?.[issue.code]?.[l] ?? messages[l][issue.code] ?? messages[l].invalid!;
  return sentence(template({ ...params, name: answerName(params, l) }));
}

/** The answer's name in a message: «Label» in Italian, "Label" in English, with the part if any. */
function answerName(params: MessageParams, lang: MessageLang): string {
  const label = pick(params.label as LocalizedText | string | undefined, lang);
  const part = typeof params.part === 'string' ? PARTS[params.part]?.[lang] : undefined;
  if (label === undefined || label === '') return lang === 'it' ? 'la risposta' : 'the answer';
  const quoted = lang === 'it' ? `«${label}»` : `"${label}"`;
  return part ? `${quoted} (${part})` : quoted;
}

function pick(t: LocalizedText | string | undefined, lang: MessageLang): string | undefined {
  if (t === undefined || typeof t === 'string') return t;
  return (lang === 'en' ? t.en : undefined) ?? t.it;
}

function sentence(s: string): string {
  const t = s.trim();
  if (t === '') return t;
  const capital = t.charAt(0).toUpperCase() + t.slice(1);
  return /[.!?]$/.test(capital) ? capital : `${capital}.`;
}
