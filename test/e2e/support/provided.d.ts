// What the e2e project in vite.config.ts hands its tests: `inject('e2eChromium')`, built from the
// CHROMIUM / CHROMIUM_ARGS constants there (Debian's chromium; Playwright's download is not used).
declare module 'vitest' {
  export interface ProvidedContext {
    e2eChromium: { executablePath: string; args: string[] };
  }
}

export {};
