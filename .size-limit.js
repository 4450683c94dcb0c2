// Budgets per use case: what an app pays is what it imports, so there is no whole-entry budget.
// Gzip, peers external (size-limit reads them from package.json), production build: React,
// TanStack and the kit drop development-only code under `process.env.NODE_ENV === 'production'`,
// and esbuild only infers that define when every minify option is on, so it is set here explicitly.
const production = (config) => ({
  ...config,
  define: { ...config.define, 'process.env.NODE_ENV': '"production"' },
});

const useCase = (name, importList, limit) => ({
  name,
  path: 'dist/index.js',
  import: importList,
  limit,
  gzip: true,
  modifyEsbuildConfig: production,
});

export default [
  useCase(
    'headless: provider + resend/confirm hooks + useCooldown + fetch transport',
    '{ CognitoConfirmProvider, useResendConfirmationCode, useConfirmSignUp, useCooldown, createFetchTransport }',
    '6 kB',
  ),
  useCase(
    'seed shape: provider + ResendCodeButton + CooldownTimer + MaskedDestination + fetch transport',
    '{ CognitoConfirmProvider, ResendCodeButton, CooldownTimer, MaskedDestination, createFetchTransport }',
    '8 kB',
  ),
  useCase(
    'full screen: provider + SignUpConfirmation + fetch transport',
    '{ CognitoConfirmProvider, SignUpConfirmation, createFetchTransport }',
    '11 kB',
  ),
  useCase('MaskedDestination alone', '{ MaskedDestination }', '1.5 kB'),
  useCase('CooldownTimer alone', '{ CooldownTimer }', '1.5 kB'),
  {
    name: 'stylesheet',
    path: 'dist/styles.css',
    limit: '1.3 kB',
    gzip: true,
  },
  {
    name: 'a locale (de)',
    path: 'dist/locales/de.js',
    limit: '2 kB',
    gzip: true,
  },
];
