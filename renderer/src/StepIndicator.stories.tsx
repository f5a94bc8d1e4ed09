import type { Meta, StoryObj } from '@storybook/react-vite';
import { StepIndicator } from './StepIndicator';

const meta: Meta<typeof StepIndicator> = {
  title: 'Renderer/StepIndicator',
  component: StepIndicator,
  args: {
    steps: [
      { id: 'privacy', title: 'Informativa privacy' },
      { id: 'richiedente', title: 'Richiedente' },
      { id: 'dati', title: 'Dati della domanda' },
      { id: 'riepilogo', title: 'Riepilogo' },
    ],
    current: 1,
  },
};
export default meta;

export const SecondStep: StoryObj<typeof StepIndicator> = {};
export const LastStep: StoryObj<typeof StepIndicator> = { args: { current: 3 } };
