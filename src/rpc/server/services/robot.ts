// viam.robot.v1.RobotService: what a connecting SDK or viam-server asks about the machine as a whole.
import { viam } from "../../../proto/generated/viam.js";
import type { CloudCredentials } from "../../../config/types.ts";
import type { ResourceName } from "../../../resources/resource.ts";
import type { LiveMachine, MachineView, Method } from "./method.ts";
import { unary } from "./method.ts";
import { API_VERSION, FIRMWARE_VERSION, PLATFORM } from "./version.ts";

const robot = viam.robot.v1;
const SERVICE = "/viam.robot.v1.RobotService/";

/** Every API this firmware serves, with its gRPC service; viam-server builds its resource clients from this. */
export const SERVED_SUBTYPES: ReadonlyArray<{ type: "component" | "service"; subtype: string; protoService: string }> = [
  { type: "component", subtype: "board", protoService: "viam.component.board.v1.BoardService" },
  { type: "component", subtype: "sensor", protoService: "viam.component.sensor.v1.SensorService" },
  { type: "component", subtype: "movement_sensor", protoService: "viam.component.movementsensor.v1.MovementSensorService" },
  { type: "component", subtype: "encoder", protoService: "viam.component.encoder.v1.EncoderService" },
  { type: "service", subtype: "data_manager", protoService: "viam.service.datamanager.v1.DataManagerService" },
];

export interface RobotServiceOptions {
  machine: LiveMachine;
  credentials?: CloudCredentials;
}

export function robotMethods(options: RobotServiceOptions): Map<string, Method> {
  const { machine, credentials } = options;
  const partId = credentials?.id ?? "";

  return new Map<string, Method>([
    [SERVICE + "ResourceNames", unary(robot.ResourceNamesRequest, robot.ResourceNamesResponse, () => ({ resources: names(machine()) }))],
    // Nothing here runs long enough to be an operation worth listing or cancelling.
    [SERVICE + "GetOperations", unary(robot.GetOperationsRequest, robot.GetOperationsResponse, () => ({ operations: [] }))],
    [
      SERVICE + "GetCloudMetadata",
      unary(robot.GetCloudMetadataRequest, robot.GetCloudMetadataResponse, () => ({
        robotPartId: partId,
        machinePartId: partId,
        // The credentials file holds only the part; org, location and machine ids stay unknown on the board.
        primaryOrgId: "",
        locationId: "",
        machineId: "",
      })),
    ],
    [
      SERVICE + "GetMachineStatus",
      unary(robot.GetMachineStatusRequest, robot.GetMachineStatusResponse, () => {
        const now = machine();
        return {
          resources: [
            ...names(now).map((name) => ({ name, state: robot.ResourceStatus.State.STATE_READY })),
            ...unbuilt(now).map((name) => ({
              name,
              state: robot.ResourceStatus.State.STATE_UNHEALTHY,
              error: "the component could not be built from its config; the boot log names the problem",
            })),
          ],
          config: { revision: "" },
          state: robot.GetMachineStatusResponse.State.STATE_RUNNING,
        };
      }),
    ],
    [
      SERVICE + "GetVersion",
      unary(robot.GetVersionRequest, robot.GetVersionResponse, () => ({
        platform: PLATFORM,
        version: FIRMWARE_VERSION,
        apiVersion: API_VERSION,
      })),
    ],
    [
      SERVICE + "ResourceRPCSubtypes",
      unary(robot.ResourceRPCSubtypesRequest, robot.ResourceRPCSubtypesResponse, () => ({
        resourceRpcSubtypes: SERVED_SUBTYPES.map(({ type, subtype, protoService }) => ({
          subtype: { namespace: "rdk", type, subtype, name: "" },
          protoService,
        })),
      })),
    ],
  ]);
}

export function dataManagerName(name: string): ResourceName {
  return { namespace: "rdk", type: "service", subtype: "data_manager", name };
}

function names({ resources, config }: MachineView): ResourceName[] {
  const list = [...resources.values()].map((resource) => ({ ...resource.name }));
  if (config?.dataManager) list.push(dataManagerName(config.dataManager.name));
  return list;
}

/** Components in the config that buildResources skipped: listed so a client sees why one is missing. */
function unbuilt({ resources, config }: MachineView): ResourceName[] {
  return (config?.components ?? [])
    .filter((component) => !resources.has(component.name))
    .map((component) => ({ namespace: component.namespace || "rdk", type: "component", subtype: component.type, name: component.name }));
}
