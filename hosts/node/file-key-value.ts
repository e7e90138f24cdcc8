// The key-value store kept in a JSON file. Each change rewrites the file through a temporary file
// and a rename, so a crash leaves either the old contents or the new, never half of either.
//
// Like damaged NVS on a board, a damaged file never stops a boot: what cannot be read is left out,
// so the firmware starts from its defaults for it, each with a warning that names the key. The
// damaged file is kept beside the new one (`.damaged`) for whoever wants to look at it.

import { copyFileSync, existsSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { MemoryKeyValue, type KeyValueContents } from "../sim/key-value.ts";
import { errorMessage } from "../../src/error-message.ts";

export interface FileKeyValueOptions {
  path: string;
  /** Where warnings about damaged contents go; standard error by default. */
  warn?: (message: string) => void;
}

export function openFileKeyValue(options: FileKeyValueOptions): MemoryKeyValue {
  const { path } = options;
  const warn = options.warn ?? ((message: string) => process.stderr.write(`[warn] ${message}\n`));
  const contents = existsSync(path) ? readContents(path, warn) : {};
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

function readContents(path: string, warn: (message: string) => void): KeyValueContents {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, "utf8"));
  } catch (error) {
    keepDamaged(path);
    warn(`key-value file ${path} is not JSON (${errorMessage(error)}); every key starts from its default`);
    return {};
  }
  if (!isRecord(json)) {
    keepDamaged(path);
    warn(`key-value file ${path} does not hold an object of namespaces; every key starts from its default`);
    return {};
  }
  const contents: KeyValueContents = {};
  for (const [namespace, entries] of Object.entries(json)) {
    if (!isRecord(entries)) {
      keepDamaged(path);
      warn(`key-value file ${path}: namespace "${namespace}" is not an object; its keys start from their defaults`);
      continue;
    }
    const kept: Record<string, string> = {};
    for (const [key, value] of Object.entries(entries)) {
      if (typeof value === "string") kept[key] = value;
      else {
        keepDamaged(path);
        warn(`key-value file ${path}: ${namespace}/${key} is not a string; it starts from its default`);
      }
    }
    contents[namespace] = kept;
  }
  return contents;
}

function keepDamaged(path: string): void {
  if (!existsSync(`${path}.damaged`)) copyFileSync(path, `${path}.damaged`);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
