// ECMA-419 (3rd edition) key-value storage as Moddable implements it on ESP32, over NVS: `path` is the
// NVS namespace, keys are at most 15 characters, and `format` picks the NVS value type. A missing key
// reads as undefined. @moddable/typings 5.6.0 predates this module.
declare module "embedded:storage/key-value" {
  type StorageFormat = "buffer" | "string" | "uint8" | "int8" | "uint16" | "int16" | "uint32" | "int32" | "uint64" | "int64";

  interface KeyValueOpenOptions {
    path: string;
    mode?: "r" | "r+";
    /** Defaults to "buffer" (NVS blob). */
    format?: StorageFormat;
  }

  interface KeyValueStorage {
    read(key: string): ArrayBuffer | string | number | bigint | undefined;
    write(key: string, value: ArrayBuffer | ArrayBufferView | string | number | bigint): void;
    delete(key: string): void;
    close(): void;
    format: StorageFormat;
  }

  const keyValue: {
    open(options: KeyValueOpenOptions): KeyValueStorage;
  };
  export default keyValue;
}
