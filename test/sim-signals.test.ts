import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { constant, noise, parseCsv, replay, sine, volts } from "../hosts/sim/signals.ts";

describe("signals", () => {
  it("constant gives the same count at any time", () => {
    const signal = constant(1234);
    assert.equal(signal(0), 1234);
    assert.equal(signal(98765.4), 1234);
  });

  it("sine follows offset, amplitude, period and phase", () => {
    const signal = sine({ offset: 2000, amplitude: 1000, periodMs: 1000 });
    assert.equal(signal(0), 2000);
    assert.equal(Math.round(signal(250)), 3000);
    assert.equal(Math.round(signal(750)), 1000);
    assert.equal(Math.round(signal(1250)), 3000);
    const shifted = sine({ offset: 2000, amplitude: 1000, periodMs: 1000, phase: Math.PI / 2 });
    assert.equal(Math.round(shifted(0)), 3000);
    assert.throws(() => sine({ offset: 0, amplitude: 1, periodMs: 0 }), RangeError);
  });

  it("noise is a deterministic function of seed and time, within mean ± spread", () => {
    const a = noise({ mean: 2000, spread: 100, seed: 42 });
    const b = noise({ mean: 2000, spread: 100, seed: 42 });
    const c = noise({ mean: 2000, spread: 100, seed: 43 });
    const times = Array.from({ length: 1000 }, (_, i) => i * 10);
    const va = times.map(a);
    assert.deepEqual(times.map(b), va);
    assert.deepEqual([...times].reverse().map(a).reverse(), va, "order of reads does not matter");
    assert.notDeepEqual(times.map(c), va);
    assert.ok(va.every((v) => v >= 1900 && v <= 2100));
    assert.ok(new Set(va.map(Math.round)).size > 100, "the values vary");
    const mean = va.reduce((s, v) => s + v, 0) / va.length;
    assert.ok(Math.abs(mean - 2000) < 10, `mean ${mean}`);
  });

  it("replay holds each row's count until the next row", () => {
    const signal = replay([[100, 10], [200, 20], [400, 40]]);
    assert.deepEqual([0, 100, 199.9, 200, 399, 400, 10_000].map(signal), [10, 10, 10, 20, 20, 40, 40]);
  });

  it("replay with loop repeats one cycle: first row to last row plus the last gap", () => {
    const signal = replay([[0, 1], [100, 2], [200, 3]], { loop: true });
    assert.deepEqual([0, 150, 250, 299, 300, 450, 600].map(signal), [1, 2, 3, 3, 1, 2, 1]);
  });

  it("replay refuses empty or unordered rows", () => {
    assert.throws(() => replay([]), RangeError);
    assert.throws(() => replay([[10, 1], [10, 2]]), /increasing/);
  });

  it("parseCsv reads t_ms,count rows with an optional header, skipping blank lines", () => {
    const rows = parseCsv("t_ms,count\r\n0,100\n\n  50 , 200 \n100,4095\n");
    assert.deepEqual(rows, [[0, 100], [50, 200], [100, 4095]]);
    assert.deepEqual(parseCsv("0,1\n10,2"), [[0, 1], [10, 2]]);
  });

  it("parseCsv names the line of a bad row", () => {
    assert.throws(() => parseCsv("t,count\n0,1\n\n5,x\n"), /line 4/);
    assert.throws(() => parseCsv("0,1\n1,2,3\n"), /line 2/);
    assert.throws(() => parseCsv("0,1\nt_ms,count\n"), /line 2/, "a header is only allowed first");
  });

  it("volts converts to 12-bit counts, clamped", () => {
    assert.equal(volts(0), 0);
    assert.equal(volts(3.3), 4095);
    assert.equal(volts(1.65), 2048);
    assert.equal(volts(0.5, 1.0), 2048);
    assert.equal(volts(5), 4095);
    assert.equal(volts(-1), 0);
  });
});
