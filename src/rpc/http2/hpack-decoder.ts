// HPACK header block decoding (RFC 7541 §6): indexed fields, literals with and without indexing,
// never-indexed literals, dynamic table size updates, and Huffman or plain strings. Names and values
// come out as strings of one char per octet. Every malformed block is a COMPRESSION_ERROR.
import { compressionError } from "./errors.ts";
import { DynamicTable, ENTRY_OVERHEAD } from "./hpack-dynamic-table.ts";
import { STATIC_TABLE_LENGTH, staticEntry } from "./hpack-static-table.ts";
import { decodeHuffman } from "./huffman.ts";

export type HeaderField = readonly [name: string, value: string];

export interface DecodedBlock {
  /** The fields, in order, up to the header list size limit. */
  fields: HeaderField[];
  /** The list was longer than the limit: `fields` stops short, but the table kept in step. */
  oversize: boolean;
}

export interface HpackDecoderOptions {
  /** SETTINGS_HEADER_TABLE_SIZE as the peer's encoder sees it now. Default 4096, the protocol's initial value. */
  maxTableSize?: number;
  /** Decoded size (name + value + 32 per field) beyond which fields are counted but not kept. */
  maxHeaderListSize: number;
}

/** Values beyond this cannot be a length or index this decoder accepts. */
const MAX_INTEGER = 0x7fffffff;

export class HpackDecoder {
  readonly #table: DynamicTable;
  readonly #maxHeaderListSize: number;
  /** The largest size a table size update may ask for: the SETTINGS value in force. */
  #allowedTableSize: number;
  /** Set when our limit went below the table's size: the next block must start with an update. */
  #updateRequired = false;

  constructor(options: HpackDecoderOptions) {
    this.#allowedTableSize = options.maxTableSize ?? 4096;
    this.#table = new DynamicTable(this.#allowedTableSize);
    this.#maxHeaderListSize = options.maxHeaderListSize;
  }

  /** Octets the dynamic table holds now. */
  get tableSize(): number {
    return this.#table.size;
  }

  /** A new SETTINGS_HEADER_TABLE_SIZE took effect (the peer acknowledged it). */
  setAllowedTableSize(size: number): void {
    this.#allowedTableSize = size;
    if (this.#table.maxSize > size) this.#updateRequired = true;
  }

  decode(block: Uint8Array): DecodedBlock {
    const fields: HeaderField[] = [];
    let listSize = 0;
    let oversize = false;
    let at = 0;
    let fieldSeen = false;
    const integer = (prefixBits: number): number => {
      if (at >= block.length) throw compressionError("header block ends inside an integer");
      const mask = 2 ** prefixBits - 1;
      let value = block[at++] & mask;
      if (value < mask) return value;
      let scale = 1;
      for (;;) {
        if (at >= block.length) throw compressionError("header block ends inside an integer");
        const byte = block[at++];
        value += (byte & 0x7f) * scale;
        if (value > MAX_INTEGER || scale > MAX_INTEGER) throw compressionError("integer too large");
        if ((byte & 0x80) === 0) return value;
        scale *= 128;
      }
    };
    const string = (): string => {
      if (at >= block.length) throw compressionError("header block ends before a string");
      const huffman = (block[at] & 0x80) !== 0;
      const length = integer(7);
      if (length > block.length - at) throw compressionError("string runs past the end of the header block");
      const start = at;
      at += length;
      return huffman ? decodeHuffman(block, start, at) : latin1(block, start, at);
    };
    const entry = (index: number): HeaderField => {
      if (index === 0) throw compressionError("index 0");
      if (index <= STATIC_TABLE_LENGTH) return staticEntry(index);
      const found = this.#table.get(index - STATIC_TABLE_LENGTH - 1);
      if (!found) throw compressionError(`index ${index} is not in the table`);
      return found;
    };
    const emit = (name: string, value: string) => {
      listSize += name.length + value.length + ENTRY_OVERHEAD;
      if (listSize > this.#maxHeaderListSize) oversize = true;
      else fields.push([name, value]);
    };

    while (at < block.length) {
      const byte = block[at];
      if (byte & 0x80) {
        const [name, value] = entry(integer(7));
        emit(name, value);
      } else if (byte & 0x40) {
        const index = integer(6);
        const name = index === 0 ? string() : entry(index)[0];
        const value = string();
        this.#table.add(name, value);
        emit(name, value);
      } else if (byte & 0x20) {
        if (fieldSeen) throw compressionError("table size update after a header field");
        const size = integer(5);
        if (size > this.#allowedTableSize) throw compressionError(`table size update to ${size} exceeds ${this.#allowedTableSize}`);
        this.#table.resize(size);
        this.#updateRequired = false;
        continue;
      } else {
        // Without indexing (0000) and never indexed (0001) decode alike; nothing here re-encodes them.
        const index = integer(4);
        const name = index === 0 ? string() : entry(index)[0];
        emit(name, string());
      }
      if (this.#updateRequired) throw compressionError("missing table size update");
      fieldSeen = true;
    }
    return { fields, oversize };
  }
}

export function latin1(bytes: Uint8Array, start: number, end: number): string {
  let text = "";
  for (let at = start; at < end; at += 1024) {
    text += String.fromCharCode(...bytes.subarray(at, Math.min(at + 1024, end)));
  }
  return text;
}
