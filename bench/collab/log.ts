/** Progress on stderr, so that stdout holds only the Markdown report. */
export function log(message: string): void {
  process.stderr.write(`[bench:collab] ${message}\n`);
}
