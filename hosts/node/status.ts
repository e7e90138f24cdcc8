// Plain-text views of a running machine for the CLI (what it built at start, and a status table the
// CLI redraws in place), and the final JSON summary that --summary writes.

import type { Machine } from "../../src/boot.ts";
import type { Collector } from "../../src/data/collector.ts";
import type { LocalCloud } from "./cloud/local-cloud.ts";
import type { StoredUpload } from "./cloud/upload-store.ts";
import type { SleepState } from "../../src/sleep/retained-state.ts";

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  return rows.map((row) => `  ${row.map((cell, i) => cell.padEnd(widths[i]!)).join("  ").trimEnd()}\n`).join("");
}

/** Records in the ring now, read from the ring itself: after a durable restart they include what
 *  earlier boots wrote, which no counter of this boot adds up to. */
function buffered(collector: Collector): number {
  return collector.ring.counters.records;
}

/** Readings captured by this boot, and those an earlier boot left in flash (durable mode), which
 *  sync may upload too: so synced never exceeds the two together. */
function captured(collector: Collector): string {
  const restored = collector.ring.counters.restored;
  return restored > 0 ? `${collector.counters.captured} +${restored} restored` : String(collector.counters.captured);
}

function ago(nowMs: number, thenMs: number | undefined): string {
  return thenMs === undefined ? "never" : `${((nowMs - thenMs) / 1000).toFixed(1)} s ago`;
}

/** Where a client finds the board's gRPC server, and how it authenticates. */
function serverLine(machine: Machine, auth: { partId: string; secretFrom: string }): string {
  if (!machine.server) return "server: off";
  return (
    `server: http://localhost:${machine.server.port} (gRPC over h2c, gRPC-web over HTTP/1.1)\n` +
    `  authenticate as entity ${auth.partId}, type robot-secret, with ${auth.secretFrom}`
  );
}

export function renderStartup(configPath: string, machine: Machine, syncTarget: string, auth: { partId: string; secretFrom: string }): string {
  const resources = [...machine.resources.values()].map((r) => [r.name.subtype, r.name.name, r.model]);
  const collectors = machine.data.collectors.map((c) => [c.name, `${c.hz} Hz`, `${c.ring.capacityBytes} B`]);
  return [
    `viam-micro-xs on the simulated ESP32 (boot epoch ${machine.epoch})`,
    `config: ${configPath} (running the ${machine.cloudConfig.source} copy)`,
    `sync: ${machine.sync ? `to ${syncTarget}` : machine.deepSleep?.syncs ? `to ${syncTarget}, at sync wakes (deep-sleep mode)` : "off"}`,
    serverLine(machine, auth),
    `resources (${resources.length}):\n${resources.length ? table([["type", "name", "model"], ...resources]) : ""}`,
    `collectors (${collectors.length})${machine.data.capturing ? "" : " — capture disabled"}:\n${collectors.length ? table([["collector", "rate", "ring"], ...collectors]) : ""}`,
    machine.issues.length ? `config issues (${machine.issues.length}):\n` : "config issues: none\n",
  ].join("\n");
}

export function renderStatus(machine: Machine, nowMs: number, wifiConnected: boolean): string {
  const rows = machine.data.collectors.map((c) => {
    const n = c.counters;
    return [c.name, `${c.hz} Hz`, captured(c), String(buffered(c)), String(n.bytesUsed), String(n.synced), String(n.droppedOldest), String(n.missedTicks + n.readErrors + n.storeErrors + n.corruptSkipped)];
  });
  const sync = machine.sync?.state;
  const syncLine = sync
    ? `sync: last success ${ago(nowMs, sync.lastSuccessAt)}, ${sync.uploadedRecords} records in ${sync.uploadedBatches} uploads` +
      (sync.consecutiveFailures > 0
        ? `; ${sync.consecutiveFailures} failures, retry in ${((sync.nextAttemptAt - nowMs) / 1000).toFixed(1)} s (backoff ${(sync.backoffMs / 1000).toFixed(1)} s)`
        : "") +
      // An error is shown while it holds: once sync works again it is history.
      (sync.consecutiveFailures > 0 && sync.lastError ? `\n  last error: ${sync.lastError}` : "") +
      (sync.held ? `\n  holding: ${sync.held}` : "")
    : "sync: off";
  const erases = machine.data.store?.erases ?? 0;
  const server = machine.server?.stats();
  return [
    `status — Wi-Fi ${wifiConnected ? "up" : "down"}, flash erases ${erases}` +
      (server ? `, server ${server.connections} connections open, ${server.calls} calls` : ""),
    table([["collector", "rate", "captured", "buffered", "bytes", "synced", "dropped", "errors"], ...rows]).trimEnd(),
    syncLine,
    machine.cloudConfig.consecutiveFailures > 0 && machine.cloudConfig.lastError
      ? `cloud config: ${machine.cloudConfig.lastError}`
      : `cloud config: ${machine.cloudConfig.source}`,
    "",
  ].join("\n");
}

/** What a deep-sleeping board shows: awake or asleep, its wakes and radio sessions, and uploads. */
export interface SleepView {
  /** The wake running now; undefined while the board sleeps. */
  awake?: Machine;
  /** The state the last wake left in the retained area (while asleep) or the running wake's. */
  state: SleepState | undefined;
  nowMs: number;
  /** World ms of the next wake, while asleep. */
  wakeAt: number | undefined;
  radio: { on: boolean; sessions: number; ms: number };
  /** Readings the cloud holds for this part, where it can be asked. */
  cloudReadings?: number;
}

export function renderSleepStatus(view: SleepView): string {
  const { awake, state, radio } = view;
  const phase = awake?.deepSleep?.phase;
  const now = awake
    ? `awake (${phase ?? "normal mode"}), radio ${radio.on ? "on" : "off"}`
    : `asleep, radio off${view.wakeAt === undefined ? "" : `, next wake in ${((view.wakeAt - view.nowMs) / 1000).toFixed(1)} s`}`;
  const lines = [`deep sleep — ${now}`];
  if (state) {
    lines.push(
      `  wakes ${state.wakes} in epoch ${state.epoch}; ${state.sinceSync} since the last sync; readings captured ${state.captured}, dropped ${state.dropped}`,
      `  radio sessions ${radio.sessions} (${(radio.ms / 1000).toFixed(1)} s on in all); uploads: ${state.uploaded} readings acknowledged` +
        (view.cloudReadings === undefined ? "" : `, ${view.cloudReadings} in the cloud`),
    );
    if (state.failures > 0) lines.push(`  ${state.failures} failed sync wake(s), next try at wake ${state.retryAtWake}: ${state.lastError ?? ""}`);
    if (state.held) lines.push(`  holding: ${state.held}`);
  }
  return `${lines.join("\n")}\n`;
}

export interface CollectorSummary {
  captured: number;
  /** Records found in flash at boot, written by earlier boots (durable mode). */
  restored: number;
  synced: number;
  dropped_oldest: number;
  corrupt_skipped: number;
  /** Null when syncing to a cloud this process cannot read back. */
  duplicates_seen_by_cloud: number | null;
}

/** The stored rows of one collector: its component and method, and its own parameters (two
 *  Analogs collectors of one board differ only in reader_name). */
function rowsOf(collector: Collector, uploads: StoredUpload[]): StoredUpload[] {
  return uploads.filter((row) => {
    const params = row.methodParameters as Record<string, { value?: unknown }>;
    return Object.entries(collector.params).every(([key, value]) => String(params[key]?.value) === value);
  });
}

function duplicates(rows: StoredUpload[]): number {
  const seen = new Set<string>();
  let repeats = 0;
  for (const row of rows) {
    const key = `${row.timeRequestedMs} ${JSON.stringify(row.data)}`;
    if (seen.has(key)) repeats++;
    else seen.add(key);
  }
  return repeats;
}

export function summarize(machine: Machine, cloud: LocalCloud | undefined): Record<string, CollectorSummary> {
  const summary: Record<string, CollectorSummary> = {};
  for (const collector of machine.data.collectors) {
    const n = collector.counters;
    const uploads = cloud?.uploads({ componentName: collector.componentName, methodName: collector.method });
    summary[collector.name] = {
      captured: n.captured,
      restored: collector.ring.counters.restored,
      synced: n.synced,
      dropped_oldest: n.droppedOldest,
      corrupt_skipped: n.corruptSkipped,
      duplicates_seen_by_cloud: uploads ? duplicates(rowsOf(collector, uploads)) : null,
    };
  }
  return summary;
}
