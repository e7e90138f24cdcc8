// The shapes that Moddable SDK 8.2.3 declares in its own typings/ for this module, restated here so
// that `npm run typecheck` checks hosts/esp32 the way mcconfig does, without the SDK. mcconfig itself
// type-checks against the SDK's files (they win over these); `npm run esp32:check` runs that.
declare module "embedded:storage/flash" {
  export interface FlashOpenOptions {
    path: string;
    mode?: "r" | "r+";
  }
  export interface FlashStatus {
    size: number;
    blockLength: number;
    blocks: number;
    writeAlign: number;
    eraseValue: number;
  }
  export class Flash {
    close(): void;
    eraseBlock(start: number, end?: number): void;
    read(byteLength: number, byteOffset: number): ArrayBuffer;
    read(buffer: ByteBuffer, byteOffset: number): number;
    write(buffer: ByteBuffer, byteOffset: number): void;
    status(): FlashStatus;
    format: "buffer";
  }
  const FlashStorage: {
    open(options: FlashOpenOptions): Flash;
    [Symbol.iterator](): IterableIterator<string>;
  };
  export default FlashStorage;
}

declare module "embedded:storage/key-value" {
  export type StorageFormat = "buffer" | "string" | "uint8" | "int8" | "uint16" | "int16" | "uint32" | "int32" | "uint64" | "int64";
  export interface StorageOpenOptions {
    format?: StorageFormat;
    path: string;
    mode?: "r" | "r+";
  }
  export class Storage {
    close(): void;
    delete(key: string): void;
    read(key: string): ArrayBuffer | string | number | bigint;
    read(key: string, buffer: ByteBuffer): number;
    write(key: string, value: ByteBuffer | string | number | bigint): void;
    [Symbol.iterator](): IterableIterator<string>;
    format: StorageFormat;
  }
  const KeyValueStorage: {
    open(options: StorageOpenOptions): Storage;
  };
  export default KeyValueStorage;
}
