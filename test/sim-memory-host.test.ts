import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { LogLevel } from "../src/host.ts";
import { SimBoard } from "../hosts/sim/board.ts";
import { VirtualClock } from "../hosts/sim/clock.ts";
import { SimFlash } from "../hosts/sim/flash.ts";
import { MemoryKeyValue } from "../hosts/sim/key-value.ts";
import { createMemoryHost } from "../hosts/sim/memory-host.ts";

describe("MemoryKeyValue", () => {
  it("reads back what was written, per namespace, and deletes", () => {
    const kv = new MemoryKeyValue();
    const a = kv.open({ path: "viam" });
    const b = kv.open({ path: "other" });
    assert.equal(a.read("boot_epoch"), undefined);
    a.write("boot_epoch", "7");
    assert.equal(a.read("boot_epoch"), "7");
    assert.equal(b.read("boot_epoch"), undefined);
    assert.equal(kv.open({ path: "viam" }).read("boot_epoch"), "7");
    a.delete("boot_epoch");
    assert.equal(a.read("boot_epoch"), undefined);
  });

  it("keeps NVS's 15-character limit on names", () => {
    const kv = new MemoryKeyValue();
    const store = kv.open({ path: "fifteen_chars__" });
    store.write("k23456789012345", "ok");
    assert.throws(() => store.write("k234567890123456", "x"), /15 characters/);
    assert.throws(() => kv.open({ path: "sixteen_chars___" }), /15 characters/);
    assert.throws(() => store.read(""), RangeError);
  });

  it("starts from given contents, reports changes, and stops when closed", () => {
    let changes = 0;
    const kv = new MemoryKeyValue({ contents: { viam: { a: "1" } }, onChange: () => changes++ });
    const store = kv.open({ path: "viam" });
    store.write("b", "2");
    store.delete("a");
    store.delete("missing");
    assert.equal(changes, 2);
    assert.deepEqual(kv.contents(), { viam: { b: "2" } });
    store.close();
    assert.throws(() => store.read("b"), /closed/);
    const again = kv.open({ path: "viam" });
    kv.close();
    assert.throws(() => again.write("c", "3"), /closed/);
    assert.throws(() => kv.open({ path: "viam" }), /closed/);
  });
});

describe("createMemoryHost", () => {
  it("assembles a Host from simulated parts", () => {
    const clock = new VirtualClock({ wall: 1000 });
    const board = new SimBoard({ clock });
    const flash = new SimFlash({ size: 8 * 4096 });
    const logged: Array<[LogLevel, string]> = [];
    let restarts = 0;
    const host = createMemoryHost({
      clock,
      board,
      flash,
      kv: new MemoryKeyValue(),
      log: (level, message) => logged.push([level, message]),
      restart: () => restarts++,
    });
    assert.equal(host.flash.open({ path: "capture" }), flash);
    assert.deepEqual(host.flash.open({ path: "capture" }).status(), { size: 8 * 4096, blockLength: 4096, blocks: 8 });
    assert.equal(host.device, board.device);
    assert.equal(host.wifi, board.wifi);
    assert.equal(host.clock.wall(), 1000);
    let fired = 0;
    host.timers.set(() => fired++, 10);
    clock.advance(10);
    assert.equal(fired, 1);
    host.log("warn", "hello");
    assert.deepEqual(logged, [["warn", "hello"]]);
    host.restart();
    assert.equal(restarts, 1);
    assert.equal(host.platform, "sim");
  });

  it("refuses restart() when nothing can boot again", () => {
    const clock = new VirtualClock();
    const host = createMemoryHost({
      clock,
      board: new SimBoard({ clock }),
      flash: new SimFlash({ size: 4096 }),
      kv: new MemoryKeyValue(),
    });
    assert.throws(() => host.restart(), /no way to restart/);
  });
});
