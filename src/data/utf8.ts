// UTF-8 without TextEncoder (src/ may not use it). Lone surrogates are written as their own 3-byte
// sequences (the WTF-8 generalisation) instead of being replaced, so that every JS string survives an
// encode/decode round trip unchanged; well-formed strings give exactly standard UTF-8.

/** Number of bytes `encodeUtf8` will write for `text`. */
export function utf8Length(text: string): number {
  let length = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0x80) length += 1;
    else if (unit < 0x800) length += 2;
    else if (isHighSurrogate(unit) && i + 1 < text.length && isLowSurrogate(text.charCodeAt(i + 1))) {
      length += 4;
      i++;
    } else length += 3;
  }
  return length;
}

/** Writes `text` into `target` at `offset`; returns the offset after it. `target` must have room for
 *  `utf8Length(text)` bytes. */
export function encodeUtf8(text: string, target: Uint8Array, offset: number): number {
  let at = offset;
  for (let i = 0; i < text.length; i++) {
    let code = text.charCodeAt(i);
    if (code < 0x80) {
      target[at++] = code;
      continue;
    }
    if (code < 0x800) {
      target[at++] = 0xc0 | (code >> 6);
      target[at++] = 0x80 | (code & 0x3f);
      continue;
    }
    if (isHighSurrogate(code) && i + 1 < text.length && isLowSurrogate(text.charCodeAt(i + 1))) {
      code = 0x10000 + ((code - 0xd800) << 10) + (text.charCodeAt(++i) - 0xdc00);
      target[at++] = 0xf0 | (code >> 18);
      target[at++] = 0x80 | ((code >> 12) & 0x3f);
      target[at++] = 0x80 | ((code >> 6) & 0x3f);
      target[at++] = 0x80 | (code & 0x3f);
      continue;
    }
    target[at++] = 0xe0 | (code >> 12);
    target[at++] = 0x80 | ((code >> 6) & 0x3f);
    target[at++] = 0x80 | (code & 0x3f);
  }
  return at;
}

/** Decodes `length` bytes at `offset`. Throws RangeError on bytes that `encodeUtf8` cannot produce. */
export function decodeUtf8(source: Uint8Array, offset: number, length: number): string {
  const end = offset + length;
  if (end > source.length) throw new RangeError("utf-8 string runs past the end of the record");
  let text = "";
  let units: number[] = [];
  for (let at = offset; at < end; ) {
    const lead = source[at++];
    let code: number;
    if (lead < 0x80) code = lead;
    else if (lead >= 0xc0 && lead < 0xe0) code = ((lead & 0x1f) << 6) | continuation(source, at++, end);
    else if (lead >= 0xe0 && lead < 0xf0) {
      code = ((lead & 0x0f) << 12) | (continuation(source, at++, end) << 6) | continuation(source, at++, end);
    } else if (lead >= 0xf0 && lead < 0xf8) {
      code =
        ((lead & 0x07) << 18) |
        (continuation(source, at++, end) << 12) |
        (continuation(source, at++, end) << 6) |
        continuation(source, at++, end);
    } else throw new RangeError("invalid utf-8 lead byte");
    if (code >= 0x10000) {
      code -= 0x10000;
      units.push(0xd800 + (code >> 10), 0xdc00 + (code & 0x3ff));
    } else units.push(code);
    // Chunked so that long strings never hit an engine's argument-count limit.
    if (units.length >= 1024) {
      text += String.fromCharCode(...units);
      units = [];
    }
  }
  return text + String.fromCharCode(...units);
}

function continuation(source: Uint8Array, at: number, end: number): number {
  if (at >= end) throw new RangeError("truncated utf-8 sequence");
  const byte = source[at];
  if ((byte & 0xc0) !== 0x80) throw new RangeError("invalid utf-8 continuation byte");
  return byte & 0x3f;
}

function isHighSurrogate(unit: number): boolean {
  return unit >= 0xd800 && unit <= 0xdbff;
}

function isLowSurrogate(unit: number): boolean {
  return unit >= 0xdc00 && unit <= 0xdfff;
}
