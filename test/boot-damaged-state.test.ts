// Damaged NVS never stops a boot: each key that cannot be read starts from its default, with a
// warning that names it.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, it } from "node:test";
import { boot } from "../src/boot.ts";
import type { KeyValue } from "../src/host.ts";
import { VirtualClock } from "../hosts/sim/clock.ts";
import { SimBoard } from "../hosts/sim/board.ts";
import { SimFlash } from "../hosts/sim/flash.ts";
import { MemoryKeyValue } from "../hosts/sim/key-value.ts";
import { createMemoryHost } from "../hosts/sim/memory-host.ts";

const config = readFileSync(new URL("../examples/config.json", import.meta.url), "utf8");

function bootOn(kv: KeyValue): { epoch: number; logs: string[] } {
  const clock = new VirtualClock({ wall: Date.UTC(2026, 0, 1) });
  const board = new SimBoard({ clock });
  const logs: string[] = [];
  const host = createMemoryHost({ clock, board, flash: new SimFlash({ size: 64 * 4096 }), kv, log: (level, m) => logs.push(`${level}: ${m}`) });
  const machine = boot(host, { config, server: false });
  try {
    assert.ok(machine.data.collectors.length > 0, "the machine runs");
    return { epoch: machine.epoch, logs };
  } finally {
    machine.close();
    board.close();
  }
}

describe("boot on damaged key-value state", () => {
  it("takes a random epoch, with a warning naming the key, when the stored one is damaged", () => {
    const kv = new MemoryKeyValue({ contents: { viam: { boot_epoch: "7\u0000garbage" } } });
    const { epoch, logs } = bootOn(kv);
    assert.ok(Number.isInteger(epoch) && epoch >= 1 && epoch !== 1 && epoch !== 8, `epoch ${epoch}`);
    assert.ok(logs.some((l) => /^warn: key-value viam\/boot_epoch is damaged/.test(l)), logs.join("\n"));
    assert.equal(kv.open({ path: "viam" }).read("boot_epoch"), String(epoch), "the next boot counts on from it");
  });

  it("boots when the key-value storage itself fails", () => {
    const broken: KeyValue = {
      open() {
        throw new Error("nvs: ESP_ERR_NVS_CORRUPT");
      },
      close() {},
    } as unknown as KeyValue;
    const { epoch, logs } = bootOn(broken);
    assert.ok(epoch >= 1);
    assert.ok(logs.some((l) => /key-value viam\/boot_epoch cannot be read or written \(nvs: ESP_ERR_NVS_CORRUPT\)/.test(l)), logs.join("\n"));
  });
});
