import assert from "node:assert/strict";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, describe, it } from "node:test";
import { PowerCut } from "../hosts/sim/flash.ts";
import { csvSignal } from "../hosts/node/csv-signal.ts";
import { DEFAULT_FLASH_SIZE, openFileFlash } from "../hosts/node/file-flash.ts";
import { openFileKeyValue } from "../hosts/node/file-key-value.ts";
import { createNodeHost } from "../hosts/node/node-host.ts";
import { RealClock } from "../hosts/node/real-clock.ts";

const root = mkdtempSync(join(tmpdir(), "node-host-test-"));
after(() => rmSync(root, { recursive: true, force: true }));
let dirs = 0;
const freshDir = () => join(root, `d${dirs++}`);

describe("file-backed flash", () => {
  it("creates an erased file and keeps every write and erase in it across re-opens", () => {
    const path = join(root, "a.bin");
    const flash = openFileFlash({ path, size: 4 * 4096 });
    assert.equal(statSync(path).size, 4 * 4096);
    assert.ok(readFileSync(path).every((b) => b === 0xff));
    flash.write(Uint8Array.of(1, 2, 3), 4096 + 10);
    flash.write(new Uint8Array(16), 3 * 4096);
    flash.eraseBlock(3);
    flash.flipBit(0, 0);
    const reopened = openFileFlash({ path });
    assert.deepEqual([...new Uint8Array(reopened.read(3, 4096 + 10))], [1, 2, 3]);
    assert.ok(new Uint8Array(reopened.read(4096, 3 * 4096)).every((b) => b === 0xff));
    assert.equal(new Uint8Array(reopened.read(1, 0))[0], 0xfe);
    assert.equal(reopened.status().size, 4 * 4096);
  });

  it("holds exactly the bytes before a power cut, like the chip", () => {
    const path = join(root, "b.bin");
    const flash = openFileFlash({ path, size: 4096 });
    flash.cutPowerAfter(3);
    assert.throws(() => flash.write(Uint8Array.of(0, 1, 2, 3, 4), 100), PowerCut);
    assert.deepEqual([...readFileSync(path).subarray(100, 105)], [0, 1, 2, 0xff, 0xff]);
    assert.deepEqual([...new Uint8Array(openFileFlash({ path }).read(5, 100))], [0, 1, 2, 0xff, 0xff]);
  });

  it("refuses a file of another size and defaults new files to the capture partition size", () => {
    const path = join(root, "c.bin");
    openFileFlash({ path, size: 2 * 4096 });
    assert.throws(() => openFileFlash({ path, size: 4096 }), /holds 8192 bytes, expected 4096/);
    const fresh = openFileFlash({ path: join(root, "d.bin") });
    assert.equal(fresh.status().size, DEFAULT_FLASH_SIZE);
  });
});

describe("file-backed key-value", () => {
  it("keeps values across re-opens and leaves no temporary file", () => {
    const path = join(root, "kv.json");
    const kv = openFileKeyValue({ path });
    const store = kv.open({ path: "viam" });
    store.write("boot_epoch", "3");
    store.write("config", '{"components":[]}');
    store.delete("config");
    const again = openFileKeyValue({ path }).open({ path: "viam" });
    assert.equal(again.read("boot_epoch"), "3");
    assert.equal(again.read("config"), undefined);
    assert.deepEqual(readdirSync(root).filter((name) => name.startsWith("kv.json")), ["kv.json"]);
  });

  it("starts a damaged file's keys from their defaults, naming each in a warning", () => {
    const path = join(root, "bad-kv.json");
    const warnings: string[] = [];
    writeFileSync(path, "{not json");
    assert.equal(openFileKeyValue({ path, warn: (m) => warnings.push(m) }).open({ path: "viam" }).read("boot_epoch"), undefined);
    assert.match(warnings[0]!, /bad-kv\.json is not JSON/);
    writeFileSync(path, '{"viam": {"a": 1, "boot_epoch": "4"}}');
    assert.equal(openFileKeyValue({ path, warn: (m) => warnings.push(m) }).open({ path: "viam" }).read("boot_epoch"), "4");
    assert.match(warnings[1]!, /viam\/a is not a string/);
  });
});

describe("createNodeHost", () => {
  it("builds a virtual-time Host over files in its directory", () => {
    const dir = freshDir();
    const { host, board, clock, flash, close } = createNodeHost({ dir, virtual: true, flashSize: 8 * 4096, log: () => {} });
    assert.ok(existsSync(join(dir, "flash.bin")));
    const partition = host.flash.open({ path: "capture" });
    assert.equal(partition, flash);
    partition.write(Uint8Array.of(0x42), 0);
    host.keyValue.open({ path: "viam" }).write("boot_epoch", "1");
    assert.equal(host.clock.wall(), 0);
    let fired = 0;
    host.timers.set(() => fired++, 100);
    clock.advance(100);
    assert.equal(fired, 1);
    assert.equal(host.device, board.device);
    assert.equal(host.randomBytes?.(16).length, 16);
    assert.throws(() => host.restart(), /no way to restart/);
    close();

    const second = createNodeHost({ dir, virtual: true, log: () => {} });
    assert.equal(new Uint8Array(second.host.flash.open({ path: "capture" }).read(1, 0))[0], 0x42);
    assert.equal(second.host.keyValue.open({ path: "viam" }).read("boot_epoch"), "1");
    second.close();
  });

  it("uses real time unless asked for virtual", () => {
    const node = createNodeHost({ dir: freshDir(), flashSize: 4096, wall: 5000, log: () => {} });
    assert.ok(node.clock instanceof RealClock);
    assert.ok(node.host.clock.wall() >= 5000);
    node.close();
  });
});

describe("csvSignal", () => {
  it("replays a CSV file, naming the file and line of a bad row", () => {
    const path = join(root, "light.csv");
    writeFileSync(path, "t_ms,count\n0,100\n100,300\n");
    const signal = csvSignal(path, { loop: true });
    assert.deepEqual([0, 150, 250].map(signal), [100, 300, 100]);
    writeFileSync(path, "0,100\n100;300\n");
    assert.throws(() => csvSignal(path), /light\.csv: CSV line 2/);
  });
});

const turn = () => new Promise<void>((resolve) => setImmediate(resolve));
async function turns(count: number): Promise<void> {
  for (let i = 0; i < count; i++) await turn();
}
async function until(done: () => boolean): Promise<void> {
  while (!done()) await turn();
}

describe("RealClock", { timeout: 20_000 }, () => {
  it("fires one-shot and repeating timers and stops them on clear and close", async () => {
    const clock = new RealClock();
    const first = clock.monotonic();
    await new Promise<void>((resolve) => clock.set(resolve, 1));
    assert.ok(clock.monotonic() >= first);
    let ticks = 0;
    await new Promise<void>((resolve) => {
      const id = clock.repeat(() => {
        if (++ticks === 3) {
          clock.clear(id);
          resolve();
        }
      }, 1);
    });
    let cancelled = 0;
    clock.set(() => cancelled++, 1);
    clock.repeat(() => cancelled++, 1);
    assert.equal(clock.pending, 2);
    clock.close();
    await new Promise((resolve) => setTimeout(resolve, 5));
    assert.equal(ticks, 3);
    assert.equal(cancelled, 0);
    assert.equal(clock.pending, 0);
  });

  it("hands a throwing callback's error to onError and still runs the timers due with it", async () => {
    const errors: unknown[] = [];
    const time = { t: 0 };
    const clock = new RealClock({ now: () => time.t, onError: (error) => errors.push(error) });
    let after = 0;
    clock.set(() => {
      throw new Error("boom");
    }, 2);
    clock.set(() => after++, 2);
    time.t = 2;
    await until(() => after === 1);
    assert.equal((errors[0] as Error).message, "boom");
    clock.close();
  });

  it("counts whole ms from construction and rounds fractional delays up", async () => {
    const time = { t: 100.5 };
    const clock = new RealClock({ now: () => time.t });
    time.t = 101.25;
    assert.equal(clock.monotonic(), 0);
    assert.equal(clock.preciseMonotonic(), 0.75);
    const seen: number[] = [];
    clock.set(() => seen.push(clock.monotonic()), 0.25);
    time.t = 101.375;
    await turns(20);
    assert.deepEqual(seen, [], "due when the count reaches 1 ms, not before");
    time.t = 101.5;
    await until(() => seen.length === 1);
    assert.deepEqual(seen, [1]);
    clock.close();
  });

  it("runs every timer due at a wake-up in due order, the first set first on ties", async () => {
    const time = { t: 0 };
    const clock = new RealClock({ now: () => time.t });
    const log: string[] = [];
    clock.set(() => log.push(`A@${clock.monotonic()}`), 5);
    clock.set(() => log.push(`B@${clock.monotonic()}`), 3);
    clock.repeat(() => log.push(`R@${clock.monotonic()}`), 2);
    clock.set(() => log.push(`C@${clock.monotonic()}`), 5);
    time.t = 5.5;
    await until(() => log.length === 5);
    await turns(20);
    // R's catch-up run (due at 4) waits for the next turn rather than jumping ahead of A and C.
    assert.deepEqual(log, ["R@5", "B@5", "A@5", "C@5", "R@5"]);
    assert.equal(clock.pending, 1);
    time.t = 6;
    await until(() => log.length === 6);
    assert.equal(log[5], "R@6");
    clock.close();
  });

  it("re-arms a repeat from its previous due time, so late runs catch up and the rate holds", async () => {
    const time = { t: 0 };
    const clock = new RealClock({ now: () => time.t });
    let runs = 0;
    clock.repeat(() => runs++, 2.5);
    time.t = 10.2;
    await until(() => runs === 4);
    await turns(20);
    assert.equal(runs, 4, "due at 3, 5, 8 and 10 ms");
    time.t = 12.9;
    await turns(20);
    assert.equal(runs, 4, "next due at 13 ms, not 2.5 ms after the late run");
    time.t = 13;
    await until(() => runs === 5);
    clock.close();
  });

  it("cancels timers cleared or closed by a callback in the same wake-up", async () => {
    const time = { t: 0 };
    const clock = new RealClock({ now: () => time.t });
    const log: string[] = [];
    const victim = clock.set(() => log.push("victim"), 2);
    const repeating: unknown = clock.repeat(() => {
      log.push("repeat");
      clock.clear(repeating);
    }, 1);
    clock.set(() => {
      log.push("closer");
      clock.close();
    }, 3);
    clock.set(() => log.push("after close"), 3);
    clock.set(() => {
      log.push("clearer");
      clock.clear(victim);
    }, 1);
    time.t = 3;
    await until(() => log.length === 3);
    await turns(20);
    assert.deepEqual(log, ["repeat", "clearer", "closer"]);
    assert.equal(clock.pending, 0);
  });

  it("leaves the process asleep while the next timer is far off", async () => {
    let reads = 0;
    const clock = new RealClock({
      now: () => {
        reads++;
        return 0;
      },
    });
    clock.set(() => {}, 60_000);
    const afterSet = reads;
    await new Promise((resolve) => setTimeout(resolve, 20));
    assert.equal(reads, afterSet);
    clock.close();
  });

  it("offsets wall time when one is given", () => {
    const clock = new RealClock({ wall: 1000 });
    assert.ok(clock.wall() >= 1000 && clock.wall() < 1000 + 60_000);
    clock.setWall(2_000_000);
    assert.ok(clock.wall() >= 2_000_000);
  });
});
