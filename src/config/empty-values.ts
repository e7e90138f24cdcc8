// A board holds its running config, and most components have no attributes, no depends_on and
// capture methods with no additional_params: an empty object or list for each would cost a slot or
// two per component. They all share these, which preload keeps in flash; frozen, so nothing can
// write to one on behalf of every component.
import { frozen } from "../frozen.ts";

export const NO_NAMES: readonly string[] = frozen([]);
export const NO_FIELDS: Readonly<Record<string, never>> = frozen({});

/** `list`, or NO_NAMES when it is empty. */
export function namesOrShared(list: readonly string[]): readonly string[] {
  return list.length === 0 ? NO_NAMES : list;
}

/** `record`, or NO_FIELDS when it has no keys. */
export function fieldsOrShared<T>(record: Readonly<Record<string, T>>): Readonly<Record<string, T>> {
  return Object.keys(record).length === 0 ? NO_FIELDS : record;
}
