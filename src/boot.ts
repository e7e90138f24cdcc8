import type { Host, KeyValueStore } from "./host.ts";
import type { CloudCredentials, ConfigIssue, ParsedConfig } from "./config/types.ts";
import { formatIssue, parseConfigText } from "./config/parse.ts";
import { parseCredentials } from "./config/credentials.ts";
import type { Resource } from "./resources/resource.ts";
import { buildResources } from "./resources/build.ts";
import { DataManager } from "./data/data-manager.ts";

export interface BootOptions {
  /** Machine config as JSON text, as the cloud serves it or as a local file holds it. */
  config: string;
  /** Credentials file `{"cloud": {...}}` as JSON text; sync needs it, capture does not. */
  credentials?: string;
}

export interface Machine {
  readonly config: ParsedConfig;
  /** Config and construction problems, each named by its JSON path. */
  readonly issues: ConfigIssue[];
  readonly credentials?: CloudCredentials;
  readonly resources: Map<string, Resource>;
  readonly data: DataManager;
  readonly epoch: number;
  close(): void;
}

/** Key-value namespace for everything the firmware keeps in NVS (boot epoch, cached config, credentials). */
export const SETTINGS_PATH = "viam";
const EPOCH_KEY = "boot_epoch";

// Every boot gets a new epoch so that the store can tell this boot's records from older ones
// (Viam's reboot semantics) without erasing flash.
function nextEpoch(store: KeyValueStore): number {
  const previous = Number(store.read(EPOCH_KEY) ?? "0");
  const epoch = Number.isInteger(previous) && previous >= 0 && previous < 0xffffffff ? previous + 1 : 1;
  store.write(EPOCH_KEY, String(epoch));
  return epoch;
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

export function boot(host: Host, options: BootOptions): Machine {
  const parsed = parseConfigText(options.config);
  const issues = [...parsed.issues];
  const report = (issue: ConfigIssue) => {
    issues.push(issue);
    host.log(issue.severity === "error" ? "error" : "warn", `config: ${formatIssue(issue)}`);
  };
  for (const issue of parsed.issues) host.log(issue.severity === "error" ? "error" : "warn", `config: ${formatIssue(issue)}`);

  const credentials = options.credentials === undefined ? undefined : readCredentials(options.credentials, report);

  const settings = host.keyValue.open({ path: SETTINGS_PATH, format: "string" });
  let epoch: number;
  try {
    epoch = nextEpoch(settings);
  } finally {
    settings.close();
  }

  const resources = buildResources(host, parsed.config.components, report);
  let data: DataManager;
  try {
    data = new DataManager({ host, config: parsed.config, resources, epoch, report });
  } catch (error) {
    for (const resource of resources.values()) resource.close();
    throw error;
  }

  let closed = false;
  return {
    config: parsed,
    issues,
    credentials,
    resources,
    data,
    epoch,
    close() {
      if (closed) return;
      closed = true;
      data.close();
      for (const resource of [...resources.values()].reverse()) resource.close();
    },
  };
}
