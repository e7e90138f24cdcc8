// The HPACK static table (RFC 7541 Appendix A), indices 1..61: one entry per line, the name, and after
// the first space the value, if any.
import { frozen } from "../../frozen.ts";

const TABLE = `:authority
:method GET
:method POST
:path /
:path /index.html
:scheme http
:scheme https
:status 200
:status 204
:status 206
:status 304
:status 400
:status 404
:status 500
accept-charset
accept-encoding gzip, deflate
accept-language
accept-ranges
accept
access-control-allow-origin
age
allow
authorization
cache-control
content-disposition
content-encoding
content-language
content-length
content-location
content-range
content-type
cookie
date
etag
expect
expires
from
host
if-match
if-modified-since
if-none-match
if-range
if-unmodified-since
last-modified
link
location
max-forwards
proxy-authenticate
proxy-authorization
range
referer
refresh
retry-after
server
set-cookie
strict-transport-security
transfer-encoding
user-agent
vary
via
www-authenticate`;

export const STATIC_TABLE_LENGTH = 61;

// Split while the module loads, so that preload keeps both lists in flash.
const names: readonly string[] = frozen(["", ...TABLE.split("\n").map((line) => (line.includes(" ") ? line.slice(0, line.indexOf(" ")) : line))]);
const values: readonly string[] = frozen(["", ...TABLE.split("\n").map((line) => (line.includes(" ") ? line.slice(line.indexOf(" ") + 1) : ""))]);

/** Name and value of static entry `index` (1..61). */
export function staticEntry(index: number): readonly [string, string] {
  return [names[index], values[index]];
}

/** The index of an entry with this name and value, else (as a negative number) of one with this name,
 *  else 0. */
export function findStatic(name: string, value: string): number {
  let nameOnly = 0;
  for (let index = 1; index <= STATIC_TABLE_LENGTH; index++) {
    if (names[index] !== name) continue;
    if (values[index] === value) return index;
    if (nameOnly === 0) nameOnly = -index;
  }
  return nameOnly;
}
