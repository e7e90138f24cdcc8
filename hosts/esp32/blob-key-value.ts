import type { KeyValue, KeyValueStore } from "../../src/host.ts";

/** The part of an `embedded:storage/key-value` store opened with format "buffer" that is used here. */
export interface BufferStore {
  read(key: string): unknown;
  write(key: string, value: ArrayBuffer): void;
  delete(key: string): void;
  close(): void;
}

export interface BufferStorage {
  open(options: { path: string; format: "buffer" }): BufferStore;
}

export interface TextCodec {
  encode(text: string): ArrayBuffer;
  decode(bytes: ArrayBuffer): string;
}

export interface BlobKeyValueOptions {
  storage: BufferStorage;
  /** UTF-8 both ways; on XS that is `ArrayBuffer.fromString` and `String.fromArrayBuffer`. */
  codec: TextCodec;
}

// ESP-IDF's NVS caps a string value at 4000 bytes including its terminator, and a cached cloud
// config can be bigger than that. A blob is limited only by the NVS partition, so the Host's string
// values are kept as UTF-8 blobs.
export class BlobKeyValue implements KeyValue {
  readonly #storage: BufferStorage;
  readonly #codec: TextCodec;

  constructor(options: BlobKeyValueOptions) {
    this.#storage = options.storage;
    this.#codec = options.codec;
  }

  open(options: { path: string; format?: "string" }): KeyValueStore {
    return new BlobStore(this.#storage.open({ path: options.path, format: "buffer" }), this.#codec);
  }
}

class BlobStore implements KeyValueStore {
  readonly #store: BufferStore;
  readonly #codec: TextCodec;

  constructor(store: BufferStore, codec: TextCodec) {
    this.#store = store;
    this.#codec = codec;
  }

  read(key: string): string | undefined {
    const value = this.#store.read(key);
    if (value === undefined) return undefined;
    if (!(value instanceof ArrayBuffer)) throw new TypeError(`key-value "${key}" is not a blob`);
    return this.#codec.decode(value);
  }

  write(key: string, value: string): void {
    this.#store.write(key, this.#codec.encode(value));
  }

  delete(key: string): void {
    this.#store.delete(key);
  }

  close(): void {
    this.#store.close();
  }
}
