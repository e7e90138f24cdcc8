import type { DataManagerConfig } from "./types.ts";
import { childPath } from "./json-path.ts";
import type { FieldReader } from "./reader.ts";
import { isJsonObject } from "./reader.ts";

export const DEFAULT_SYNC_INTERVAL_MINS = 0.1;
export const DEFAULT_CACHE_SIZE_KB = 1;

const TAG = /^[A-Za-z0-9_-]+$/;

// Documented for viam-server, meaningless on a board with one flash partition and no filesystem.
// They are still read so that a config shared with a viam-server part is not "wrong" here.
const NOT_APPLICABLE = new Set([
  "additional_sync_paths",
  "delete_every_nth_when_disk_full",
  "maximum_num_sync_threads",
  "file_last_modified_millis",
]);
const MONGO = "mongo_capture_config";

const KNOWN = new Set([
  "sync_interval_mins",
  "capture_dir",
  "tags",
  "capture_disabled",
  "sync_disabled",
  "delete_data_on_part_deletion",
  "cache_size_kb",
  "durable",
  "selective_syncer_name",
  MONGO,
  ...NOT_APPLICABLE,
]);

/** Reads the data manager service's attributes. A bad value is reported and its default used, so that
 *  one typo does not turn capture or sync off for the whole machine. */
export function parseDataManager(path: string, name: string, attributes: FieldReader | undefined): DataManagerConfig {
  const config: DataManagerConfig = {
    path,
    name,
    syncIntervalMins: DEFAULT_SYNC_INTERVAL_MINS,
    tags: [],
    captureDisabled: false,
    syncDisabled: false,
    deleteDataOnPartDeletion: false,
    cacheSizeKb: DEFAULT_CACHE_SIZE_KB,
    durable: false,
  };
  if (attributes === undefined) return config;
  const a = attributes;

  config.syncIntervalMins = a.number("sync_interval_mins", { positive: true }) ?? config.syncIntervalMins;
  config.captureDir = a.string("capture_dir");
  config.tags = readTags(a);
  config.captureDisabled = a.boolean("capture_disabled") ?? false;
  config.syncDisabled = a.boolean("sync_disabled") ?? false;
  config.deleteDataOnPartDeletion = a.boolean("delete_data_on_part_deletion") ?? false;
  config.cacheSizeKb = a.number("cache_size_kb", { positive: true }) ?? config.cacheSizeKb;
  config.durable = a.boolean("durable") ?? false;
  const syncer = a.string("selective_syncer_name", { nonEmpty: true });
  if (syncer !== undefined) config.selectiveSyncerName = syncer;
  if (config.captureDir === undefined) delete config.captureDir;

  for (const key of Object.keys(a.value)) {
    if (NOT_APPLICABLE.has(key)) a.issues.warn(a.pathOf(key), "not applicable on this device");
  }
  const mongo = a.value[MONGO];
  if (isJsonObject(mongo) && Object.keys(mongo).length > 0) {
    for (const key of Object.keys(mongo)) {
      a.issues.warn(childPath(a.pathOf(MONGO), key), "not applicable on this device");
    }
  } else if (mongo !== undefined) {
    a.issues.warn(a.pathOf(MONGO), "not applicable on this device");
  }
  for (const key of a.otherKeys(KNOWN)) a.issues.warn(a.pathOf(key), "unknown attribute");
  return config;
}

function readTags(a: FieldReader): string[] {
  const tags: string[] = [];
  const path = a.pathOf("tags");
  (a.array("tags") ?? []).forEach((tag, index) => {
    const tagPath = childPath(path, index);
    if (typeof tag !== "string") a.issues.error(tagPath, "must be a string");
    else if (!TAG.test(tag)) a.issues.error(tagPath, "may contain only letters, digits, _ and -");
    else if (tags.includes(tag)) a.issues.warn(tagPath, `duplicate tag "${tag}"`);
    else tags.push(tag);
  });
  return tags;
}
