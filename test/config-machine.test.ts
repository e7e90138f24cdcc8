import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { ConfigSyntaxError, formatIssue, parseConfigText, parseMachineConfig } from "../src/config/parse.ts";
import type { ParsedConfig } from "../src/config/types.ts";

function lines(parsed: ParsedConfig): string[] {
  return parsed.issues.map((issue) => `${issue.severity} ${formatIssue(issue)}`);
}

function component(fields: Record<string, unknown>): ParsedConfig {
  return parseMachineConfig({ components: [{ name: "c", type: "sensor", model: "fake", ...fields }] });
}

test("examples/config.json parses with no issues into the example machine", () => {
  const text = readFileSync(new URL("../examples/config.json", import.meta.url), "utf8");
  const parsed = parseConfigText(text);
  assert.deepEqual(parsed.issues, []);
  const { components, services, remotes, dataManager } = parsed.config;
  assert.deepEqual(
    components.map((c) => [c.name, c.namespace, c.type, c.model, c.dependsOn]),
    [
      ["board", "rdk", "board", "esp32", []],
      ["fake-sensor", "rdk", "sensor", "fake", []],
      ["temperature", "rdk", "sensor", "tmp36", ["board"]],
    ],
  );
  assert.deepEqual(components[2].attributes, { board: "board", analog_reader: "thermo", num_readings: 8 });
  assert.deepEqual(
    components.flatMap((c) =>
      c.captureMethods.map((m) => [c.name, m.method, m.captureFrequencyHz, m.cacheSizeKb, m.additionalParams, m.disabled]),
    ),
    [
      ["board", "Analogs", 10, 8, { reader_name: "light" }, false],
      ["board", "Analogs", 2, 1, { reader_name: "thermo" }, false],
      ["board", "Gpios", 1, 1, { pin_name: "15" }, false],
      ["fake-sensor", "Readings", 0.5, 1, {}, false],
      ["temperature", "Readings", 1, 2, {}, false],
    ],
  );
  assert.equal(components[0].captureMethods[2].path, "components[0].service_configs[0].attributes.capture_methods[2]");
  assert.deepEqual(
    services.map((s) => [s.name, s.namespace, s.type, s.model]),
    [["data_manager-1", "rdk", "data_manager", "rdk:builtin:builtin"]],
  );
  assert.deepEqual(remotes, []);
  assert.deepEqual(dataManager, {
    path: "services[0]",
    name: "data_manager-1",
    syncIntervalMins: 0.1,
    tags: ["example"],
    captureDisabled: false,
    syncDisabled: false,
    deleteDataOnPartDeletion: false,
    cacheSizeKb: 1,
    durable: false,
  });
});

test("only unreadable JSON throws, as a ConfigSyntaxError", () => {
  for (const text of ["", "{", '{"components": [,]}', "{'a': 1}"]) {
    assert.throws(
      () => parseConfigText(text),
      (error: unknown) =>
        error instanceof ConfigSyntaxError &&
        error instanceof Error &&
        error.name === "ConfigSyntaxError" &&
        error.message.startsWith("config is not valid JSON: "),
      JSON.stringify(text),
    );
  }
});

test("a document that is not an object is one error at $ and an empty config", () => {
  for (const text of ["[]", "null", "42", '"config"']) {
    const parsed = parseConfigText(text);
    assert.deepEqual(lines(parsed), ["error $: must be an object"], text);
    assert.deepEqual(parsed.config, { components: [], services: [], remotes: [] });
  }
});

test("an empty object is an empty machine", () => {
  const parsed = parseMachineConfig({});
  assert.deepEqual(parsed, { config: { components: [], services: [], remotes: [] }, issues: [] });
});

test("formatIssue writes <path>: <message>", () => {
  assert.equal(
    formatIssue({ path: "components[2].name", message: "is required", severity: "error" }),
    "components[2].name: is required",
  );
});

test("components, services and remotes must be arrays", () => {
  const parsed = parseMachineConfig({ components: {}, services: "dm", remotes: 1 });
  assert.deepEqual(lines(parsed), [
    "error components: must be an array",
    "error services: must be an array",
    "error remotes: must be an array",
  ]);
});

test("top-level sections Viam has but this device does not use are ignored without issues", () => {
  const parsed = parseMachineConfig({ components: [], modules: [], packages: [], network: { port: 8080 }, debug: true });
  assert.deepEqual(parsed.issues, []);
});

test("a component entry that is not an object is skipped", () => {
  const parsed = parseMachineConfig({ components: [7, { name: "ok", type: "board", model: "esp32" }] });
  assert.deepEqual(lines(parsed), ["error components[0]: must be an object"]);
  assert.deepEqual(
    parsed.config.components.map((c) => [c.path, c.name]),
    [["components[1]", "ok"]],
  );
});

test("a component gets namespace rdk, empty attributes and no dependencies by default", () => {
  const parsed = parseMachineConfig({ components: [{ name: "b", type: "board", model: "esp32" }] });
  assert.deepEqual(parsed.issues, []);
  assert.deepEqual(parsed.config.components, [
    {
      path: "components[0]",
      name: "b",
      namespace: "rdk",
      type: "board",
      model: "esp32",
      attributes: {},
      dependsOn: [],
      captureMethods: [],
    },
  ]);
});

test("component name, type and model are required non-empty strings; a component without one is skipped", () => {
  const cases: Array<[Record<string, unknown>, string]> = [
    [{ name: undefined }, "components[0].name: is required"],
    [{ name: "" }, "components[0].name: must not be empty"],
    [{ name: 3 }, "components[0].name: must be a string"],
    [{ type: undefined }, "components[0].type: is required"],
    [{ type: "" }, "components[0].type: must not be empty"],
    [{ type: false }, "components[0].type: must be a string"],
    [{ model: undefined }, "components[0].model: is required"],
    [{ model: "" }, "components[0].model: must not be empty"],
    [{ model: 1 }, "components[0].model: must be a string"],
  ];
  for (const [fields, line] of cases) {
    const parsed = component(fields);
    assert.deepEqual(lines(parsed), [`error ${line}`], line);
    assert.deepEqual(parsed.config.components, [], line);
  }
});

test("a model is a bare name or a namespace:family:name triplet, kept as written", () => {
  for (const model of ["esp32", "rdk:builtin:esp32", "acme:sensors:bme280"]) {
    const parsed = component({ model });
    assert.deepEqual(parsed.issues, [], model);
    assert.equal(parsed.config.components[0].model, model);
  }
  for (const model of ["builtin:esp32", "rdk::esp32", "a:b:c:d", ":esp32"]) {
    const parsed = component({ model });
    assert.deepEqual(lines(parsed), ["error components[0].model: must be a model name like esp32 or rdk:builtin:esp32"], model);
    assert.deepEqual(parsed.config.components, []);
  }
});

test("a component type may carry its API prefix, which is stripped", () => {
  for (const [type, namespace, subtype] of [
    ["movement_sensor", "rdk", "movement_sensor"],
    ["component:encoder", "rdk", "encoder"],
    ["rdk:component:board", "rdk", "board"],
    ["acme:component:widget", "acme", "widget"],
  ]) {
    const parsed = component({ type });
    assert.deepEqual(parsed.issues, [], type);
    assert.equal(parsed.config.components[0].namespace, namespace, type);
    assert.equal(parsed.config.components[0].type, subtype, type);
  }
  for (const type of ["rdk:service:board", "service:board", "a:b:c:d", "rdk:component:", "x:y"]) {
    const parsed = component({ type });
    assert.deepEqual(lines(parsed), ["error components[0].type: must be a component type like board or rdk:component:board"], type);
    assert.deepEqual(parsed.config.components, []);
  }
});

test("a component may name its API with api instead of type", () => {
  const parsed = parseMachineConfig({ components: [{ name: "s", api: "rdk:component:sensor", model: "rdk:builtin:fake" }] });
  assert.deepEqual(parsed.issues, []);
  assert.equal(parsed.config.components[0].type, "sensor");
  assert.equal(parsed.config.components[0].namespace, "rdk");

  for (const api of ["sensor", "component:sensor", "rdk:service:sensor"]) {
    const bad = component({ type: undefined, api });
    assert.deepEqual(lines(bad), ["error components[0].api: must look like rdk:component:board"], api);
    assert.deepEqual(bad.config.components, []);
  }
  assert.deepEqual(lines(component({ type: undefined, api: 5 })), ["error components[0].api: must be a string"]);
});

test("api and type must agree when both are given", () => {
  assert.deepEqual(component({ api: "rdk:component:sensor", type: "sensor" }).issues, []);
  assert.deepEqual(component({ api: "rdk:component:sensor", type: "rdk:component:sensor" }).issues, []);
  for (const type of ["board", "acme:component:sensor"]) {
    const parsed = component({ api: "rdk:component:sensor", type });
    assert.deepEqual(lines(parsed), ['error components[0].type: does not match api "rdk:component:sensor"'], type);
    assert.deepEqual(parsed.config.components, []);
  }
});

test("namespace is taken from the field or the API prefix, and the two must agree", () => {
  assert.equal(component({ namespace: "acme", type: "widget" }).config.components[0].namespace, "acme");
  assert.equal(component({ namespace: "rdk", type: "rdk:component:sensor" }).config.components[0].namespace, "rdk");

  const clash = component({ namespace: "acme", type: "rdk:component:sensor" });
  assert.deepEqual(lines(clash), ['error components[0].namespace: does not match "rdk:component:sensor"']);
  assert.deepEqual(clash.config.components, []);

  const apiClash = component({ namespace: "acme", type: undefined, api: "rdk:component:sensor" });
  assert.deepEqual(lines(apiClash), ['error components[0].namespace: does not match "rdk:component:sensor"']);

  assert.deepEqual(lines(component({ namespace: 1 })), ["error components[0].namespace: must be a string"]);
  assert.deepEqual(lines(component({ namespace: "" })), ["error components[0].namespace: must not be empty"]);
});

test("component attributes are kept as given and must be an object", () => {
  const attributes = { board: "board", analog_reader: "thermo", nested: { a: [1, 2] } };
  assert.deepEqual(component({ attributes }).config.components[0].attributes, attributes);

  const bad = component({ attributes: [1] });
  assert.deepEqual(lines(bad), ["error components[0].attributes: must be an object"]);
  assert.deepEqual(bad.config.components, []);
});

test("depends_on is an array of non-empty strings", () => {
  assert.deepEqual(component({ depends_on: ["board", "imu"] }).config.components[0].dependsOn, ["board", "imu"]);
  for (const [value, line] of [
    ["board", "components[0].depends_on: must be an array"],
    [["board", 5], "components[0].depends_on[1]: must be a string"],
    [[""], "components[0].depends_on[0]: must not be empty"],
  ] as const) {
    const parsed = component({ depends_on: value });
    assert.deepEqual(lines(parsed), [`error ${line}`]);
    assert.deepEqual(parsed.config.components, []);
  }
});

test("a duplicate component name is an error on the later entry, which is skipped", () => {
  const parsed = parseMachineConfig({
    components: [
      { name: "a", type: "board", model: "esp32" },
      { name: "a", type: "sensor", model: "fake" },
      { name: "b", type: "sensor", model: "fake" },
    ],
  });
  assert.deepEqual(lines(parsed), ['error components[1].name: duplicate name "a" (first at components[0])']);
  assert.deepEqual(
    parsed.config.components.map((c) => [c.path, c.name, c.type]),
    [
      ["components[0]", "a", "board"],
      ["components[2]", "b", "sensor"],
    ],
  );
});

test("a name used by a skipped component stays free", () => {
  const parsed = parseMachineConfig({
    components: [
      { name: "a", type: "board" },
      { name: "a", type: "sensor", model: "fake" },
    ],
  });
  assert.deepEqual(lines(parsed), ["error components[0].model: is required"]);
  assert.deepEqual(
    parsed.config.components.map((c) => c.path),
    ["components[1]"],
  );
});

test("services are read with namespace, type, model, attributes and depends_on", () => {
  const parsed = parseMachineConfig({
    services: [
      { name: "vision-1", type: "vision", model: "mlmodel", attributes: { k: 1 }, depends_on: ["cam"] },
      { name: "nav", api: "rdk:service:navigation" },
    ],
  });
  assert.deepEqual(parsed.issues, []);
  assert.deepEqual(parsed.config.services, [
    {
      path: "services[0]",
      name: "vision-1",
      namespace: "rdk",
      type: "vision",
      model: "mlmodel",
      attributes: { k: 1 },
      dependsOn: ["cam"],
    },
    {
      path: "services[1]",
      name: "nav",
      namespace: "rdk",
      type: "navigation",
      model: "rdk:builtin:builtin",
      attributes: {},
      dependsOn: [],
    },
  ]);
});

test("a bad service entry is reported and skipped", () => {
  const parsed = parseMachineConfig({
    services: [
      "vision",
      { type: "vision" },
      { name: "v", type: "rdk:component:vision" },
      { name: "v", type: "vision", model: "a:b" },
      { name: "v", api: "vision" },
      { name: "v", type: "vision", attributes: "x" },
      { name: "v", type: "vision", depends_on: [1] },
      { name: "ok", type: "vision" },
    ],
  });
  assert.deepEqual(lines(parsed), [
    "error services[0]: must be an object",
    "error services[1].name: is required",
    "error services[2].type: must be a service type like data_manager or rdk:service:data_manager",
    "error services[3].model: must be a model name like esp32 or rdk:builtin:esp32",
    "error services[4].api: must look like rdk:service:data_manager",
    "error services[5].attributes: must be an object",
    "error services[6].depends_on[0]: must be a string",
  ]);
  assert.deepEqual(
    parsed.config.services.map((s) => s.path),
    ["services[7]"],
  );
});

test("service names are unique per API", () => {
  const parsed = parseMachineConfig({
    services: [
      { name: "x", type: "vision" },
      { name: "x", type: "navigation" },
      { name: "x", type: "rdk:service:vision" },
    ],
  });
  assert.deepEqual(lines(parsed), ['error services[2].name: duplicate name "x" (first at services[0])']);
  assert.deepEqual(
    parsed.config.services.map((s) => s.type),
    ["vision", "navigation"],
  );
});

test("remotes: name and address required, insecure defaults to false, auth is passed through", () => {
  const auth = { entity: "part.local", credentials: { type: "robot-location-secret", payload: "p" } };
  const parsed = parseMachineConfig({
    remotes: [
      { name: "r1", address: "part.local:8080" },
      { name: "r2", address: "10.0.0.2:12346", insecure: true, auth },
    ],
  });
  assert.deepEqual(parsed.issues, []);
  assert.deepEqual(parsed.config.remotes, [
    { path: "remotes[0]", name: "r1", address: "part.local:8080", insecure: false },
    { path: "remotes[1]", name: "r2", address: "10.0.0.2:12346", insecure: true, auth },
  ]);
});

test("a bad remote is reported and skipped", () => {
  const parsed = parseMachineConfig({
    remotes: [
      { address: "a:1" },
      { name: "r", address: "" },
      { name: "r", address: 5 },
      { name: "r" },
      { name: "r", address: "a:1", insecure: "yes" },
      { name: "r", address: "a:1", auth: "secret" },
      { name: "r", address: "a:1" },
      { name: "r", address: "b:1" },
    ],
  });
  assert.deepEqual(lines(parsed), [
    "error remotes[0].name: is required",
    "error remotes[1].address: must not be empty",
    "error remotes[2].address: must be a string",
    "error remotes[3].address: is required",
    "error remotes[4].insecure: must be a boolean",
    "error remotes[5].auth: must be an object",
    'error remotes[7].name: duplicate name "r" (first at remotes[6])',
  ]);
  assert.deepEqual(
    parsed.config.remotes.map((r) => r.path),
    ["remotes[6]"],
  );
});

test("issues are grouped components first, then services, then remotes, whatever the key order", () => {
  const parsed = parseMachineConfig({
    remotes: [{ name: "r" }],
    services: [{ type: "vision" }],
    components: [{ name: "c" }],
  });
  assert.deepEqual(
    parsed.issues.map((issue) => issue.path),
    ["components[0].type", "components[0].model", "services[0].name", "remotes[0].address"],
  );
});

test("null reads as an absent value", () => {
  const parsed = parseMachineConfig({
    components: [{ name: "c", type: "sensor", model: "fake", attributes: null, depends_on: null, service_configs: null }],
  });
  assert.deepEqual(parsed.issues, []);
  assert.deepEqual(parsed.config.components[0].attributes, {});
});
