import Resource from "Resource";
import { boot, SETTINGS_PATH, type Machine } from "../../src/boot.ts";
import { ConfigSyntaxError } from "../../src/config/parse.ts";
import { createEsp32Host } from "./esp32-host.ts";

// The cloud client caches the machine config in boot's key-value namespace under CONFIG_KEY, and
// provisioning can store the credentials file there.
const CONFIG_KEY = "config";
const CREDENTIALS_KEY = "credentials";

// manifest.json bundles these through its `data` section: the machine config from examples/, and
// credentials.json from the project folder when the builder put one there.
const BUNDLED_CONFIG = "config.json";
const BUNDLED_CREDENTIALS = "credentials.json";

let machine: Machine | undefined;

function bundled(name: string): string | undefined {
  return Resource.exists(name) ? String.fromArrayBuffer(new Resource(name).slice(0)) : undefined;
}

// Moddable calls the function that the main module exports once setup (Wi-Fi, SNTP) is done; a main
// with no top-level side effects can also be preloaded.
export default function main(): void {
  const host = createEsp32Host();
  const settings = host.keyValue.open({ path: SETTINGS_PATH, format: "string" });
  let cached: string | undefined;
  let credentials: string | undefined;
  try {
    cached = settings.read(CONFIG_KEY);
    credentials = settings.read(CREDENTIALS_KEY) ?? bundled(BUNDLED_CREDENTIALS);
  } finally {
    settings.close();
  }

  if (cached !== undefined) {
    try {
      machine = boot(host, { config: cached, credentials });
    } catch (error) {
      // A damaged cache must not keep the board from capturing: fall back to the bundled config.
      if (!(error instanceof ConfigSyntaxError)) throw error;
      host.log("error", `cached config is unreadable (${error.message}); using the bundled config`);
    }
  }
  if (machine === undefined) {
    const config = bundled(BUNDLED_CONFIG);
    if (config === undefined) host.log("warn", `no cached config and no ${BUNDLED_CONFIG} bundled; starting empty`);
    machine = boot(host, { config: config ?? "{}", credentials });
  }
  host.log("info", `booted epoch ${machine.epoch}: ${machine.resources.size} resources, ${machine.issues.length} config issues`);
}
