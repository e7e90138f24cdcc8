// Configs written for viam-server run here unchanged: every section and key Viam's config can carry is
// accepted, by the firmware and by the local cloud; a key Viam does not know is one warning.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { after, describe, it } from "node:test";
import { parseMachineConfig } from "../src/config/parse.ts";
import { startLocalCloud } from "../hosts/node/cloud/local-cloud.ts";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const example = JSON.parse(readFileSync(join(root, "examples/config.json"), "utf8")) as Record<string, unknown>;

/** What Viam's app puts in each section, shortened. */
const SECTIONS: Record<string, unknown> = {
  fragments: [{ id: "5b7e3f7a-0c3a-4e6f-9d7e-1c2b3a4d5e6f", variables: {} }],
  agent: { "viam-agent": { release_channel: "stable" }, advanced_settings: {} },
  modules: [{ type: "registry", name: "viam_tmp36", module_id: "viam:tmp36", version: "latest" }],
  packages: [{ name: "model", package: "org/model", type: "ml_model", version: "latest" }],
  network: { bind_address: ":8080", fqdn: "board.local" },
  cloud: { id: "part-id", secret: "not-read-here", app_address: "https://app.viam.com:443" },
  auth: { handlers: [], disabled: false },
  debug: true,
  log: [{ pattern: "rdk.resource_manager", level: "debug" }],
  jobs: [{ name: "nightly", schedule: "0 3 * * *", resource: "board", method: "GetGPIO" }],
  revision: "2026-11-30T10:00:00Z",
  maintenance: { sensor_name: "rdk:component:sensor/fake-sensor", maintenance_allowed_key: "allowed" },
};

describe("config tolerance", () => {
  for (const [section, value] of Object.entries(SECTIONS)) {
    it(`accepts a top-level "${section}" and runs the rest`, () => {
      const parsed = parseMachineConfig({ ...example, [section]: value });
      // auth is read here: its viam-server-only keys are "not applicable", never errors.
      const issues = parsed.issues.filter((issue) => issue.severity === "error" || /unknown/.test(issue.message));
      assert.deepEqual(issues, [], JSON.stringify(parsed.issues));
      assert.equal(parsed.config.components.length, parseMachineConfig(example).config.components.length);
    });
  }

  it("reports a top-level section and a component key that Viam does not know, once each, as warnings", () => {
    const components = structuredClone(example.components) as Array<Record<string, unknown>>;
    components[0]!.colour = "blue";
    const parsed = parseMachineConfig({ ...example, components, fragmnets: [] });
    assert.deepEqual(
      parsed.issues.map((i) => [i.path, i.severity, i.message]),
      [
        ["components[0].colour", "warning", "unknown component key, ignored"],
        ["fragmnets", "warning", "unknown top-level section, ignored"],
      ],
    );
    assert.equal(parsed.config.components.length, components.length, "the component still runs");
  });

  describe("the local cloud", () => {
    let close: (() => Promise<void>) | undefined;
    after(() => close?.());

    it("serves a config with every section, an unknown one and unknown component keys", async () => {
      const components = structuredClone(example.components) as Array<Record<string, unknown>>;
      components[0]!.colour = "blue";
      const config = { ...example, ...SECTIONS, components, something_new: { a: 1 } };
      const cloud = await startLocalCloud({ parts: [{ id: "p", secret: "s-123456", config }] });
      close = () => cloud.close();
      assert.ok(cloud.url.startsWith("http"));
    });
  });
});
