import type { AuthConfig } from "./types.ts";
import type { FieldReader } from "./reader.ts";

const KNOWN = new Set(["disabled", "location_secrets", "token_ttl_mins"]);

/** Reads the top-level `auth` block that configures the board's own gRPC server. viam-server's
 *  keys there (`handlers`, `tls_auth_entities`, …) describe a server this board does not run, so
 *  they are reported rather than half-honoured. */
export function parseAuth(root: FieldReader): AuthConfig | undefined {
  const block = root.object("auth");
  if (block === undefined) return undefined;
  const auth: AuthConfig = {
    path: block.path,
    disabled: block.boolean("disabled") ?? false,
    locationSecrets: block.strings("location_secrets", { nonEmpty: true }) ?? [],
  };
  const ttlMins = block.number("token_ttl_mins", { positive: true });
  if (ttlMins !== undefined) auth.tokenTtlMs = ttlMins * 60_000;
  for (const key of block.otherKeys(KNOWN)) block.issues.warn(block.pathOf(key), "not applicable on this device");
  return auth;
}
