// Typed, validated machine config. Every object keeps the JSON path it came from so that later
// stages (resource construction, store budgeting) can report problems at the same path.

export interface ConfigIssue {
  /** JSON path, e.g. `components[2].service_configs[0].attributes.capture_methods[1].capture_frequency_hz`. */
  path: string;
  message: string;
  severity: "error" | "warning";
}

export type Attributes = Readonly<Record<string, unknown>>;

export interface CaptureMethodConfig {
  path: string;
  method: string;
  captureFrequencyHz: number;
  cacheSizeKb: number;
  additionalParams: Readonly<Record<string, string>>;
  disabled: boolean;
}

export interface ComponentConfig {
  path: string;
  name: string;
  namespace: string;
  /** Subtype without the namespace, e.g. "board", "sensor", "movement_sensor", "encoder". */
  type: string;
  model: string;
  attributes: Attributes;
  dependsOn: readonly string[];
  /** Enabled and disabled entries alike; collectors skip the disabled ones. */
  captureMethods: CaptureMethodConfig[];
  retentionPolicy?: unknown;
}

export interface ServiceConfig {
  path: string;
  name: string;
  namespace: string;
  type: string;
  model: string;
  attributes: Attributes;
  dependsOn: readonly string[];
}

export interface DataManagerConfig {
  path: string;
  name: string;
  syncIntervalMins: number;
  captureDir?: string;
  tags: string[];
  captureDisabled: boolean;
  syncDisabled: boolean;
  deleteDataOnPartDeletion: boolean;
  /** Default ring size for capture methods that do not set their own. */
  cacheSizeKb: number;
  /** Our extension: keep records that reached flash across reboots. */
  durable: boolean;
  /** A sensor whose readings' `should_sync` gates scheduled sync rounds. */
  selectiveSyncerName?: string;
  /** Our extension, `deep_sleep`: when a deep-sleep wake brings the radio up (see FirmwareConfig).
   *  Absent when not set; the defaults (DEFAULT_DEEP_SLEEP_SYNC) apply then. */
  deepSleep?: DeepSleepSyncConfig;
}

/** A deep-sleep wake syncs when any of these is reached. */
export interface DeepSleepSyncConfig {
  /** Wakes since the last sync, this one included. */
  wakesPerSync: number;
  /** Percent of any ring's capacity in use. */
  syncAtFillPercent: number;
  /** Age of the oldest unsynced reading, when set. */
  maxUnsyncedAgeMins?: number;
}

export type FirmwareMode = "normal" | "deep_sleep_between_data_syncs";

/** viam-micro-server's device settings, from `agent.advanced_settings` (where the app keeps them and
 *  DeviceAgentConfig serves them). */
export interface FirmwareConfig {
  path: string;
  mode: FirmwareMode;
  /** The longest a deep-sleep wake may stay awake (connecting and syncing included). */
  actionTimeoutSecs: number;
}

export interface RemoteConfig {
  path: string;
  name: string;
  address: string;
  insecure: boolean;
  auth?: Attributes;
}

/** The top-level `auth` block: how the board's own gRPC server checks its callers. */
export interface AuthConfig {
  path: string;
  /** Serve every call without a token. Only for a network where every peer is trusted. */
  disabled: boolean;
  /** Accepted with type "robot-location-secret" besides the part secret. */
  locationSecrets: string[];
  tokenTtlMs?: number;
}

export interface MachineConfig {
  components: ComponentConfig[];
  services: ServiceConfig[];
  remotes: RemoteConfig[];
  dataManager?: DataManagerConfig;
  auth?: AuthConfig;
  /** Absent unless `agent.advanced_settings` sets any of it: normal mode. */
  firmware?: FirmwareConfig;
}

export interface ParsedConfig {
  config: MachineConfig;
  issues: ConfigIssue[];
}

export interface CloudCredentials {
  id: string;
  secret: string;
  appAddress: string;
}
