import { test } from "node:test";
import assert from "node:assert/strict";
import { formatIssue, parseMachineConfig } from "../src/config/parse.ts";
import type { ParsedConfig } from "../src/config/types.ts";

const S = "components[0].service_configs";
const M = `${S}[0].attributes.capture_methods`;

function board(serviceConfigs: unknown): Record<string, unknown> {
  return { name: "board", type: "board", model: "esp32", service_configs: serviceConfigs };
}

function withMethods(methods: unknown, dataManager?: Record<string, unknown>): ParsedConfig {
  return parseMachineConfig({
    components: [board([{ type: "data_manager", attributes: { capture_methods: methods } }])],
    services: dataManager ? [{ name: "dm", type: "data_manager", attributes: dataManager }] : [],
  });
}

function lines(parsed: ParsedConfig): string[] {
  return parsed.issues.map((issue) => `${issue.severity} ${formatIssue(issue)}`);
}

function methodsOf(parsed: ParsedConfig, component = 0) {
  return parsed.config.components[component].captureMethods;
}

test("a minimal capture method gets every default", () => {
  const parsed = withMethods([{ method: "Readings", capture_frequency_hz: 2 }]);
  assert.deepEqual(lines(parsed), []);
  assert.deepEqual(methodsOf(parsed), [
    { path: `${M}[0]`, method: "Readings", captureFrequencyHz: 2, cacheSizeKb: 1, additionalParams: {}, disabled: false },
  ]);
});

test("every capture method attribute takes an explicit value", () => {
  const parsed = withMethods([
    {
      method: "Analogs",
      capture_frequency_hz: 0.25,
      cache_size_kb: 8.5,
      additional_params: { reader_name: "light", extra: "x" },
      disabled: true,
    },
  ]);
  assert.deepEqual(lines(parsed), []);
  assert.deepEqual(methodsOf(parsed), [
    {
      path: `${M}[0]`,
      method: "Analogs",
      captureFrequencyHz: 0.25,
      cacheSizeKb: 8.5,
      additionalParams: { reader_name: "light", extra: "x" },
      disabled: true,
    },
  ]);
});

test("cache_size_kb defaults to the data manager's cache_size_kb, and an explicit value wins", () => {
  const parsed = withMethods(
    [
      { method: "Readings", capture_frequency_hz: 1 },
      { method: "Readings", capture_frequency_hz: 1, cache_size_kb: 2, additional_params: { k: "v" } },
    ],
    { cache_size_kb: 4 },
  );
  assert.deepEqual(lines(parsed), []);
  assert.deepEqual(
    methodsOf(parsed).map((method) => method.cacheSizeKb),
    [4, 2],
  );
});

test("the data manager's cache_size_kb is the default even when the service is listed after the components", () => {
  const parsed = parseMachineConfig({
    components: [board([{ type: "data_manager", attributes: { capture_methods: [{ method: "Readings", capture_frequency_hz: 1 }] } }])],
    services: [{ name: "dm", type: "rdk:service:data_manager", attributes: { cache_size_kb: 6 } }],
  });
  assert.equal(methodsOf(parsed)[0].cacheSizeKb, 6);
});

test("method is a required non-empty string", () => {
  for (const [entry, message] of [
    [{ capture_frequency_hz: 1 }, "is required"],
    [{ method: null, capture_frequency_hz: 1 }, "is required"],
    [{ method: 5, capture_frequency_hz: 1 }, "must be a string"],
    [{ method: "", capture_frequency_hz: 1 }, "must not be empty"],
  ] as const) {
    const parsed = withMethods([entry]);
    assert.deepEqual(lines(parsed), [`error ${M}[0].method: ${message}`]);
    assert.deepEqual(methodsOf(parsed), []);
  }
});

test("capture_frequency_hz is a required number > 0", () => {
  for (const [value, message] of [
    [undefined, "is required"],
    [0, "must be > 0"],
    [-2, "must be > 0"],
    ["10", "must be a number"],
    [[10], "must be a number"],
  ] as const) {
    const parsed = withMethods([{ method: "Readings", capture_frequency_hz: value }]);
    assert.deepEqual(lines(parsed), [`error ${M}[0].capture_frequency_hz: ${message}`]);
    assert.deepEqual(methodsOf(parsed), []);
  }
});

test("cache_size_kb must be a number > 0", () => {
  for (const [value, message] of [
    [0, "must be > 0"],
    [-1, "must be > 0"],
    ["8", "must be a number"],
  ] as const) {
    const parsed = withMethods([{ method: "Readings", capture_frequency_hz: 1, cache_size_kb: value }]);
    assert.deepEqual(lines(parsed), [`error ${M}[0].cache_size_kb: ${message}`]);
    assert.deepEqual(methodsOf(parsed), []);
  }
});

test("disabled must be a boolean", () => {
  const parsed = withMethods([{ method: "Readings", capture_frequency_hz: 1, disabled: "yes" }]);
  assert.deepEqual(lines(parsed), [`error ${M}[0].disabled: must be a boolean`]);
  assert.deepEqual(methodsOf(parsed), []);
});

test("additional_params must be an object of strings; numbers and booleans become their text", () => {
  const parsed = withMethods([
    { method: "Gpios", capture_frequency_hz: 1, additional_params: { pin_name: 15, pull: true, ratio: 0.5 } },
  ]);
  assert.deepEqual(lines(parsed), []);
  assert.deepEqual(methodsOf(parsed)[0].additionalParams, { pin_name: "15", pull: "true", ratio: "0.5" });

  const notObject = withMethods([{ method: "Readings", capture_frequency_hz: 1, additional_params: "reader_name=a" }]);
  assert.deepEqual(lines(notObject), [`error ${M}[0].additional_params: must be an object`]);
  assert.deepEqual(methodsOf(notObject), []);

  const badValues = withMethods([
    { method: "Readings", capture_frequency_hz: 1, additional_params: { a: { b: 1 }, c: null, d: [1] } },
  ]);
  assert.deepEqual(lines(badValues), [
    `error ${M}[0].additional_params.a: must be a string`,
    `error ${M}[0].additional_params.c: must be a string`,
    `error ${M}[0].additional_params.d: must be a string`,
  ]);
  assert.deepEqual(methodsOf(badValues), []);
});

test("Analogs needs additional_params.reader_name and Gpios needs additional_params.pin_name", () => {
  for (const [method, param] of [
    ["Analogs", "reader_name"],
    ["Gpios", "pin_name"],
  ]) {
    for (const params of [undefined, {}, { other: "x" }]) {
      const parsed = withMethods([{ method, capture_frequency_hz: 1, additional_params: params }]);
      assert.deepEqual(lines(parsed), [`error ${M}[0].additional_params.${param}: is required for ${method}`]);
      assert.deepEqual(methodsOf(parsed), []);
    }
    const empty = withMethods([{ method, capture_frequency_hz: 1, additional_params: { [param]: "" } }]);
    assert.deepEqual(lines(empty), [`error ${M}[0].additional_params.${param}: must not be empty`]);
    const wrongType = withMethods([{ method, capture_frequency_hz: 1, additional_params: { [param]: {} } }]);
    assert.deepEqual(lines(wrongType), [`error ${M}[0].additional_params.${param}: must be a string`]);
  }
});

test("methods other than Analogs and Gpios need no parameters", () => {
  const parsed = withMethods([
    { method: "Readings", capture_frequency_hz: 1 },
    { method: "TicksCount", capture_frequency_hz: 1 },
    { method: "toString", capture_frequency_hz: 1 },
  ]);
  assert.deepEqual(lines(parsed), []);
  assert.equal(methodsOf(parsed).length, 3);
});

test("unknown capture method keys are warnings and the method is kept", () => {
  const parsed = withMethods([{ method: "Readings", capture_frequency_hz: 1, capture_queue_size: 5 }]);
  assert.deepEqual(lines(parsed), [`warning ${M}[0].capture_queue_size: unknown attribute`]);
  assert.equal(methodsOf(parsed).length, 1);
});

test("a duplicate capture method (same method and params) is an error on the later entry", () => {
  const parsed = withMethods([
    { method: "Analogs", capture_frequency_hz: 1, additional_params: { reader_name: "a", x: "1" } },
    { method: "Analogs", capture_frequency_hz: 5, additional_params: { reader_name: "b" } },
    { method: "Analogs", capture_frequency_hz: 2, additional_params: { x: 1, reader_name: "a" }, disabled: true },
    { method: "Readings", capture_frequency_hz: 1 },
    { method: "Readings", capture_frequency_hz: 3, cache_size_kb: 4 },
  ]);
  assert.deepEqual(lines(parsed), [`error ${M}[2]: duplicates ${M}[0]`, `error ${M}[4]: duplicates ${M}[3]`]);
  assert.deepEqual(
    methodsOf(parsed).map((method) => method.path),
    [`${M}[0]`, `${M}[1]`, `${M}[3]`],
  );
});

test("a bad capture entry is skipped while its siblings and the other components remain", () => {
  const parsed = parseMachineConfig({
    components: [
      board([
        {
          type: "data_manager",
          attributes: {
            capture_methods: [
              { method: "Analogs", capture_frequency_hz: 10, additional_params: { reader_name: "light" } },
              { method: "Analogs", capture_frequency_hz: 0, additional_params: { reader_name: "thermo" } },
              "Gpios",
              { method: "Gpios", capture_frequency_hz: 1, additional_params: { pin_name: "15" } },
            ],
          },
        },
      ]),
      {
        name: "sensor-1",
        type: "sensor",
        model: "fake",
        service_configs: [{ type: "data_manager", attributes: { capture_methods: [{ method: "Readings", capture_frequency_hz: 1 }] } }],
      },
    ],
  });
  assert.deepEqual(lines(parsed), [
    `error ${M}[1].capture_frequency_hz: must be > 0`,
    `error ${M}[2]: must be an object`,
  ]);
  assert.deepEqual(
    parsed.config.components.map((component) => component.name),
    ["board", "sensor-1"],
  );
  assert.deepEqual(
    methodsOf(parsed).map((method) => method.path),
    [`${M}[0]`, `${M}[3]`],
  );
  assert.deepEqual(
    methodsOf(parsed, 1).map((method) => method.method),
    ["Readings"],
  );
});

test("capture_methods must be an array; the component is kept without capture", () => {
  const parsed = withMethods({ method: "Readings" });
  assert.deepEqual(lines(parsed), [`error ${M}: must be an array`]);
  assert.equal(parsed.config.components.length, 1);
  assert.deepEqual(methodsOf(parsed), []);
});

test("service_configs must be an array of objects; the component is kept", () => {
  const notArray = parseMachineConfig({ components: [board({ type: "data_manager" })] });
  assert.deepEqual(lines(notArray), [`error ${S}: must be an array`]);
  assert.deepEqual(methodsOf(notArray), []);

  const notObject = parseMachineConfig({ components: [board(["data_manager"])] });
  assert.deepEqual(lines(notObject), [`error ${S}[0]: must be an object`]);
  assert.equal(notObject.config.components.length, 1);
});

test("a service config needs a type; data_manager is read with or without the rdk:service: prefix", () => {
  const missing = parseMachineConfig({ components: [board([{ attributes: {} }])] });
  assert.deepEqual(lines(missing), [`error ${S}[0].type: is required`]);

  for (const type of ["data_manager", "rdk:service:data_manager", "service:data_manager"]) {
    const parsed = parseMachineConfig({
      components: [board([{ type, attributes: { capture_methods: [{ method: "Readings", capture_frequency_hz: 1 }] } }])],
    });
    assert.deepEqual(lines(parsed), [], type);
    assert.equal(methodsOf(parsed).length, 1, type);
  }
});

test("a service config of another type is reported as unsupported and ignored", () => {
  const parsed = parseMachineConfig({ components: [board([{ type: "vision", attributes: { capture_methods: [] } }])] });
  assert.deepEqual(lines(parsed), [`warning ${S}[0].type: unsupported service config type "vision"`]);
  assert.equal(parsed.config.components.length, 1);
});

test("data manager service config attributes must be an object and may be absent", () => {
  const absent = parseMachineConfig({ components: [board([{ type: "data_manager" }])] });
  assert.deepEqual(lines(absent), []);
  assert.deepEqual(methodsOf(absent), []);

  const bad = parseMachineConfig({ components: [board([{ type: "data_manager", attributes: 3 }])] });
  assert.deepEqual(lines(bad), [`error ${S}[0].attributes: must be an object`]);
  assert.equal(bad.config.components.length, 1);
});

test("a second data_manager service config on one component is an error and the first is used", () => {
  const parsed = parseMachineConfig({
    components: [
      board([
        { type: "data_manager", attributes: { capture_methods: [{ method: "Readings", capture_frequency_hz: 1 }] } },
        { type: "rdk:service:data_manager", attributes: { capture_methods: [{ method: "Readings", capture_frequency_hz: 2 }] } },
      ]),
    ],
  });
  assert.deepEqual(lines(parsed), [`error ${S}[1]: more than one data_manager service config; ${S}[0] is used`]);
  assert.deepEqual(
    methodsOf(parsed).map((method) => method.captureFrequencyHz),
    [1],
  );
});

test("retention_policy is passed through onto the component", () => {
  const policy = { days: 14, binary_limit_gb: 10, tabular_limit_gb: 1 };
  const parsed = parseMachineConfig({
    components: [board([{ type: "data_manager", attributes: { retention_policy: policy, capture_methods: [] } }])],
  });
  assert.deepEqual(lines(parsed), []);
  assert.deepEqual(parsed.config.components[0].retentionPolicy, policy);

  const absent = withMethods([]);
  assert.equal("retentionPolicy" in absent.config.components[0], false);

  const bad = parseMachineConfig({ components: [board([{ type: "data_manager", attributes: { retention_policy: 14 } }])] });
  assert.deepEqual(lines(bad), [`error ${S}[0].attributes.retention_policy: must be an object`]);
  assert.equal("retentionPolicy" in bad.config.components[0], false);
});

test("unknown data manager service config attributes are warnings", () => {
  const parsed = parseMachineConfig({
    components: [board([{ type: "data_manager", attributes: { capture_methods: [], capture_everything: true } }])],
  });
  assert.deepEqual(lines(parsed), [`warning ${S}[0].attributes.capture_everything: unknown attribute`]);
});

test("capture problems on a component that is itself skipped are still reported", () => {
  const parsed = parseMachineConfig({
    components: [
      {
        type: "board",
        model: "esp32",
        service_configs: [{ type: "data_manager", attributes: { capture_methods: [{ method: "Readings" }] } }],
      },
    ],
  });
  assert.deepEqual(lines(parsed), ["error components[0].name: is required", `error ${M}[0].capture_frequency_hz: is required`]);
  assert.deepEqual(parsed.config.components, []);
});

test("empty attributes, depends_on and additional_params are one shared, frozen value each", () => {
  const fake = (name: string, extra: Record<string, unknown>, params?: object) => ({
    name,
    namespace: "rdk",
    type: "sensor",
    model: "fake",
    ...extra,
    service_configs: [{ type: "data_manager", attributes: { capture_methods: [{ method: "Readings", capture_frequency_hz: 1, ...(params && { additional_params: params }) }] } }],
  });
  const parsed = parseMachineConfig({
    components: [fake("a", {}), fake("b", { attributes: {}, depends_on: [] }, {}), fake("c", { attributes: { x: 1 }, depends_on: ["a"] })],
    services: [{ name: "dm", namespace: "rdk", type: "data_manager", attributes: {} }],
  });
  assert.deepEqual(lines(parsed), []);
  const [a, b, c] = parsed.config.components;
  assert.ok(a && b && c);
  assert.equal(a.attributes, b.attributes);
  assert.equal(a.dependsOn, b.dependsOn);
  assert.equal(a.captureMethods[0]!.additionalParams, b.captureMethods[0]!.additionalParams);
  for (const shared of [a.attributes, a.dependsOn, a.captureMethods[0]!.additionalParams]) {
    assert.ok(Object.isFrozen(shared));
    assert.throws(() => Object.assign(shared, { written: true }), TypeError, "no component can write to what every component shares");
  }
  assert.deepEqual(c.attributes, { x: 1 });
  assert.deepEqual(c.dependsOn, ["a"]);
});
