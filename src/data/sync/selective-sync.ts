// Conditional sync (the data manager's `selective_syncer_name`), with viam-server's semantics: a
// scheduled round runs only while the named sensor's readings hold `should_sync: true`. A sensor
// that is missing, fails to read, has no `should_sync` or has anything but true there means "not
// now"; the reason is what this returns, for the sync state and the log.
import type { Resource } from "../../resources/resource.ts";
import { isSensor } from "../../resources/sensor/sensor.ts";
import { errorMessage } from "../../error-message.ts";

export function selectiveSyncHold(resources: ReadonlyMap<string, Resource>, name: string | undefined): string | undefined {
  if (name === undefined) return undefined;
  const sensor = resources.get(name);
  if (sensor === undefined || !isSensor(sensor)) return `selective syncer "${name}" is not a running sensor`;
  let shouldSync: unknown;
  try {
    const readings = sensor.readings();
    if (!("should_sync" in readings)) return `selective syncer "${name}" has no should_sync reading`;
    shouldSync = readings.should_sync;
  } catch (error) {
    return `selective syncer "${name}" could not be read: ${errorMessage(error)}`;
  }
  return shouldSync === true ? undefined : `selective syncer "${name}" says should_sync ${JSON.stringify(shouldSync)}`;
}
