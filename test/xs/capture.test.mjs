// Capture runs in the real XS engine on the same scripted inputs as under Node, in virtual time,
// and leaves the same records and the same flash bytes.
import "@endo/init";
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { startNodeTwin, startXs } from "../../hosts/xs/harness.mjs";

const exampleText = readFileSync(new URL("../../examples/config.json", import.meta.url), "utf8");

const boot = {
  op: "boot",
  config: exampleText,
  analogs: {
    34: { sine: { offset: 2000, amplitude: 500, periodMs: 1000 } },
    35: { replay: [[0, 900], [700, 1300], [1400, 1100]], loop: true },
  },
  digitals: { 15: [[2500, 1], [5500, 0]] },
};
const RUN_MS = 12_345;

test("the example machine captures the same records and flash bytes in XS as under Node", async (t) => {
  const xs = await startXs();
  t.after(() => xs.close());
  const node = await startNodeTwin();
  t.after(() => node.close());
  await xs.run(boot);
  await node.run(boot);

  const computeBefore = xs.computeTotal;
  const inXs = await xs.advance(RUN_MS);
  const compute = xs.computeTotal - computeBefore;
  const inNode = await node.advance(RUN_MS);
  assert.equal(inXs.now, RUN_MS);
  assert.deepEqual(inXs, inNode);

  const summary = await xs.run({ op: "summary" });
  assert.deepEqual(summary, await node.run({ op: "summary" }));
  assert.deepEqual(xs.logs, node.logs);
  // Each collector keeps its own rate: floor(12.345 s × hz) ticks, the first one period after boot.
  assert.deepEqual(
    summary.collectors.map((c) => [c.name, c.counters.captured, c.counters.missedTicks, c.counters.readErrors]),
    [
      ["board/Analogs(light)", 123, 0, 0],
      ["board/Analogs(thermo)", 24, 0, 0],
      ["board/Gpios(15)", 12, 0, 0],
      ["fake-sensor/Readings", 6, 0, 0],
      ["temperature/Readings", 12, 0, 0],
    ],
  );

  for (const { name } of summary.collectors) {
    assert.deepEqual(await xs.run({ op: "readings", collector: name }), await node.run({ op: "readings", collector: name }), name);
  }
  const light = await xs.run({ op: "readings", collector: "board/Analogs(light)" });
  // Reads sample the sine at their own due time, so one period later gives the same count.
  const requestedMs = ({ seconds, nanos }) => seconds * 1000 + nanos / 1e6;
  const at = (ms) => light.find((r) => requestedMs(r.sensorData.metadata.timeRequested) === ms);
  assert.equal(at(200).sensorData.struct.value, Math.round(2000 + 500 * Math.sin((2 * Math.PI * 200) / 1000)));
  assert.equal(at(1200).sensorData.struct.value, at(200).sensorData.struct.value);
  const gpios = await xs.run({ op: "readings", collector: "board/Gpios(15)" });
  assert.deepEqual(
    gpios.map((r) => r.sensorData.struct.high),
    [false, false, true, true, true, false, false, false, false, false, false, false],
  );

  const flash = await xs.run({ op: "flash" });
  assert.deepEqual(flash, await node.run({ op: "flash" }));
  const readings = summary.collectors.reduce((sum, c) => sum + c.counters.captured, 0);
  t.diagnostic(`xs: ${readings} readings in ${RUN_MS} virtual ms, compute ${compute} (${Math.round(compute / readings)} per reading incl. scheduling)`);
  t.diagnostic(`xs live heap after capture: ${await xs.liveHeap()} slots; flash erases ${flash.erases}, digest ${flash.fnv1a}`);
});
