import type { ModuloApi, PraticaDocument } from '../api/ModuloApi';
import { areaMessages } from './areaMessages';

/** The receipt and the documents of a pratica the citizen may download (the final decision first). */
export function PraticaDocuments({
  api,
  lang,
  receiptUrl,
  documents,
}: {
  api?: ModuloApi;
  lang: string;
  receiptUrl?: string;
  documents: PraticaDocument[];
}) {
  const t = areaMessages(lang);
  const href = (path: string) => (api ? api.url(path) : path);
  const order = { decision: 0, message: 1, filing: 2 } as const;
  const sorted = [...documents].sort((a, b) => order[a.kind] - order[b.kind]);
  if (!receiptUrl && sorted.length === 0) return null;
  return (
    <section aria-labelledby="modulo-documents-title" data-element="pratica-documents">
      <h2 id="modulo-documents-title">{t.documents}</h2>
      <ul>
        {receiptUrl ? (
          <li>
            <a href={href(receiptUrl)} data-element="receipt-link">
              {t.receipt}
            </a>
          </li>
        ) : null}
        {sorted.map((d) => (
          <li key={`${d.kind}-${d.uploadId}`} data-document={d.kind}>
            <a href={href(d.url)} download={d.name}>
              {t.download(d.name, t.docKinds[d.kind])}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
