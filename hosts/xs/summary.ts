// What a booted machine looks like from outside, as plain JSON, so that the same summary taken in
// XS and under Node can be compared value for value.
import type { Machine } from "../../src/boot.ts";
import type { ConfigIssue, ParsedConfig } from "../../src/config/types.ts";
import type { ResourceName } from "../../src/resources/resource.ts";
import type { CollectorCounters } from "../../src/data/collector.ts";

export type Plain = null | boolean | number | string | Plain[] | { [key: string]: Plain };

export interface ResourceSummary {
  name: ResourceName;
  model: string;
}

export interface CollectorSummary {
  name: string;
  subtype: string;
  component: string;
  method: string;
  hz: number;
  counters: CollectorCounters;
}

export interface MachineSummary {
  epoch: number;
  config: Plain;
  issues: ConfigIssue[];
  resources: ResourceSummary[];
  collectors: CollectorSummary[];
  capturing: boolean;
  /** Block erases so far in the capture partition; null without a store. */
  erases: number | null;
  /** Which cloud part the credentials name; the secret never leaves the engine. */
  credentials?: { id: string; appAddress: string };
}

// JSON.stringify alone would turn a Map into {} and drop undefined silently; a difference hidden
// that way is exactly what the XS comparison exists to catch, so containers are spelled out.
export function toPlain(value: unknown): Plain {
  if (value === null || value === undefined) return null;
  switch (typeof value) {
    case "boolean":
    case "string":
      return value;
    case "number":
      return Number.isFinite(value) ? value : String(value);
    case "bigint":
      return `${value}n`;
    case "object":
      break;
    default:
      return `[${typeof value}]`;
  }
  if (Array.isArray(value)) return value.map(toPlain);
  if (value instanceof Map) return { "[Map]": [...value].map(([k, v]) => [toPlain(k), toPlain(v)]) };
  if (value instanceof Set) return { "[Set]": [...value].map(toPlain) };
  if (ArrayBuffer.isView(value)) return { "[bytes]": [...new Uint8Array(value.buffer, value.byteOffset, value.byteLength)] };
  const out: { [key: string]: Plain } = {};
  for (const [key, item] of Object.entries(value)) {
    if (item !== undefined) out[key] = toPlain(item);
  }
  return out;
}

export function summarizeConfig(parsed: ParsedConfig): { config: Plain; issues: ConfigIssue[] } {
  return { config: toPlain(parsed.config), issues: parsed.issues.map((issue) => ({ ...issue })) };
}

export function summarizeMachine(machine: Machine): MachineSummary {
  const summary: MachineSummary = {
    epoch: machine.epoch,
    config: toPlain(machine.config.config),
    issues: machine.issues.map((issue) => ({ ...issue })),
    resources: [...machine.resources.values()].map((resource) => ({
      name: { ...resource.name },
      model: resource.model,
    })),
    collectors: machine.data.collectors.map((collector) => ({
      name: collector.name,
      subtype: collector.subtype,
      component: collector.componentName,
      method: collector.method,
      hz: collector.hz,
      counters: { ...collector.counters },
    })),
    capturing: machine.data.capturing,
    erases: machine.data.store?.erases ?? null,
  };
  if (machine.credentials) {
    summary.credentials = { id: machine.credentials.id, appAddress: machine.credentials.appAddress };
  }
  return summary;
}
