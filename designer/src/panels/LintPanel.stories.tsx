import type { Meta, StoryObj } from '@storybook/react-vite';
import { blankModule } from '../state/blankModule';
import { makeTestModule } from '../state/makeTestModule';
import { LintPanel } from './LintPanel';

const meta: Meta<typeof LintPanel> = {
  title: 'Designer/LintPanel',
  component: LintPanel,
  args: { onSelect: () => undefined },
};
export default meta;

export const Findings: StoryObj<typeof LintPanel> = { args: { module: makeTestModule() } };
export const EmptyStep: StoryObj<typeof LintPanel> = { args: { module: blankModule() } };
