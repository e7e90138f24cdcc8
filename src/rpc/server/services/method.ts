// The pieces every service handler is made of: a method turns request bytes into response bytes,
// and every failure leaves it as a GrpcError whose code tells the caller what went wrong.
import type { SyncState } from "../../../data/sync/sync-task.ts";
import { GrpcError, GrpcStatus } from "../../grpc-status.ts";
import type { CloudCredentials, MachineConfig } from "../../../config/types.ts";
import { frozen } from "../../../frozen.ts";
import type { Resource } from "../../../resources/resource.ts";
import { ResourceConfigError } from "../../../resources/resource.ts";
import type { ResourceHealth } from "./resource-health.ts";
import { errorMessage } from "../../../error-message.ts";

/**
 * A unary method. Every method is made once, while its module loads, so that preload keeps it in
 * flash: per-boot closures for some fifty methods cost a board about a thousand slots of RAM. What
 * a call needs of the machine comes in as `context`.
 */
export interface Method {
  /** The answer to every call, when the request cannot change it: given as soon as the headers arrive. */
  readonly answer?: GrpcError;
  run(context: ServiceContext, request: Uint8Array): Promise<Uint8Array>;
}

/** A service's methods by gRPC path. */
export type MethodTable = Readonly<Record<string, Method>>;

export interface MachineView {
  readonly resources: ReadonlyMap<string, Resource>;
  /** For the data manager's name, and to list components that failed to build. */
  readonly config?: MachineConfig;
  /** Runs a sync round now and rejects if it failed; absent while sync is off (Sync then answers
   *  FAILED_PRECONDITION). */
  readonly syncNow?: () => Promise<void>;
  /** The sync task's state, for the data manager's DoCommand `status`; absent while sync is off. */
  readonly syncState?: Readonly<SyncState>;
}

/** The machine as it is now: the resources and config change when the config does. */
export type LiveMachine = () => MachineView;

/** What every call is run with: the machine of this boot. */
export interface ServiceContext {
  machine: LiveMachine;
  /** Told the outcome of every device read, for the machine status. */
  health: ResourceHealth;
  /** The part's credentials, when it has them: GetCloudMetadata answers with its id. */
  credentials?: CloudCredentials;
}

export interface RequestType<T> {
  decode(bytes: Uint8Array): T;
}

export interface ResponseType<T> {
  encode(message: T): { finish(): Uint8Array };
}

/** A unary method: bytes that are not a valid request are INVALID_ARGUMENT, before `handle` runs. */
export function unary<Request, Response>(
  requestType: RequestType<Request>,
  responseType: ResponseType<Response>,
  handle: (request: Request, context: ServiceContext) => Response | Promise<Response>,
): Method {
  return frozen({
    async run(context: ServiceContext, bytes: Uint8Array): Promise<Uint8Array> {
      let request: Request;
      try {
        request = requestType.decode(bytes);
      } catch (error) {
        throw new GrpcError(GrpcStatus.INVALID_ARGUMENT, `the request is not a valid message: ${errorMessage(error)}`);
      }
      return responseType.encode(await handle(request, context)).finish();
    },
  });
}

/** A method this machine cannot perform; answered without reading the request. */
export function unimplemented(message: string): Method {
  const answer = new GrpcError(GrpcStatus.UNIMPLEMENTED, message);
  return frozen({
    answer,
    async run(): Promise<Uint8Array> {
      throw answer;
    },
  });
}

export function resourceNamed<T extends Resource>(
  machine: LiveMachine,
  name: string,
  is: (resource: Resource) => resource is T,
  label: string,
): T {
  const resource = machine().resources.get(name);
  if (resource === undefined || !is(resource)) throw new GrpcError(GrpcStatus.NOT_FOUND, `no ${label} named "${name}"`);
  return resource;
}

/**
 * Runs a call on `resource` and tells `health` how the device did. A ResourceConfigError means the
 * caller named something the resource does not have (`configErrorCode` says how to report that);
 * any other failure is the device's, and gets UNKNOWN with its message, as a gRPC server reports an
 * error it has no code for.
 */
export function resourceCall<T>(health: ResourceHealth, resource: Resource, call: () => T, configErrorCode: number): T {
  let result: T;
  try {
    result = call();
  } catch (error) {
    if (error instanceof GrpcError) throw error;
    if (error instanceof ResourceConfigError) throw new GrpcError(configErrorCode, error.message);
    health.failed(resource, errorMessage(error));
    throw new GrpcError(GrpcStatus.UNKNOWN, errorMessage(error));
  }
  health.succeeded(resource);
  return result;
}
