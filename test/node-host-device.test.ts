import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, describe, it } from "node:test";
import type { Digital, FlashPartition, Host } from "../src/host.ts";
import { PowerCut } from "../hosts/sim/flash.ts";
import { constant } from "../hosts/sim/signals.ts";
import { SimulatedDevice, type BootOptions } from "../hosts/node/simulated-device.ts";

const root = mkdtempSync(join(tmpdir(), "sim-device-test-"));
after(() => rmSync(root, { recursive: true, force: true }));
let dirs = 0;

/** Stands in for src/boot.ts: counts boots in NVS, blinks GPIO 15, samples GPIO 34 and appends to flash. */
class FakeMachine {
  readonly epoch: number;
  readonly options: BootOptions;
  readonly host: Host;
  readonly flash: FlashPartition;
  readonly samples: number[] = [];
  closed = false;
  readonly #timer: unknown;
  readonly #pin: Digital;
  #offset = 0;

  constructor(host: Host, options: BootOptions) {
    this.host = host;
    this.options = options;
    const kv = host.keyValue.open({ path: "viam" });
    this.epoch = Number(kv.read("boot_epoch") ?? "0") + 1;
    kv.write("boot_epoch", String(this.epoch));
    kv.close();
    this.flash = host.flash.open({ path: "capture" });
    const io = host.device.io;
    this.#pin = new io.Digital({ pin: 15, mode: io.Digital.Output });
    const analog = new io.Analog({ pin: 34 });
    let level: 0 | 1 = 0;
    this.#timer = host.timers.repeat(() => {
      level = level ? 0 : 1;
      this.#pin.write(level);
      this.samples.push(analog.read());
      this.flash.write(Uint8Array.of(0x10, 0x20, 0x30, 0x40), this.#offset);
      this.#offset += 4;
    }, 100);
  }

  close(): void {
    this.host.timers.clear(this.#timer);
    this.#pin.close();
    this.flash.close();
    this.closed = true;
  }
}

function makeDevice(overrides: { boot?: (host: Host, options: BootOptions) => FakeMachine } = {}) {
  const setups: unknown[] = [];
  const device = new SimulatedDevice({
    dir: join(root, `d${dirs++}`),
    config: '{"components": []}',
    credentials: '{"cloud": {"id": "part"}}',
    virtual: true,
    flashSize: 4 * 4096,
    log: () => {},
    boot: overrides.boot ?? ((host, options) => new FakeMachine(host, options)),
    setup(board) {
      setups.push(board);
      board.analog(34, constant(1234));
    },
  });
  return { device, setups };
}

describe("SimulatedDevice", () => {
  it("boots the firmware with the config and credentials over a fresh Host", () => {
    const { device, setups } = makeDevice();
    const machine = device.start();
    assert.equal(device.machine, machine);
    assert.deepEqual(machine.options, { config: '{"components": []}', credentials: '{"cloud": {"id": "part"}}', server: { port: 0 } });
    assert.equal(machine.epoch, 1);
    assert.deepEqual(setups, [device.board]);
    device.advance(300);
    assert.deepEqual(machine.samples, [1234, 1234, 1234]);
    assert.deepEqual(device.board.writes(15), [[100, 1], [200, 0], [300, 1]]);
    assert.throws(() => device.start(), /already running/);
    device.close();
  });

  it("restart() closes the firmware and boots again over the same flash and key-value files", () => {
    const { device, setups } = makeDevice();
    const first = device.start();
    device.advance(250);
    const second = device.restart();
    assert.equal(first.closed, true);
    assert.notEqual(second, first);
    assert.equal(second.epoch, 2);
    assert.equal(device.boots, 2);
    assert.deepEqual([...new Uint8Array(second.flash.read(8, 0))], [0x10, 0x20, 0x30, 0x40, 0x10, 0x20, 0x30, 0x40]);
    assert.equal(setups.length, 1, "the board and its world survive the restart");
    device.advance(100);
    assert.equal(first.samples.length, 2);
    assert.equal(second.samples.length, 1);
    device.close();
  });

  it("gives each boot monotonic time from 0, with wall time going on", () => {
    const { device } = makeDevice();
    device.start();
    device.advance(1000);
    const machine = device.restart();
    assert.equal(machine.host.clock.monotonic(), 0);
    assert.equal(machine.host.clock.wall(), 1000);
    device.advance(40);
    assert.equal(machine.host.clock.monotonic(), 40);
    device.close();
  });

  it("powerCut() closes nothing: old timers and pins just stop, and the next boot sees what reached flash", () => {
    const { device } = makeDevice();
    const first = device.start();
    device.advance(100);
    device.flash.cutPowerAfter(2);
    assert.throws(() => device.advance(100), PowerCut);
    const second = device.powerCut();
    assert.equal(first.closed, false);
    assert.equal(second.epoch, 2);
    assert.deepEqual(
      [...new Uint8Array(second.flash.read(8, 0))],
      [0x10, 0x20, 0x30, 0x40, 0x10, 0x20, 0xff, 0xff],
      "the torn write left only its first two bytes",
    );
    assert.throws(() => first.flash.read(1, 0), PowerCut, "the old boot's flash is gone");
    device.advance(100);
    assert.equal(first.samples.length, 2);
    assert.equal(second.samples.length, 1);
    device.close();
  });

  it("host.restart() reboots on the next turn, after the caller returns", () => {
    const { device } = makeDevice();
    const first = device.start();
    first.host.restart();
    assert.equal(device.machine, first, "still running inside the call");
    device.advance(0);
    assert.equal(first.closed, true);
    assert.equal(device.machine.epoch, 2);
    device.close();
  });

  it("a boot that throws leaves the device off, with nothing it armed still running", () => {
    let armed = 0;
    const { device } = makeDevice({
      boot(host) {
        host.timers.repeat(() => armed++, 10);
        new host.device.io.Digital({ pin: 15, mode: host.device.io.Digital.Output });
        throw new Error("bad firmware");
      },
    });
    assert.throws(() => device.start(), /bad firmware/);
    assert.equal(device.running, false);
    assert.throws(() => device.machine, /not running/);
    device.advance(100);
    assert.equal(armed, 0);
    assert.deepEqual(device.board.openPins, []);
    device.close();
  });

  it("close() closes the firmware and stops the world", () => {
    const { device } = makeDevice();
    const machine = device.start();
    device.board.scriptDigital(4, [[500, 1]]);
    device.close();
    assert.equal(machine.closed, true);
    assert.equal(device.clock.pending, 0);
    assert.throws(() => device.start(), /closed/);
  });
});
