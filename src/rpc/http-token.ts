// RFC 9110's `token` (method and header names): one or more of these characters. A loop, not a
// module-level RegExp: Moddable's XS (SDK 8.2.3) gives a preloaded RegExp its match state from
// c_malloc and then treats that as a heap chunk (fxAllocateRegExpData lacks an `else`), so every
// exec of one leaks and, once a collection runs during it, crashes; see test/preload-rules.test.ts.
const SYMBOLS = "!#$%&'*+-.^_`|~";

export function isToken(text: string): boolean {
  if (text.length === 0) return false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const alphanumeric = (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
    if (!alphanumeric && !SYMBOLS.includes(text[i]!)) return false;
  }
  return true;
}
