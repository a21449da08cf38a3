import type { ActionIO } from '../../src/actions/io.js';

/** An {@link ActionIO} that records outputs, the job summary and log lines, for testing `run` in process. */
export type RecordingIO = ActionIO & { outputs: Record<string, string>; summary: string; log: string[] };

/** A fresh recording {@link ActionIO}. */
export function recordingIO(): RecordingIO {
  const io: RecordingIO = {
    outputs: {},
    summary: '',
    log: [],
    setOutput: (name, value) => void (io.outputs[name] = value),
    setSecret: () => {},
    appendSummary: async (markdown) => void (io.summary += markdown),
    setFailed: (message) => void io.log.push(`failed ${message}`),
    info: (message) => void io.log.push(`info ${message}`),
    warn: (message) => void io.log.push(`warn ${message}`),
    debug: () => {},
  };
  return io;
}
