import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { Digital } from "../src/host.ts";
import { SimBoard } from "../hosts/sim/board.ts";
import { VirtualClock } from "../hosts/sim/clock.ts";
import type { SimI2CDevice } from "../hosts/sim/i2c-device.ts";
import { constant, parseCsv, replay, sine } from "../hosts/sim/signals.ts";

function setup() {
  const clock = new VirtualClock();
  const board = new SimBoard({ clock });
  return { clock, board, io: board.device.io };
}

describe("SimBoard Analog", () => {
  it("reads the pin's signal at the current monotonic time, as 12-bit integer counts", () => {
    const { clock, board, io } = setup();
    board.analog(34, sine({ offset: 2000, amplitude: 1000.4, periodMs: 1000 }));
    const analog = new io.Analog({ pin: 34 });
    assert.equal(analog.resolution, 12);
    const seen: number[] = [];
    clock.repeat(() => seen.push(analog.read()), 250);
    clock.advance(1000);
    assert.deepEqual(seen, [3000, 2000, 1000, 2000]);
  });

  it("clamps to 0..4095 and reads 0 from a pin with no signal", () => {
    const { board, io } = setup();
    board.analog(34, constant(5000));
    board.analog(35, constant(-20));
    assert.equal(new io.Analog({ pin: 34 }).read(), 4095);
    assert.equal(new io.Analog({ pin: 35 }).read(), 0);
    assert.equal(new io.Analog({ pin: 36 }).read(), 0);
  });

  it("replays a CSV recording as time passes", () => {
    const { clock, board, io } = setup();
    board.analog(32, replay(parseCsv("t_ms,count\n0,100\n100,200\n200,300\n")));
    const analog = new io.Analog({ pin: 32 });
    const seen = [analog.read()];
    clock.advance(150);
    seen.push(analog.read());
    clock.advance(100);
    seen.push(analog.read());
    assert.deepEqual(seen, [100, 200, 300]);
  });

  it("takes ADC1 pins only, one handle per pin until closed", () => {
    const { io } = setup();
    assert.throws(() => new io.Analog({ pin: 4 }), /ADC1/);
    assert.throws(() => new io.Analog({ pin: 40 }), RangeError);
    const analog = new io.Analog({ pin: 39 });
    assert.throws(() => new io.Analog({ pin: 39 }), /in use/);
    analog.close();
    assert.throws(() => analog.read(), /closed/);
    new io.Analog({ pin: 39 }).close();
  });
});

describe("SimBoard Digital", () => {
  it("has ECMA-419 mode and edge constants", () => {
    const { io } = setup();
    const D = io.Digital;
    assert.deepEqual(
      [D.Input, D.InputPullUp, D.InputPullDown, D.InputPullUpDown, D.Output, D.OutputOpenDrain, D.Rising, D.Falling],
      [0, 1, 2, 3, 8, 9, 1, 2],
    );
  });

  it("fires onReadable only on the configured edges, with this = the Digital", () => {
    const { board, io } = setup();
    const D = io.Digital;
    const events: string[] = [];
    const listen = (pin: number, edge: number, name: string) => {
      const digital: Digital = new D({
        pin,
        mode: D.Input,
        edge,
        onReadable(this: Digital) {
          assert.equal(this, digital);
          events.push(`${name}:${this.read()}`);
        },
      });
      return digital;
    };
    listen(4, D.Rising, "rise");
    listen(5, D.Falling, "fall");
    listen(13, D.Rising | D.Falling, "both");
    for (const level of [1, 1, 0, 0, 1, 0] as const) {
      for (const pin of [4, 5, 13]) board.digitalIn(pin, level);
    }
    assert.deepEqual(events, ["rise:1", "both:1", "fall:0", "both:0", "rise:1", "both:1", "fall:0", "both:0"]);
  });

  it("treats a pulled-up input as high before anything drives it", () => {
    const { board, io } = setup();
    const D = io.Digital;
    let falls = 0;
    const pin = new D({ pin: 14, mode: D.InputPullUp, edge: D.Falling, onReadable: () => falls++ });
    assert.equal(pin.read(), 1);
    board.digitalIn(14, 0);
    assert.equal(pin.read(), 0);
    assert.equal(falls, 1);
    assert.equal(new D({ pin: 15, mode: D.InputPullDown }).read(), 0);
  });

  it("applies scripted levels as virtual time passes", () => {
    const { clock, board, io } = setup();
    const D = io.Digital;
    const rises: number[] = [];
    new D({ pin: 4, mode: D.Input, edge: D.Rising, onReadable: () => rises.push(clock.monotonic()) });
    board.scriptDigital(4, [[10, 1], [20, 0], [35, 1], [40, 1], [50, 0], [60, 1]]);
    clock.advance(55);
    assert.deepEqual(rises, [10, 35]);
    clock.advance(10);
    assert.deepEqual(rises, [10, 35, 60]);
  });

  it("records output writes with their times, and refuses writes to inputs", () => {
    const { clock, board, io } = setup();
    const D = io.Digital;
    const out = new D({ pin: 15, mode: D.Output });
    out.write(1);
    clock.advance(5);
    out.write(0);
    out.write(0);
    assert.equal(out.read(), 0);
    assert.deepEqual(board.writes(15), [[0, 1], [5, 0], [5, 0]]);
    assert.deepEqual(board.writes(2), []);
    assert.throws(() => out.write(2 as 0), RangeError);
    const input = new D({ pin: 16, mode: D.Input });
    assert.throws(() => input.write(1), /input/);
  });

  it("enforces ESP32 pins: no outputs on 34-39, no flash pins, one handle per pin", () => {
    const { board, io } = setup();
    const D = io.Digital;
    assert.throws(() => new D({ pin: 34, mode: D.Output }), /input-only/);
    assert.throws(() => new D({ pin: 7, mode: D.Input }), /flash/);
    assert.throws(() => new D({ pin: 4, mode: 5 }), /mode/);
    const held = new D({ pin: 4, mode: D.Input });
    assert.throws(() => new D({ pin: 4, mode: D.Output }), /in use/);
    assert.deepEqual(board.openPins, [4]);
    board.reset();
    assert.throws(() => held.read(), /closed/);
    new D({ pin: 4, mode: D.Output }).write(1);
  });
});

describe("SimBoard I2C", () => {
  it("passes transfers to the attached device and fails like a NAK where nothing answers", () => {
    const { board, io } = setup();
    const transfers: string[] = [];
    const device: SimI2CDevice = {
      write(bytes, stop) {
        transfers.push(`w ${[...bytes].join(",")} ${stop}`);
      },
      read(count) {
        transfers.push(`r ${count}`);
        return Uint8Array.from({ length: count }, (_, i) => 0xa0 + i);
      },
    };
    board.i2c().attach(0x44, device);
    const i2c = new io.I2C({ data: 21, clock: 22, address: 0x44, hz: 100_000 });
    i2c.write(Uint8Array.of(0x24, 0x00), false);
    i2c.write(Uint8Array.of(0x01));
    assert.deepEqual([...new Uint8Array(i2c.read(3))], [0xa0, 0xa1, 0xa2]);
    assert.deepEqual(transfers, ["w 36,0 false", "w 1 true", "r 3"]);
    const absent = new io.I2C({ data: 21, clock: 22, address: 0x45 });
    assert.throws(() => absent.write(Uint8Array.of(0)), /no ACK from address 0x45/);
    assert.throws(() => absent.read(1), /no ACK/);
    const otherBus = new io.I2C({ data: 21, clock: 22, address: 0x44, port: 1 });
    assert.throws(() => otherBus.read(1), /no ACK/);
  });

  it("fails a transfer when the device itself refuses it", () => {
    const { board, io } = setup();
    board.i2c().attach(0x68, {
      write() {
        throw new Error("NAK");
      },
      read: (count) => new Uint8Array(count),
    });
    const i2c = new io.I2C({ data: 21, clock: 22, address: 0x68 });
    assert.throws(() => i2c.write(Uint8Array.of(0x75)), /NAK/);
    assert.throws(() => new io.I2C({ data: 21, clock: 22, address: 0x80 }), RangeError);
  });
});

describe("SimBoard Wi-Fi", () => {
  it("goes up and down and reports RSSI only while up", () => {
    const { board } = setup();
    assert.equal(board.wifi.connected, true);
    board.wifi.setRssi(-71);
    assert.equal(board.wifi.rssi(), -71);
    board.wifi.down();
    assert.equal(board.wifi.connected, false);
    assert.equal(board.wifi.rssi(), undefined);
    board.wifi.up(-50);
    assert.equal(board.wifi.rssi(), -50);
  });
});
