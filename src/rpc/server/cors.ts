// CORS for browsers calling gRPC-web across origins (the Viam TypeScript SDK in a web app): the
// preflight answer, and the fields every response needs so that scripts may read the gRPC status.
import { frozen } from "../../frozen.ts";
import { isToken } from "../http-token.ts";

const ALLOWED_HEADERS = frozen(["authorization", "content-type", "x-grpc-web", "x-user-agent", "grpc-timeout"]);

/** Fields for any response to a request that carried an Origin (or none): the origin is echoed, with
 *  credentials allowed, because the SDK may send cookies or authorization. */
export function corsFields(origin: string | undefined): Array<[string, string]> {
  if (origin === undefined || !/^[\x21-\x7e]{1,256}$/.test(origin)) return [["access-control-allow-origin", "*"]];
  return [
    ["access-control-allow-origin", origin],
    ["access-control-allow-credentials", "true"],
    ["vary", "Origin"],
  ];
}

export function exposeFields(): Array<[string, string]> {
  return [["access-control-expose-headers", "grpc-status, grpc-message, grpc-status-details-bin"]];
}

/** The answer to an OPTIONS preflight: what a gRPC-web call may send. Headers the browser asks for
 *  beyond the usual ones (custom metadata) are allowed too, if they are well-formed names. */
export function preflightFields(requestedHeaders: string | undefined): Array<[string, string]> {
  const allowed = new Set(ALLOWED_HEADERS);
  if (requestedHeaders !== undefined && requestedHeaders.split(",").every((name) => isToken(name.trim())) && requestedHeaders.length <= 1024) {
    for (const name of requestedHeaders.split(",")) allowed.add(name.trim().toLowerCase());
  }
  return [
    ["access-control-allow-methods", "POST, OPTIONS"],
    ["access-control-allow-headers", [...allowed].join(", ")],
    ["access-control-max-age", "600"],
  ];
}
