export interface RedisServer {
  port: number;
  pid: number;
  /** redis://127.0.0.1:<port> */
  url: string;
  /** Kills it by PID (SIGKILL) and resolves once it has exited. Idempotent. */
  stop(): Promise<void>;
}
export declare function startRedisServer(options?: { port?: number }): Promise<RedisServer>;
