// The machine's UnaryService: routes each gRPC path to its handler, after the Bearer token check.
// Paths it does not serve answer UNIMPLEMENTED before any auth check, so that viam-server's probe
// of OptionalWebRTCConfig falls back to direct gRPC whether or not it has authenticated yet. Both
// checks, and methods that answer every request alike, are decided from the headers alone
// (`check`), so the transports answer them without waiting for the request to end.
//
// The service outlives any one config: boot rebuilds resources (and sync) when the cloud's config
// changes, so handlers look the machine up on every call, and the tokens already issued stay valid.
import type { Host } from "../../../host.ts";
import type { CloudCredentials } from "../../../config/types.ts";
import { GrpcError, GrpcStatus } from "../../grpc-status.ts";
import type { CallContext, UnaryService } from "../handler.ts";
import type { LiveMachine, Method, MethodTable, ServiceContext } from "./method.ts";
import { frozen } from "../../../frozen.ts";
import type { ServerAuthOptions } from "./auth.ts";
import { AUTHENTICATE_PATH, TokenAuthority, authenticateMethod } from "./auth.ts";
import { robotMethods } from "./robot.ts";
import { boardMethods } from "./board.ts";
import { sensorMethods } from "./sensor.ts";
import { movementSensorMethods } from "./movement-sensor.ts";
import { encoderMethods } from "./encoder.ts";
import { powerSensorMethods } from "./power-sensor.ts";
import { servoMethods } from "./servo.ts";
import { motorMethods } from "./motor.ts";
import { dataManagerMethods } from "./data-manager.ts";
import { ResourceHealth } from "./resource-health.ts";
import { errorMessage } from "../../../error-message.ts";

export type { LiveMachine, MachineView } from "./method.ts";

export interface MachineServiceOptions {
  host: Host;
  /** The machine as it is now; called on every request. */
  machine: LiveMachine;
  /** The part id and secret: "robot-secret" needs both, "robot-location-secret" accepts the secret. */
  credentials?: CloudCredentials;
  /** Token auth is on unless `disabled` is set. */
  auth?: ServerAuthOptions;
}

export interface MachineService extends UnaryService {
  /** Forgets every issued token. */
  close(): void;
}

// Made while the module loads, like the methods in them: preload keeps every table in flash.
const TABLES: readonly MethodTable[] = frozen([
  robotMethods,
  boardMethods,
  sensorMethods,
  movementSensorMethods,
  encoderMethods,
  powerSensorMethods,
  servoMethods,
  motorMethods,
  dataManagerMethods,
]);

function methodAt(path: string): Method | undefined {
  for (const table of TABLES) if (Object.hasOwn(table, path)) return table[path];
  return undefined;
}

export function createMachineService(options: MachineServiceOptions): MachineService {
  const { host, machine, credentials } = options;
  const auth = options.auth ?? {};
  const authority = new TokenAuthority({
    clock: host.clock,
    randomBytes: host.randomBytes?.bind(host),
    partId: credentials?.id,
    partSecret: credentials?.secret,
    locationSecrets: auth.locationSecrets,
    tokenTtlMs: auth.tokenTtlMs,
    maxTokens: auth.maxTokens,
  });
  const authenticate = authenticateMethod(authority);
  const services: ServiceContext = { machine, health: new ResourceHealth(), ...(credentials && { credentials }) };
  const checkToken = auth.disabled === true ? () => {} : (context: CallContext) => authority.check(context.metadata);
  /** The method for `path`, once the path and headers leave its answer open. */
  const route = (path: string, context: CallContext): Method => {
    const method = methodAt(path);
    if (method === undefined) throw new GrpcError(GrpcStatus.UNIMPLEMENTED, `${path} is not served by this machine`);
    checkToken(context);
    if (method.answer) throw method.answer;
    return method;
  };

  return {
    check(path: string, context: CallContext): void {
      if (path !== AUTHENTICATE_PATH) route(path, context);
    },
    async call(path: string, request: Uint8Array, context: CallContext): Promise<Uint8Array> {
      try {
        if (path === AUTHENTICATE_PATH) return await authenticate.run(services, request);
        return await route(path, context).run(services, request);
      } catch (error) {
        if (error instanceof GrpcError) throw error;
        throw new GrpcError(GrpcStatus.INTERNAL, errorMessage(error));
      }
    },
    close() {
      authority.clear();
    },
  };
}
