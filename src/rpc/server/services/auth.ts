// Secret → token exchange and the Bearer check on every other call. viam-micro-server serves any
// caller; we serve only one that proved it knows a secret of this machine.
import type { Clock } from "../../../host.ts";
import { GrpcError, GrpcStatus } from "../../grpc-status.ts";
import { proto } from "../../../proto/generated/viam.js";
import type { Method } from "./method.ts";
import { unary } from "./method.ts";

export const AUTHENTICATE_PATH = "/proto.rpc.v1.AuthService/Authenticate";

export const ROBOT_SECRET = "robot-secret";
export const ROBOT_LOCATION_SECRET = "robot-location-secret";

/** A token lives this long after its last use. */
export const DEFAULT_TOKEN_TTL_MS = 60 * 60 * 1000;
export const DEFAULT_MAX_TOKENS = 8;
const TOKEN_BYTES = 16;

export interface ServerAuthOptions {
  /** Serve every call without a token: only for a network where every peer is trusted. Default false. */
  disabled?: boolean;
  /** Secrets accepted with type "robot-location-secret" besides the part secret (e.g. the location's). */
  locationSecrets?: readonly string[];
  /** How long a token stays valid after it was issued or last used. */
  tokenTtlMs?: number;
  /** Tokens held at once; issuing one more forgets the least recently used. Bounds RAM. */
  maxTokens?: number;
}

export interface TokenAuthorityOptions {
  clock: Clock;
  /** Without a random source no token is ever issued: a guessable token is worse than none. */
  randomBytes?: (count: number) => Uint8Array;
  /** The part id: the entity that "robot-secret" must name. */
  partId?: string;
  partSecret?: string;
  locationSecrets?: readonly string[];
  tokenTtlMs?: number;
  maxTokens?: number;
}

export class TokenAuthority {
  #clock: Clock;
  #randomBytes?: (count: number) => Uint8Array;
  #partId?: string;
  #partSecrets: string[];
  #locationSecrets: string[];
  #ttlMs: number;
  #maxTokens: number;
  /** Token → monotonic expiry; Map order is least recently used first. */
  #tokens = new Map<string, number>();

  constructor(options: TokenAuthorityOptions) {
    this.#clock = options.clock;
    this.#randomBytes = options.randomBytes;
    this.#partId = options.partId || undefined;
    // An empty secret would let an empty payload in.
    this.#partSecrets = options.partSecret ? [options.partSecret] : [];
    this.#locationSecrets = [...this.#partSecrets, ...(options.locationSecrets ?? []).filter((secret) => secret !== "")];
    this.#ttlMs = options.tokenTtlMs ?? DEFAULT_TOKEN_TTL_MS;
    this.#maxTokens = Math.max(1, options.maxTokens ?? DEFAULT_MAX_TOKENS);
  }

  /** Returns a new token, or throws GrpcError. Every wrong credential gets the same message, so a
   *  failure does not tell which part was wrong. */
  authenticate(entity: string, type: string, payload: string): string {
    let accepted: boolean;
    if (type === ROBOT_SECRET) {
      // Check the secret even when the entity is wrong, so the answer takes as long either way.
      const secretMatches = matchesAny(payload, this.#partSecrets);
      accepted = secretMatches && this.#partId !== undefined && entity === this.#partId;
    } else if (type === ROBOT_LOCATION_SECRET) {
      // viam-server names the remote's address as the entity, which the board cannot know for
      // sure (DHCP, NAT, mDNS names), so any entity goes with a valid location secret.
      accepted = matchesAny(payload, this.#locationSecrets);
    } else {
      throw new GrpcError(
        GrpcStatus.INVALID_ARGUMENT,
        `credential type "${type}" is not supported: use "${ROBOT_SECRET}" or "${ROBOT_LOCATION_SECRET}"`,
      );
    }
    if (!accepted) throw new GrpcError(GrpcStatus.UNAUTHENTICATED, "invalid credentials");
    return this.issue();
  }

  /** Throws UNAUTHENTICATED unless `authorization` carries a live token, whose life it then extends. */
  check(metadata: ReadonlyMap<string, string>): void {
    const header = metadata.get("authorization");
    const match = header === undefined ? null : /^bearer +(\S+) *$/i.exec(header);
    if (match === null) {
      throw new GrpcError(
        GrpcStatus.UNAUTHENTICATED,
        `missing "authorization: Bearer <token>"; get a token from ${AUTHENTICATE_PATH}`,
      );
    }
    const token = match[1] as string;
    const expiry = this.#tokens.get(token);
    const now = this.#clock.monotonic();
    if (expiry === undefined || now >= expiry) {
      this.#tokens.delete(token);
      throw new GrpcError(GrpcStatus.UNAUTHENTICATED, "the token is invalid or expired: authenticate again");
    }
    this.#tokens.delete(token);
    this.#tokens.set(token, now + this.#ttlMs);
  }

  /** Forgets every token: callers must authenticate again. */
  clear(): void {
    this.#tokens.clear();
  }

  private issue(): string {
    const bytes = this.#randomBytes?.(TOKEN_BYTES);
    if (bytes === undefined || bytes.length !== TOKEN_BYTES) {
      throw new GrpcError(GrpcStatus.FAILED_PRECONDITION, "this host has no random source, so it cannot issue tokens");
    }
    const now = this.#clock.monotonic();
    for (const [token, expiry] of this.#tokens) if (now >= expiry) this.#tokens.delete(token);
    while (this.#tokens.size >= this.#maxTokens) {
      const oldest = this.#tokens.keys().next().value as string;
      this.#tokens.delete(oldest);
    }
    let token = "";
    for (const byte of bytes) token += (byte < 16 ? "0" : "") + byte.toString(16);
    this.#tokens.set(token, now + this.#ttlMs);
    return token;
  }
}

/** Compares without stopping at the first difference, so timing does not reveal how much of a guess was right. */
function matchesAny(payload: string, secrets: readonly string[]): boolean {
  let found = false;
  for (const secret of secrets) if (constantTimeEquals(payload, secret)) found = true;
  return found;
}

function constantTimeEquals(a: string, b: string): boolean {
  let difference = a.length ^ b.length;
  for (let i = 0; i < b.length; i++) difference |= (a.charCodeAt(i % Math.max(a.length, 1)) || 0) ^ b.charCodeAt(i);
  return difference === 0;
}

export function authenticateMethod(authority: TokenAuthority): Method {
  return unary(proto.rpc.v1.AuthenticateRequest, proto.rpc.v1.AuthenticateResponse, (request) => ({
    accessToken: authority.authenticate(request.entity, request.credentials?.type ?? "", request.credentials?.payload ?? ""),
  }));
}
