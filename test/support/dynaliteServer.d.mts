export interface DynaliteServer {
  port: number;
  pid: number;
  /** http://127.0.0.1:<port> */
  endpoint: string;
  /** SIGSTOP: connections open, nothing answers. */
  freeze(): void;
  /** SIGCONT after freeze(). */
  thaw(): void;
  /** Kills it by PID (SIGKILL) and resolves once it has exited. Idempotent. */
  stop(): Promise<void>;
}
export declare function startDynalite(options?: { port?: number; createTableMs?: number }): Promise<DynaliteServer>;
