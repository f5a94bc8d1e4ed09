import '../testing/storyStyles';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { ApiError } from '../api/ModuloApi';
import { memoryApi } from '../api/memoryApi';
import { SAMPLE_IDENTITY } from '../testing/sampleModules';
import { PersonalArea } from './PersonalArea';
import { PraticaView } from './PraticaView';
import {
  CONCLUDED_PRATICA,
  INTEGRATION_PRATICA,
  OVERDUE_PRATICA,
  PREAVVISO_PRATICA,
  SAMPLE_MESSAGES,
} from './samplePratiche';

const row = {
  code: INTEGRATION_PRATICA.code,
  title: 'Contributo economico',
  status: 'integration_requested',
  statusLabel: 'Integrazione richiesta',
  filedAt: '2026-11-02',
  answerDueBy: '2027-01-15',
};
const api = memoryApi({
  pratiche: [
    { ...row, suspended: true },
    {
      code: CONCLUDED_PRATICA.code,
      title: 'Segnalazione disservizio',
      status: 'ended_by_positive_outcome',
      statusLabel: 'Conclusa con esito positivo',
      filedAt: '2026-10-12',
    },
  ],
  details: [INTEGRATION_PRATICA, CONCLUDED_PRATICA, OVERDUE_PRATICA, PREAVVISO_PRATICA],
  messages: { [INTEGRATION_PRATICA.code]: SAMPLE_MESSAGES },
});
void api.putDraft('c_h199', 'iscrizione-mensa-scolastica', { version: '1.0.0', answers: {}, step: 'figli' });

const meta: Meta<typeof PersonalArea> = {
  title: 'Renderer/PersonalArea',
  component: PersonalArea,
  args: { api, lang: 'it', formHref: '/servizi/{modulo}' },
};
export default meta;

type Story = StoryObj<typeof PersonalArea>;

export const MyPratiche: Story = {};
/** Logged in: the name and "Esci" above the list. */
export const LoggedIn: Story = {
  args: { api: memoryApi({ identity: SAMPLE_IDENTITY, pratiche: [{ ...row, suspended: true }] }) },
};
/** No session, and the login code that returned here had expired: why, and the login again. */
export const LoginCodeExpired: Story = {
  args: {
    api: {
      ...memoryApi(),
      myPratiche: () => Promise.reject(new ApiError(401, 'unauthenticated', 'Accedi.')),
      loginRefused: async () => 'handover_expired',
    },
  },
};
export const MyPraticheEnglish: Story = { args: { lang: 'en' } };
/** An integration request is pending: the notice, and the form that answers it. */
export const IntegrationRequested: Story = {
  render: () => <PraticaView lang="it" api={api} pratica={INTEGRATION_PRATICA} />,
};
/** A preavviso di rigetto: the message form sends the observations (art. 10-bis). */
export const Preavviso: Story = {
  render: () => <PraticaView lang="it" api={api} pratica={PREAVVISO_PRATICA} />,
};
/** Concluded: the outcome, the final document and the rating. */
export const Concluded: Story = {
  render: () => <PraticaView lang="it" api={api} pratica={CONCLUDED_PRATICA} />,
};
export const ConcludedEnglish: Story = {
  render: () => <PraticaView lang="en" api={api} pratica={CONCLUDED_PRATICA} />,
};
/** Past its term: "Chiedi l'intervento del titolare del potere sostitutivo". */
export const TermPassed: Story = {
  render: () => <PraticaView lang="it" api={api} pratica={OVERDUE_PRATICA} />,
};
/** Read-only, without an API (e.g. a printed page). */
export const ReadOnly: Story = {
  render: () => <PraticaView lang="it" pratica={INTEGRATION_PRATICA} />,
};
