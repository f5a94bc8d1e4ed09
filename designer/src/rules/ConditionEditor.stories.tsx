import type { Meta, StoryObj } from '@storybook/react-vite';
import { ok } from '@modulo/form-model';
import { makeTestModule } from '../state/makeTestModule';
import { ConditionEditor } from './ConditionEditor';

const meta: Meta<typeof ConditionEditor> = {
  title: 'Designer/ConditionEditor',
  component: ConditionEditor,
  args: {
    title: 'Mostra il campo solo se',
    module: makeTestModule(),
    ownerId: 'email',
    onApply: () => ok(undefined),
  },
};
export default meta;

export const Empty: StoryObj<typeof ConditionEditor> = { args: { condition: undefined } };

export const TwoLines: StoryObj<typeof ConditionEditor> = {
  args: {
    condition: {
      any: [
        { field: 'pericolo', op: 'equals', value: true },
        { field: 'nome', op: 'answered' },
      ],
    },
  },
};

/** The model's refusal, as the editor shows it. */
export const Refused: StoryObj<typeof ConditionEditor> = {
  args: {
    condition: { field: 'pericolo', op: 'equals', value: true },
    onApply: () => ({
      ok: false,
      error: {
        code: 'condition_on_later_field',
        message: 'La condizione di "nome" legge "pericolo", che viene dopo.',
      },
    }),
  },
};
