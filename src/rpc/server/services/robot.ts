// viam.robot.v1.RobotService: what a connecting SDK or viam-server asks about the machine as a whole.
import { viam } from "../../../proto/generated/viam.js";
import { frozen } from "../../../frozen.ts";
import type { ResourceName } from "../../../resources/resource.ts";
import type { MachineView, Method, MethodTable } from "./method.ts";
import { unary, unimplemented } from "./method.ts";
import type { ResourceHealth } from "./resource-health.ts";
import { API_VERSION, FIRMWARE_VERSION, PLATFORM } from "./version.ts";

const robot = viam.robot.v1;
const SERVICE = "/viam.robot.v1.RobotService/";

/**
 * Why ResourceRPCSubtypes answers UNIMPLEMENTED. A parent's robot client looks up each subtype
 * listed there by gRPC reflection, which needs the services' descriptor sets: far more than a
 * board's RAM. What reflection would give is only needed for APIs the parent does not know, and
 * every API served here is built into viam-server and the SDKs, which reach our resources by name
 * from ResourceNames. Listing subtypes and refusing reflection gives the parent the same nothing,
 * at the cost of one extra call and one reflection stream per subtype every 10 s; UNIMPLEMENTED
 * here makes it stop asking for good.
 */
const NO_REFLECTION = "this board serves no gRPC reflection; its resources use APIs built into viam-server and the SDKs";

// A part with no frames has an empty frame system, whatever supplemental transforms are asked about:
// an empty FrameSystemConfigResponse, which encodes as no bytes.
const frameSystemConfig: Method = frozen({
  async run(): Promise<Uint8Array> {
    return new Uint8Array(0);
  },
});

export const robotMethods: MethodTable = frozen({
  [SERVICE + "ResourceNames"]: unary(robot.ResourceNamesRequest, robot.ResourceNamesResponse, (_request, { machine }) => ({ resources: names(machine()) })),
  // Nothing here runs long enough to be an operation worth listing or cancelling.
  [SERVICE + "GetOperations"]: unary(robot.GetOperationsRequest, robot.GetOperationsResponse, () => ({ operations: [] })),
  [SERVICE + "GetCloudMetadata"]: unary(robot.GetCloudMetadataRequest, robot.GetCloudMetadataResponse, (_request, { credentials }) => ({
    robotPartId: credentials?.id ?? "",
    machinePartId: credentials?.id ?? "",
    // The credentials file holds only the part; org, location and machine ids stay unknown on the board.
    primaryOrgId: "",
    locationId: "",
    machineId: "",
  })),
  [SERVICE + "GetMachineStatus"]: unary(robot.GetMachineStatusRequest, robot.GetMachineStatusResponse, (_request, { machine, health }) => {
    const now = machine();
    return {
      resources: [
        ...statuses(now, health),
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
  [SERVICE + "GetVersion"]: unary(robot.GetVersionRequest, robot.GetVersionResponse, () => ({
    platform: PLATFORM,
    version: FIRMWARE_VERSION,
    apiVersion: API_VERSION,
  })),
  [SERVICE + "ResourceRPCSubtypes"]: unimplemented(NO_REFLECTION),
  [SERVICE + "FrameSystemConfig"]: frameSystemConfig,
});

/** Each built resource is READY unless its last read failed; the data manager service is READY. */
function statuses(view: MachineView, health: ResourceHealth): viam.robot.v1.IResourceStatus[] {
  const list: viam.robot.v1.IResourceStatus[] = [];
  for (const resource of view.resources.values()) {
    const error = health.failure(resource);
    list.push(
      error === undefined
        ? { name: { ...resource.name }, state: robot.ResourceStatus.State.STATE_READY }
        : { name: { ...resource.name }, state: robot.ResourceStatus.State.STATE_UNHEALTHY, error },
    );
  }
  if (view.config?.dataManager) list.push({ name: dataManagerName(view.config.dataManager.name), state: robot.ResourceStatus.State.STATE_READY });
  return list;
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
