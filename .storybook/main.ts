import type { StorybookConfig } from '@storybook/react-vite';

/** One Storybook for the designer's and the renderer's components. */
const config: StorybookConfig = {
  stories: ['../designer/src/**/*.stories.@(ts|tsx)', '../renderer/src/**/*.stories.@(ts|tsx)'],
  framework: { name: '@storybook/react-vite', options: {} },
  core: { disableTelemetry: true },
};
export default config;
