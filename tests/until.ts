/** Polls `check` until it holds; fails naming `what` after `timeoutMs`. For every test project. */
export async function until(
  check: () => boolean | Promise<boolean>,
  what: string,
  timeoutMs = 5000,
  intervalMs = 10,
): Promise<void> {
  const started = Date.now();
  while (!(await check())) {
    if (Date.now() - started > timeoutMs) {
      throw new Error(`${what} did not happen in ${String(timeoutMs)} ms`);
    }
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}
