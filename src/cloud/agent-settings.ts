// The device settings the app serves apart from the machine config: `agent.advanced_settings`
// (firmware_mode, deep_sleep_action_timeout_seconds, ulp_wakeup_enabled), from
// viam.app.agent.v1.AgentDeviceService/DeviceAgentConfig, as viam-micro-server gets them. They are
// fetched after each config fetch and cached in the key-value store as JSON text; boot() reads that
// cache, since the firmware mode is chosen as a boot begins. A bad value is reported at its path and
// stops nothing: the parser runs the board in normal mode for a bad firmware_mode, as it does for
// the local config's.
import type { Host } from "../host.ts";
import type { ConfigIssue, FirmwareConfig } from "../config/types.ts";
import { formatIssue, parseMachineConfig } from "../config/parse.ts";
import { viam } from "../proto/generated/viam.js";
import { fromProtoStruct } from "../proto/struct.ts";
import { canonicalJson } from "./robot-config-json.ts";
import { errorMessage } from "../error-message.ts";

export const AGENT_CONFIG_PATH = "/viam.app.agent.v1.AgentDeviceService/DeviceAgentConfig";
/** Key of the cached settings in the settings namespace. */
export const AGENT_SETTINGS_KEY = "agent";

export interface AgentSettings {
  /** Undefined when the settings set none of the keys the firmware reads. */
  firmware: FirmwareConfig | undefined;
  issues: ConfigIssue[];
}

export interface AgentFetch {
  /** Whether the cache now holds other settings than before. */
  changed: boolean;
  settings: AgentSettings;
}

/** The cached settings, parsed; undefined when none are cached or the cache cannot be read. */
export function readCachedAgentSettings(host: Host, settingsPath: string): AgentSettings | undefined {
  let text: string | undefined;
  try {
    text = readCache(host, settingsPath);
  } catch (error) {
    host.log("warn", `key-value ${settingsPath}/${AGENT_SETTINGS_KEY} cannot be read (${errorMessage(error)}); using the local config's agent settings`);
    return undefined;
  }
  if (text === undefined) return undefined;
  try {
    return parseSettings(JSON.parse(text));
  } catch {
    host.log("warn", `key-value ${settingsPath}/${AGENT_SETTINGS_KEY} is damaged; using the local config's agent settings`);
    return undefined;
  }
}

/** Fetches the settings and caches them; rejects when the call fails (the cache stays as it was). */
export async function fetchAgentSettings(
  host: Host,
  client: { call(path: string, request: Uint8Array): Promise<Uint8Array>; readonly partId: string },
  settingsPath: string,
): Promise<AgentFetch> {
  const response = viam.app.agent.v1.DeviceAgentConfigResponse.decode(
    await client.call(AGENT_CONFIG_PATH, viam.app.agent.v1.DeviceAgentConfigRequest.encode({ id: client.partId }).finish()),
  );
  const json = response.advancedSettings ? fromProtoStruct(response.advancedSettings) : {};
  const settings = parseSettings(json);
  const text = Object.keys(json).length === 0 ? undefined : canonicalJson(json);
  const store = host.keyValue.open({ path: settingsPath, format: "string" });
  let changed: boolean;
  try {
    changed = store.read(AGENT_SETTINGS_KEY) !== text;
    if (changed && text === undefined) store.delete(AGENT_SETTINGS_KEY);
    else if (changed) store.write(AGENT_SETTINGS_KEY, text!);
  } finally {
    store.close();
  }
  if (changed) {
    host.log("info", `config: the cloud's agent.advanced_settings changed (${text ?? "none"})`);
    for (const issue of settings.issues) host.log(issue.severity === "error" ? "error" : "warn", `config: ${formatIssue(issue)}`);
  }
  return { changed, settings };
}

function parseSettings(json: unknown): AgentSettings {
  const parsed = parseMachineConfig({ agent: { advanced_settings: json } });
  return { firmware: parsed.config.firmware, issues: parsed.issues };
}

function readCache(host: Host, settingsPath: string): string | undefined {
  const store = host.keyValue.open({ path: settingsPath, format: "string" });
  try {
    return store.read(AGENT_SETTINGS_KEY);
  } finally {
    store.close();
  }
}
