/**
 * What an app hook answered (a promise or any thenable adopted), or a rejection after `ms`: a hook
 * that never settles must not hold the request, its quota points and a connection forever. A late
 * rejection of the hook's own promise is handled by the race, so it is never an unhandled one.
 */
export async function settleWithin<T>(answer: T | PromiseLike<T>, ms: number, name: string): Promise<Awaited<T>> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${name} did not answer within ${ms} ms.`)), ms);
  });
  try {
    return await Promise.race([answer as Awaited<T>, deadline]);
  } finally {
    clearTimeout(timer);
  }
}
