// Frames a payload as an entry (see layout.ts) and writes it with one flash write; the first entry
// of a group goes out in the same write as the group's opener, just before it. The frame is built in
// one scratch buffer, and the view handed to the flash is kept for the next entry of the same length.
// One view, not one per length: the store's collectors append entries of many lengths, and a view
// kept costs a board four slots; an entry whose length differs from the last one's makes a view that
// is garbage at once.
import type { FlashPartition } from "../../host.ts";
import { OPENER_BYTES, frameEntry } from "./layout.ts";

export class EntryWriter {
  readonly #partition: FlashPartition;
  readonly #scratch: Uint8Array;
  /** The scratch after an opener's bytes. */
  readonly #afterOpener: Uint8Array;
  #view: Uint8Array;

  constructor(options: { partition: FlashPartition; maxEntryBytes: number }) {
    this.#partition = options.partition;
    this.#scratch = new Uint8Array(options.maxEntryBytes + OPENER_BYTES);
    this.#afterOpener = this.#scratch.subarray(OPENER_BYTES);
    this.#view = this.#scratch;
  }

  /** Writes the entry at `address`, preceded by `opener` (4 bytes LE) unless it is negative.
   *  Returns what was written, opener included; it is only good until the next write. */
  write(payload: Uint8Array, address: number, opener: number): Uint8Array {
    const scratch = this.#scratch;
    const lead = opener < 0 ? 0 : OPENER_BYTES;
    for (let i = 0; i < lead; i++) scratch[i] = (opener >>> (8 * i)) & 0xff;
    const size = lead + frameEntry(lead === 0 ? scratch : this.#afterOpener, payload);
    let view = this.#view;
    if (view.length !== size) this.#view = view = new Uint8Array(scratch.buffer, 0, size);
    this.#partition.write(view, address - lead);
    return view;
  }
}
