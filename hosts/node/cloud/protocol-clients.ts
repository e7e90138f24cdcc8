// Clients for the local cloud built the way Viam's SDK builds its own (connect-es promise clients
// on the official schemas), over any of the three protocols the cloud serves.
import { createPromiseClient, type PromiseClient, type Transport } from "@connectrpc/connect";
import {
  Http2SessionManager,
  createConnectTransport,
  createGrpcTransport,
  createGrpcWebTransport,
} from "@connectrpc/connect-node";
import { officialSchemas, type AppRobotService, type AuthService, type DataSyncService } from "./official-schemas.ts";

export type CloudProtocol = "grpc-web" | "grpc" | "connect";
export const cloudProtocols: readonly CloudProtocol[] = ["grpc-web", "grpc", "connect"];

export interface CloudClients {
  transport: Transport;
  auth: PromiseClient<AuthService>;
  dataSync: PromiseClient<DataSyncService>;
  appRobot: PromiseClient<AppRobotService>;
  /** Authenticates a part with its secret and returns the headers later calls need. */
  login(partId: string, secret: string): Promise<{ authorization: string }>;
  close(): void;
}

/** gRPC-web and Connect go over HTTP/1.1 like the firmware; gRPC over h2c like viam-server. */
export async function cloudClients(baseUrl: string, protocol: CloudProtocol): Promise<CloudClients> {
  const schemas = await officialSchemas();
  let sessions: Http2SessionManager | undefined;
  let transport: Transport;
  if (protocol === "grpc") {
    sessions = new Http2SessionManager(baseUrl);
    transport = createGrpcTransport({ baseUrl, httpVersion: "2", sessionManager: sessions });
  } else if (protocol === "grpc-web") {
    transport = createGrpcWebTransport({ baseUrl, httpVersion: "1.1" });
  } else {
    transport = createConnectTransport({ baseUrl, httpVersion: "1.1" });
  }
  const auth = createPromiseClient(schemas.auth, transport);
  return {
    transport,
    auth,
    dataSync: createPromiseClient(schemas.dataSync, transport),
    appRobot: createPromiseClient(schemas.appRobot, transport),
    async login(partId, secret) {
      const { accessToken } = await auth.authenticate({
        entity: partId,
        credentials: { type: "robot-secret", payload: secret },
      });
      return { authorization: `Bearer ${accessToken}` };
    },
    close() {
      sessions?.abort();
    },
  };
}
