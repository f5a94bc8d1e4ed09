import '../testing/storyStyles';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { ExitPage } from './ExitPage';

const meta: Meta<typeof ExitPage> = {
  title: 'Renderer/ExitPage',
  component: ExitPage,
  args: {
    lang: 'it',
    onBack: () => undefined,
    exit: {
      id: 'non-residente',
      when: { field: 'residente', op: 'equals', value: false },
      title: { it: 'Questo servizio è per i residenti' },
      message: {
        it: 'Il contributo è riservato a chi risiede nel Comune. Puoi rivolgerti al Comune in cui risiedi.',
      },
      link: { url: 'https://www.comune.example.it/servizi', label: { it: 'Vai ai servizi del Comune' } },
    },
  },
};
export default meta;

export const NotForYou: StoryObj<typeof ExitPage> = {};
