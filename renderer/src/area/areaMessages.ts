import { statusWords } from '@modulo/procedure';

const it = {
  loading: 'Caricamento delle pratiche…',
  loadFailed: 'Non è stato possibile caricare le tue pratiche. Riprova più tardi.',
  openFailed: 'Non è stato possibile aprire la pratica. Riprova.',
  /** The state's words: @modulo/procedure's (the timeline's and the back office's), list and pratica alike. */
  statusLabel: statusWords('it'),
  suspendedUntil: (day: string) => `Termine sospeso fino al ${day} al massimo`,
  responsibleNow: 'Chi risponde ora',
  office: 'Ufficio',
  documents: 'Documenti',
  receipt: 'Ricevuta di presentazione (PDF)',
  docKinds: {
    decision: 'Provvedimento finale',
    message: 'Allegato a un messaggio',
    filing: 'Allegato all’istanza',
  },
  download: (name: string, kind: string) => `Scarica ${name} (${kind})`,
  integrationTitle: 'Ti è stata chiesta un’integrazione',
  integrationDue: (day: string) =>
    `Rispondi entro il ${day}: il termine della pratica resta sospeso fino alla tua risposta.`,
  answerIntegration: 'Rispondi alla richiesta di integrazione',
  messagesTitle: 'Messaggi con l’ufficio',
  noMessages: 'Nessun messaggio.',
  fromOffice: 'Ufficio',
  fromYou: 'Tu',
  messageLabel: 'Il tuo messaggio all’ufficio',
  answerLabel: 'La tua risposta alla richiesta di integrazione',
  observationsLabel: 'Le tue osservazioni al preavviso di rigetto',
  sendObservations: 'Invia le osservazioni',
  observationsSent: 'Osservazioni inviate: l’ufficio le valuterà prima di decidere.',
  messageHelp: 'Scrivi in modo semplice che cosa invii o chiedi.',
  messageRequired: 'Scrivi il testo del messaggio.',
  attachLabel: 'Allegati (facoltativi)',
  attachHelp: 'Documenti PDF o immagini PNG o JPEG.',
  send: 'Invia il messaggio',
  sendAnswer: 'Invia l’integrazione',
  sending: 'Invio in corso…',
  uploading: (name: string) => `Caricamento di ${name}…`,
  sent: 'Messaggio inviato.',
  integrated: 'Integrazione inviata: il termine della pratica riprende a decorrere.',
  sendFailed: (why: string) => `Il messaggio non è stato inviato: ${why}`,
  substituteTitle: 'Il termine è scaduto',
  substituteHelp:
    'La pratica non è stata conclusa entro il termine. Puoi chiedere al titolare del potere sostitutivo di concluderla entro la metà del termine originario (art. 2 c. 9-ter L. 241/1990).',
  substituteAsk: 'Chiedi l’intervento del titolare del potere sostitutivo',
  substituteDone: (who: string | null, day: string | null) =>
    `Richiesta inviata${who ? ` a ${who}` : ''}${day ? `: deve concludere entro il ${day}` : ''}.`,
  substituteFailed: (why: string) => `Richiesta non inviata: ${why}`,
  ratingTitle: 'Valuta il servizio',
  ratedAlready: (score: number) => `Hai già valutato questo servizio: ${score} su 5. Grazie!`,
  back: 'Torna alle pratiche',
};

export type AreaMessages = typeof it;

const en: AreaMessages = {
  loading: 'Loading your applications…',
  loadFailed: 'Your applications could not be loaded. Please try again later.',
  openFailed: 'The application could not be opened. Please try again.',
  statusLabel: statusWords('en'),
  suspendedUntil: (day) => `Term suspended until ${day} at the latest`,
  responsibleNow: 'Who answers now',
  office: 'Office',
  documents: 'Documents',
  receipt: 'Filing receipt (PDF)',
  docKinds: { decision: 'Final decision', message: 'Message attachment', filing: 'Application attachment' },
  download: (name, kind) => `Download ${name} (${kind})`,
  integrationTitle: 'You have been asked for additional documents',
  integrationDue: (day) => `Answer by ${day}: the term stays suspended until you answer.`,
  answerIntegration: 'Answer the request for additional documents',
  messagesTitle: 'Messages with the office',
  noMessages: 'No messages.',
  fromOffice: 'Office',
  fromYou: 'You',
  messageLabel: 'Your message to the office',
  answerLabel: 'Your answer to the request for additional documents',
  observationsLabel: 'Your observations on the notice of refusal',
  sendObservations: 'Send the observations',
  observationsSent: 'Observations sent: the office will weigh them before deciding.',
  messageHelp: 'Say plainly what you are sending or asking.',
  messageRequired: 'Write the text of the message.',
  attachLabel: 'Attachments (optional)',
  attachHelp: 'PDF documents or PNG or JPEG images.',
  send: 'Send the message',
  sendAnswer: 'Send the documents',
  sending: 'Sending…',
  uploading: (name) => `Uploading ${name}…`,
  sent: 'Message sent.',
  integrated: 'Documents sent: the term of the application runs again.',
  sendFailed: (why) => `The message was not sent: ${why}`,
  substituteTitle: 'The term has passed',
  substituteHelp:
    'The application was not concluded within its term. You can ask the substitute official to conclude it within half the original term (art. 2 c. 9-ter L. 241/1990).',
  substituteAsk: 'Ask the substitute official to act',
  substituteDone: (who, day) =>
    `Request sent${who ? ` to ${who}` : ''}${day ? `: they must conclude by ${day}` : ''}.`,
  substituteFailed: (why) => `The request was not sent: ${why}`,
  ratingTitle: 'Rate the service',
  ratedAlready: (score) => `You have already rated this service: ${score} out of 5. Thank you!`,
  back: 'Back to my applications',
};

/** The personal area's words in a page language (`en`, else Italian). */
export function areaMessages(lang: string | undefined): AreaMessages {
  return lang === 'en' ? en : it;
}
