// How a collector is named, for people and for flash. The owner id is what a ring's blocks carry on
// flash, so it is derived only from what identifies the capture (not from its rate or cache size):
// a durable store then finds the same ring after a reboot or a rate change.
import { fnv1a } from "../text-hash.ts";

export interface CollectorIdentity {
  /** Component subtype, e.g. "board", "sensor". */
  subtype: string;
  componentName: string;
  method: string;
  params: Record<string, string>;
}

/** For logs and status: `board/Analogs(light)`, `fake-sensor/Readings`. */
export function collectorName(identity: CollectorIdentity): string {
  const values = sortedKeys(identity.params).map((key) => identity.params[key]);
  const suffix = values.length === 0 ? "" : `(${values.join(",")})`;
  return `${identity.componentName}/${identity.method}${suffix}`;
}

/** FNV-1a (32-bit) over `subtype/component/method/k=v&k=v` with the params in key order. */
export function collectorOwner(identity: CollectorIdentity): number {
  const params = sortedKeys(identity.params)
    .map((key) => `${key}=${identity.params[key]}`)
    .join("&");
  return fnv1a(`${identity.subtype}/${identity.componentName}/${identity.method}/${params}`);
}

function sortedKeys(params: Record<string, string>): string[] {
  return Object.keys(params).sort();
}
