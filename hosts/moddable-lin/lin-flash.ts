// The `capture` partition of the Linux runner: NOR flash kept by lin-native.c outside the XS heap, as
// the board's SPI flash is outside it, behind the Host's ECMA-419 flash shape.
import type { Flash, FlashPartition, FlashStatus } from "../../src/host.ts";
import { flashErase, flashOpen, flashRead, flashWrite } from "./lin-native.js";

const BLOCK_LENGTH = 4096;

class LinFlashPartition implements FlashPartition {
  readonly #size: number;

  constructor(size: number) {
    flashOpen(size);
    this.#size = size;
  }

  read(byteLength: number, byteOffset: number): ArrayBuffer {
    return flashRead(byteLength, byteOffset);
  }

  write(buffer: ArrayBuffer | Uint8Array, byteOffset: number): void {
    flashWrite(buffer, byteOffset);
  }

  eraseBlock(start: number, end = start + 1): void {
    flashErase(start, end);
  }

  status(): FlashStatus {
    return { size: this.#size, blockLength: BLOCK_LENGTH, blocks: this.#size / BLOCK_LENGTH };
  }

  close(): void {}
}

export class LinFlash implements Flash {
  readonly #size: number;

  constructor(options: { size: number }) {
    this.#size = options.size;
  }

  open(options: { path: string }): FlashPartition {
    if (options.path !== "capture") throw new Error(`no partition "${options.path}"`);
    return new LinFlashPartition(this.#size);
  }
}
