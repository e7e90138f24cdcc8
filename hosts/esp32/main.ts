import Resource from "Resource";
import { boot, SETTINGS_PATH, type Machine } from "../../src/boot.ts";
import { ConfigSyntaxError } from "../../src/config/parse.ts";
import { createEsp32Host } from "./esp32-host.ts";

// Provisioning can store the credentials file in boot's key-value namespace under this key.
const CREDENTIALS_KEY = "credentials";

// manifest.json bundles these through its `data` section: the machine config from examples/, and
// credentials.json from the project folder when the builder put one there.
const BUNDLED_CONFIG = "config.json";
const BUNDLED_CREDENTIALS = "credentials.json";

function bundled(name: string): string | undefined {
  return Resource.exists(name) ? String.fromArrayBuffer(new Resource(name).slice(0)) : undefined;
}

// Moddable calls the function that the main module exports once setup (Wi-Fi, SNTP) is done; a main
// with no top-level side effects can also be preloaded.
export default function main(): void {
  const host = createEsp32Host();
  const settings = host.keyValue.open({ path: SETTINGS_PATH, format: "string" });
  let credentials: string | undefined;
  try {
    credentials = settings.read(CREDENTIALS_KEY) ?? bundled(BUNDLED_CREDENTIALS);
  } finally {
    settings.close();
  }

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
