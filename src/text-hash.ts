// FNV-1a (32-bit) over a string's UTF-16 code units split into bytes, so that hashing text never
// needs an encoder (or the bytes an encoder would make).

const FNV_BASIS = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
/** A second basis gives a second hash whose collisions are not the first one's. */
const OTHER_BASIS = 0x9e3779b9;

/** A unit above 0xff feeds two bytes and any other one byte, so two texts can feed the same bytes
 *  ("ŁA" and "A䄁"). collectorOwner's ids are on flash and must not change; a digest feeds both bytes
 *  of every unit. */
export function fnv1a(text: string): number {
  return fnv1aOver(text, FNV_BASIS, false);
}

function fnv1aOver(text: string, basis: number, everyHighByte: boolean): number {
  let hash = basis;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    hash = Math.imul(hash ^ (unit & 0xff), FNV_PRIME);
    if (everyHighByte || unit > 0xff) hash = Math.imul(hash ^ (unit >> 8), FNV_PRIME);
  }
  return hash >>> 0;
}

/** Tells one text from another without keeping it: its length and two 32-bit hashes. A board keeps
 *  this for its running and cached config, texts of several kilobytes, instead of the texts. */
export function textDigest(text: string): string {
  return `${text.length}:${fnv1aOver(text, FNV_BASIS, true)}:${fnv1aOver(text, OTHER_BASIS, true)}`;
}
