// Turns the config's components into running resources. Components are built after everything they
// depend on, through `depends_on` or through an attribute naming another component (tmp36's
// `board`). A component that cannot be built is reported at the JSON path of the cause and skipped;
// the rest are built.
import type { Host } from "../host.ts";
import type { ComponentConfig, ConfigIssue } from "../config/types.ts";
import { childPath } from "../config/json-path.ts";
import { AttributeReader } from "./attributes.ts";
import type { BuildContext, Model } from "./model.ts";
import { models } from "./registry.ts";
import type { Resource, ResourceName } from "./resource.ts";
import { ResourceConfigError } from "./resource.ts";
import { errorMessage } from "../error-message.ts";

interface Candidate {
  config: ComponentConfig;
  model: Model;
  modelName: string;
  /** Names of configured components that must be settled (built or failed) first. */
  waitsOn: string[];
}

/** "esp32" and "rdk:builtin:esp32" name the same built-in model; other namespaces are not ours. */
function builtinModelName(model: string): string | undefined {
  const parts = model.split(":");
  if (parts.length === 1) return model;
  if (parts.length === 3 && parts[0] === "rdk" && parts[1] === "builtin") return parts[2];
  return undefined;
}

function supportedModels(type: string): string[] {
  return [...models.keys()].filter((key) => key.startsWith(`${type}/`)).map((key) => key.slice(type.length + 1));
}

export function buildResources(host: Host, components: ComponentConfig[], report: (issue: ConfigIssue) => void): Map<string, Resource> {
  const built = new Map<string, Resource>();
  const configured = new Map<string, ComponentConfig>();
  const failed = new Set<string>();
  const error = (path: string, message: string) => report({ path, message, severity: "error" });

  const unique: ComponentConfig[] = [];
  for (const config of components) {
    const first = configured.get(config.name);
    if (first) {
      error(childPath(config.path, "name"), `"${config.name}" is already the name of ${first.path}`);
      continue;
    }
    configured.set(config.name, config);
    unique.push(config);
  }

  let pending: Candidate[] = [];
  for (const config of unique) {
    const candidate = plan(config);
    if (candidate) pending.push(candidate);
    else failed.add(config.name);
  }

  while (pending.length > 0) {
    const waiting: Candidate[] = [];
    for (const candidate of pending) {
      if (candidate.waitsOn.some((name) => !built.has(name) && !failed.has(name))) waiting.push(candidate);
      else build(candidate);
    }
    if (waiting.length === pending.length) {
      const stuck = new Set(waiting.map(({ config }) => config.name));
      for (const { config, waitsOn } of waiting) {
        const names = waitsOn.filter((name) => stuck.has(name)).map((name) => `"${name}"`);
        error(config.path, `waits on a dependency cycle through ${names.join(", ")}`);
        failed.add(config.name);
      }
      break;
    }
    pending = waiting;
  }
  return built;

  function plan(config: ComponentConfig): Candidate | undefined {
    const modelName = builtinModelName(config.model);
    const known = supportedModels(config.type);
    if (known.length === 0) {
      error(config.path, `component type "${config.type}" is not supported`);
      return undefined;
    }
    const model = modelName === undefined ? undefined : models.get(`${config.type}/${modelName}`);
    if (modelName === undefined || model === undefined) {
      error(childPath(config.path, "model"), `unknown ${config.type} model "${config.model}" (supported: ${known.join(", ")})`);
      return undefined;
    }
    const waitsOn: string[] = [];
    for (const [index, name] of config.dependsOn.entries()) {
      if (name === config.name || !configured.has(name)) {
        error(childPath(childPath(config.path, "depends_on"), index), name === config.name ? "a component cannot depend on itself" : `no component named "${name}"`);
        return undefined;
      }
      waitsOn.push(name);
    }
    for (const key of model.references ?? []) {
      const name = config.attributes[key];
      if (typeof name === "string" && name !== config.name && configured.has(name)) waitsOn.push(name);
    }
    return { config, model, modelName, waitsOn };
  }

  function build({ config, model, modelName }: Candidate): void {
    for (const [index, name] of config.dependsOn.entries()) {
      if (failed.has(name)) {
        error(childPath(childPath(config.path, "depends_on"), index), `"${name}" was not built`);
        failed.add(config.name);
        return;
      }
    }
    const name: ResourceName = { namespace: config.namespace, type: "component", subtype: config.type, name: config.name };
    const attributes: AttributeReader = new AttributeReader(config.attributes);
    const context: BuildContext = {
      host,
      config,
      name,
      model: modelName,
      attributes,
      dependency(key, subtype, is) {
        const target = attributes.string(key);
        const resource = built.get(target);
        if (!resource) {
          attributes.fail(key, configured.has(target) && target !== config.name ? `"${target}" was not built` : `no component named "${target}"`);
        }
        if (!is(resource)) attributes.fail(key, `"${target}" is a ${resource.name.subtype}, not a ${subtype}`);
        return resource;
      },
    };
    try {
      built.set(config.name, model.create(context));
    } catch (cause) {
      const subPath = cause instanceof ResourceConfigError ? cause.subPath : undefined;
      error(subPath ? `${config.path}.${subPath}` : config.path, errorMessage(cause));
      failed.add(config.name);
    }
  }
}
