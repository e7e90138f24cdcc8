import type { IssueList } from "./issues.ts";
import { childPath } from "./json-path.ts";

export type JsonObject = { [key: string]: unknown };

export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export interface StringOptions {
  required?: boolean;
  /** Names and identifiers are useless when empty; free-form strings such as capture_dir are not. */
  nonEmpty?: boolean;
}

export interface NumberOptions {
  required?: boolean;
  positive?: boolean;
}

/** Reads typed fields of one JSON object, reporting each wrong or missing field at its own path.
 *  An absent key (or one set to null, as config editors write for "unset") reads as undefined. */
export class FieldReader {
  readonly path: string;
  readonly value: JsonObject;
  readonly issues: IssueList;

  constructor(issues: IssueList, path: string, value: JsonObject) {
    this.issues = issues;
    this.path = path;
    this.value = value;
  }

  pathOf(key: string): string {
    return childPath(this.path, key);
  }

  has(key: string): boolean {
    return this.value[key] !== undefined && this.value[key] !== null;
  }

  string(key: string, options: StringOptions = {}): string | undefined {
    const value = this.present(key, options.required);
    if (value === undefined) return undefined;
    if (typeof value !== "string") return this.fail(key, "must be a string");
    if (options.nonEmpty && value === "") return this.fail(key, "must not be empty");
    return value;
  }

  number(key: string, options: NumberOptions = {}): number | undefined {
    const value = this.present(key, options.required);
    if (value === undefined) return undefined;
    if (typeof value !== "number" || !Number.isFinite(value)) return this.fail(key, "must be a number");
    if (options.positive && !(value > 0)) return this.fail(key, "must be > 0");
    return value;
  }

  boolean(key: string): boolean | undefined {
    const value = this.present(key, false);
    if (value === undefined) return undefined;
    if (typeof value !== "boolean") return this.fail(key, "must be a boolean");
    return value;
  }

  object(key: string, options: { required?: boolean } = {}): FieldReader | undefined {
    const value = this.present(key, options.required);
    if (value === undefined) return undefined;
    if (!isJsonObject(value)) return this.fail(key, "must be an object");
    return new FieldReader(this.issues, this.pathOf(key), value);
  }

  array(key: string): unknown[] | undefined {
    const value = this.present(key, false);
    if (value === undefined) return undefined;
    if (!Array.isArray(value)) return this.fail(key, "must be an array");
    return value;
  }

  /** Array of strings; a bad element is reported at its index and left out. */
  strings(key: string, options: StringOptions = {}): string[] | undefined {
    const list = this.array(key);
    if (list === undefined) return undefined;
    const out: string[] = [];
    list.forEach((item, index) => {
      const path = childPath(this.pathOf(key), index);
      if (typeof item !== "string") this.issues.error(path, "must be a string");
      else if (options.nonEmpty && item === "") this.issues.error(path, "must not be empty");
      else out.push(item);
    });
    return out;
  }

  /** Keys present in the object that the caller does not read. */
  otherKeys(known: ReadonlySet<string>): string[] {
    return Object.keys(this.value).filter((key) => !known.has(key));
  }

  private present(key: string, required = false): unknown {
    const value = this.value[key];
    if (value === undefined || value === null) {
      if (required) this.issues.error(this.pathOf(key), "is required");
      return undefined;
    }
    return value;
  }

  private fail(key: string, message: string): undefined {
    this.issues.error(this.pathOf(key), message);
    return undefined;
  }
}

/** Yields a reader for each element that is an object, reporting the others as it reaches them so that
 *  issues come out in document order. */
export function* objectEntries(issues: IssueList, path: string, list: unknown[]): Generator<FieldReader> {
  for (let index = 0; index < list.length; index++) {
    const item = list[index];
    const itemPath = childPath(path, index);
    if (isJsonObject(item)) yield new FieldReader(issues, itemPath, item);
    else issues.error(itemPath, "must be an object");
  }
}
// A generator function's prototype is an object that preload would otherwise keep in RAM.
Object.freeze(objectEntries.prototype);

/**
 * Warns about each key of `entry` that Viam's config does not have at this level. A config written
 * for viam-server (fragments, modules, agent settings...) runs here unchanged: keys Viam knows are
 * accepted quietly, and a key Viam does not know either is most likely a typo.
 */
export function reportUnknownKeys(entry: FieldReader, known: readonly string[], what: string): void {
  for (const key of Object.keys(entry.value)) {
    if (!known.includes(key)) entry.issues.warn(entry.pathOf(key), `unknown ${what}, ignored`);
  }
}
