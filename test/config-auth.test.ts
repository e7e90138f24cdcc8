import { test } from "node:test";
import assert from "node:assert/strict";
import { formatIssue, parseMachineConfig } from "../src/config/parse.ts";

test("no auth block: the server checks tokens (auth stays on)", () => {
  const { config, issues } = parseMachineConfig({ components: [] });
  assert.equal(config.auth, undefined);
  assert.deepEqual(issues, []);
});

test("auth block: disabled, location_secrets and token_ttl_mins are read", () => {
  const { config, issues } = parseMachineConfig({
    auth: { disabled: true, location_secrets: ["loc-1", "loc-2"], token_ttl_mins: 5 },
  });
  assert.deepEqual(issues, []);
  assert.deepEqual(config.auth, { path: "auth", disabled: true, locationSecrets: ["loc-1", "loc-2"], tokenTtlMs: 300_000 });
});

test("auth defaults: enabled, no location secrets, the server's own token lifetime", () => {
  const { config } = parseMachineConfig({ auth: {} });
  assert.deepEqual(config.auth, { path: "auth", disabled: false, locationSecrets: [] });
});

test("bad auth values are reported at their paths and the rest of the config runs", () => {
  const { config, issues } = parseMachineConfig({
    components: [{ name: "b", type: "board", model: "esp32" }],
    auth: { disabled: "yes", location_secrets: ["ok", 7, ""], token_ttl_mins: 0, handlers: [] },
  });
  assert.deepEqual(issues.map(formatIssue), [
    "auth.disabled: must be a boolean",
    "auth.location_secrets[1]: must be a string",
    "auth.location_secrets[2]: must not be empty",
    "auth.token_ttl_mins: must be > 0",
    "auth.handlers: not applicable on this device",
  ]);
  assert.deepEqual(config.auth, { path: "auth", disabled: false, locationSecrets: ["ok"] });
  assert.equal(config.components.length, 1);
});

test("an auth block that is not an object is an error and auth stays on", () => {
  const { config, issues } = parseMachineConfig({ auth: true });
  assert.deepEqual(issues.map(formatIssue), ["auth: must be an object"]);
  assert.equal(config.auth, undefined);
});
