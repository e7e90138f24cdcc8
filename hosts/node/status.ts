// Plain-text views of a running machine for the CLI: what it built at start, and a status table
// that the CLI redraws in place.

import type { Machine } from "../../src/boot.ts";

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  return rows.map((row) => `  ${row.map((cell, i) => cell.padEnd(widths[i]!)).join("  ").trimEnd()}\n`).join("");
}

export function renderStartup(configPath: string, machine: Machine): string {
  const resources = [...machine.resources.values()].map((r) => [r.name.subtype, r.name.name, r.model]);
  const collectors = machine.data.collectors.map((c) => [c.name, `${c.hz} Hz`, `${c.ring.spec.capacityBytes} B`]);
  return [
    `viam-micro-xs on the simulated ESP32 (boot epoch ${machine.epoch})`,
    `config: ${configPath}`,
    `resources (${resources.length}):\n${resources.length ? table([["type", "name", "model"], ...resources]) : ""}`,
    `collectors (${collectors.length})${machine.data.capturing ? "" : " — capture disabled"}:\n${collectors.length ? table([["collector", "rate", "ring"], ...collectors]) : ""}`,
    machine.issues.length ? `config issues (${machine.issues.length}):\n` : "config issues: none\n",
  ].join("\n");
}

export function renderStatus(machine: Machine): string {
  const rows = machine.data.collectors.map((c) => {
    const n = c.counters;
    return [c.name, String(n.captured), String(n.bytesUsed), String(n.droppedOldest), String(n.missedTicks), String(n.readErrors), String(n.corruptSkipped)];
  });
  const erases = machine.data.store?.erases ?? 0;
  return `status (flash erases ${erases}):\n${table([["collector", "captured", "buffered B", "dropped", "missed", "errors", "corrupt"], ...rows])}`;
}
