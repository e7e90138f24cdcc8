// boot(): the firmware's entry point. It builds the machine synchronously — resources, capture and,
// with credentials, sync — so that capture starts at once, from the config the cloud gave last
// (cached in the key-value store) or, without one, from the local config. The cloud's current config
// is fetched afterwards; when it differs, the machine is rebuilt in place: resources and collectors
// are made anew, and the capture store is reopened in the same boot epoch, so every ring whose
// collector is still configured keeps its unsynced records (viam-micro-server reboots here and loses
// them).
//
// With sockets, the machine also serves gRPC (h2c and gRPC-web on one port) as a Viam remote part.
// The server and its tokens last the whole boot; each call sees the machine as it is then.
import type { Host, KeyValueStore } from "./host.ts";
import type { AuthConfig, CloudCredentials, ConfigIssue, FirmwareConfig, ParsedConfig } from "./config/types.ts";
import { ConfigSyntaxError, formatIssue, parseConfigText } from "./config/parse.ts";
import { parseCredentials } from "./config/credentials.ts";
import type { Resource } from "./resources/resource.ts";
import { buildResources } from "./resources/build.ts";
import { DataManager } from "./data/data-manager.ts";
import { collectorOwner } from "./data/collector-identity.ts";
import { SyncTask } from "./data/sync/sync-task.ts";
import { AppClient } from "./cloud/app-client.ts";
import { CloudConfigTask, readCachedConfig, type CloudConfigState, type ConfigSource } from "./cloud/cloud-config.ts";
import { canonicalJson } from "./cloud/robot-config-json.ts";
import { textDigest } from "./text-hash.ts";
import { DEFAULT_PORT, RpcServer } from "./rpc/server/rpc-server.ts";
import type { ServerLimits } from "./rpc/server/limits.ts";
import { useRunTimeFloatScratch } from "./proto/run-time-float.ts";
import { selectiveSyncHold } from "./data/sync/selective-sync.ts";
import { createMachineService, type MachineService, type MachineView } from "./rpc/server/services/machine-service.ts";
import { readSleepState } from "./sleep/retained-state.ts";
import { DeepSleepWake, type SessionResult } from "./sleep/deep-sleep-wake.ts";
import { holdBeforeRadio, holdOnSignal } from "./sleep/sync-gate.ts";
import { fetchAgentSettings, readCachedAgentSettings } from "./cloud/agent-settings.ts";
import { errorMessage } from "./error-message.ts";

export interface BootOptions {
  /** Machine config as JSON text, as the cloud serves it or as a local file holds it. Used when no
   *  config from the cloud is cached, or when there are no credentials; its `auth` block (the
   *  server's) is used always, and no other config's is. */
  config: string;
  /** Credentials file `{"cloud": {...}}` as JSON text; sync and cloud config need it, capture does not. */
  credentials?: string;
  /** The gRPC server for viam-server and SDK clients; it runs where the host has sockets, unless
   *  `false`. Port 12346 by default, as viam-micro-server; port 0 takes any free one. `limits`
   *  (connections, streams, sizes, timeouts) default to what an ESP32 can hold. */
  server?: { port?: number; limits?: Partial<ServerLimits> } | false;
}

export interface Machine {
  /** The running config; it changes when the cloud's config does. */
  readonly config: ParsedConfig;
  /** Config, credentials and construction problems, each named by its JSON path. */
  readonly issues: ConfigIssue[];
  readonly credentials?: CloudCredentials;
  readonly resources: Map<string, Resource>;
  readonly data: DataManager;
  readonly epoch: number;
  /** Uploads captured data. Absent without credentials, sockets or a data manager service, and
   *  with `sync_disabled`. */
  readonly sync?: SyncTask;
  /** Where the running config came from, and how fetching the cloud's is going. */
  readonly cloudConfig: CloudConfigState;
  /** The gRPC server; `port` is the bound one (0 until a host that binds later has bound it). Never
   *  in deep-sleep mode. */
  readonly server?: RpcServer;
  /** This wake, in deep-sleep mode (`agent.advanced_settings.firmware_mode`). */
  readonly deepSleep?: DeepSleepWake;
  /** Fetches the cloud's config now and applies it if it changed; rejects when there is no cloud. */
  refreshConfig(): Promise<void>;
  close(): void;
}

/** Key-value namespace for everything the firmware keeps in NVS (boot epoch, cached config, credentials). */
export const SETTINGS_PATH = "viam";
const EPOCH_KEY = "boot_epoch";

export function boot(host: Host, options: BootOptions): Machine {
  useRunTimeFloatScratch();
  return new BootedMachine(host, options);
}

/** What one config builds; replaced as a whole when the config changes. */
interface Built {
  config: ParsedConfig;
  issues: ConfigIssue[];
  resources: Map<string, Resource>;
  data: DataManager;
}

class BootedMachine implements Machine {
  readonly credentials?: CloudCredentials;
  readonly epoch: number;
  readonly server?: RpcServer;
  readonly #host: Host;
  /** Problems in the boot options (credentials, the local auth block), listed with every config's. */
  readonly #bootIssues: ConfigIssue[] = [];
  readonly #client: AppClient | undefined;
  #cloud: CloudConfigTask | undefined;
  /** What a CloudConfigTask made later (at a deep-sleep sync wake) starts from. */
  readonly #configStart: { source: ConfigSource; running: string };
  readonly deepSleep?: DeepSleepWake;
  /** Deep-sleep mode: this boot is one wake, and ends asleep. */
  readonly #sleeping: boolean;
  /** The firmware settings when the cloud serves none: the local config's. */
  readonly #localFirmware: FirmwareConfig | undefined;
  /** The cloud's (DeviceAgentConfig), cached; they win over the local config's. */
  readonly #cloudFirmware: FirmwareConfig | undefined;
  readonly #localState: CloudConfigState | undefined;
  readonly #service: MachineService | undefined;
  #built: Built;
  #sync: SyncTask | undefined;
  #closed = false;

  constructor(host: Host, options: BootOptions) {
    this.#host = host;
    if (options.credentials !== undefined) {
      this.credentials = readCredentials(options.credentials, (issue) => {
        this.#bootIssues.push(issue);
        logIssue(host, issue);
      });
    }
    const { parsed, text, source } = chooseConfig(host, options, this.credentials !== undefined);
    const local = source === "local" ? parsed : this.readLocal(options.config);
    const auth = local?.config.auth;
    this.#localFirmware = local?.config.firmware;
    const agent = this.credentials !== undefined ? readCachedAgentSettings(host, SETTINGS_PATH) : undefined;
    for (const issue of agent?.issues ?? []) {
      this.#bootIssues.push(issue);
      logIssue(host, issue);
    }
    this.#cloudFirmware = agent?.firmware;
    this.withDeviceSettings(parsed);
    const slept = readSleepState(host);
    // A deep-sleep wake is not a reboot: it goes on in the epoch the sleeping boot had.
    this.epoch = slept?.epoch ?? nextEpoch(host);
    this.#sleeping = deepSleepMode(host, parsed);
    this.#built = this.build(parsed);
    this.#configStart = { source, running: textDigest(canonicalJson(JSON.parse(text))) };

    const cloud = this.credentials !== undefined && host.sockets !== undefined;
    if (this.credentials !== undefined && !cloud) host.log("warn", "this host has no sockets: no sync and no config from the cloud");
    if (cloud) this.#client = new AppClient({ host, credentials: this.credentials! });
    if (this.#sleeping) {
      // Nothing touches the network unless this wake syncs: no server, no config task, no sync timer.
      this.#localState = { source, fetching: false, fetches: 0, consecutiveFailures: 0, nextAttemptAt: 0, reconfigurations: 0 };
      const service = this.#built.config.config.dataManager;
      this.deepSleep = new DeepSleepWake({
        host,
        firmware: parsed.config.firmware!,
        machine: () => ({ dataManager: this.#built.config.config.dataManager, collectors: this.#built.data.collectors, capturing: this.#built.data.capturing }),
        epoch: this.epoch,
        previous: slept,
        canSync: this.credentials !== undefined && service !== undefined && !service.syncDisabled,
        hold: () => holdBeforeRadio(this.#built.resources, this.#built.config.config.dataManager?.selectiveSyncerName),
        signalHold: () => holdOnSignal(this.#built.resources, this.#built.config.config.dataManager?.selectiveSyncerName),
        session: (configDue) => this.session(configDue),
        close: () => this.close(),
      });
      return;
    }
    // A radio that comes up only on request (a board built for deep sleep) stays up in normal mode.
    host.wifi?.connect?.();
    if (this.#client !== undefined) {
      this.#cloud = this.cloudTask(this.#client);
    } else {
      this.#localState = { source, fetching: false, fetches: 0, consecutiveFailures: 0, nextAttemptAt: 0, reconfigurations: 0 };
    }
    this.updateSync();

    if (host.sockets !== undefined && options.server !== false) {
      this.#service = createMachineService({
        host,
        machine: () => this.view(),
        ...(this.credentials && { credentials: this.credentials }),
        ...(auth && { auth }),
      });
      this.server = startServer(host, this.#service, options.server ?? {}, auth, this.credentials);
    }
  }

  get config(): ParsedConfig {
    return this.#built.config;
  }

  get issues(): ConfigIssue[] {
    return this.#built.issues;
  }

  get resources(): Map<string, Resource> {
    return this.#built.resources;
  }

  get data(): DataManager {
    return this.#built.data;
  }

  get sync(): SyncTask | undefined {
    return this.#sync;
  }

  get cloudConfig(): CloudConfigState {
    return this.#cloud?.state ?? this.#localState!;
  }

  refreshConfig(): Promise<void> {
    if (this.#cloud === undefined) return Promise.reject(new Error("this machine has no cloud connection"));
    return this.#cloud.fetchNow();
  }

  close(): void {
    if (this.#closed) return;
    this.#closed = true;
    this.server?.close();
    this.#service?.close();
    this.#cloud?.close();
    this.#sync?.close();
    this.#client?.close();
    this.#built.data.close();
    closeResources(this.#built.resources);
  }

  private cloudTask(client: AppClient): CloudConfigTask {
    return new CloudConfigTask({
      host: this.#host,
      client,
      settingsPath: SETTINGS_PATH,
      ...this.#configStart,
      apply: (changed) => this.apply(changed),
      busy: () => this.#sync?.state.syncing === true,
      afterFetch: () => this.fetchAgentSettings(client),
    });
  }

  /** A deep-sleep sync wake's work once Wi-Fi is up: one sync round, then the config if it is due. */
  private async session(configDue: boolean): Promise<SessionResult> {
    const client = this.#client;
    if (client === undefined) return { uploaded: 0, error: "this host has no sockets" };
    const sync = new SyncTask({
      host: this.#host,
      client,
      collectors: () => this.#built.data.collectors,
      config: this.#built.config.config.dataManager!,
    });
    this.#sync = sync;
    try {
      await sync.syncNow();
    } finally {
      sync.close();
    }
    const uploaded = sync.state.uploadedRecords;
    if (sync.state.consecutiveFailures > 0) return { uploaded, error: sync.state.lastError ?? "the upload failed" };
    if (!configDue || this.#closed) return { uploaded };
    const cloud = (this.#cloud ??= this.cloudTask(client));
    await cloud.fetchNow();
    return cloud.state.consecutiveFailures > 0 ? { uploaded, error: `config: ${cloud.state.lastError ?? "the fetch failed"}` } : { uploaded };
  }

  /**
   * The local config, for what only it may set while the machine runs the cloud's. The server's auth
   * settings come from it alone: whoever can edit the config in the app must not be able to open the
   * board's port to everyone on its network. Turning auth off takes access to the board's own files.
   */
  private readLocal(localText: string): ParsedConfig | undefined {
    let local: ParsedConfig;
    try {
      local = parseConfigText(localText);
    } catch (error) {
      if (!(error instanceof ConfigSyntaxError)) throw error;
      this.#host.log("error", `the local config is unreadable (${error.message}); the server keeps token auth on`);
      return undefined;
    }
    for (const issue of local.issues) {
      if (issue.path !== "auth" && !issue.path.startsWith("auth.")) continue;
      this.#bootIssues.push(issue);
      logIssue(this.#host, issue);
    }
    return local;
  }

  /** The app serves `agent.advanced_settings` apart from the machine config (DeviceAgentConfig), so
   *  a config from the cloud carries no firmware_mode: the cloud's cached settings hold, or without
   *  them the local config's. */
  private withDeviceSettings(parsed: ParsedConfig): void {
    const firmware = this.#cloudFirmware ?? parsed.config.firmware ?? this.#localFirmware;
    if (firmware !== undefined) parsed.config.firmware = firmware;
  }

  /** After each config fetch: the cloud's device settings, cached for the next boot. A board they
   *  put into deep-sleep mode syncs and restarts into it at once; a deep-sleep wake's next wake boots
   *  in whatever mode they give. */
  private async fetchAgentSettings(client: AppClient): Promise<void> {
    const host = this.#host;
    let wantsSleep: boolean;
    try {
      const fetched = await fetchAgentSettings(host, client, SETTINGS_PATH);
      if (!fetched.changed || this.#closed) return;
      const firmware = fetched.settings.firmware ?? this.#localFirmware;
      wantsSleep = firmware?.mode === "deep_sleep_between_data_syncs" && host.sleep !== undefined;
    } catch (error) {
      host.log("warn", `config: cannot get the agent settings from the cloud (${errorMessage(error)}); keeping the cached ones`);
      return;
    }
    if (wantsSleep === this.#sleeping) return;
    if (this.#sleeping) {
      host.log("info", "config: the next wake runs in normal mode");
      return;
    }
    // A restart is a reboot: what the rings hold goes to the cloud first.
    if (this.#sync !== undefined) await this.#sync.syncNow();
    if (this.#closed) return;
    host.log("info", "config: restarting into deep-sleep mode");
    host.restart();
  }

  /** What the server serves now. */
  private view(): MachineView {
    const sync = this.#sync;
    return {
      resources: this.#built.resources,
      config: this.#built.config.config,
      ...(sync && { syncNow: () => syncOnce(sync), syncState: sync.state }),
    };
  }

  private build(parsed: ParsedConfig, previous?: DataManager): Built {
    const host = this.#host;
    const issues = [...parsed.issues, ...this.#bootIssues];
    for (const issue of parsed.issues) logIssue(host, issue);
    const report = (issue: ConfigIssue) => {
      issues.push(issue);
      logIssue(host, issue);
    };
    const resources = buildResources(host, parsed.config.components, report);
    try {
      const data = new DataManager({ host, config: parsed.config, resources, epoch: this.epoch, report, scheduled: !this.#sleeping, ...(previous && { previous }) });
      return { config: parsed, issues, resources, data };
    } catch (error) {
      closeResources(resources);
      throw error;
    }
  }

  /** Rebuilds the machine from a changed config, keeping every surviving ring's records. */
  private async apply(text: string): Promise<void> {
    const parsed = parseConfigText(text);
    this.withDeviceSettings(parsed);
    // A collector the new config drops takes its ring with it: send what it holds first, if the
    // cloud takes it (the config just came from there, so it is likely to).
    if (this.#sync !== undefined && dropsBufferedRecords(this.#built.data, parsed)) await this.#sync.syncNow();
    // The swap below happens with no upload in flight, so no acknowledgement lands on a closed store.
    while (this.#sync?.state.syncing) await this.#sync.idle();
    if (this.#closed) return;
    const old = this.#built;
    old.data.close();
    closeResources(old.resources);
    try {
      this.#built = this.build(parsed, old.data);
    } catch (error) {
      this.#host.log("error", `config: the new config cannot run (${errorMessage(error)}); going back to the previous one`);
      this.#built = this.build(old.config, old.data);
      throw error;
    } finally {
      this.updateSync();
    }
  }

  /** Starts, reconfigures or stops sync to match the running config; a deep-sleep wake syncs only in
   *  its session. */
  private updateSync(): void {
    if (this.#sleeping) return;
    const service = this.#built.config.config.dataManager;
    const client = this.#client;
    if (client === undefined || service === undefined || service.syncDisabled) {
      if (this.#sync !== undefined && client !== undefined) this.#host.log("info", "sync: off");
      this.#sync?.close();
      this.#sync = undefined;
      return;
    }
    if (this.#sync !== undefined) {
      this.#sync.reconfigure(service);
      return;
    }
    this.#sync = new SyncTask({
      host: this.#host,
      client,
      collectors: () => this.#built.data.collectors,
      config: service,
      hold: () => selectiveSyncHold(this.#built.resources, this.#built.config.config.dataManager?.selectiveSyncerName),
    });
  }
}

/** Whether `parsed` asks for deep-sleep mode and the host can do it. */
function deepSleepMode(host: Host, parsed: ParsedConfig): boolean {
  if (parsed.config.firmware?.mode !== "deep_sleep_between_data_syncs") return false;
  if (host.sleep !== undefined) return true;
  host.log("warn", `config: ${parsed.config.firmware.path}.firmware_mode: this host cannot sleep; running in normal mode`);
  return false;
}

/** Serves `service`; a server that cannot start leaves the rest of the machine running. */
function startServer(
  host: Host,
  service: MachineService,
  options: { port?: number; limits?: Partial<ServerLimits> },
  auth: AuthConfig | undefined,
  credentials: CloudCredentials | undefined,
): RpcServer | undefined {
  const port = options.port ?? DEFAULT_PORT;
  let server: RpcServer;
  try {
    server = new RpcServer({
      sockets: host.sockets!,
      timers: host.timers,
      clock: host.clock,
      log: host.log,
      service,
      port,
      ...(options.limits && { limits: options.limits }),
    });
  } catch (error) {
    host.log("error", `server: cannot start on port ${port} (${errorMessage(error)}); running without it`);
    return undefined;
  }
  host.log("info", `server: gRPC over h2c and gRPC-web on ${port === 0 ? "any free port" : `port ${port}`}`);
  if (auth?.disabled) {
    host.log("warn", "server: auth is disabled in the local config: anyone who reaches this port can read and set pins");
  } else if (credentials === undefined && (auth?.locationSecrets.length ?? 0) === 0) {
    host.log("warn", "server: no part secret and no auth.location_secrets, so no caller can authenticate");
  }
  return server;
}

/** One sync round now, failing as the round did: SyncTask.syncNow() settles either way. */
async function syncOnce(sync: SyncTask): Promise<void> {
  await sync.syncNow();
  if (sync.state.consecutiveFailures > 0) throw new Error(sync.state.lastError ?? "the upload failed");
}

/** Whether a collector holding records would be gone under `next`. */
function dropsBufferedRecords(data: DataManager, next: ParsedConfig): boolean {
  const kept = new Set<number>();
  if (next.config.dataManager === undefined) return data.collectors.some((collector) => collector.counters.bytesUsed > 0);
  for (const component of next.config.components) {
    for (const method of component.captureMethods) {
      if (method.disabled) continue;
      kept.add(collectorOwner({ subtype: component.type, componentName: component.name, method: method.method, params: method.additionalParams }));
    }
  }
  return data.collectors.some((collector) => !kept.has(collector.owner) && collector.counters.bytesUsed > 0);
}

/** The cached cloud config when there are credentials and it is readable, else the local one. */
function chooseConfig(host: Host, options: BootOptions, cloud: boolean): { parsed: ParsedConfig; text: string; source: ConfigSource } {
  let cached: string | undefined;
  try {
    cached = cloud ? readCachedConfig(host, SETTINGS_PATH) : undefined;
  } catch (error) {
    // Damaged NVS never stops a boot: the key starts from its default, here the local config.
    host.log("warn", `key-value ${SETTINGS_PATH}/config cannot be read (${errorMessage(error)}); using the local config`);
  }
  if (cached !== undefined) {
    try {
      return { parsed: parseConfigText(cached), text: cached, source: "cache" };
    } catch (error) {
      if (!(error instanceof ConfigSyntaxError)) throw error;
      host.log("error", `the cached cloud config is unreadable (${error.message}); using the local config`);
    }
  }
  return { parsed: parseConfigText(options.config), text: options.config, source: "local" };
}

// Every boot gets a new epoch so that the store can tell this boot's records from older ones
// (Viam's reboot semantics) without erasing flash. A damaged or unreadable epoch never stops a boot:
// a random one is taken instead, with a warning, since restarting from 1 could take an old boot's
// records in flash for this boot's.
function nextEpoch(host: Host): number {
  const key = `${SETTINGS_PATH}/${EPOCH_KEY}`;
  let store: KeyValueStore | undefined;
  try {
    store = host.keyValue.open({ path: SETTINGS_PATH, format: "string" });
    const text = store.read(EPOCH_KEY);
    const previous = text === undefined ? 0 : Number(text);
    let epoch = previous + 1;
    if (!(Number.isInteger(previous) && previous >= 0 && previous < 0xffffffff)) {
      epoch = randomEpoch(host);
      host.log("warn", `key-value ${key} is damaged ("${String(text).slice(0, 20)}"); this boot takes epoch ${epoch}`);
    }
    store.write(EPOCH_KEY, String(epoch));
    return epoch;
  } catch (error) {
    const epoch = randomEpoch(host);
    host.log("warn", `key-value ${key} cannot be read or written (${errorMessage(error)}); this boot takes epoch ${epoch}`);
    return epoch;
  } finally {
    try {
      store?.close();
    } catch {
      // Nothing left to do with a store that cannot even close.
    }
  }
}

function randomEpoch(host: Host): number {
  const bytes = host.randomBytes?.(4);
  const value = bytes ? ((bytes[0]! << 24) | (bytes[1]! << 16) | (bytes[2]! << 8) | bytes[3]!) >>> 0 : Math.floor(Math.random() * 0xffffffff);
  return Math.max(1, Math.min(value, 0xfffffffe));
}

function readCredentials(text: string, report: (issue: ConfigIssue) => void): CloudCredentials | undefined {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    // The parser's message may quote the text, and the text holds the secret.
    report({ path: "credentials", message: "is not valid JSON", severity: "error" });
    return undefined;
  }
  const result = parseCredentials(json);
  for (const issue of result.issues) report({ ...issue, path: `credentials.${issue.path}` });
  return result.credentials;
}

function logIssue(host: Host, issue: ConfigIssue): void {
  host.log(issue.severity === "error" ? "error" : "warn", `config: ${formatIssue(issue)}`);
}

function closeResources(resources: Map<string, Resource>): void {
  for (const resource of [...resources.values()].reverse()) resource.close();
}
