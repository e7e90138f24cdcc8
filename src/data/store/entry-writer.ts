// Frames a payload as an entry (see layout.ts) and writes it with one flash write. The frame is
// built in one scratch buffer, and the view handed to the flash is kept per length, so a steady
// stream of appends allocates nothing here.
import type { FlashPartition } from "../../host.ts";
import { frameEntry } from "./layout.ts";

export class EntryWriter {
  readonly #partition: FlashPartition;
  readonly #scratch: Uint8Array;
  readonly #views: Uint8Array[] = [];

  constructor(options: { partition: FlashPartition; maxEntryBytes: number }) {
    this.#partition = options.partition;
    this.#scratch = new Uint8Array(options.maxEntryBytes);
  }

  /** Returns the frame as written; it is only good until the next write. */
  write(payload: Uint8Array, address: number): Uint8Array {
    const size = frameEntry(this.#scratch, payload);
    const view = (this.#views[size] ??= new Uint8Array(this.#scratch.buffer, 0, size));
    this.#partition.write(view, address);
    return view;
  }
}
