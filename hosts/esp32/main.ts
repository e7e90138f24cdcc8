import Resource from "Resource";
import { boot, SETTINGS_PATH, type Machine } from "../../src/boot.ts";
import { ConfigSyntaxError } from "../../src/config/parse.ts";
import { createEsp32Host } from "./esp32-host.ts";
import { StationWifi } from "./station-wifi.ts";
import type { Host } from "../../src/host.ts";

// Provisioning can store the credentials file in boot's key-value namespace under this key, and the
// Wi-Fi station's settings ({"ssid", "password", "sntp"}) under the other.
const CREDENTIALS_KEY = "credentials";
const STATION_KEY = "wifi";

// manifest.json bundles these through its `data` section: the machine config from examples/, and
// credentials.json and wifi.json from the project folder when the builder put them there
// (scripts/esp32-deps.mjs copies them).
const BUNDLED_CONFIG = "config.json";
const BUNDLED_CREDENTIALS = "credentials.json";
const BUNDLED_STATION = "wifi.json";

function bundled(name: string): string | undefined {
  return Resource.exists(name) ? String.fromArrayBuffer(new Resource(name).slice(0)) : undefined;
}

// Moddable calls the function that the main module exports once setup (Wi-Fi, SNTP) is done; a main
// with no top-level side effects can also be preloaded.
export default function main(): void {
  const host = createEsp32Host();
  const settings = host.keyValue.open({ path: SETTINGS_PATH, format: "string" });
  let credentials: string | undefined;
  let station: string | undefined;
  try {
    credentials = settings.read(CREDENTIALS_KEY) ?? bundled(BUNDLED_CREDENTIALS);
    station = settings.read(STATION_KEY) ?? bundled(BUNDLED_STATION);
  } finally {
    settings.close();
  }
  if (station !== undefined) host.wifi = stationWifi(host, station);

  // With credentials, boot() runs the config the cloud gave last (cached in the same namespace) and
  // fetches the current one; the bundled config is what runs before the cloud has ever answered.
  const config = bundled(BUNDLED_CONFIG);
  if (config === undefined) host.log("warn", `no ${BUNDLED_CONFIG} bundled; starting empty until the cloud's config arrives`);
  // The machine lives on in its timers and sockets; a module-level variable to hold it would be
  // preloaded state that costs RAM.
  let machine: Machine;
  try {
    machine = boot(host, { config: config ?? "{}", credentials });
  } catch (error) {
    // A damaged bundle must not keep the board off the network: the cloud's config can still arrive.
    if (!(error instanceof ConfigSyntaxError)) throw error;
    host.log("error", `${BUNDLED_CONFIG} is unreadable (${error.message}); starting empty until the cloud's config arrives`);
    machine = boot(host, { config: "{}", credentials });
  }
  host.log("info", `booted epoch ${machine.epoch}: ${machine.resources.size} resources, ${machine.issues.length} config issues`);
}

/** The station settings as JSON text ({"ssid", "password"?, "sntp"?}); unreadable ones leave the Wi-Fi
 *  as the build's setup made it. */
function stationWifi(host: Host, text: string): StationWifi {
  try {
    const { ssid, password, sntp } = JSON.parse(text) as { ssid?: unknown; password?: unknown; sntp?: unknown };
    if (typeof ssid !== "string" || ssid === "") throw new Error("no ssid");
    return new StationWifi({
      ssid,
      ...(typeof password === "string" && { password }),
      ...(typeof sntp === "string" && { sntp }),
    });
  } catch (error) {
    // The text holds the Wi-Fi password: the message says what is wrong, never what is there.
    host.log("error", `the Wi-Fi station settings are unreadable (${error instanceof SyntaxError ? "not JSON" : "no ssid"}); Wi-Fi stays as the build set it up`);
    return new StationWifi();
  }
}
