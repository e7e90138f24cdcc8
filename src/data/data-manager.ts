// The data manager service: one collector per enabled capture method, each with its own ring in the
// "capture" flash partition, all run by one scheduler.
//
// Like viam-micro-server, capture needs a data manager service in the config. `capture_disabled`
// still opens the store and its rings — records kept by durable mode stay readable and syncable, and
// the rings keep their owners, so the space is not reclaimed by other rings — and builds the
// collectors (so their problems are reported and their counters shown), but nothing is scheduled.
//
// A config change is applied without a reboot: the old data manager closes, and a new one (given the
// old as `previous`) opens the store again in the same boot epoch, so every ring whose owner is still
// configured finds its unsynced records where they were.
import type { FlashPartition, Host } from "../host.ts";
import type { CaptureMethodConfig, ComponentConfig, ConfigIssue, MachineConfig } from "../config/types.ts";
import type { CaptureRead, Resource } from "../resources/resource.ts";
import { ResourceConfigError } from "../resources/resource.ts";
import { captureReaderOf } from "../resources/do-command.ts";
import type { RingSpec } from "./store/ring-store.ts";
import { RingStore } from "./store/ring-store.ts";
import { planRings } from "./store/budget.ts";
import { Collector, type CaptureContext } from "./collector.ts";
import { RecordEncoder } from "./record-codec.ts";
import { collectorName, collectorOwner } from "./collector-identity.ts";
import { Scheduler } from "./scheduler.ts";
import { errorMessage } from "../error-message.ts";

export const CAPTURE_PARTITION = "capture";

export interface DataManagerOptions {
  host: Host;
  config: MachineConfig;
  resources: Map<string, Resource>;
  /** This boot's epoch (see RingStore). */
  epoch: number;
  report: (issue: ConfigIssue) => void;
  /** The data manager this one replaces after a config change, in the same boot: its store must be
   *  closed already. Collectors whose ring survives count on from its counters, and what it knew about
   *  records from earlier boots is kept. */
  previous?: DataManager;
  /** False when something else ticks the collectors (deep-sleep wakes read each due one once):
   *  no scheduler runs, and `capturing` says whether capture is on. Default true. */
  scheduled?: boolean;
}

interface Planned {
  component: ComponentConfig;
  method: CaptureMethodConfig;
  read: CaptureRead;
  spec: RingSpec;
}

export class DataManager {
  /** Undefined when there is no data manager service or no capture partition. */
  readonly store: RingStore | undefined;
  readonly collectors: readonly Collector[];
  /** True while the scheduler runs collectors. */
  readonly capturing: boolean;
  readonly #scheduler: Scheduler | undefined;
  /** Per ring owner seen in this boot: the newest cursor it held from earlier boots when first seen. */
  readonly #earlierBoots: Map<number, number>;

  constructor(options: DataManagerOptions) {
    const { host, config, report, previous } = options;
    this.#earlierBoots = new Map(previous === undefined ? undefined : previous.#earlierBoots);
    const service = config.dataManager;
    if (service === undefined) {
      warnCaptureWithoutService(config.components, report);
      this.store = undefined;
      this.collectors = [];
      this.capturing = false;
      return;
    }

    const planned = planCollectors(options);
    const store = openStore(options, planned);
    this.store = store;
    if (store === undefined) {
      this.collectors = [];
      this.capturing = false;
      return;
    }
    const collectors: Collector[] = [];
    const context: CaptureContext = { clock: host.clock, log: host.log, encoder: new RecordEncoder() };
    const replaced = new Map(previous?.collectors.map((c) => [c.owner, c]));
    for (const p of planned) {
      const ring = store.ring(p.spec.owner);
      if (ring === undefined) continue;
      const owner = p.spec.owner;
      const baseline = replaced.get(owner)?.counters;
      // An owner seen first in this boot has captured nothing yet: all its ring holds is from earlier boots.
      let earlierBootsUpTo = this.#earlierBoots.get(owner);
      if (earlierBootsUpTo === undefined) this.#earlierBoots.set(owner, (earlierBootsUpTo = ring.newestCursor()));
      const collector = new Collector({
        component: p.component,
        capture: p.method,
        read: p.read,
        ring,
        context,
        earlierBootsUpTo,
        ...(baseline && { baseline }),
      });
      collectors.push(collector);
    }
    this.collectors = collectors;
    this.capturing = !service.captureDisabled && collectors.length > 0;
    if (this.capturing && options.scheduled !== false) {
      this.#scheduler = new Scheduler({ clock: host.clock, timers: host.timers, tasks: collectors, log: host.log });
    }
  }

  close(): void {
    this.#scheduler?.close();
    for (const collector of this.collectors) collector.close();
    this.store?.close();
  }
}

/** Opens the capture partition and its store with a ring for each planned collector that fits.
 *  A board without the partition, or whose flash fails, still runs everything but capture. */
function openStore(options: DataManagerOptions, planned: Planned[]): RingStore | undefined {
  const { host, report } = options;
  const service = options.config.dataManager!;
  let partition: FlashPartition | undefined;
  try {
    partition = host.flash.open({ path: CAPTURE_PARTITION });
    const { accepted } = planRings(
      planned.map((p) => p.spec),
      partition.status(),
    );
    const fits = new Set(accepted.map((spec) => spec.owner));
    for (const p of planned) {
      if (fits.has(p.spec.owner)) continue;
      report({
        path: p.method.path,
        severity: "error",
        message: `collector ${p.spec.name} skipped: its ${p.method.cacheSizeKb} KB cache does not fit the capture partition`,
      });
    }
    return new RingStore({ partition, epoch: options.epoch, durable: service.durable, rings: accepted, log: host.log });
  } catch (error) {
    try {
      partition?.close();
    } catch {
      // Already failing; the first error is the one to report.
    }
    report({
      path: service.path,
      severity: planned.length > 0 ? "error" : "warning",
      message: `the "${CAPTURE_PARTITION}" flash partition cannot be used, so nothing is captured: ${errorMessage(error)}`,
    });
    return undefined;
  }
}

/** Readers and ring specs for every enabled capture method that its resource can capture. */
function planCollectors(options: DataManagerOptions): Planned[] {
  const { config, resources, report } = options;
  const planned: Planned[] = [];
  const owners = new Map<number, string>();
  for (const component of config.components) {
    for (const method of component.captureMethods) {
      if (method.disabled) continue;
      const resource = resources.get(component.name);
      if (resource === undefined) {
        report({
          path: method.path,
          severity: "warning",
          message: `component "${component.name}" is not running, so ${method.method} is not captured`,
        });
        continue;
      }
      let read: CaptureRead;
      try {
        read = captureReaderOf(resource, method.method, method.additionalParams);
      } catch (error) {
        const subPath = error instanceof ResourceConfigError ? error.subPath : undefined;
        report({ path: subPath ? `${method.path}.${subPath}` : method.path, severity: "error", message: errorMessage(error) });
        continue;
      }
      const identity = {
        subtype: component.type,
        componentName: component.name,
        method: method.method,
        params: method.additionalParams,
      };
      const name = collectorName(identity);
      const owner = collectorOwner(identity);
      const clash = owners.get(owner);
      if (clash !== undefined) {
        // Distinct captures whose ids collide would share one ring on flash; keep the first.
        report({ path: method.path, severity: "error", message: `collector ${name} has the same flash id as ${clash}; skipped` });
        continue;
      }
      owners.set(owner, name);
      planned.push({
        component,
        method,
        read,
        spec: { owner, name, capacityBytes: Math.ceil(method.cacheSizeKb * 1024) },
      });
    }
  }
  return planned;
}

function warnCaptureWithoutService(components: ComponentConfig[], report: DataManagerOptions["report"]): void {
  for (const component of components) {
    const reported = new Set<string>();
    for (const method of component.captureMethods) {
      if (method.disabled) continue;
      const path = serviceConfigPath(method.path);
      if (reported.has(path)) continue;
      reported.add(path);
      report({
        path,
        severity: "warning",
        message: "capture methods are configured but there is no data_manager service, so nothing is captured",
      });
    }
  }
}

/** `components[i].service_configs[j].attributes.capture_methods[k]` → `components[i].service_configs[j]`. */
function serviceConfigPath(methodPath: string): string {
  const at = methodPath.lastIndexOf(".attributes.capture_methods[");
  return at < 0 ? methodPath : methodPath.slice(0, at);
}
