// A SimFlash whose contents live in a file. Every change is written through before the flash call
// returns, so the file always holds what the chip holds: a process that dies mid-run leaves the
// file exactly as a power cut would leave the chip.

import { closeSync, existsSync, openSync, readFileSync, writeFileSync, writeSync } from "node:fs";
import { SimFlash } from "../sim/flash.ts";

/** 1 MiB: keep in step with the `capture` partition in partitions.csv. */
export const DEFAULT_FLASH_SIZE = 0x100000;

export interface FileFlashOptions {
  path: string;
  /** Required to match an existing file; defaults to the file's size, or DEFAULT_FLASH_SIZE for a new one. */
  size?: number;
  blockLength?: number;
  cutPowerDuringErase?: boolean;
  seed?: number;
}

/** A flash file that cannot be the partition it is meant to be. */
export class FlashFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "FlashFileError";
  }
}

export function openFileFlash(options: FileFlashOptions): SimFlash {
  const { path } = options;
  let bytes: Uint8Array | undefined;
  if (existsSync(path)) {
    bytes = new Uint8Array(readFileSync(path));
    const blockLength = options.blockLength ?? 4096;
    if (options.size !== undefined && bytes.length !== options.size) {
      throw new FlashFileError(`flash file ${path} holds ${bytes.length} bytes, expected ${options.size}`);
    }
    if (bytes.length === 0 || bytes.length % blockLength !== 0) {
      throw new FlashFileError(
        `flash file ${path} holds ${bytes.length} bytes, not a whole number of ${blockLength}-byte blocks: ` +
          "it is not a flash image (move it away to start with an empty flash)",
      );
    }
  }
  const size = bytes?.length ?? options.size ?? DEFAULT_FLASH_SIZE;
  const flash: SimFlash = new SimFlash({
    size,
    ...(options.blockLength !== undefined && { blockLength: options.blockLength }),
    ...(bytes && { bytes }),
    ...(options.cutPowerDuringErase !== undefined && { cutPowerDuringErase: options.cutPowerDuringErase }),
    ...(options.seed !== undefined && { seed: options.seed }),
    onChange(byteOffset, byteLength) {
      const fd = openSync(path, "r+");
      try {
        writeSync(fd, flash.bytes, byteOffset, byteLength, byteOffset);
      } finally {
        closeSync(fd);
      }
    },
  });
  if (!bytes) writeFileSync(path, flash.bytes);
  return flash;
}
