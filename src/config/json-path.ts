// Paths look like `components[2].service_configs[0].attributes.capture_methods[1].method`. The
// document itself is "$", which is dropped as soon as a key follows it so that paths read the way
// people write them.

export const ROOT = "$";


export function childPath(path: string, key: string | number): string {
  if (typeof key === "number") return `${path === ROOT ? "" : path}[${key}]`;
  const step = /^[A-Za-z_][A-Za-z0-9_]*$/.test(key) ? key : `[${JSON.stringify(key)}]`;
  if (path === ROOT) return step;
  return step.startsWith("[") ? path + step : `${path}.${step}`;
}
