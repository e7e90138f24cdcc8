// The SensorData that sync uploads (viam.app.datasync.v1.SensorData with a Struct), as plain objects.
// Capture times are whole milliseconds: Moddable timers and SNTP-set clocks are ms-granular, so finer
// digits would be noise that costs record bytes.

export interface Timestamp {
  seconds: number;
  nanos: number;
}

export interface SensorData {
  metadata: { timeRequested: Timestamp; timeReceived: Timestamp };
  struct: { [key: string]: unknown };
}

/** A Timestamp for an integer count of ms since the Unix epoch (normalised: 0 <= nanos < 1e9). */
export function timestampFromMs(ms: number): Timestamp {
  const seconds = Math.floor(ms / 1000);
  return { seconds, nanos: (ms - seconds * 1000) * 1_000_000 };
}

export function sensorData(timeRequestedMs: number, timeReceivedMs: number, struct: SensorData["struct"]): SensorData {
  return {
    metadata: { timeRequested: timestampFromMs(timeRequestedMs), timeReceived: timestampFromMs(timeReceivedMs) },
    struct,
  };
}
