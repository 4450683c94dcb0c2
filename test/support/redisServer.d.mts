export interface RedisServer {
  port: number;
  pid: number;
  /** redis://127.0.0.1:<port> */
  url: string;
  /** SIGSTOP: connections stay open, nothing answers. */
  freeze(): void;
  /** SIGCONT after freeze(). */
  thaw(): void;
  /** Kills it by PID (SIGKILL) and resolves once it has exited. Idempotent. */
  stop(): Promise<void>;
}
export declare function startRedisServer(options?: { port?: number }): Promise<RedisServer>;
