import type { Meta, StoryObj } from '@storybook/react-vite';
import { listFieldKinds } from '@modulo/form-model';
import { KindPalette } from './KindPalette';

const meta: Meta<typeof KindPalette> = {
  title: 'Designer/KindPalette',
  component: KindPalette,
  args: { kinds: listFieldKinds(), onPick: () => undefined },
};
export default meta;

export const AllKinds: StoryObj<typeof KindPalette> = {};
