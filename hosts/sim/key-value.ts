// An in-memory `embedded:storage/key-value` with NVS's limits, so that a key which would be
// refused on the ESP32 is refused here too.

import type { KeyValue, KeyValueStore } from "../../src/host.ts";

/** NVS allows at most 15 characters in a namespace or key name. */
const MAX_NAME = 15;

export type KeyValueContents = Record<string, Record<string, string>>;

export interface MemoryKeyValueOptions {
  /** Starting contents, namespace → key → value. Copied. */
  contents?: KeyValueContents;
  /** Called after every write or delete, e.g. to persist `contents()`. */
  onChange?: () => void;
}

export class MemoryKeyValue implements KeyValue {
  readonly #namespaces = new Map<string, Map<string, string>>();
  readonly #onChange: (() => void) | undefined;
  #closed = false;

  constructor(options: MemoryKeyValueOptions = {}) {
    for (const [path, entries] of Object.entries(options.contents ?? {})) {
      this.#namespaces.set(path, new Map(Object.entries(entries)));
    }
    this.#onChange = options.onChange;
  }

  open(options: { path: string; format?: "string" }): KeyValueStore {
    if (this.#closed) throw new Error("key-value storage is closed");
    checkName("namespace", options.path);
    if (options.format !== undefined && options.format !== "string") {
      throw new Error(`unsupported key-value format "${String(options.format)}"`);
    }
    const path = options.path;
    const lookup = () => this.#namespaces.get(path);
    const changed = () => this.#onChange?.();
    const namespaces = this.#namespaces;
    let closed = false;
    const open = () => {
      if (closed || this.#closed) throw new Error(`key-value store "${path}" is closed`);
    };
    return {
      read(key: string): string | undefined {
        open();
        checkName("key", key);
        return lookup()?.get(key);
      },
      write(key: string, value: string): void {
        open();
        checkName("key", key);
        if (typeof value !== "string") throw new TypeError(`key-value "${key}": value must be a string`);
        let entries = lookup();
        if (!entries) namespaces.set(path, (entries = new Map()));
        entries.set(key, value);
        changed();
      },
      delete(key: string): void {
        open();
        checkName("key", key);
        if (lookup()?.delete(key)) changed();
      },
      close(): void {
        closed = true;
      },
    };
  }

  /** Ends this storage and every store opened from it, as a reset ends the firmware's NVS handles. */
  close(): void {
    this.#closed = true;
  }

  /** A plain copy of everything stored, namespace → key → value. */
  contents(): KeyValueContents {
    const out: KeyValueContents = {};
    for (const [path, entries] of this.#namespaces) out[path] = Object.fromEntries(entries);
    return out;
  }
}

function checkName(what: string, name: string): void {
  if (typeof name !== "string" || name.length === 0 || name.length > MAX_NAME) {
    throw new RangeError(`key-value ${what} "${String(name)}" must be 1 to ${MAX_NAME} characters (an NVS limit)`);
  }
}
