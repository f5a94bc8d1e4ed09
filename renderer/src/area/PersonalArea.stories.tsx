import '../testing/storyStyles';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { memoryApi } from '../api/memoryApi';
import { PersonalArea, PraticaView } from './PersonalArea';
import { SAMPLE_TIMELINE } from './sampleTimeline';

const api = memoryApi({
  pratiche: [
    {
      code: 'PR-2026-00042',
      title: 'Contributo economico',
      status: 'integration_requested',
      statusLabel: 'Integrazione richiesta',
      filedAt: '2026-11-02',
      answerDueBy: '2027-01-15',
      suspended: true,
    },
    {
      code: 'PR-2026-00017',
      title: 'Segnalazione disservizio',
      status: 'ended_by_positive_outcome',
      statusLabel: 'Conclusa',
      filedAt: '2026-10-12',
    },
  ],
});
void api.putDraft('c_h199', 'iscrizione-mensa-scolastica', { version: '1.0.0', answers: {}, step: 'figli' });

const meta: Meta<typeof PersonalArea> = {
  title: 'Renderer/PersonalArea',
  component: PersonalArea,
  args: { api, lang: 'it', formHref: '/servizi/{modulo}' },
};
export default meta;

export const MyPratiche: StoryObj<typeof PersonalArea> = {};
export const OnePratica: StoryObj<typeof PraticaView> = {
  render: () => (
    <PraticaView
      lang="it"
      pratica={{
        code: 'PR-2026-00042',
        title: 'Contributo economico',
        protocol: { number: '0001234', date: '2026-11-02' },
        office: { name: 'Servizi sociali' },
        receiptUrl: '/api/pratiche/PR-2026-00042/receipt.pdf',
        timeline: SAMPLE_TIMELINE,
      }}
    />
  ),
};
