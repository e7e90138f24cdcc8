// Splits an app address such as "https://app.viam.com:443" or "http://127.0.0.1:8080" into what a
// socket needs. Only scheme, host and port are meaningful; anything else is refused, not ignored.

export interface HttpAddress {
  secure: boolean;
  /** Host name or IP literal; IPv6 without brackets. */
  host: string;
  port: number;
}


/** Throws TypeError for anything but scheme://host[:port][/]. */
export function parseHttpAddress(address: string): HttpAddress {
  const match = /^(https?):\/\/(\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9.-]+)(?::(\d{1,5}))?\/?$/.exec(address.trim());
  if (!match) throw new TypeError(`not an http:// or https:// address: "${address}"`);
  const secure = match[1] === "https";
  const host = match[2].startsWith("[") ? match[2].slice(1, -1) : match[2];
  const port = match[3] === undefined ? (secure ? 443 : 80) : Number(match[3]);
  if (port < 1 || port > 65535) throw new TypeError(`port out of range in "${address}"`);
  return { secure, host, port };
}
