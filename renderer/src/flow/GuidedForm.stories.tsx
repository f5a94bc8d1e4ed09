import '../testing/storyStyles';
import { compile, sampleSubmission, validateSubmission } from '@modulo/form-model';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { memoryApi } from '../api/memoryApi';
import { SAMPLE_IDENTITY, sampleModule } from '../testing/sampleModules';
import { GuidedForm } from './GuidedForm';

const module = sampleModule('contributo');
const compiled = compile(module);
const api = memoryApi({ modules: [module], identity: SAMPLE_IDENTITY, uploadMs: 800 });
const answers = sampleSubmission(module);

const meta: Meta<typeof GuidedForm> = {
  title: 'Renderer/GuidedForm',
  component: GuidedForm,
  args: {
    module,
    compiled,
    validator: (a) => validateSubmission(module, a),
    ente: 'c_h199',
    api,
    identity: SAMPLE_IDENTITY,
  },
};
export default meta;
type Story = StoryObj<typeof GuidedForm>;

export const PrivacyNotice: Story = {};
export const ApplicantStepPrefilled: Story = { args: { initial: { phase: 'step', step: 0 } } };
export const RepeatableStep: Story = { args: { initial: { phase: 'step', step: 1, answers } } };
export const StepWithConditions: Story = { args: { initial: { phase: 'step', step: 2, answers } } };
export const SummaryScreen: Story = { args: { initial: { phase: 'summary', answers } } };
export const ResumeDraft: Story = {
  args: {
    draft: {
      version: '0.9.0',
      answers,
      step: 'situazione',
      dropped: [
        {
          path: '/altreSpese',
          code: 'field_removed',
          message: '«Altre spese»: la domanda non c’è più nel modulo.',
        },
      ],
    },
  },
};
export const ConfirmationScreen: Story = {
  args: {
    initial: {
      phase: 'done',
      answers,
      filed: {
        code: 'PR-2026-00042',
        protocol: { number: '0001234', year: 2026, date: '2026-12-02' },
        office: module.procedure.office,
        responsible: module.procedure.responsible,
        deadline: '2027-01-04',
        fees: { totalCents: 1600 },
        receiptUrl: '/api/pratiche/PR-2026-00042/receipt.pdf',
      },
    },
  },
};
export const English: Story = { args: { lang: 'en', initial: { phase: 'step', step: 0 } } };
