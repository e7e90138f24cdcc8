// The key-value store kept in a JSON file. Each change rewrites the file through a temporary file
// and a rename, so a crash leaves either the old contents or the new, never half of either.

import { existsSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { MemoryKeyValue, type KeyValueContents } from "../sim/key-value.ts";

export function openFileKeyValue(options: { path: string }): MemoryKeyValue {
  const { path } = options;
  const contents = existsSync(path) ? readContents(path) : {};
  const kv: MemoryKeyValue = new MemoryKeyValue({
    contents,
    onChange() {
      const temporary = `${path}.tmp`;
      writeFileSync(temporary, JSON.stringify(kv.contents(), null, 2) + "\n");
      renameSync(temporary, path);
    },
  });
  return kv;
}

function readContents(path: string): KeyValueContents {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, "utf8"));
  } catch (error) {
    throw new Error(`key-value file ${path} is not JSON: ${(error as Error).message}`);
  }
  if (!isRecord(json)) throw new Error(`key-value file ${path} must hold an object of namespaces`);
  for (const [namespace, entries] of Object.entries(json)) {
    if (!isRecord(entries) || !Object.values(entries).every((value) => typeof value === "string")) {
      throw new Error(`key-value file ${path}: namespace "${namespace}" must map keys to strings`);
    }
  }
  return json as KeyValueContents;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
