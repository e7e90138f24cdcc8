import type { ConfigIssue, MachineConfig, ParsedConfig } from "./types.ts";
import { IssueList } from "./issues.ts";
import { ROOT } from "./json-path.ts";
import { parseAgent } from "./parse-agent.ts";
import { parseAuth } from "./parse-auth.ts";
import { parseComponents } from "./parse-components.ts";
import { DEFAULT_CACHE_SIZE_KB } from "./parse-data-manager.ts";
import { parseRemotes } from "./parse-remotes.ts";
import { parseServices } from "./parse-services.ts";
import { FieldReader, isJsonObject, reportUnknownKeys } from "./reader.ts";
import { errorMessage } from "../error-message.ts";

/** Every top-level section Viam's machine config can carry, read here or not. */
const TOP_LEVEL = Object.freeze([
  "components",
  "services",
  "remotes",
  "auth",
  "modules",
  "packages",
  "processes",
  "network",
  "cloud",
  "debug",
  "log",
  "jobs",
  "revision",
  "maintenance",
  "fragments",
  "fragment_mods",
  "agent",
  "disable_partial_start",
  "enable_web_profile",
  "overwrite_fragment_status",
  "disable_log_deduplication",
]);

/** The config text is not JSON at all; nothing in it can be trusted, so the boot stops. */
export class ConfigSyntaxError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ConfigSyntaxError";
  }
}

export function formatIssue(issue: ConfigIssue): string {
  return `${issue.path}: ${issue.message}`;
}

export function parseConfigText(text: string): ParsedConfig {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new ConfigSyntaxError(`config is not valid JSON: ${errorMessage(error)}`);
  }
  return parseMachineConfig(json);
}

/** Never throws: every problem becomes a ConfigIssue, and each bad entry is left out of the result. */
export function parseMachineConfig(json: unknown): ParsedConfig {
  const config: MachineConfig = { components: [], services: [], remotes: [] };
  if (!isJsonObject(json)) {
    return { config, issues: [{ path: ROOT, message: "must be an object", severity: "error" }] };
  }
  // Services are read first because the data manager's cache_size_kb is every capture method's
  // default, but issues are listed in the order Viam lays a config out: components, services, remotes.
  const serviceIssues = new IssueList();
  const { services, dataManager } = parseServices(new FieldReader(serviceIssues, ROOT, json));
  const componentIssues = new IssueList();
  const defaultCacheSizeKb = dataManager?.cacheSizeKb ?? DEFAULT_CACHE_SIZE_KB;
  config.components = parseComponents(new FieldReader(componentIssues, ROOT, json), defaultCacheSizeKb);
  config.services = services;
  const remoteIssues = new IssueList();
  config.remotes = parseRemotes(new FieldReader(remoteIssues, ROOT, json));
  if (dataManager !== undefined) config.dataManager = dataManager;
  checkSelectiveSyncer(config, serviceIssues);
  const authIssues = new IssueList();
  const auth = parseAuth(new FieldReader(authIssues, ROOT, json));
  if (auth !== undefined) config.auth = auth;
  const agentIssues = new IssueList();
  const firmware = parseAgent(new FieldReader(agentIssues, ROOT, json));
  if (firmware !== undefined) config.firmware = firmware;
  const topIssues = new IssueList();
  reportUnknownKeys(new FieldReader(topIssues, ROOT, json), TOP_LEVEL, "top-level section");
  return {
    config,
    issues: [...componentIssues.items, ...serviceIssues.items, ...remoteIssues.items, ...authIssues.items, ...agentIssues.items, ...topIssues.items],
  };
}

/** selective_syncer_name must name a sensor of this config. Sync holds while it does not (as
 *  viam-server's does), so the name is kept; the error says why nothing syncs. */
function checkSelectiveSyncer(config: MachineConfig, issues: IssueList): void {
  const name = config.dataManager?.selectiveSyncerName;
  if (name === undefined) return;
  const path = `${config.dataManager!.path}.attributes.selective_syncer_name`;
  const component = config.components.find((c) => c.name === name);
  if (component === undefined) issues.error(path, `no component named "${name}": sync waits until it is a sensor that says should_sync`);
  else if (component.type !== "sensor") issues.error(path, `"${name}" is a ${component.type}, not a sensor: sync waits until it is one that says should_sync`);
}
