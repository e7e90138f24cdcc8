// The machine config from the cloud: RobotConfig as the official schema encodes it, turned into the
// JSON our parser reads; fetched at boot, cached in NVS, used by an offline boot, and applied while
// running without losing the records that wait in flash.
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, describe, it } from "node:test";
import { Value } from "@bufbuild/protobuf";
import { appRobotApi } from "@viamrobotics/sdk";
import $protobuf from "protobufjs/minimal";
import { startLocalCloud, type LocalCloud } from "../hosts/node/cloud/local-cloud.ts";
import { SimulatedDevice } from "../hosts/node/simulated-device.ts";
import { constant } from "../hosts/sim/signals.ts";
import { boot, SETTINGS_PATH, type Machine } from "../src/boot.ts";
import { CONFIG_KEY, MAX_CACHED_CONFIG_BYTES } from "../src/cloud/cloud-config.ts";
import { canonicalJson, configResponseToJson } from "../src/cloud/robot-config-json.ts";
import { parseMachineConfig } from "../src/config/parse.ts";
import { concatBytes } from "../src/data/bytes.ts";
import type { Collector } from "../src/data/collector.ts";
import { seededRandom } from "./seeded-random.ts";

const root = mkdtempSync(join(tmpdir(), "cloud-config-"));
after(() => rmSync(root, { recursive: true, force: true }));
let dirs = 0;

const PART = "part-cloud-config";
const SECRET = "cloud-config-secret-do-not-log";
const WALL = Date.UTC(2024, 5, 1, 12);

function encodeOfficial(json: object): Uint8Array {
  return new appRobotApi.ConfigResponse({ config: appRobotApi.RobotConfig.fromJson(json as never) }).toBinary();
}

describe("RobotConfig to machine config JSON", () => {
  it("reads every part of a config the official schema encodes, in the shape the parser reads", () => {
    // As the app serves it: proto JSON, where a remote's credential type is the enum's name.
    const served = {
      cloud: { id: PART, fqdn: "m.example.viam.cloud", local_fqdn: "m.local.viam.cloud", primary_org_id: "org-1", location_id: "loc-1", machine_id: "machine-1" },
      components: [
        {
          name: "board",
          namespace: "rdk",
          type: "board",
          api: "rdk:component:board",
          model: "rdk:builtin:esp32",
          attributes: { pins: [15, 16], analogs: [{ name: "light", pin: 34 }], flag: true, nothing: null, ratio: 0.25, nested: { list: ["a", 1, false, {}] } },
          service_configs: [
            {
              type: "data_manager",
              attributes: {
                capture_methods: [
                  { method: "Analogs", capture_frequency_hz: 10, cache_size_kb: 8, additional_params: { reader_name: "light" } },
                  { method: "Gpios", capture_frequency_hz: 1, additional_params: { pin_name: "15" }, disabled: true },
                ],
              },
            },
          ],
        },
        { name: "temperature", namespace: "rdk", type: "sensor", model: "tmp36", attributes: { board: "board", analog_reader: "light" }, depends_on: ["board"] },
      ],
      services: [
        { name: "data_manager-1", namespace: "rdk", type: "data_manager", api: "rdk:service:data_manager", model: "rdk:builtin:builtin", attributes: { sync_interval_mins: 0.5, tags: ["a", "b"] } },
      ],
      remotes: [
        { name: "arm-pi", address: "arm-pi.local:8080", insecure: true, auth: { entity: "arm-pi.loc.viam.cloud", credentials: { type: "CREDENTIALS_TYPE_ROBOT_LOCATION_SECRET", payload: "remote-secret" } } },
      ],
      revision: "rev-7",
    };
    const converted = configResponseToJson(encodeOfficial(served));
    // In Viam's machine-config JSON the credential type is spelled as rdk spells it.
    const expected = structuredClone(served) as typeof served & { remotes: Array<{ auth: { credentials: { type: string } } }> };
    expected.remotes[0]!.auth.credentials.type = "robot-location-secret";
    assert.equal(canonicalJson(converted), canonicalJson(expected));
    // Built in canonical order, so the fetch compares it with the running config as it comes.
    assert.equal(JSON.stringify(converted), canonicalJson(expected));
    assert.deepEqual(parseMachineConfig(converted), parseMachineConfig(expected));
    const parsed = parseMachineConfig(converted);
    assert.deepEqual(parsed.issues, []);
    assert.equal(parsed.config.components[0]!.captureMethods[0]!.additionalParams.reader_name, "light");
    assert.equal(parsed.config.dataManager?.syncIntervalMins, 0.5);
  });

  it("gives the same text for the same config whatever order the map entries came in", () => {
    const a = { components: [{ name: "s", type: "sensor", model: "fake", attributes: { x: 1, y: { p: 1, q: 2 } } }] };
    const b = { components: [{ name: "s", type: "sensor", model: "fake", attributes: { y: { q: 2, p: 1 }, x: 1 } }] };
    assert.equal(JSON.stringify(configResponseToJson(encodeOfficial(a))), JSON.stringify(configResponseToJson(encodeOfficial(b))));
  });

  it("refuses a response with no config", () => {
    assert.throws(() => configResponseToJson(new appRobotApi.ConfigResponse({}).toBinary()), /no config/);
  });

  it("reads every kind of Value", () => {
    const attributes = {
      nothing: null,
      zero: 0,
      negative: -12.5,
      fraction: 0.1,
      huge: 1.7976931348623157e308,
      tiny: 5e-324,
      text: "héllo, 温度 😀 \"quoted\" \\ \n",
      empty: "",
      yes: true,
      no: false,
      nested: { inner: { deeper: { list: [] } }, none: {} },
      mixed: [null, -1, 2.5, "x", "", true, false, { k: "v" }, [[], [1]]],
    };
    const converted = configResponseToJson(encodeOfficial({ components: [{ name: "s", attributes }] }));
    assert.equal(JSON.stringify(converted), canonicalJson({ components: [{ attributes, name: "s" }], remotes: [], services: [] }));
  });

  it("reads a Value with no kind, or a map entry with no value, as null", () => {
    const bytes = responseWithAttributes(entry("a", new Uint8Array()), field(1, LEN, field(1, LEN, utf8("b"))));
    assert.equal(JSON.stringify(configResponseToJson(bytes)), '{"components":[{"attributes":{"a":null,"b":null},"name":"s"}],"remotes":[],"services":[]}');
  });

  it("keeps the last value of a key given twice, as protobuf maps do", () => {
    const bytes = responseWithAttributes(
      entry("y", Value.fromJson(1).toBinary()),
      entry("x", Value.fromJson("first").toBinary()),
      entry("x", Value.fromJson("last").toBinary()),
    );
    assert.equal(JSON.stringify(configResponseToJson(bytes)), '{"components":[{"attributes":{"x":"last","y":1},"name":"s"}],"remotes":[],"services":[]}');
  });

  it("keeps a __proto__ key as a member, not as the object's prototype", () => {
    const bytes = responseWithAttributes(entry("__proto__", Value.fromJson({ polluted: true }).toBinary()));
    const converted = configResponseToJson(bytes);
    const attributes = (converted.components as Array<{ attributes: Record<string, unknown> }>)[0]!.attributes;
    assert.equal(Object.getPrototypeOf(attributes), Object.prototype);
    assert.equal(attributes.polluted, undefined);
    assert.equal(JSON.stringify(converted), '{"components":[{"attributes":{"__proto__":{"polluted":true}},"name":"s"}],"remotes":[],"services":[]}');
  });

  it("skips the fields it does not read, of every wire type, at every level", () => {
    // Fields of the official schema that the firmware's subset leaves out.
    const served = {
      cloud: { id: PART, signaling_address: "signal:443", secret: "part-secret", location_secrets: [{ id: "l", secret: "s" }] },
      components: [
        {
          name: "s",
          frame: { parent: "world", translation: { x: 1.5, y: -2, z: 0.25 } },
          log_configuration: { level: "debug" },
          attributes: { a: 1 },
          service_configs: [{ type: "data_manager", attributes: { capture_methods: [] } }],
        },
      ],
      services: [{ name: "dm", type: "data_manager", service_configs: [{ type: "x", attributes: { b: 2 } }] }],
      remotes: [{ name: "r", managed_by: "someone", connection_check_interval: "5s", service_configs: [{ type: "y" }] }],
      debug: true,
      modules: [{ name: "m", path: "/bin/m", env: { A: "1" } }],
      enable_web_profile: true,
    };
    // And fields no schema has: a varint, a fixed64, a group and a fixed32, in a Value, a map
    // entry, a Struct, a component and the RobotConfig.
    const unknown = concat(field(90, VARINT, varint(300)), tag(91, I64), new Uint8Array(8), tag(92, GROUP), field(1, VARINT, varint(1)), tag(92, END_GROUP), tag(93, I32), new Uint8Array(4));
    const value = concat(unknown, Value.fromJson(7).toBinary(), unknown);
    const struct = concat(unknown, field(1, LEN, concat(unknown, field(1, LEN, utf8("k")), field(2, LEN, value), unknown)));
    const component = concat(unknown, appRobotApi.ComponentConfig.fromJson({ name: "t" }).toBinary(), field(8, LEN, struct), unknown);
    const robot = concat(appRobotApi.RobotConfig.fromJson(served).toBinary(), field(3, LEN, component), unknown);
    const bytes = concat(unknown, field(1, LEN, robot), unknown);
    assert.equal(
      JSON.stringify(configResponseToJson(bytes)),
      canonicalJson({
        cloud: { id: PART },
        components: [
          { name: "s", attributes: { a: 1 }, service_configs: [{ type: "data_manager", attributes: { capture_methods: [] } }] },
          { name: "t", attributes: { k: 7 } },
        ],
        services: [{ name: "dm", type: "data_manager" }],
        remotes: [{ name: "r" }],
      }),
    );
  });

  it("reads remotes with and without auth, spelling each credential type as rdk does", () => {
    const remote = (name: string, auth?: object) => ({ name, address: `${name}.local:8080`, ...(auth && { auth }) });
    const served = {
      remotes: [
        remote("plain"),
        { ...remote("insecure"), insecure: true, secret: "s", prefix: "p" },
        remote("entity-only", { entity: "e.viam.cloud" }),
        remote("empty-auth", {}),
        remote("internal", { credentials: { type: "CREDENTIALS_TYPE_INTERNAL", payload: "a" } }),
        remote("api-key", { entity: "key-id", credentials: { type: "CREDENTIALS_TYPE_API_KEY", payload: "b" } }),
        remote("robot-secret", { credentials: { type: "CREDENTIALS_TYPE_ROBOT_SECRET", payload: "c" } }),
        remote("location", { credentials: { type: "CREDENTIALS_TYPE_ROBOT_LOCATION_SECRET", payload: "d" } }),
        remote("unspecified", { credentials: { type: "CREDENTIALS_TYPE_UNSPECIFIED", payload: "e" } }),
        remote("unknown-type", { credentials: { type: 9, payload: "f" } }),
      ],
    };
    const expected = {
      components: [],
      services: [],
      remotes: [
        remote("plain"),
        { ...remote("insecure"), insecure: true, secret: "s", prefix: "p" },
        remote("entity-only", { entity: "e.viam.cloud" }),
        remote("empty-auth", {}),
        remote("internal", { credentials: { type: "internal", payload: "a" } }),
        remote("api-key", { entity: "key-id", credentials: { type: "api-key", payload: "b" } }),
        remote("robot-secret", { credentials: { type: "robot-secret", payload: "c" } }),
        remote("location", { credentials: { type: "robot-location-secret", payload: "d" } }),
        remote("unspecified", { credentials: { payload: "e" } }),
        remote("unknown-type", { credentials: { payload: "f" } }),
      ],
    };
    assert.equal(JSON.stringify(configResponseToJson(encodeOfficial(served))), canonicalJson(expected));
  });

  it("refuses truncated or malformed bytes with a clear error", () => {
    const bytes = encodeOfficial({
      cloud: { id: PART },
      components: [{ name: "s", type: "sensor", attributes: { list: [1, "two", { three: true }] }, depends_on: ["board"] }],
      remotes: [{ name: "r", auth: { credentials: { type: "CREDENTIALS_TYPE_API_KEY", payload: "k" } } }],
      revision: "rev",
    });
    const malformed = /^the Config response is malformed: /;
    for (let length = 1; length < bytes.length; length++) {
      assert.throws(() => configResponseToJson(bytes.subarray(0, length)), (error: Error) => error.constructor === Error && malformed.test(error.message), `cut to ${length} of ${bytes.length} bytes`);
    }
    // A component 3 bytes long whose name says it is 6.
    const overrun = field(1, LEN, concat(tag(3, LEN), varint(3), field(1, LEN, utf8("abcdef"))));
    assert.throws(() => configResponseToJson(overrun), /malformed: a field runs on past its message's end/);
    assert.throws(() => configResponseToJson(concat(field(1, LEN, new Uint8Array()), tag(5, 7))), /malformed: invalid wire type 7/);
    let deep: object = { leaf: 1 };
    for (let i = 0; i < 40; i++) deep = { d: deep };
    assert.throws(() => configResponseToJson(encodeOfficial({ components: [{ name: "s", attributes: deep }] })), /malformed: Structs nested more than/);
  });

  it("gives, byte for byte, what the official schema's JSON says for 300 random configs", () => {
    const random = seededRandom(20260609);
    for (let i = 0; i < 300; i++) {
      const served = randomConfig(random);
      const bytes = encodeOfficial(served);
      const official = appRobotApi.ConfigResponse.fromBinary(bytes).config!.toJson({ useProtoFieldName: true }) as Record<string, unknown>;
      assert.equal(JSON.stringify(configResponseToJson(bytes)), canonicalJson(asMachineConfig(official)), `config ${i}: ${JSON.stringify(served)}`);
    }
  });
});

// Hand-made wire bytes, for what the official encoder never writes.
const VARINT = 0;
const I64 = 1;
const LEN = 2;
const GROUP = 3;
const END_GROUP = 4;
const I32 = 5;

const varint = (value: number) => $protobuf.Writer.create().uint32(value).finish();
const tag = (number: number, wire: number) => varint((number << 3) | wire);
const utf8 = (text: string) => new TextEncoder().encode(text);

const concat = (...parts: Uint8Array[]) => concatBytes(parts);

/** A field: its tag, then a varint's bytes as they are or a length-delimited payload with its length. */
function field(number: number, wire: number, payload: Uint8Array): Uint8Array {
  return wire === LEN ? concat(tag(number, wire), varint(payload.length), payload) : concat(tag(number, wire), payload);
}

/** A Struct map entry; `value` is an encoded google.protobuf.Value. */
const entry = (key: string, value: Uint8Array) => field(1, LEN, concat(field(1, LEN, utf8(key)), field(2, LEN, value)));

/** A ConfigResponse with one component named "s" whose attributes Struct holds these entries. */
function responseWithAttributes(...entries: Uint8Array[]): Uint8Array {
  const component = concat(field(1, LEN, utf8("s")), field(8, LEN, concat(...entries)));
  return field(1, LEN, field(3, LEN, component));
}

/** A random config in the official schema's JSON: every field the firmware reads, some it does not, empty strings and lists, and Structs of every Value kind with keys in random order. */
function randomConfig(random: () => number): object {
  const chance = (p = 0.5) => random() < p;
  const pick = <T>(options: readonly T[]): T => options[Math.floor(random() * options.length)]!;
  const some = <T>(max: number, make: () => T): T[] => Array.from({ length: Math.floor(random() * (max + 1)) }, make);
  const text = () => pick(["", "a", "board", "sensor-1", "héllo", "温度计", "😀 emoji", 'a "quote"', "back\\slash\nnew line", "0", "10", "9", "rdk:component:sensor"]);
  const number = () => pick([0, 1, -1, 0.5, -12.25, 1e21, 1e-7, 2 ** 53 + 2, Math.round(random() * 2e6 - 1e6) / 1000, random()]);
  const value = (depth: number): unknown => {
    const kinds = depth > 3 ? 4 : 6;
    switch (Math.floor(random() * kinds)) {
      case 0:
        return null;
      case 1:
        return number();
      case 2:
        return text();
      case 3:
        return chance();
      case 4:
        return struct(depth + 1);
      default:
        return some(4, () => value(depth + 1));
    }
  };
  const struct = (depth = 0): Record<string, unknown> => {
    const out: Record<string, unknown> = {};
    for (const key of some(5, text)) out[key] = value(depth);
    return out;
  };
  const maybe = (key: string, make: () => unknown, p = 0.5) => (chance(p) ? { [key]: make() } : {});
  const resourceServiceConfig = () => ({ ...maybe("type", text), ...maybe("attributes", () => struct()) });
  const resource = () => ({
    ...maybe("name", text, 0.9),
    ...maybe("namespace", text),
    ...maybe("type", text),
    ...maybe("model", text),
    ...maybe("api", text),
    ...maybe("depends_on", () => some(3, text)),
    ...maybe("attributes", () => struct(), 0.7),
    ...maybe("service_configs", () => some(2, resourceServiceConfig)),
    ...maybe("log_configuration", () => ({ level: text() }), 0.2),
  });
  const credentialTypes = ["CREDENTIALS_TYPE_UNSPECIFIED", "CREDENTIALS_TYPE_INTERNAL", "CREDENTIALS_TYPE_API_KEY", "CREDENTIALS_TYPE_ROBOT_SECRET", "CREDENTIALS_TYPE_ROBOT_LOCATION_SECRET", 7];
  const remote = () => ({
    ...maybe("name", text, 0.9),
    ...maybe("address", text),
    ...maybe("insecure", chance),
    ...maybe("secret", text, 0.3),
    ...maybe("prefix", text, 0.3),
    ...maybe("managed_by", text, 0.2),
    ...maybe("auth", () => ({ ...maybe("entity", text), ...maybe("credentials", () => ({ ...maybe("type", () => pick(credentialTypes)), ...maybe("payload", text) })) })),
  });
  const cloudFields = ["id", "fqdn", "local_fqdn", "primary_org_id", "location_id", "machine_id", "signaling_address", "secret"];
  return {
    ...maybe("cloud", () => Object.fromEntries(cloudFields.filter(() => chance()).map((key) => [key, text()])), 0.7),
    ...maybe("components", () => some(4, () => ({ ...resource(), ...maybe("frame", () => ({ parent: text(), translation: { x: number(), y: number(), z: number() } }), 0.2) }))),
    ...maybe("services", () => some(3, resource)),
    ...maybe("remotes", () => some(3, remote), 0.3),
    ...maybe("revision", text),
    ...maybe("debug", chance, 0.2),
    ...maybe("modules", () => [{ name: text(), path: text() }], 0.2),
  };
}

const CREDENTIAL_SPELLINGS: Record<string, string> = {
  CREDENTIALS_TYPE_INTERNAL: "internal",
  CREDENTIALS_TYPE_API_KEY: "api-key",
  CREDENTIALS_TYPE_ROBOT_SECRET: "robot-secret",
  CREDENTIALS_TYPE_ROBOT_LOCATION_SECRET: "robot-location-secret",
};

/** The official RobotConfig JSON cut to what the machine config holds: the firmware's fields, and a credential type spelled as rdk spells it. */
function asMachineConfig(official: Record<string, unknown>): Record<string, unknown> {
  const only = (json: unknown, keys: string[]) => Object.fromEntries(keys.filter((key) => (json as Record<string, unknown>)[key] !== undefined).map((key) => [key, (json as Record<string, unknown>)[key]]));
  const list = (json: unknown, each: (entry: Record<string, unknown>) => object) => ((json ?? []) as Record<string, unknown>[]).map(each);
  const resource = ["name", "namespace", "type", "model", "api", "depends_on", "attributes"];
  const out: Record<string, unknown> = {
    components: list(official.components, (c) => ({ ...only(c, resource), ...(c.service_configs !== undefined && { service_configs: list(c.service_configs, (s) => only(s, ["type", "attributes"])) }) })),
    services: list(official.services, (s) => only(s, resource)),
    remotes: list(official.remotes, (r) => {
      const remote = only(r, ["name", "address", "insecure", "secret", "prefix"]);
      const auth = r.auth as { entity?: string; credentials?: { type?: string; payload?: string } } | undefined;
      if (auth) {
        remote.auth = only(auth, ["entity"]);
        if (auth.credentials) {
          const spelled = CREDENTIAL_SPELLINGS[String(auth.credentials.type)];
          (remote.auth as Record<string, unknown>).credentials = { ...only(auth.credentials, ["payload"]), ...(spelled && { type: spelled }) };
        }
      }
      return remote;
    }),
  };
  if (official.cloud) out.cloud = only(official.cloud, ["id", "fqdn", "local_fqdn", "primary_org_id", "location_id", "machine_id"]);
  if (official.revision) out.revision = official.revision;
  return out;
}

/** Machine configs as hand-written files and the local cloud both hold them. */
function config(options: { lightHz?: number; fake?: boolean; gpio?: boolean; tags?: string[]; note?: string }) {
  const boardMethods: object[] = [];
  if (options.lightHz !== undefined) {
    boardMethods.push({ method: "Analogs", capture_frequency_hz: options.lightHz, cache_size_kb: 32, additional_params: { reader_name: "light" } });
  }
  if (options.gpio) boardMethods.push({ method: "Gpios", capture_frequency_hz: 1, additional_params: { pin_name: "15" } });
  const components: object[] = [
    {
      name: "board",
      namespace: "rdk",
      type: "board",
      model: "esp32",
      attributes: { pins: [15], analogs: [{ name: "light", pin: 34 }], ...(options.note !== undefined && { note: options.note }) },
      service_configs: [{ type: "data_manager", attributes: { capture_methods: boardMethods } }],
    },
  ];
  if (options.fake) {
    components.push({
      name: "fake-sensor",
      namespace: "rdk",
      type: "sensor",
      model: "fake",
      attributes: {},
      service_configs: [{ type: "data_manager", attributes: { capture_methods: [{ method: "Readings", capture_frequency_hz: 2 }] } }],
    });
  }
  return {
    components,
    services: [{ name: "dm", namespace: "rdk", type: "data_manager", attributes: { sync_interval_mins: 60, tags: options.tags ?? ["v1"] } }],
    remotes: [],
  };
}

interface Rig {
  cloud: LocalCloud;
  device: SimulatedDevice<Machine>;
  logs: string[];
  machine(): Machine;
  collector(name: string): Collector;
  run(ms: number, stepMs?: number): Promise<void>;
  cached(): string | undefined;
  close(): Promise<void>;
}

async function rig(local: object, cloudConfig: object): Promise<Rig> {
  const cloud = await startLocalCloud({ parts: [{ id: PART, secret: SECRET, config: cloudConfig }] });
  const logs: string[] = [];
  const device = new SimulatedDevice<Machine>({
    dir: join(root, `d${dirs++}`),
    config: JSON.stringify(local),
    credentials: JSON.stringify({ cloud: { id: PART, secret: SECRET, app_address: cloud.url } }),
    virtual: true,
    wall: WALL,
    flashSize: 64 * 4096,
    log: (level, line) => logs.push(`${level} ${line}`),
    boot,
    setup: (board) => board.analog(34, constant(2000)),
  });
  device.start();
  const machine = () => device.machine;
  const settle = async () => {
    const deadline = Date.now() + 10_000;
    do {
      await new Promise((resolve) => setTimeout(resolve, 1));
      if (Date.now() > deadline) throw new Error("a request is still in flight after 10 s of real time");
    } while (machine().sync?.state.syncing || machine().cloudConfig.fetching);
  };
  return {
    cloud,
    device,
    logs,
    machine,
    collector(name) {
      const found = machine().data.collectors.find((c) => c.name === name);
      assert.ok(found, `collector ${name} among ${machine().data.collectors.map((c) => c.name).join(", ")}`);
      return found;
    },
    async run(ms, stepMs = 500) {
      for (let done = 0; done < ms; done += stepMs) {
        device.advance(Math.min(stepMs, ms - done));
        await settle();
      }
    },
    cached: () => device.kv.contents()[SETTINGS_PATH]?.[CONFIG_KEY],
    async close() {
      device.close();
      await cloud.close();
    },
  };
}

const names = (m: Machine) => m.data.collectors.map((c) => c.name);

describe("config from the cloud", () => {
  it("is fetched after boot, applied, cached, and runs an offline boot from the cache", async () => {
    const local = config({ fake: true });
    const fromCloud = config({ lightHz: 10, gpio: true });
    const r = await rig(local, fromCloud);
    try {
      assert.equal(r.machine().cloudConfig.source, "local");
      assert.deepEqual(names(r.machine()), ["fake-sensor/Readings"], "capture starts at once, from the local config");
      await r.run(1_000);
      const state = r.machine().cloudConfig;
      assert.equal(state.source, "cloud");
      assert.equal(state.fetches, 1);
      assert.equal(state.reconfigurations, 1);
      assert.deepEqual(names(r.machine()), ["board/Analogs(light)", "board/Gpios(15)"]);
      assert.deepEqual(JSON.parse(r.cached()!), JSON.parse(canonicalJson(fromCloud)));

      r.device.board.wifi.down();
      r.device.restart();
      assert.equal(r.machine().cloudConfig.source, "cache");
      assert.deepEqual(names(r.machine()), ["board/Analogs(light)", "board/Gpios(15)"], "the cached config, at once");
      await r.run(3_000);
      const offline = r.machine().cloudConfig;
      assert.ok(offline.consecutiveFailures >= 1);
      assert.match(offline.lastError ?? "", /UNAVAILABLE/);
      assert.equal(r.collector("board/Analogs(light)").counters.captured, 30, "capturing all along");

      r.device.board.wifi.up();
      await r.run(offline.nextAttemptAt - r.device.host.clock.monotonic() + 500);
      const online = r.machine().cloudConfig;
      assert.equal(online.source, "cloud");
      assert.equal(online.reconfigurations, 0, "the same config is not applied again");
      assert.equal(online.consecutiveFailures, 0);
      assert.ok(!r.logs.some((line) => line.includes(SECRET)));
    } finally {
      await r.close();
    }
  });

  it("leaves a running config alone when the cloud serves the same one", async () => {
    const same = config({ lightHz: 10, fake: true });
    const r = await rig(same, same);
    try {
      const collectors = r.machine().data.collectors;
      await r.run(1_000);
      assert.equal(r.machine().cloudConfig.source, "cloud");
      assert.equal(r.machine().cloudConfig.reconfigurations, 0);
      assert.equal(r.machine().data.collectors, collectors, "nothing was rebuilt");
      assert.ok(r.cached() !== undefined, "but it is cached for the next offline boot");
    } finally {
      await r.close();
    }
  });

  it("waits with a fetch that falls due while a sync round is uploading, so that one exchange at a time holds the heap", async () => {
    const v1 = config({ lightHz: 10, fake: true });
    const r = await rig(v1, v1);
    try {
      await r.run(1_000);
      assert.equal(r.machine().cloudConfig.fetches, 1);
      const due = r.machine().cloudConfig.nextAttemptAt;
      await r.run(due - r.device.host.clock.monotonic() - 2_000);
      // An upload the app takes and never answers keeps the round busy until the client's 30 s timeout.
      r.cloud.faults.next("stall");
      const round = r.machine().sync!.syncNow();
      const step = async (ms: number) => {
        r.device.advance(ms);
        await new Promise((resolve) => setTimeout(resolve, 5));
      };
      for (let waited = 0; waited < 25_000; waited += 500) await step(500);
      assert.equal(r.machine().sync!.state.syncing, true, "the round is still uploading");
      assert.equal(r.machine().cloudConfig.fetching, false, "the fetch due meanwhile has not started");
      assert.equal(r.machine().cloudConfig.fetches, 1);
      assert.ok(r.machine().cloudConfig.nextAttemptAt < r.device.host.clock.monotonic(), "it is overdue");
      for (let waited = 0; waited < 10_000 && r.machine().sync!.state.syncing; waited += 500) await step(500);
      await round;
      assert.equal(r.machine().sync!.state.syncing, false);
      await r.run(2_000);
      assert.equal(r.machine().cloudConfig.fetches, 2, "and goes once the round is over");
    } finally {
      await r.close();
    }
  });

  it("applies a changed config without losing buffered records, and uploads them in order once", async () => {
    const v1 = config({ lightHz: 10, fake: true, tags: ["v1"] });
    const r = await rig(v1, v1);
    try {
      await r.run(10_000);
      const before = r.collector("board/Analogs(light)");
      assert.equal([...before.readings()].length, 100);
      // Uploads fail for now, so everything captured waits in flash.
      r.cloud.faults.next("unavailable", Infinity);

      // Half the rate (the ring is the same: a collector's flash id does not depend on its rate),
      // the fake sensor dropped, a GPIO added, and new tags.
      r.cloud.setConfig(PART, config({ lightHz: 5, gpio: true, tags: ["v2"] }));
      await r.machine().refreshConfig();
      assert.equal(r.machine().cloudConfig.reconfigurations, 1);
      assert.deepEqual(names(r.machine()), ["board/Analogs(light)", "board/Gpios(15)"]);
      const light = r.collector("board/Analogs(light)");
      assert.notEqual(light, before);
      assert.equal(light.hz, 5);
      assert.equal([...light.readings()].length, 100, "the ring came back with its records");
      assert.equal(light.counters.captured, 100, "counters carry on");
      assert.equal(r.machine().sync!.config.tags[0], "v2");
      // The fake sensor's ring was going away: sync tried to empty it first, and failed.
      assert.equal(r.machine().sync!.state.consecutiveFailures, 1);

      await r.run(10_000);
      assert.equal(light.counters.captured, 150);
      r.cloud.faults.clear();
      await r.machine().sync!.syncNow();
      const rows = r.cloud.uploads({ partId: PART, componentName: "board", methodName: "Analogs" });
      assert.equal(rows.length, 150);
      assert.equal(light.counters.synced, 150);
      // Without a reboot, capture times run on: 100 ms apart before the change, 200 ms after.
      const gaps = rows.slice(1).map((row, i) => row.timeRequestedMs! - rows[i]!.timeRequestedMs!);
      assert.ok(gaps.slice(0, 99).every((gap) => gap === 100), gaps.slice(0, 99).join());
      assert.ok(gaps.slice(100).every((gap) => gap === 200), gaps.slice(100).join());
      assert.deepEqual(rows[0]!.tags, ["v2"]);
      assert.equal(r.cloud.duplicates(), 0);
      assert.deepEqual(JSON.parse(r.cached()!), JSON.parse(canonicalJson(config({ lightHz: 5, gpio: true, tags: ["v2"] }))));
    } finally {
      await r.close();
    }
  });

  it("uploads what a dropped collector held before its ring goes away", async () => {
    const v1 = config({ lightHz: 10, fake: true });
    const r = await rig(v1, v1);
    try {
      await r.run(5_000);
      r.cloud.setConfig(PART, config({ lightHz: 10 }));
      await r.machine().refreshConfig();
      assert.deepEqual(names(r.machine()), ["board/Analogs(light)"]);
      assert.equal(r.cloud.uploads({ partId: PART, componentName: "fake-sensor" }).length, 10);
      assert.equal(r.cloud.uploads({ partId: PART, componentName: "board" }).length, 50);
    } finally {
      await r.close();
    }
  });

  it("turns sync off and on with sync_disabled", async () => {
    const v1 = config({ lightHz: 10 });
    const r = await rig(v1, v1);
    try {
      await r.run(1_000);
      const sync = r.machine().sync;
      assert.ok(sync);
      const off = config({ lightHz: 10 });
      (off.services[0]!.attributes as Record<string, unknown>).sync_disabled = true;
      r.cloud.setConfig(PART, off);
      await r.machine().refreshConfig();
      assert.equal(r.machine().sync, undefined);
      r.cloud.setConfig(PART, v1);
      await r.machine().refreshConfig();
      assert.ok(r.machine().sync);
      assert.notEqual(r.machine().sync, sync);
      await r.machine().sync!.syncNow();
      assert.equal(r.cloud.uploads({ partId: PART, componentName: "board" }).length, r.collector("board/Analogs(light)").counters.captured);
    } finally {
      await r.close();
    }
  });

  it("runs a config too large for NVS without caching it", async () => {
    const small = config({ lightHz: 1 });
    const big = config({ lightHz: 1, note: "n".repeat(MAX_CACHED_CONFIG_BYTES) });
    const r = await rig(small, small);
    try {
      await r.run(1_000);
      assert.ok(r.cached() !== undefined);
      r.cloud.setConfig(PART, big);
      await r.machine().refreshConfig();
      assert.equal(r.machine().cloudConfig.reconfigurations, 1);
      assert.equal((r.machine().config.config.components[0]!.attributes as { note?: string }).note?.length, MAX_CACHED_CONFIG_BYTES);
      assert.equal(r.cached(), undefined, "the older cached config is gone too");
      assert.ok(r.logs.some((line) => /too large to cache/.test(line)));
    } finally {
      await r.close();
    }
  });

  it("boots from the local config when the cached one is unreadable", async () => {
    const local = config({ lightHz: 10 });
    const r = await rig(local, local);
    try {
      await r.run(1_000);
      const settings = r.device.kv.open({ path: SETTINGS_PATH });
      settings.write(CONFIG_KEY, "{ not json");
      settings.close();
      r.device.board.wifi.down();
      r.device.restart();
      assert.equal(r.machine().cloudConfig.source, "local");
      assert.deepEqual(names(r.machine()), ["board/Analogs(light)"]);
      assert.ok(r.logs.some((line) => /cached cloud config is unreadable/.test(line)));
    } finally {
      await r.close();
    }
  });
});
