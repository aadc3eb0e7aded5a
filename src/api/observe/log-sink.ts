/** A JSON line per event, for log shippers. */
export type LogSink = (entry: Record<string, unknown>) => void;

/** `parley serve`'s sink: one JSON object a line on stderr, stamped with the time. */
export const stderrJsonLog: LogSink = (entry) => process.stderr.write(`${JSON.stringify({ time: new Date().toISOString(), ...entry })}\n`);
