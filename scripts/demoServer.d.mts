// Types for demoServer.mjs.
import type { ViteDevServer } from 'vite';
import type { Emulator, EmulatorOptions, LogLevel, SentMessage } from '../test/support/emulator.js';

export interface DemoServerOptions {
  /** Default 0: a free port. `npm start` uses PORT or 5173. */
  port?: number;
  /** Default '127.0.0.1'. */
  host?: string;
  /** VITE_* values for the page, e.g. VITE_COGNITO_ENDPOINT. Default: none (the environment's apply). */
  env?: Record<string, string | undefined>;
  /** Vite's log level. Default 'warn'. */
  logLevel?: 'info' | 'warn' | 'error' | 'silent';
  /** Default false: a taken port moves to the next free one. */
  strictPort?: boolean;
}

export interface DemoServer {
  /** The page, e.g. 'http://127.0.0.1:5173/'. */
  url: string;
  port: number;
  server: ViteDevServer;
  /** Idempotent. */
  stop(): Promise<void>;
}

export interface DemoOptions extends Omit<DemoServerOptions, 'env'> {
  /** Default 0: a free port. `npm start` uses EMULATOR_PORT or 9329. */
  emulatorPort?: number;
  /** ResendConfirmationCode calls per user before LimitExceededException. Default: no limit. */
  resendLimit?: number;
  onMessage?: (message: SentMessage) => void;
  /** The app's CustomMessage Lambda handler, run by the emulator for every code (e.g. the kit's createCustomMessageHandler). */
  customMessage?: EmulatorOptions['customMessage'];
  /**
   * Without `customMessage`: codes go out as links to the demo's `?tab=link` page (the kit's
   * createCustomMessageHandler), so the codes panel shows them. Default true.
   */
  links?: boolean;
  /** Default 'silent'. */
  emulatorLogLevel?: LogLevel;
  /** The emulator's ids (EmulatorOptions['ids']). Default: the fixed ones, the same on every start. */
  emulatorIds?: EmulatorOptions['ids'];
  /** The emulator's data dir (EmulatorOptions['dataDir']). Default: a temp dir, removed on stop. */
  emulatorDataDir?: string;
}

export interface Demo extends DemoServer {
  emulator: Emulator;
  /** Stops the dev server, then the emulator. Idempotent. */
  stop(): Promise<void>;
}

export declare function startDemoServer(options?: DemoServerOptions): Promise<DemoServer>;
export declare function startDemo(options?: DemoOptions): Promise<Demo>;
