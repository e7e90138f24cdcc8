// The part's authenticated channel to Viam's app: exchanges the part secret for an access token,
// reuses the token on every call, and when the app rejects it (UNAUTHENTICATED) fetches a fresh one
// once and retries once. The secret and the token never leave this file in a message or log line.
// Every exchange's outcome goes to its CloudLink (cloud-link.ts), which tells the tasks that share
// this client when the app answers again.
import type { CloudCredentials } from "../config/types.ts";
import type { Host } from "../host.ts";
import { proto } from "../proto/generated/viam.js";
import { GrpcError, GrpcStatus } from "../rpc/grpc-status.ts";
import { GrpcWebClient, type UnaryOptions } from "../rpc/grpc-web-client.ts";
import { redact } from "./redact.ts";
import { CloudLink } from "./cloud-link.ts";
import { hostRandom } from "../backoff.ts";
import { errorMessage } from "../error-message.ts";

export const AUTHENTICATE_PATH = "/proto.rpc.v1.AuthService/Authenticate";
/** The credential type of a machine part's secret. */
const ROBOT_SECRET = "robot-secret";

export interface AppClientOptions {
  host: Host;
  credentials: CloudCredentials;
  /** Time limit of each call (Authenticate included). Default 30 s. */
  timeoutMs?: number;
  /** Limit on a response message; a board with little RAM sets it well below the 4 MB default. */
  maxResponseBytes?: number;
}

export class AppClient {
  readonly link: CloudLink;
  readonly #host: Host;
  readonly #credentials: CloudCredentials;
  readonly #grpc: GrpcWebClient;
  #token: string | undefined;
  #authenticating: Promise<string> | undefined;

  constructor(options: AppClientOptions) {
    this.#host = options.host;
    this.#credentials = options.credentials;
    this.#grpc = new GrpcWebClient({
      host: options.host,
      address: options.credentials.appAddress,
      ...(options.timeoutMs !== undefined && { timeoutMs: options.timeoutMs }),
      ...(options.maxResponseBytes !== undefined && { maxResponseBytes: options.maxResponseBytes }),
    });
    this.link = new CloudLink({
      host: options.host,
      random: hostRandom(options.host.randomBytes?.bind(options.host)),
      // A token fetch of its own: calls meanwhile keep the token they have.
      probe: () => this.fetchToken(),
    });
  }

  get partId(): string {
    return this.#credentials.id;
  }

  /** Fetches a fresh access token now, replacing the one held. Calls made meanwhile wait for it. */
  async authenticate(): Promise<void> {
    this.#token = undefined;
    await this.currentToken();
  }

  /** A unary call with the part's Bearer token; rejects with GrpcError. */
  call(path: string, request: Uint8Array, options: UnaryOptions = {}): Promise<Uint8Array> {
    return this.authorizedCall(path, request, options).then(
      (response) => {
        this.link.succeeded();
        return response;
      },
      (error: unknown) => {
        this.link.failed(error);
        throw error;
      },
    );
  }

  private async authorizedCall(path: string, request: Uint8Array, options: UnaryOptions): Promise<Uint8Array> {
    const token = await this.currentToken();
    try {
      return await this.#grpc.unary(path, request, bearer(token), options);
    } catch (error) {
      if (!(error instanceof GrpcError) || error.code !== GrpcStatus.UNAUTHENTICATED) throw this.scrub(error, token);
      this.#host.log("info", `app rejected the access token for ${path} (${this.text(error.grpcMessage, token)}); authenticating again`);
    }
    // Another call may already have replaced the rejected token; only a token known bad is dropped.
    if (this.#token === token) this.#token = undefined;
    const fresh = await this.currentToken();
    try {
      return await this.#grpc.unary(path, request, bearer(fresh), options);
    } catch (error) {
      if (error instanceof GrpcError && error.code === GrpcStatus.UNAUTHENTICATED && this.#token === fresh) this.#token = undefined;
      throw this.scrub(error, fresh);
    }
  }

  /** Ends the connection; pending and later calls reject with CANCELLED. */
  close(): void {
    this.#token = undefined;
    this.link.close();
    this.#grpc.close();
  }

  private currentToken(): Promise<string> {
    if (this.#token !== undefined) return Promise.resolve(this.#token);
    if (!this.#authenticating) {
      this.#authenticating = this.fetchToken().finally(() => {
        this.#authenticating = undefined;
      });
    }
    return this.#authenticating;
  }

  private async fetchToken(): Promise<string> {
    const { id, secret } = this.#credentials;
    const request = proto.rpc.v1.AuthenticateRequest.encode({
      entity: id,
      credentials: { type: ROBOT_SECRET, payload: secret },
    }).finish();
    let response: Uint8Array;
    try {
      response = await this.#grpc.unary(AUTHENTICATE_PATH, request);
    } catch (error) {
      const failure = this.scrub(error, undefined, `cannot authenticate part ${id}: `);
      this.#host.log("warn", failure.message);
      this.link.failed(failure);
      throw failure;
    }
    let token: string;
    try {
      token = proto.rpc.v1.AuthenticateResponse.decode(response).accessToken;
    } catch {
      throw new GrpcError(GrpcStatus.INTERNAL, `cannot authenticate part ${id}: unreadable Authenticate response`);
    }
    if (!token) throw new GrpcError(GrpcStatus.INTERNAL, `cannot authenticate part ${id}: Authenticate returned no token`);
    this.#token = token;
    this.#host.log("debug", `authenticated part ${id}`);
    this.link.succeeded();
    return token;
  }

  /** The error as a GrpcError whose message holds neither the secret nor a token. */
  private scrub(error: unknown, usedToken: string | undefined, prefix = ""): GrpcError {
    if (error instanceof GrpcError) return new GrpcError(error.code, prefix + this.text(error.grpcMessage, usedToken));
    const message = errorMessage(error);
    return new GrpcError(GrpcStatus.INTERNAL, prefix + this.text(message, usedToken));
  }

  private text(message: string, usedToken: string | undefined): string {
    return redact(message, [this.#credentials.secret, this.#token, usedToken]);
  }
}

function bearer(token: string): Record<string, string> {
  return { authorization: `Bearer ${token}` };
}
