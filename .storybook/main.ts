import type { StorybookConfig } from '@storybook/react-vite';

const config: StorybookConfig = {
  // The written pages (stories/docs) first, then every component's stories.
  stories: ['../stories/docs/**/*.mdx', '../stories/**/*.stories.@(ts|tsx)'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  framework: { name: '@storybook/react-vite', options: {} },
  // TypeScript 7 has no JS API, which react-docgen-typescript needs.
  typescript: { reactDocgen: 'react-docgen' },
  core: { disableTelemetry: true },
  // The preview iframe has no icon of its own: opened alone it would ask for /favicon.ico and 404.
  previewHead: (head) => `${head}<link rel="icon" href="data:," />`,
  async viteFinal(viteConfig) {
    // Stories render the kit from source; the library build settings do not apply to Storybook.
    if (viteConfig.build) delete viteConfig.build.lib;
    return viteConfig;
  },
};
export default config;
