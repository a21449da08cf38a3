import type { ActionIO, SourcePlace } from '../../src/actions/io.js';

/** An {@link ActionIO} that records outputs, the job summary, log lines and the warnings and failures placed on a file (annotations), for testing `run` in process. */
export type RecordingIO = ActionIO & { outputs: Record<string, string>; summary: string; log: string[]; annotations: ({ message: string } & SourcePlace)[] };

/** A fresh recording {@link ActionIO}. */
export function recordingIO(): RecordingIO {
  const io: RecordingIO = {
    outputs: {},
    summary: '',
    log: [],
    annotations: [],
    setOutput: (name, value) => void (io.outputs[name] = value),
    setSecret: () => {},
    appendSummary: async (markdown) => void (io.summary += markdown),
    setFailed: (message, place) => {
      io.log.push(`failed ${message}`);
      if (place !== undefined) io.annotations.push({ message, ...place });
    },
    info: (message) => void io.log.push(`info ${message}`),
    warn: (message, place) => {
      io.log.push(`warn ${message}`);
      if (place !== undefined) io.annotations.push({ message, ...place });
    },
    debug: () => {},
  };
  return io;
}
