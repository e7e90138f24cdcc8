// The keys Viam's machine config can carry, at the top level and on a component, whether this board
// reads them or not. A config written for viam-server (fragments, modules, agent settings...) runs
// here unchanged: keys known to Viam are accepted quietly, and only a key Viam does not know either
// is reported, once, as a warning, since it is most likely a typo.
import type { FieldReader } from "./reader.ts";

const TOP_LEVEL = Object.freeze([
  "components",
  "services",
  "remotes",
  "auth",
  "modules",
  "packages",
  "processes",
  "network",
  "cloud",
  "debug",
  "log",
  "jobs",
  "revision",
  "maintenance",
  "fragments",
  "fragment_mods",
  "agent",
  "disable_partial_start",
  "enable_web_profile",
  "overwrite_fragment_status",
  "disable_log_deduplication",
]);

const COMPONENT = Object.freeze([
  "name",
  "namespace",
  "type",
  "api",
  "model",
  "attributes",
  "depends_on",
  "service_configs",
  "frame",
  "log_configuration",
  "implicit_depends_on",
]);

/** Warns about each key of `entry` that Viam's config does not have at this level. */
function reportUnknown(entry: FieldReader, known: readonly string[], what: string): void {
  for (const key of Object.keys(entry.value)) {
    if (!known.includes(key)) entry.issues.warn(entry.pathOf(key), `unknown ${what}, ignored`);
  }
}

export function reportUnknownTopLevel(root: FieldReader): void {
  reportUnknown(root, TOP_LEVEL, "top-level section");
}

export function reportUnknownComponentKeys(entry: FieldReader): void {
  reportUnknown(entry, COMPONENT, "component key");
}

