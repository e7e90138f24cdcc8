// The Huffman code of HPACK (RFC 7541 Appendix B). The code is canonical: codes of one length rise
// with the symbol value, and each length begins at (the previous length's last code + 1) << 1. So the
// lengths alone define it, one letter per symbol 0..255 and EOS (256): "a" is 5 bits ... "z" 30 bits.
import { compressionError } from "./errors.ts";
import { frozen } from "../../frozen.ts";

const LENGTHS =
  "isxxxxxxxtzxxzxxxxxxxxzxxxxxxxxxbffhibdgffdgdbbbaaabbbbbbbcdkbhfibccccccccccccccccccccccdcdioijbkab" +
  "ababbbaccbbbabcbaabccccckgjixprpprrrsrssssststtrstssssqrsrsstrqprrssqsrrtqrssqqrqsrssprrrsrrsvvpor" +
  "sruvvvwwvtuoqvwwvwtqqvvxwwwptpqrqqsrruuttvsvwvvwwwwwxwwwwwvz";

const EOS = 256;
const MAX_BITS = 30;

interface Tables {
  /** Bit length of each symbol's code. */
  lengths: Uint8Array;
  /** Each symbol's code, right-aligned. */
  codes: Uint32Array;
  /** For length L: the first code, how many codes, and where they start in `symbols`. */
  first: Uint32Array;
  count: Uint16Array;
  offset: Uint16Array;
  /** Symbols ordered by (length, value). */
  symbols: Uint16Array;
}

function build(): Tables {
  const lengths = new Uint8Array(EOS + 1);
  for (let symbol = 0; symbol <= EOS; symbol++) lengths[symbol] = LENGTHS.charCodeAt(symbol) - 0x61 + 5;
  const codes = new Uint32Array(EOS + 1);
  const first = new Uint32Array(MAX_BITS + 1);
  const count = new Uint16Array(MAX_BITS + 1);
  const offset = new Uint16Array(MAX_BITS + 1);
  const symbols = new Uint16Array(EOS + 1);
  let code = 0;
  let placed = 0;
  for (let length = 1; length <= MAX_BITS; length++) {
    first[length] = code;
    offset[length] = placed;
    for (let symbol = 0; symbol <= EOS; symbol++) {
      if (lengths[symbol] !== length) continue;
      codes[symbol] = code++;
      symbols[placed++] = symbol;
    }
    count[length] = placed - offset[length];
    code *= 2;
  }
  return { lengths, codes, first, count, offset, symbols };
}

// Built while the module loads: preload then keeps the tables in flash, and no board pays RAM for them.
const tables = frozen(build());

function get(): Tables {
  return tables;
}

/** Decodes `bytes[start, end)` into a string of one char per octet. Throws COMPRESSION_ERROR on EOS
 *  inside the string or on padding that is longer than 7 bits or not the EOS prefix (all ones). */
export function decodeHuffman(bytes: Uint8Array, start: number, end: number): string {
  const { first, count, offset, symbols } = get();
  let text = "";
  let units: number[] = [];
  let code = 0;
  let length = 0;
  for (let at = start; at < end; at++) {
    const byte = bytes[at];
    for (let bit = 7; bit >= 0; bit--) {
      code = code * 2 + ((byte >> bit) & 1);
      length++;
      const index = code - first[length];
      if (index < 0 || index >= count[length]) continue;
      const symbol = symbols[offset[length] + index];
      if (symbol === EOS) throw compressionError("Huffman string contains EOS");
      units.push(symbol);
      code = 0;
      length = 0;
    }
    // Chunked so that long strings never hit an engine's argument-count limit.
    if (units.length >= 1024) {
      text += String.fromCharCode(...units);
      units = [];
    }
  }
  if (length > 7 || code !== 2 ** length - 1) throw compressionError("invalid Huffman padding");
  return text + String.fromCharCode(...units);
}

/** Octets that encodeHuffman writes for `text` (chars must be 0..255). */
export function huffmanLength(text: string): number {
  const { lengths } = get();
  let bits = 0;
  for (let i = 0; i < text.length; i++) bits += lengths[text.charCodeAt(i) & 0xff];
  return Math.ceil(bits / 8);
}

/** Writes the Huffman code of `text` at `target[at]`, padded with ones; returns the offset after it. */
export function encodeHuffman(text: string, target: Uint8Array, at: number): number {
  const { lengths, codes } = get();
  // At most 7 pending bits plus a 30-bit code: well inside a double's exact integers.
  let pending = 0;
  let bits = 0;
  for (let i = 0; i < text.length; i++) {
    const symbol = text.charCodeAt(i) & 0xff;
    pending = pending * 2 ** lengths[symbol] + codes[symbol];
    bits += lengths[symbol];
    while (bits >= 8) {
      bits -= 8;
      const byte = Math.floor(pending / 2 ** bits);
      target[at++] = byte;
      pending -= byte * 2 ** bits;
    }
  }
  if (bits > 0) target[at++] = pending * 2 ** (8 - bits) + (2 ** (8 - bits) - 1);
  return at;
}
