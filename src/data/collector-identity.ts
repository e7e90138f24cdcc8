// How a collector is named, for people and for flash. The owner id is what a ring's blocks carry on
// flash, so it is derived only from what identifies the capture (not from its rate or cache size):
// a durable store then finds the same ring after a reboot or a rate change.

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

/** FNV-1a (32-bit) over `subtype/component/method/k=v&k=v` with the params in key order, as UTF-16
 *  code units split into bytes so the hash does not depend on an encoder. */
export function collectorOwner(identity: CollectorIdentity): number {
  const params = sortedKeys(identity.params)
    .map((key) => `${key}=${identity.params[key]}`)
    .join("&");
  const key = `${identity.subtype}/${identity.componentName}/${identity.method}/${params}`;
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    const unit = key.charCodeAt(i);
    hash = Math.imul(hash ^ (unit & 0xff), 0x01000193);
    if (unit > 0xff) hash = Math.imul(hash ^ (unit >> 8), 0x01000193);
  }
  return hash >>> 0;
}

function sortedKeys(params: Record<string, string>): string[] {
  return Object.keys(params).sort();
}
