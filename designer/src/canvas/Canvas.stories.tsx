import type { Meta, StoryObj } from '@storybook/react-vite';
import { DesignerStory } from '../stories/DesignerStory';
import { Canvas } from './Canvas';

const meta: Meta<typeof Canvas> = { title: 'Designer/Canvas', component: Canvas };
export default meta;

/** Two steps, a conditional field, the card of a selected field with its move buttons. */
export const WithSelection: StoryObj<typeof Canvas> = {
  render: () => (
    <DesignerStory selection={{ kind: 'field', id: 'pericolo' }}>
      <Canvas />
    </DesignerStory>
  ),
};
