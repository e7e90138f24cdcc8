// The three RPCs a part uses, implemented on the official schemas with Viam's rules: a part
// authenticates with its secret, and every other call carries the access token it got back.
import { timingSafeEqual } from "node:crypto";
import {
  BoolValue,
  BytesValue,
  DoubleValue,
  Int64Value,
  ListValue,
  StringValue,
  Struct,
  Value,
  createRegistry,
  type Any,
  type Timestamp,
} from "@bufbuild/protobuf";
import {
  Code,
  ConnectError,
  createContextKey,
  type ConnectRouter,
  type HandlerContext,
  type Interceptor,
} from "@connectrpc/connect";
import {
  DataType,
  type AuthenticateRequest,
  type ConfigRequest,
  type DataCaptureUploadRequest,
  type OfficialSchemas,
  type RobotConfig,
  type SensorData,
  type UploadMetadata,
} from "./official-schemas.ts";
import type { TokenIssuer } from "./tokens.ts";
import type { UploadRow, UploadStore } from "./upload-store.ts";

export interface CloudPart {
  secret: string;
  config: RobotConfig;
  /** The config's `agent.advanced_settings`, which the app serves apart (DeviceAgentConfig). */
  advancedSettings: Struct | undefined;
}

export interface CloudState {
  schemas: OfficialSchemas;
  parts: Map<string, CloudPart>;
  tokens: TokenIssuer;
  store: UploadStore;
  now: () => number;
  log: (line: string) => void;
}

/** Set by the HTTP layer when a fault asks this call to answer UNAVAILABLE. */
export const injectUnavailable = createContextKey(false);
const authenticatedPart = createContextKey("");

// Wrapper types that firmware may pack into method_parameters' Any values.
const parameterTypes = createRegistry(Value, Struct, ListValue, StringValue, BoolValue, DoubleValue, Int64Value, BytesValue);

export function cloudInterceptors(state: CloudState): Interceptor[] {
  const injectedFault: Interceptor = (next) => async (req) => {
    if (req.contextValues.get(injectUnavailable)) {
      state.log(`${req.method.name}: injected UNAVAILABLE`);
      throw new ConnectError("local cloud: injected fault", Code.Unavailable);
    }
    return next(req);
  };
  const bearerToken: Interceptor = (next) => async (req) => {
    if (req.service.typeName !== state.schemas.auth.typeName) {
      req.contextValues.set(authenticatedPart, authorize(state, req.header.get("authorization"), req.method.name));
    }
    return next(req);
  };
  return [injectedFault, bearerToken];
}

export function cloudRoutes(state: CloudState): (router: ConnectRouter) => void {
  const { auth, dataSync, appRobot, agent } = state.schemas;
  return (router) => {
    router.service(auth, { authenticate: (req) => ({ accessToken: authenticate(state, req) }) });
    router.service(dataSync, {
      dataCaptureUpload: async (req, context) => {
        await dataCaptureUpload(state, req, context);
        return {};
      },
    });
    router.service(appRobot, { config: (req, context) => ({ config: partConfig(state, req, context) }) });
    router.service(agent, {
      deviceAgentConfig: (req, context) => {
        const settings = requestedPart(state, req.id, context, "DeviceAgentConfig").advancedSettings;
        return settings === undefined ? {} : { advancedSettings: settings };
      },
    });
  };
}

function authenticate(state: CloudState, req: AuthenticateRequest): string {
  const entity = req.entity;
  const credentials = req.credentials;
  const refuse = (why: string): ConnectError => {
    state.log(`Authenticate: refused entity "${entity}": ${why}`);
    return new ConnectError(why, Code.Unauthenticated);
  };
  if (!credentials) throw refuse("credentials are missing");
  if (credentials.type !== "robot-secret") {
    throw refuse(`credentials type "${credentials.type}" is not supported; a part uses "robot-secret"`);
  }
  const part = state.parts.get(entity);
  if (!part) throw refuse(`unknown part id "${entity}"`);
  if (!sameSecret(credentials.payload, part.secret)) throw refuse(`wrong secret for part "${entity}"`);
  state.log(`Authenticate: part "${entity}" ok`);
  return state.tokens.issue(entity);
}

function authorize(state: CloudState, header: string | null, method: string): string {
  const refuse = (why: string): ConnectError => {
    state.log(`${method}: refused: ${why}`);
    return new ConnectError(why, Code.Unauthenticated);
  };
  const match = header === null ? null : /^Bearer (\S+)$/i.exec(header);
  if (!match) throw refuse('missing "authorization: Bearer <access token>" header');
  const check = state.tokens.check(match[1]);
  if (!check.ok) throw refuse(check.reason === "expired" ? "access token expired" : "access token is not valid");
  return check.partId;
}

async function dataCaptureUpload(state: CloudState, req: DataCaptureUploadRequest, context: HandlerContext): Promise<void> {
  const partId = context.values.get(authenticatedPart);
  const metadata = req.metadata;
  if (!metadata) throw new ConnectError("upload metadata is missing", Code.InvalidArgument);
  if (metadata.partId !== partId) {
    throw new ConnectError(
      `upload names part "${metadata.partId}" but the access token is for part "${partId}"`,
      Code.PermissionDenied,
    );
  }
  if (req.sensorContents.length === 0) throw new ConnectError("sensor_contents is empty", Code.InvalidArgument);
  const rows = req.sensorContents.map((data, index) => uploadRow(metadata, data, index));
  const batch = state.store.insertBatch(rows, state.now());
  await state.store.persist();
  state.log(
    `DataCaptureUpload: part "${partId}" ${metadata.componentType}/${metadata.componentName} ` +
      `${metadata.methodName}: ${rows.length} readings (batch ${batch})`,
  );
}

function uploadRow(metadata: UploadMetadata, sensorData: SensorData, index: number): UploadRow {
  return {
    partId: metadata.partId,
    componentType: metadata.componentType,
    componentName: metadata.componentName,
    methodName: metadata.methodName,
    tags: [...metadata.tags],
    methodParameters: Object.fromEntries(
      Object.entries(metadata.methodParameters).map(([name, value]) => [name, anyToJson(value)]),
    ),
    timeRequestedMs: timestampMs(sensorData.metadata?.timeRequested),
    timeReceivedMs: timestampMs(sensorData.metadata?.timeReceived),
    data: sensorDataJson(metadata.type, sensorData, index),
  };
}

function sensorDataJson(type: number, sensorData: SensorData, index: number): unknown {
  const content = sensorData.data;
  if (type === DataType.TABULAR_SENSOR && content.case === "struct") return content.value.toJson();
  if (type === DataType.BINARY_SENSOR && content.case === "binary") {
    return { binary_base64: Buffer.from(content.value).toString("base64") };
  }
  const expected = type === DataType.TABULAR_SENSOR ? "struct" : type === DataType.BINARY_SENSOR ? "binary" : undefined;
  throw new ConnectError(
    expected
      ? `sensor_contents[${index}] holds ${content.case ?? "nothing"}, but upload type ${type} needs ${expected}`
      : `upload metadata type ${type} is not TABULAR_SENSOR (2) or BINARY_SENSOR (1)`,
    Code.InvalidArgument,
  );
}

function anyToJson(value: Any): unknown {
  try {
    return value.toJson({ typeRegistry: parameterTypes });
  } catch {
    return { "@type": value.typeUrl, value_base64: Buffer.from(value.value).toString("base64") };
  }
}

function timestampMs(timestamp: Timestamp | undefined): number | null {
  return timestamp ? Number(timestamp.seconds) * 1000 + timestamp.nanos / 1e6 : null;
}

function partConfig(state: CloudState, req: ConfigRequest, context: HandlerContext): RobotConfig {
  return requestedPart(state, req.id, context, "Config").config;
}

/** The part a config request names, which must be the one its token is for. */
function requestedPart(state: CloudState, id: string, context: HandlerContext, method: string): CloudPart {
  const partId = context.values.get(authenticatedPart);
  if (id !== partId) {
    throw new ConnectError(`config requested for part "${id}" with a token for part "${partId}"`, Code.PermissionDenied);
  }
  const part = state.parts.get(partId);
  if (!part) throw new ConnectError(`part "${partId}" no longer exists`, Code.NotFound);
  state.log(`${method}: part "${partId}"`);
  return part;
}

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
