// A stand-in for app.viam.com on loopback: the part-facing RPCs over gRPC-web, gRPC (h2c) and
// Connect on one port, with uploads kept in SQLite and faults that tests can inject on demand.
import http from "node:http";
import http2 from "node:http2";
import { Struct, type JsonValue } from "@bufbuild/protobuf";
import { createContextValues } from "@connectrpc/connect";
import { connectNodeAdapter } from "@connectrpc/connect-node";
import { cloudInterceptors, cloudRoutes, injectUnavailable, type CloudPart, type CloudState } from "./cloud-routes.ts";
import { FaultQueue, type CloudMethod, type FaultKind, type FaultTarget } from "./fault-queue.ts";
import { MixedProtocolListener } from "./mixed-protocol-listener.ts";
import { RobotConfigMessage, officialSchemas, type OfficialSchemas, type RobotConfig } from "./official-schemas.ts";
import { TokenIssuer } from "./tokens.ts";
import { UploadStore, type StoredUpload, type UploadCount, type UploadFilter } from "./upload-store.ts";
import { errorMessage } from "../../../src/error-message.ts";

export type { CloudMethod, FaultKind, FaultTarget, StoredUpload, UploadCount, UploadFilter };

export interface LocalCloudPart {
  id: string;
  secret: string;
  /** The machine config in Viam's JSON form (components, services, remotes, ...); its
   *  `agent.advanced_settings` is served apart, by DeviceAgentConfig, as the app does. */
  config: object;
}

export interface LocalCloudOptions {
  /** 0 (the default) picks a free port. */
  port?: number;
  host?: string;
  /** SQLite file the uploads are kept in; without it they live in memory only. */
  dbPath?: string;
  parts: LocalCloudPart[];
  /** Access token lifetime, default one hour. */
  tokenTtlMs?: number;
  /** Wall clock for token expiry and receive times, default Date.now. */
  now?: () => number;
  log?: (line: string) => void;
}

export interface LocalCloudFaults {
  /** Refuses new connections and drops open ones until up(). */
  down(): Promise<void>;
  /** Accepts connections again, on the same port. */
  up(): Promise<void>;
  /**
   * Arms a fault for the next `count` calls of a method (DataCaptureUpload unless a target says
   * otherwise); `count` may be Infinity to keep it until clear().
   * - "unavailable": answer gRPC status UNAVAILABLE (14) without running the call;
   * - "http503": answer HTTP 503 without running the call;
   * - "reset-mid-response": run the call (an upload is stored), send the response headers and
   *   part of the body, then drop the connection;
   * - "stall": accept the call and never answer it, nor run it;
   * - "expire-tokens": every token issued so far expires as the call arrives.
   */
  next(kind: FaultKind, count?: number, target?: FaultTarget): void;
  /** Expires every token issued so far, right now. */
  expireTokens(): void;
  /** Disarms every armed fault (a down cloud stays down until up()). */
  clear(): void;
  /** Calls still to be hit by armed faults. */
  readonly pending: number;
}

export interface LocalCloud {
  /** e.g. "http://127.0.0.1:41234", usable as a part's app_address. */
  readonly url: string;
  readonly port: number;
  uploads(filter?: UploadFilter): StoredUpload[];
  counts(filter?: UploadFilter): UploadCount[];
  duplicates(filter?: UploadFilter): number;
  readonly faults: LocalCloudFaults;
  /** Replaces a part's config; later Config and DeviceAgentConfig calls serve it. Throws if it is not
   *  a valid RobotConfig. */
  setConfig(partId: string, config: object): void;
  close(): Promise<void>;
}

type NodeRequest = http.IncomingMessage | http2.Http2ServerRequest;
type NodeResponse = http.ServerResponse | http2.Http2ServerResponse;

export async function startLocalCloud(options: LocalCloudOptions): Promise<LocalCloud> {
  const schemas = await officialSchemas();
  const now = options.now ?? Date.now;
  const log = options.log ?? (() => undefined);
  const parts = new Map<string, CloudPart>();
  for (const part of options.parts) {
    parts.set(part.id, { secret: part.secret, config: robotConfig(part.id, part.config), advancedSettings: advancedSettings(part.id, part.config) });
  }
  const store = await UploadStore.open(options.dbPath);
  // Written at once so that `query` finds the database before the first upload arrives.
  await store.persist();
  const tokens = new TokenIssuer({ ttlMs: options.tokenTtlMs ?? 3_600_000, now });
  const state: CloudState = { schemas, parts, tokens, store, now, log };
  const faultQueue = new FaultQueue();
  const unavailable = new WeakSet<NodeRequest>();
  const methods = methodsByPath(schemas);

  const rpc = connectNodeAdapter({
    routes: cloudRoutes(state),
    interceptors: cloudInterceptors(state),
    contextValues: (req) => createContextValues().set(injectUnavailable, unavailable.has(req)),
    // connect-node narrows write() in its response type; the fallback only uses writeHead and end.
    fallback: (req, res) => unknownPath(req, res as NodeResponse),
  });

  const handle = (req: NodeRequest, res: NodeResponse): void => {
    const method = methods.get(req.url?.split("?", 1)[0] ?? "");
    const fault = method === undefined ? undefined : faultQueue.take(method);
    switch (fault) {
      case "http503":
        log(`${method}: injected HTTP 503`);
        res.writeHead(503, { "content-type": "text/plain; charset=utf-8" });
        res.end("local cloud: injected HTTP 503\n");
        return;
      case "stall":
        log(`${method}: injected stall`);
        return;
      case "expire-tokens":
        log(`${method}: injected token expiry`);
        tokens.expireAll();
        break;
      case "reset-mid-response":
        log(`${method}: injected reset mid-response`);
        cutMidResponse(req, res);
        break;
      case "unavailable":
        unavailable.add(req);
        break;
      case undefined:
        break;
    }
    rpc(req, res);
  };
  const h1 = http.createServer(handle);
  // Node's 5 s default would close an idle keep-alive connection just before each sync at the
  // default 6 s interval; real app endpoints keep idle connections far longer.
  h1.keepAliveTimeout = 120_000;
  const h2 = http2.createServer(handle);
  const host = options.host ?? "127.0.0.1";
  const listener = new MixedProtocolListener({
    host,
    port: options.port ?? 0,
    http1: h1,
    http2: h2,
  });
  try {
    await listener.listen();
  } catch (error) {
    await store.close();
    throw error;
  }
  const url = `http://${host.includes(":") ? `[${host}]` : host}:${listener.port}`;
  log(`local cloud listening on ${url}`);

  let closed: Promise<void> | undefined;
  return {
    url,
    port: listener.port,
    uploads: (filter) => store.uploads(filter),
    counts: (filter) => store.counts(filter),
    duplicates: (filter) => store.duplicates(filter),
    faults: {
      down: async () => {
        log("injected: cloud down");
        await listener.stop();
      },
      up: async () => {
        await listener.listen();
        log("cloud up again");
      },
      next: (kind, count, target) => faultQueue.next(kind, count, target),
      expireTokens: () => tokens.expireAll(),
      clear: () => faultQueue.clear(),
      get pending() {
        return faultQueue.pending;
      },
    },
    setConfig(partId, config) {
      const part = parts.get(partId);
      if (!part) throw new Error(`unknown part id "${partId}"`);
      part.config = robotConfig(partId, config);
      part.advancedSettings = advancedSettings(partId, config);
    },
    close() {
      closed ??= (async () => {
        await listener.stop();
        await store.close();
      })();
      return closed;
    },
  };
}

// gRPC servers answer a path they do not serve with UNIMPLEMENTED rather than HTTP 404; Connect
// clients expect the 404.
function unknownPath(req: NodeRequest, res: NodeResponse): void {
  const contentType = req.headers["content-type"] ?? "";
  if (!contentType.startsWith("application/grpc")) {
    res.writeHead(404);
    res.end();
    return;
  }
  res.writeHead(200, {
    "content-type": contentType,
    "grpc-status": "12",
    "grpc-message": encodeURIComponent(`unknown method ${req.url ?? ""}`),
  });
  res.end();
}

function methodsByPath(schemas: OfficialSchemas): Map<string, CloudMethod> {
  const path = (typeName: string, method: CloudMethod): [string, CloudMethod] => [`/${typeName}/${method}`, method];
  return new Map([
    path(schemas.auth.typeName, "Authenticate"),
    path(schemas.dataSync.typeName, "DataCaptureUpload"),
    path(schemas.appRobot.typeName, "Config"),
    path(schemas.agent.typeName, "DeviceAgentConfig"),
  ]);
}

/**
 * The app serves a machine's config as a RobotConfig message, which carries only the fields its
 * schema has: like the app, the local cloud accepts any key a config file holds (fragments, agent
 * settings, keys of newer Viam releases, unknown keys on a component) and serves what the schema
 * can carry. A top-level section that the schema has but in another shape (such as a resource name
 * written as a string) is left out too; only components, services and remotes must decode.
 */
function robotConfig(partId: string, json: object): RobotConfig {
  const options = { ignoreUnknownFields: true };
  const kept: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(json)) {
    const required = key === "components" || key === "services" || key === "remotes";
    if (required) kept[key] = value;
    else if (decodes({ [key]: value }, options)) kept[key] = value;
  }
  try {
    return RobotConfigMessage.fromJson(kept as JsonValue, options);
  } catch (error) {
    throw new Error(`config for part "${partId}" is not a valid viam.app.v1.RobotConfig: ${errorMessage(error)}`);
  }
}

/** The config's `agent.advanced_settings`, served by DeviceAgentConfig; undefined when it has none. */
function advancedSettings(partId: string, json: object): Struct | undefined {
  const settings = (json as { agent?: { advanced_settings?: unknown } }).agent?.advanced_settings;
  if (settings === undefined) return undefined;
  try {
    return Struct.fromJson(settings as JsonValue);
  } catch (error) {
    throw new Error(`agent.advanced_settings for part "${partId}" is not a JSON object: ${errorMessage(error)}`);
  }
}

function decodes(json: object, options: { ignoreUnknownFields: boolean }): boolean {
  try {
    RobotConfigMessage.fromJson(json as JsonValue, options);
    return true;
  } catch {
    return false;
  }
}

// Lets the call run to completion, then sends its headers and only half of the first body chunk
// before dropping the connection, the way a connection lost mid-response looks to a client. A
// response without a body is dropped before its headers: complete headers would be a complete answer.
function cutMidResponse(req: NodeRequest, res: NodeResponse): void {
  const drop = (): void => {
    if (req instanceof http2.Http2ServerRequest) req.stream.session?.destroy();
    else req.socket.destroy();
  };
  const send = res.write.bind(res) as (chunk: Uint8Array, callback: () => void) => boolean;
  let cut = false;
  const cutNow = (chunk: unknown): void => {
    if (cut) return;
    cut = true;
    if (chunk instanceof Uint8Array && chunk.byteLength > 1) send(chunk.subarray(0, chunk.byteLength >> 1), drop);
    else drop();
  };
  Object.assign(res, {
    write(chunk: unknown, ...rest: unknown[]): boolean {
      cutNow(chunk);
      const callback = rest.find((arg) => typeof arg === "function") as (() => void) | undefined;
      if (callback) process.nextTick(callback);
      return true;
    },
    end(chunk?: unknown): NodeResponse {
      cutNow(typeof chunk === "function" ? undefined : chunk);
      return res;
    },
  });
}
