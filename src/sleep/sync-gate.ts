// Conditional sync at a deep-sleep wake. The gate is asked before the radio comes up, so that a "no"
// costs no radio time; but a `sync-condition` gate's `min_rssi_dbm` can only be judged while the
// radio is associated, and before that it would say no at every wake and the board would never sync.
// So such a gate is asked in two parts: its window (if any) before the radio, its signal once Wi-Fi
// has associated. Any other gate is asked whole, before the radio.
import type { Resource } from "../resources/resource.ts";
import { SyncConditionSensor } from "../resources/sensor/sync-condition.ts";
import { selectiveSyncHold } from "../data/sync/selective-sync.ts";

/** A reason to keep the radio off at this wake, or undefined. */
export function holdBeforeRadio(resources: ReadonlyMap<string, Resource>, name: string | undefined): string | undefined {
  const gate = signalGate(resources, name);
  if (gate === undefined) return selectiveSyncHold(resources, name);
  return gate.inWindow() === false ? `selective syncer "${name}" says in_window false` : undefined;
}

/** A reason not to sync over the association just made (a signal below min_rssi_dbm), or undefined. */
export function holdOnSignal(resources: ReadonlyMap<string, Resource>, name: string | undefined): string | undefined {
  const signal = signalGate(resources, name)?.signal();
  if (signal === undefined || signal.strong) return undefined;
  return `selective syncer "${name}" says the signal (${signal.rssiDbm ?? "none"} dBm) is below min_rssi_dbm ${signal.minDbm}`;
}

function signalGate(resources: ReadonlyMap<string, Resource>, name: string | undefined): SyncConditionSensor | undefined {
  const sensor = name === undefined ? undefined : resources.get(name);
  return sensor instanceof SyncConditionSensor && sensor.signal() !== undefined ? sensor : undefined;
}
