// One line per event on stdout, as `timestamp event key=value …`, for journald or a log file.
// Callers pass counts, addresses, codes and the relay's own reasons: never what a client sent.

export type LogValue = string | number | boolean;
export type LogFields = Readonly<Record<string, LogValue | undefined>>;

/** Where the relay reports connections, refusals and limit violations. */
export type Logger = (event: string, fields: LogFields) => void;

/** `2026-01-05T08:00:00.000Z close id=3 remote=10.1.2.3 reason="…"`; undefined fields are left out. */
export function formatLogLine(event: string, fields: LogFields, at: Date): string {
  const parts = [at.toISOString(), event];
  for (const [key, value] of Object.entries(fields)) {
    if (value === undefined) continue;
    const text = String(value);
    parts.push(`${key}=${/^[\w.:/[\]-]+$/.test(text) ? text : JSON.stringify(text)}`);
  }
  return parts.join(' ');
}

/** Writes each event as one line to the given stream (stdout by default). */
export function streamLogger(
  write: (line: string) => void = (line) => void process.stdout.write(line),
): Logger {
  return (event, fields) => write(`${formatLogLine(event, fields, new Date())}\n`);
}

/** A logger that drops everything (tests that do not look at the log). */
export const silentLogger: Logger = () => {};
