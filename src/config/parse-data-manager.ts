import type { DataManagerConfig, DeepSleepSyncConfig } from "./types.ts";
import { childPath } from "./json-path.ts";
import type { FieldReader } from "./reader.ts";
import { isJsonObject } from "./reader.ts";
import { frozen } from "../frozen.ts";

export const DEFAULT_SYNC_INTERVAL_MINS = 0.1;
export const DEFAULT_CACHE_SIZE_KB = 1;


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
  "deep_sleep",
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
  const deepSleep = readDeepSleep(a);
  if (deepSleep !== undefined) config.deepSleep = deepSleep;
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

/** What a deep-sleep wake syncs on when `deep_sleep` leaves it out: every 10th wake, or a ring
 *  three-quarters full, with no age limit. */
export const DEFAULT_DEEP_SLEEP_SYNC: DeepSleepSyncConfig = frozen({ wakesPerSync: 10, syncAtFillPercent: 75 });

const DEEP_SLEEP_KEYS = frozen(["wakes_per_sync", "sync_at_fill_percent", "max_unsynced_age_mins"]);

function readDeepSleep(a: FieldReader): DeepSleepSyncConfig | undefined {
  const d = a.object("deep_sleep");
  if (d === undefined) return undefined;
  const config: DeepSleepSyncConfig = { ...DEFAULT_DEEP_SLEEP_SYNC };
  const wakes = d.number("wakes_per_sync");
  if (wakes !== undefined) {
    if (Number.isInteger(wakes) && wakes >= 1) config.wakesPerSync = wakes;
    else d.issues.error(d.pathOf("wakes_per_sync"), "must be a whole number of wakes, 1 or more");
  }
  const fill = d.number("sync_at_fill_percent");
  if (fill !== undefined) {
    if (fill > 0 && fill <= 100) config.syncAtFillPercent = fill;
    else d.issues.error(d.pathOf("sync_at_fill_percent"), "must be a percentage above 0 and at most 100");
  }
  const age = d.number("max_unsynced_age_mins", { positive: true });
  if (age !== undefined) config.maxUnsyncedAgeMins = age;
  for (const key of d.otherKeys(new Set(DEEP_SLEEP_KEYS))) d.issues.warn(d.pathOf(key), "unknown attribute");
  return config;
}

function readTags(a: FieldReader): string[] {
  const tags: string[] = [];
  const path = a.pathOf("tags");
  (a.array("tags") ?? []).forEach((tag, index) => {
    const tagPath = childPath(path, index);
    if (typeof tag !== "string") a.issues.error(tagPath, "must be a string");
    else if (!/^[A-Za-z0-9_-]+$/.test(tag)) a.issues.error(tagPath, "may contain only letters, digits, _ and -");
    else if (tags.includes(tag)) a.issues.warn(tagPath, `duplicate tag "${tag}"`);
    else tags.push(tag);
  });
  return tags;
}
