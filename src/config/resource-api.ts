import type { FieldReader } from "./reader.ts";

export type ResourceKind = "component" | "service";

export interface ResourceApi {
  namespace: string;
  /** Bare subtype such as "board" or "data_manager". */
  type: string;
}

interface SplitApi {
  namespace?: string;
  type: string;
}

// Viam writes the API either as `"api": "rdk:component:board"` or as `"namespace": "rdk", "type":
// "board"`; hand-written configs also put the triplet (or "component:board") into `type`.
function splitApi(text: string, kind: ResourceKind): SplitApi | undefined {
  const parts = text.split(":");
  if (parts.some((part) => part === "")) return undefined;
  if (parts.length === 1) return { type: parts[0] };
  if (parts.length === 2 && parts[0] === kind) return { type: parts[1] };
  if (parts.length === 3 && parts[1] === kind) return { namespace: parts[0], type: parts[2] };
  return undefined;
}

/** Reads `api`, `namespace` and `type` together; reports any conflict and returns undefined then. */
export function readResourceApi(reader: FieldReader, kind: ResourceKind): ResourceApi | undefined {
  const example = kind === "component" ? "rdk:component:board" : "rdk:service:data_manager";
  const apiText = reader.string("api", { nonEmpty: true });
  const typeText = reader.string("type", { required: !reader.has("api"), nonEmpty: true });
  const namespace = reader.string("namespace", { nonEmpty: true });

  let api: SplitApi | undefined;
  if (apiText !== undefined) {
    api = splitApi(apiText, kind);
    if (api?.namespace === undefined) {
      reader.issues.error(reader.pathOf("api"), `must look like ${example}`);
      return undefined;
    }
  }
  let type: SplitApi | undefined;
  if (typeText !== undefined) {
    type = splitApi(typeText, kind);
    if (type === undefined) {
      reader.issues.error(reader.pathOf("type"), `must be a ${kind} type like ${example.split(":")[2]} or ${example}`);
      return undefined;
    }
  }
  if (api && type && (api.type !== type.type || (type.namespace !== undefined && type.namespace !== api.namespace))) {
    reader.issues.error(reader.pathOf("type"), `does not match api "${apiText}"`);
    return undefined;
  }
  const named = api ?? type;
  if (named === undefined) return undefined;
  if (namespace !== undefined && named.namespace !== undefined && namespace !== named.namespace) {
    reader.issues.error(reader.pathOf("namespace"), `does not match "${api ? apiText : typeText}"`);
    return undefined;
  }
  return { namespace: named.namespace ?? namespace ?? "rdk", type: named.type };
}

/** A model is a bare name ("esp32") or a namespace:family:name triplet ("rdk:builtin:esp32"); it is
 *  returned exactly as written. */
export function readModel(reader: FieldReader, options: { required: boolean }): string | undefined {
  const model = reader.string("model", { required: options.required, nonEmpty: true });
  if (model === undefined) return undefined;
  const parts = model.split(":");
  if ((parts.length === 1 || parts.length === 3) && parts.every((part) => part !== "")) return model;
  reader.issues.error(reader.pathOf("model"), "must be a model name like esp32 or rdk:builtin:esp32");
  return undefined;
}
