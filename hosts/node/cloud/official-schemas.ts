// The local cloud must speak exactly the wire format of Viam's app, so it serves the schemas that
// @viamrobotics/sdk was generated from instead of our own .proto subset. The SDK exports the
// app.v1 robot messages, but keeps the auth and datasync service definitions internal: we capture
// them from the SDK's own clients through its documented transport-factory hook.
import {
  MethodKind,
  proto3,
  ScalarType,
  Struct as StructMessage,
  type Any,
  type Message,
  type MethodInfoUnary,
  type ServiceType,
  type Struct,
  type Timestamp,
} from "@bufbuild/protobuf";
import type { Transport } from "@connectrpc/connect";
import { appRobotApi, createViamClient } from "@viamrobotics/sdk";

export interface Credentials extends Message<Credentials> {
  type: string;
  payload: string;
}
export interface AuthenticateRequest extends Message<AuthenticateRequest> {
  entity: string;
  credentials?: Credentials;
}
export interface AuthenticateResponse extends Message<AuthenticateResponse> {
  accessToken: string;
}

/** viam.app.datasync.v1.DataType */
export const DataType = { UNSPECIFIED: 0, BINARY_SENSOR: 1, TABULAR_SENSOR: 2, FILE: 3 } as const;

export interface UploadMetadata extends Message<UploadMetadata> {
  partId: string;
  componentType: string;
  componentName: string;
  methodName: string;
  type: number;
  fileName: string;
  methodParameters: { [key: string]: Any };
  fileExtension: string;
  tags: string[];
  datasetIds: string[];
  mimeType: string;
}
export interface SensorMetadata extends Message<SensorMetadata> {
  timeRequested?: Timestamp;
  timeReceived?: Timestamp;
}
export interface SensorData extends Message<SensorData> {
  metadata?: SensorMetadata;
  data:
    | { case: "struct"; value: Struct }
    | { case: "binary"; value: Uint8Array }
    | { case: undefined; value?: undefined };
}
export interface DataCaptureUploadRequest extends Message<DataCaptureUploadRequest> {
  metadata?: UploadMetadata;
  sensorContents: SensorData[];
}
export interface DataCaptureUploadResponse extends Message<DataCaptureUploadResponse> {
  fileId: string;
  binaryDataId: string;
}

export type ConfigRequest = appRobotApi.ConfigRequest;
export type ConfigResponse = appRobotApi.ConfigResponse;
export type RobotConfig = appRobotApi.RobotConfig;
export const RobotConfigMessage = appRobotApi.RobotConfig;

export interface DeviceAgentConfigRequest extends Message<DeviceAgentConfigRequest> {
  id: string;
}
export interface DeviceAgentConfigResponse extends Message<DeviceAgentConfigResponse> {
  advancedSettings?: Struct;
}

export interface AuthService extends ServiceType {
  readonly typeName: "proto.rpc.v1.AuthService";
  readonly methods: { readonly authenticate: MethodInfoUnary<AuthenticateRequest, AuthenticateResponse> };
}
export interface DataSyncService extends ServiceType {
  readonly typeName: "viam.app.datasync.v1.DataSyncService";
  readonly methods: {
    readonly dataCaptureUpload: MethodInfoUnary<DataCaptureUploadRequest, DataCaptureUploadResponse>;
  };
}
export interface AppRobotService extends ServiceType {
  readonly typeName: "viam.app.v1.RobotService";
  readonly methods: { readonly config: MethodInfoUnary<ConfigRequest, ConfigResponse> };
}

export interface AgentDeviceService extends ServiceType {
  readonly typeName: "viam.app.agent.v1.AgentDeviceService";
  readonly methods: { readonly deviceAgentConfig: MethodInfoUnary<DeviceAgentConfigRequest, DeviceAgentConfigResponse> };
}

export interface OfficialSchemas {
  auth: AuthService;
  dataSync: DataSyncService;
  appRobot: AppRobotService;
  agent: AgentDeviceService;
}

// The SDK ships app/v1/robot_connect only as a declaration file, so the service is assembled from
// the exported message classes with the name and kind that declaration gives.
const appRobotService = {
  typeName: "viam.app.v1.RobotService",
  methods: {
    config: {
      name: "Config",
      I: appRobotApi.ConfigRequest,
      O: appRobotApi.ConfigResponse,
      kind: MethodKind.Unary,
    },
  },
} as const satisfies AppRobotService;

// The SDK ships app/agent/v1 only as declaration files (agent_pb.d.ts, agent_connect.d.ts), with no
// runtime messages: these are built with @bufbuild/protobuf from the numbers and types those
// declarations give, for the fields the local cloud serves (the response's subsystem configs and
// check interval are left out; a client skips fields it does not get).
const deviceAgentConfigRequest = proto3.makeMessageType<DeviceAgentConfigRequest>("viam.app.agent.v1.DeviceAgentConfigRequest", [
  { no: 1, name: "id", kind: "scalar", T: ScalarType.STRING },
]);
const deviceAgentConfigResponse = proto3.makeMessageType<DeviceAgentConfigResponse>("viam.app.agent.v1.DeviceAgentConfigResponse", [
  { no: 5, name: "advanced_settings", kind: "message", T: StructMessage },
]);
const agentDeviceService = {
  typeName: "viam.app.agent.v1.AgentDeviceService",
  methods: {
    deviceAgentConfig: { name: "DeviceAgentConfig", I: deviceAgentConfigRequest, O: deviceAgentConfigResponse, kind: MethodKind.Unary },
  },
} as const satisfies AgentDeviceService;

let captured: Promise<OfficialSchemas> | undefined;

/** The official service definitions, captured once per process. */
export function officialSchemas(): Promise<OfficialSchemas> {
  captured ??= capture();
  return captured;
}

interface ViamGlobal {
  VIAM?: { GRPC_TRANSPORT_FACTORY?: (options: unknown) => Transport };
}

async function capture(): Promise<OfficialSchemas> {
  const seen = new Map<string, ServiceType>();
  // Answers every call with a default response message, so the SDK clients run through their
  // normal code path without any network.
  const recorder: Transport = {
    async unary(service, method) {
      seen.set(service.typeName, service);
      return {
        stream: false,
        service,
        method,
        header: new Headers(),
        trailer: new Headers(),
        message: new method.O(),
      };
    },
    async stream() {
      throw new Error("schema capture does not stream");
    },
  };
  const global = globalThis as ViamGlobal;
  const previous = global.VIAM;
  global.VIAM = { ...previous, GRPC_TRANSPORT_FACTORY: () => recorder };
  try {
    const client = await createViamClient({
      serviceHost: "http://schema-capture.invalid",
      credentials: { type: "robot-secret", authEntity: "capture", payload: "capture" },
    });
    await client.dataClient.tabularDataCaptureUpload([{}], "capture", "rdk:component:sensor", "capture", "Readings", [
      [new Date(0), new Date(0)],
    ]);
  } finally {
    if (previous === undefined) delete global.VIAM;
    else global.VIAM = previous;
  }
  return {
    auth: expectUnary(seen, "proto.rpc.v1.AuthService", "authenticate", "proto.rpc.v1.AuthenticateRequest") as AuthService,
    dataSync: expectUnary(
      seen,
      "viam.app.datasync.v1.DataSyncService",
      "dataCaptureUpload",
      "viam.app.datasync.v1.DataCaptureUploadRequest",
    ) as DataSyncService,
    appRobot: appRobotService,
    agent: agentDeviceService,
  };
}

function expectUnary(seen: Map<string, ServiceType>, typeName: string, method: string, input: string): ServiceType {
  const service = seen.get(typeName);
  const info = service?.methods[method];
  if (!service || !info || info.kind !== MethodKind.Unary || info.I.typeName !== input) {
    throw new Error(`@viamrobotics/sdk no longer exposes ${typeName}.${method} as expected`);
  }
  return service;
}
