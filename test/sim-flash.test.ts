import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { PowerCut, SimFlash, SimFlashStorage } from "../hosts/sim/flash.ts";

const bytesOf = (flash: SimFlash, offset: number, length: number) => [...new Uint8Array(flash.read(length, offset))];

describe("SimFlash ESP32 rules", () => {
  it("starts erased, in 4096-byte blocks", () => {
    const flash = new SimFlash({ size: 3 * 4096 });
    assert.deepEqual(flash.status(), { size: 3 * 4096, blockLength: 4096, blocks: 3 });
    assert.ok(new Uint8Array(flash.read(3 * 4096, 0)).every((b) => b === 0xff));
  });

  it("refuses a size that is not whole blocks", () => {
    assert.throws(() => new SimFlash({ size: 5000 }), RangeError);
  });

  it("lets a write clear bits, including over bits already cleared", () => {
    const flash = new SimFlash({ size: 4096 });
    flash.write(new Uint8Array([0xf0, 0x0f]), 10);
    flash.write(new Uint8Array([0x30, 0x01]), 10);
    assert.deepEqual(bytesOf(flash, 9, 4), [0xff, 0x30, 0x01, 0xff]);
  });

  it("refuses a write that would set a bit, and writes none of it", () => {
    const flash = new SimFlash({ size: 4096 });
    flash.write(new Uint8Array([0x00, 0x00]), 101);
    assert.throws(
      () => flash.write(new Uint8Array([0x00, 0x12, 0x00, 0x00]), 100),
      (error: Error) => !(error instanceof PowerCut) && /set bits/.test(error.message) && /101/.test(error.message),
    );
    assert.deepEqual(bytesOf(flash, 100, 4), [0xff, 0x00, 0x00, 0xff]);
  });

  it("erases whole blocks to 0xFF and counts erases per block", () => {
    const flash = new SimFlash({ size: 4 * 4096 });
    flash.write(new Uint8Array(4 * 4096), 0);
    flash.eraseBlock(1);
    flash.eraseBlock(1, 3);
    assert.ok(bytesOf(flash, 4096, 2 * 4096).every((b) => b === 0xff));
    assert.equal(bytesOf(flash, 4095, 1)[0], 0);
    assert.equal(bytesOf(flash, 3 * 4096, 1)[0], 0);
    assert.deepEqual([...flash.eraseCounts], [0, 2, 1, 0]);
    assert.equal(flash.erases, 3);
    flash.write(new Uint8Array([0x5a]), 4096);
    assert.equal(bytesOf(flash, 4096, 1)[0], 0x5a);
  });

  it("throws RangeError for reads, writes and erases outside the partition", () => {
    const flash = new SimFlash({ size: 2 * 4096 });
    assert.throws(() => flash.read(2, 2 * 4096 - 1), RangeError);
    assert.throws(() => flash.read(1, -1), RangeError);
    assert.throws(() => flash.write(new Uint8Array(2), 2 * 4096 - 1), RangeError);
    assert.throws(() => flash.eraseBlock(2), RangeError);
    assert.throws(() => flash.eraseBlock(-1, 1), RangeError);
    assert.throws(() => flash.eraseBlock(1, 1), RangeError);
    assert.throws(() => flash.flipBit(2 * 4096, 0), RangeError);
    assert.equal(flash.read(1, 2 * 4096 - 1).byteLength, 1);
  });

  it("returns a copy from read()", () => {
    const flash = new SimFlash({ size: 4096 });
    new Uint8Array(flash.read(4, 0)).fill(0);
    assert.deepEqual(bytesOf(flash, 0, 4), [0xff, 0xff, 0xff, 0xff]);
  });

  it("writes the viewed bytes of a typed array or DataView, not its whole buffer", () => {
    const flash = new SimFlash({ size: 4096 });
    const backing = new Uint8Array([1, 2, 3, 4, 5, 6]);
    flash.write(backing.subarray(2, 4), 0);
    flash.write(new DataView(backing.buffer, 4, 1), 2);
    flash.write(new Uint8Array([7]).buffer, 3);
    assert.deepEqual(bytesOf(flash, 0, 5), [3, 4, 5, 7, 0xff]);
  });

  it("writes what a reused buffer holds now, at each offset and length it is viewed with", () => {
    const flash = new SimFlash({ size: 4096 });
    const scratch = new Uint8Array(4);
    const whole = scratch.buffer;
    scratch.set([0xf0, 0xf1, 0xf2, 0xf3]);
    flash.write(whole, 0);
    scratch.set([0x10, 0x11, 0x12, 0x13]);
    flash.write(whole, 4);
    flash.write(new DataView(whole, 1, 2), 8);
    flash.write(new DataView(whole, 2, 2), 10);
    scratch[2] = 0x02;
    flash.write(new DataView(whole, 2, 2), 12);
    assert.deepEqual(bytesOf(flash, 0, 15), [
      0xf0, 0xf1, 0xf2, 0xf3, 0x10, 0x11, 0x12, 0x13, 0x11, 0x12, 0x12, 0x13, 0x02, 0x13, 0xff,
    ]);
  });

  it("returns a new buffer from every read", () => {
    const flash = new SimFlash({ size: 4096 });
    const first = flash.read(4, 0);
    assert.notEqual(flash.read(4, 0), first);
    assert.equal(first.byteLength, 4);
  });

  it("flips a chosen bit either way", () => {
    const flash = new SimFlash({ size: 4096 });
    flash.write(new Uint8Array([0x00]), 7);
    flash.flipBit(7, 3);
    flash.flipBit(8, 0);
    assert.deepEqual(bytesOf(flash, 7, 2), [0x08, 0xfe]);
  });

  it("re-opens the same contents and wear history from another flash", () => {
    const first = new SimFlash({ size: 2 * 4096 });
    first.eraseBlock(1);
    first.write(new Uint8Array([1, 2]), 4096);
    const second = new SimFlash({ size: 2 * 4096, bytes: first.bytes, eraseCounts: first.eraseCounts });
    assert.deepEqual(bytesOf(second, 4096, 2), [1, 2]);
    assert.deepEqual([...second.eraseCounts], [0, 1]);
    second.eraseBlock(1);
    assert.deepEqual(bytesOf(first, 4096, 2), [1, 2], "contents are copied, not shared");
  });
});

describe("SimFlash power cuts", () => {
  const payload = [0x00, 0x11, 0x22, 0x33, 0x44, 0x55, 0x66, 0x77];

  it("leaves exactly the bytes before the cut, at every byte of a write", () => {
    for (let n = 0; n < payload.length; n++) {
      const flash = new SimFlash({ size: 4096 });
      flash.write(new Uint8Array([0xaa]), 0);
      flash.cutPowerAfter(n);
      assert.throws(() => flash.write(new Uint8Array(payload), 16), PowerCut, `cut after ${n}`);
      assert.ok(flash.powerLost);
      const expected = [...payload.slice(0, n), ...new Array(payload.length - n).fill(0xff)];
      assert.deepEqual([...flash.bytes.subarray(16, 24)], expected, `cut after ${n}`);
      assert.equal(flash.bytes[0], 0xaa);
      const reopened = new SimFlash({ size: 4096, bytes: flash.bytes });
      assert.deepEqual(bytesOf(reopened, 16, 8), expected);
    }
  });

  it("lets a write that fits the budget finish, and cuts at the next byte", () => {
    const flash = new SimFlash({ size: 4096 });
    flash.cutPowerAfter(payload.length);
    flash.write(new Uint8Array(payload), 0);
    assert.equal(flash.powerLost, false);
    assert.deepEqual(bytesOf(flash, 0, 8), payload);
    assert.throws(() => flash.write(new Uint8Array([0]), 8), PowerCut);
    assert.equal(flash.bytes[8], 0xff);
  });

  it("counts byte writes across several writes", () => {
    const flash = new SimFlash({ size: 4096 });
    flash.cutPowerAfter(5);
    flash.write(new Uint8Array([1, 2, 3]), 0);
    assert.equal(flash.budget, 2);
    assert.throws(() => flash.write(new Uint8Array([4, 5, 6]), 3), PowerCut);
    assert.deepEqual([...flash.bytes.subarray(0, 6)], [1, 2, 3, 4, 5, 0xff]);
  });

  it("is dead after a cut: every flash call throws PowerCut", () => {
    const flash = new SimFlash({ size: 4096 });
    flash.cutPowerAfter(0);
    assert.throws(() => flash.write(new Uint8Array([0]), 0), PowerCut);
    assert.throws(() => flash.read(1, 0), PowerCut);
    assert.throws(() => flash.eraseBlock(0), PowerCut);
    assert.throws(() => flash.status(), PowerCut);
    assert.throws(() => flash.write(new Uint8Array(0), 0), PowerCut);
  });

  it("does not spend the budget on erases unless asked to", () => {
    const flash = new SimFlash({ size: 2 * 4096 });
    flash.cutPowerAfter(1);
    flash.eraseBlock(0, 2);
    flash.write(new Uint8Array([0]), 0);
    assert.throws(() => flash.write(new Uint8Array([0]), 1), PowerCut);
  });

  it("with cutPowerDuringErase, leaves a cut erase half done: bits only ever set, block neither old nor erased", () => {
    const run = () => {
      const flash = new SimFlash({ size: 3 * 4096, cutPowerDuringErase: true, seed: 7 });
      flash.write(new Uint8Array(3 * 4096), 0);
      flash.cutPowerAfter(1);
      assert.throws(() => flash.eraseBlock(0, 3), PowerCut);
      return flash;
    };
    const flash = run();
    assert.ok(flash.bytes.subarray(0, 4096).every((b) => b === 0xff), "block 0 erased before the cut");
    const torn = flash.bytes.subarray(4096, 2 * 4096);
    assert.ok(torn.some((b) => b !== 0xff) && torn.some((b) => b !== 0x00), "block 1 is garbage");
    assert.ok(flash.bytes.subarray(2 * 4096).every((b) => b === 0), "block 2 untouched");
    assert.deepEqual([...flash.eraseCounts], [1, 0, 0]);
    assert.deepEqual(run().bytes, flash.bytes, "the garbage is reproducible from the seed");
  });
});

describe("SimFlashStorage", () => {
  it("opens partitions by name", () => {
    const capture = new SimFlash({ size: 4096 });
    const storage = new SimFlashStorage({ partitions: { capture } });
    assert.equal(storage.open({ path: "capture" }), capture);
    assert.throws(() => storage.open({ path: "nvs" }), /no flash partition named "nvs"/);
  });
});
