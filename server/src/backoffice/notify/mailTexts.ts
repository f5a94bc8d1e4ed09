import { formatDateIt } from '@modulo/procedure';

/** What a citizen is told on each change of their pratica (the audit action after "pratica."). */
export const CITIZEN_TEXTS: Record<string, (d: Record<string, unknown>) => { title: string; body: string }> =
  {
    filed: (d) => ({
      title: 'Abbiamo ricevuto la tua pratica',
      body:
        `Protocollo ${String(d['protocol'] ?? '')}. ` +
        (typeof d['deadline'] === 'string'
          ? `Il procedimento deve concludersi entro il ${formatDateIt(d['deadline'])}. `
          : '') +
        'In allegato la ricevuta (art. 18-bis L. 241/1990); puoi seguire la pratica dalla tua area personale.',
    }),
    'taken-in-charge': () => ({
      title: 'La tua pratica è stata presa in carico',
      body: 'Il responsabile del procedimento ha preso in carico la tua pratica.',
    }),
    'integration-requested': (d) => ({
      title: 'Ti chiediamo di integrare la tua pratica',
      body:
        `${String(d['reason'] ?? '')}\n` +
        (typeof d['dueBy'] === 'string'
          ? `Rispondi entro il ${formatDateIt(d['dueBy'])} dalla tua area personale. `
          : '') +
        'Il termine del procedimento è sospeso fino alla tua risposta (art. 2 c. 7 L. 241/1990).',
    }),
    integrated: () => ({
      title: 'Abbiamo ricevuto la tua integrazione',
      body: 'Il termine del procedimento riprende a decorrere.',
    }),
    preavviso: (d) => ({
      title: 'Preavviso di rigetto',
      body:
        `Motivi: ${String(d['reason'] ?? '')}\n` +
        'Entro 10 giorni puoi presentare osservazioni scritte, eventualmente con documenti (art. 10-bis L. 241/1990).',
    }),
    concluded: (d) => ({
      title:
        d['outcome'] === 'negative'
          ? 'La tua pratica è conclusa con esito negativo'
          : 'La tua pratica è conclusa con esito positivo',
      body: `Motivazione: ${String(d['reason'] ?? '')}\nIn allegato il provvedimento finale.`,
    }),
    'silenzio-assenso': (d) => ({
      title: 'La tua pratica è accolta per silenzio-assenso',
      body: `Nessun provvedimento è arrivato entro il termine: l'istanza è accolta dal ${formatDateIt(String(d['acceptedOn']))} (art. 20 L. 241/1990).`,
    }),
    escalated: (d) => ({
      title: 'Il termine della tua pratica è scaduto',
      body:
        'Puoi chiedere l’intervento del titolare del potere sostitutivo dalla tua area personale (art. 2 c. 9-ter L. 241/1990).' +
        (d['substitute'] ? ` Titolare: ${String(d['substitute'])}.` : ''),
    }),
    'substitute-requested': () => ({
      title: 'Hai chiesto l’intervento del titolare del potere sostitutivo',
      body: 'Deve concludere entro la metà del termine originario da oggi (art. 2 c. 9-ter L. 241/1990).',
    }),
    observations: () => ({
      title: 'Abbiamo ricevuto le tue osservazioni',
      body: 'Le osservazioni sono agli atti; il termine del procedimento riprende a decorrere (art. 10-bis L. 241/1990).',
    }),
    withdrawn: () => ({
      title: 'La tua pratica è stata ritirata',
      body: 'Abbiamo registrato il ritiro della pratica: il procedimento è chiuso.',
    }),
    'suspension-ended': (d) => ({
      title: 'Il termine della tua pratica riprende a decorrere',
      body:
        'Il periodo concesso per l’integrazione è terminato.' +
        (typeof d['dueDate'] === 'string'
          ? ` Il procedimento deve concludersi entro il ${formatDateIt(d['dueDate'])}.`
          : ''),
    }),
    reassigned: () => ({
      title: 'La tua pratica ha un nuovo responsabile',
      body: 'La pratica è stata riassegnata; trovi il nuovo responsabile nella tua area personale.',
    }),
  };

const escape = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Plain text and the same as simple HTML, with the pratica's code and a link. */
export function renderMail(title: string, lines: string[], link: string): { text: string; html: string } {
  const text = [
    title,
    '',
    ...lines,
    '',
    `Dettagli: ${link}`,
    '',
    'Messaggio automatico: non rispondere.',
  ].join('\n');
  const html =
    `<!doctype html><html lang="it"><body><h1>${escape(title)}</h1>` +
    lines.map((l) => `<p>${escape(l).replace(/\n/g, '<br>')}</p>`).join('') +
    `<p><a href="${escape(link)}">Dettagli della pratica</a></p><p><small>Messaggio automatico: non rispondere.</small></p></body></html>`;
  return { text, html };
}
