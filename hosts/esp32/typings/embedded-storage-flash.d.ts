// ECMA-419 (3rd edition) flash storage as Moddable implements it on ESP32: `open({path})` finds the
// data partition whose label is `path`. @moddable/typings 5.6.0 predates this module.
declare module "embedded:storage/flash" {
  type BufferSource = ArrayBuffer | ArrayBufferView;

  interface FlashOpenOptions {
    /** Partition label from the partition table. */
    path: string;
    mode?: "r" | "r+";
  }

  interface FlashStatus {
    size: number;
    /** Erase unit in bytes (4096 on ESP32 SPI flash). */
    blockLength: number;
    blocks: number;
  }

  interface FlashPartition {
    read(byteLength: number, byteOffset: number): ArrayBuffer;
    /** Fills `buffer` and returns its length. */
    read(buffer: BufferSource, byteOffset: number): number;
    write(buffer: BufferSource, byteOffset: number): void;
    /** Erases blocks [start, end); `end` defaults to start + 1. */
    eraseBlock(start: number, end?: number): void;
    status(): FlashStatus;
    close(): void;
    format: "buffer";
  }

  const flash: {
    open(options: FlashOpenOptions): FlashPartition;
  };
  export default flash;
}
