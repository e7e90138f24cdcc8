// The `agent` section: viam-micro-server reads its device settings from `advanced_settings` there
// (the app serves them to the board as DeviceAgentConfig's advanced_settings): `firmware_mode`,
// `deep_sleep_action_timeout_seconds` and `ulp_wakeup_enabled`. viam-micro-server takes an unknown
// mode for "normal" without a word; here it is an error at its path, and the board runs normally.
// The rest of the section configures viam-agent on Linux machines and is left alone.
import type { FirmwareConfig, FirmwareMode } from "./types.ts";
import type { FieldReader } from "./reader.ts";
import { frozen } from "../frozen.ts";

const MODES: readonly FirmwareMode[] = frozen(["normal", "deep_sleep_between_data_syncs"]);
/** viam-micro-server's default for deep_sleep_action_timeout_seconds. */
export const DEFAULT_ACTION_TIMEOUT_SECS = 120;

export function parseAgent(root: FieldReader): FirmwareConfig | undefined {
  const settings = root.object("agent")?.object("advanced_settings");
  if (settings === undefined) return undefined;
  const keys = ["firmware_mode", "deep_sleep_action_timeout_seconds", "ulp_wakeup_enabled"];
  if (!keys.some((key) => settings.has(key))) return undefined;
  const firmware: FirmwareConfig = { path: settings.path, mode: "normal", actionTimeoutSecs: DEFAULT_ACTION_TIMEOUT_SECS };
  const mode = settings.string("firmware_mode");
  if (mode !== undefined) {
    if ((MODES as readonly string[]).includes(mode)) firmware.mode = mode as FirmwareMode;
    else settings.issues.error(settings.pathOf("firmware_mode"), `must be one of ${MODES.map((m) => `"${m}"`).join(", ")}; running in normal mode`);
  }
  firmware.actionTimeoutSecs = settings.number("deep_sleep_action_timeout_seconds", { positive: true }) ?? firmware.actionTimeoutSecs;
  if (settings.boolean("ulp_wakeup_enabled") === true) {
    settings.issues.warn(settings.pathOf("ulp_wakeup_enabled"), "not applicable on this device: it has no ULP program; the board wakes by its timer only");
  }
  return firmware;
}
