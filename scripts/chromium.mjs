// How every browser run here launches Chromium: Debian's package (installed by .ci/run with apt;
// Playwright's own browser download is not possible on these machines), headless, without the
// background services whose connections this machine's closed network refuses.
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
export const chromiumLaunchOptions = () => ({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
