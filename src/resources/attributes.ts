// Typed access to a component's free-form `attributes`. Every problem is thrown as a
// ResourceConfigError carrying the JSON path of the offending value, relative to the component.
import { childPath } from "../config/json-path.ts";
import { ResourceConfigError } from "./resource.ts";

type JsonObject = { [key: string]: unknown };

function isObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export interface IntegerRange {
  min?: number;
  max?: number;
}

export class AttributeReader {
  readonly path: string;
  readonly values: JsonObject;

  constructor(values: JsonObject, path = "attributes") {
    this.values = values;
    this.path = path;
  }

  pathOf(key: string | number): string {
    return childPath(this.path, key);
  }

  has(key: string): boolean {
    return this.values[key] !== undefined && this.values[key] !== null;
  }

  fail(key: string | number, message: string): never {
    throw new ResourceConfigError(message, this.pathOf(key));
  }

  string(key: string): string {
    const value = this.optionalString(key);
    return value ?? this.fail(key, "is required");
  }

  optionalString(key: string): string | undefined {
    if (!this.has(key)) return undefined;
    const value = this.values[key];
    if (typeof value !== "string" || value === "") this.fail(key, "must be a non-empty string");
    return value;
  }

  optionalNumber(key: string): number | undefined {
    if (!this.has(key)) return undefined;
    const value = this.values[key];
    if (typeof value !== "number" || !Number.isFinite(value)) this.fail(key, "must be a number");
    return value;
  }

  number(key: string, fallback: number): number {
    return this.optionalNumber(key) ?? fallback;
  }

  /** An integer given as a JSON number, or as a decimal or 0x-hex string: Viam's own configs write
   *  pins as "34", and I2C addresses read naturally as "0x44". */
  optionalInteger(key: string, range: IntegerRange = {}): number | undefined {
    if (!this.has(key)) return undefined;
    const value = toInteger(this.values[key]);
    if (value === undefined) this.fail(key, "must be an integer");
    if (range.min !== undefined && value < range.min) this.fail(key, `must be at least ${range.min}`);
    if (range.max !== undefined && value > range.max) this.fail(key, `must be at most ${range.max}`);
    return value;
  }

  integer(key: string, range: IntegerRange = {}): number {
    return this.optionalInteger(key, range) ?? this.fail(key, "is required");
  }

  boolean(key: string, fallback: boolean): boolean {
    if (!this.has(key)) return fallback;
    const value = this.values[key];
    if (typeof value !== "boolean") this.fail(key, "must be true or false");
    return value;
  }

  optionalObject(key: string): AttributeReader | undefined {
    if (!this.has(key)) return undefined;
    const value = this.values[key];
    if (!isObject(value)) this.fail(key, "must be an object");
    return new AttributeReader(value, this.pathOf(key));
  }

  /** Each element of a list of objects, as its own reader. */
  objects(key: string): AttributeReader[] {
    return this.list(key).map((item, index) => {
      if (!isObject(item)) this.failItem(key, index, "must be an object");
      return new AttributeReader(item, childPath(this.pathOf(key), index));
    });
  }

  /** A list of integers (numbers or decimal strings). */
  integers(key: string): number[] {
    return this.list(key).map((item, index) => {
      const value = toInteger(item);
      return value ?? this.failItem(key, index, "must be an integer");
    });
  }

  private list(key: string): unknown[] {
    if (!this.has(key)) return [];
    const value = this.values[key];
    if (!Array.isArray(value)) this.fail(key, "must be a list");
    return value;
  }

  private failItem(key: string, index: number, message: string): never {
    throw new ResourceConfigError(message, childPath(this.pathOf(key), index));
  }
}

function toInteger(value: unknown): number | undefined {
  if (typeof value === "number") return Number.isInteger(value) ? value : undefined;
  if (typeof value !== "string") return undefined;
  const text = value.trim();
  if (/^-?\d+$/.test(text) || /^0x[0-9a-f]+$/i.test(text)) return Number(text);
  return undefined;
}
