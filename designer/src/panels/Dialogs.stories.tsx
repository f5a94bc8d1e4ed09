import type { Meta, StoryObj } from '@storybook/react-vite';
import { createMemoryApi } from '../api/createMemoryApi';
import { makeTestModule } from '../state/makeTestModule';
import { ImportDialog } from './ImportDialog';
import { JsonDialog } from './JsonDialog';
import { PublishDialog } from './PublishDialog';

const meta: Meta = { title: 'Designer/Dialogs' };
export default meta;

export const Import: StoryObj = {
  render: () => <ImportDialog open onClose={() => undefined} onImport={() => undefined} />,
};

export const Publish: StoryObj = {
  render: () => {
    const module = makeTestModule();
    return (
      <PublishDialog
        open
        module={module}
        findings={[]}
        api={createMemoryApi({ modules: [module] })}
        save={async () => true}
        setVersion={() => ({ ok: true })}
        onClose={() => undefined}
        onPublished={() => undefined}
      />
    );
  },
};

export const PublishBlocked: StoryObj = {
  render: () => {
    const module = makeTestModule();
    return (
      <PublishDialog
        open
        module={module}
        findings={[
          {
            severity: 'error',
            code: 'missing_label',
            params: { id: 'nome', property: 'label' },
            path: '/steps/0/fields/0/label',
            subject: 'nome',
            property: 'label',
            message: 'Manca il testo (etichetta).',
          },
        ]}
        api={createMemoryApi({ modules: [module] })}
        save={async () => true}
        setVersion={() => ({ ok: true })}
        onClose={() => undefined}
        onPublished={() => undefined}
      />
    );
  },
};

export const Json: StoryObj = {
  render: () => <JsonDialog open module={makeTestModule()} onClose={() => undefined} />,
};
