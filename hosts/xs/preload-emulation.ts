// Does to a bundle's module-level state what Moddable's preload does to a real build, so that the XS
// tests meet the same failures as the board without the SDK. Preload runs every module's top level
// at build time and keeps the result in flash; at run time, plain objects are still writable (XS
// aliases them into RAM), but Map, Set, WeakMap and WeakSet instances and the bytes of ArrayBuffers
// cannot be aliased, and writing them throws.
//
// XS also freezes every function, and every prototype, that preload made. That cannot be done here
// for functions in general (nothing lists them), but it is done for the generated protobuf classes,
// whose prototypes hold the fields' defaults (scripts/gen-proto.mjs explains what that breaks).
//
// Imported first, it replaces those constructors with recording ones; `endPreload()`, called once
// the bundle's modules have run, turns what was made until then read-only. Typed arrays and
// DataViews made before, or later over a buffer made before, come back as proxies that throw on
// writes. Empty views are left alone: they have no bytes to write.

import $protobuf from "protobufjs/minimal";

type Constructor = new (...args: never[]) => object;

const MUTATORS: Record<string, readonly string[]> = {
  Map: ["set", "delete", "clear"],
  Set: ["add", "delete", "clear"],
  WeakMap: ["set", "delete"],
  WeakSet: ["add", "delete"],
};
const VIEW_MUTATORS = new Set(["set", "fill", "copyWithin", "reverse", "sort"]);
const VIEWS = [
  "Int8Array",
  "Uint8Array",
  "Uint8ClampedArray",
  "Int16Array",
  "Uint16Array",
  "Int32Array",
  "Uint32Array",
  "Float32Array",
  "Float64Array",
  "BigInt64Array",
  "BigUint64Array",
  "DataView",
];

const globals = globalThis as unknown as Record<string, Constructor>;
let preloading = true;
const collections: { kind: string; instance: object }[] = [];
const buffers = new WeakSet<object>();
const proxies = new WeakSet<object>();
const frozenBuffers = () => !preloading;

function readOnly(what: string): never {
  throw new TypeError(`read-only ${what} (made at preload)`);
}

function recordingCollection(kind: string): Constructor {
  const Real = globals[kind];
  function Recording(this: unknown, ...args: never[]) {
    const instance = Reflect.construct(Real, args, new.target ?? Recording) as object;
    if (preloading) collections.push({ kind, instance });
    return instance;
  }
  Object.setPrototypeOf(Recording, Real);
  Recording.prototype = Real.prototype;
  return Recording as unknown as Constructor;
}

function recordingBuffer(): Constructor {
  const Real = globals.ArrayBuffer;
  function Recording(this: unknown, ...args: never[]) {
    const instance = Reflect.construct(Real, args, new.target ?? Recording) as object;
    if (preloading) buffers.add(instance);
    return instance;
  }
  Object.setPrototypeOf(Recording, Real);
  Recording.prototype = Real.prototype;
  // The read-only views are proxies; they are views all the same.
  const isView = (Real as unknown as { isView(value: unknown): boolean }).isView;
  Object.defineProperty(Recording, "isView", { value: (value: unknown) => proxies.has(value as object) || isView(value) });
  return Recording as unknown as Constructor;
}

function readOnlyView(view: ArrayBufferView & Record<PropertyKey, unknown>, kind: string): object {
  const proxy = new Proxy(view, {
    get(target, key) {
      const value = Reflect.get(target, key, target);
      if (typeof value !== "function") return value;
      // A subarray shares the preloaded bytes: it is as read-only as they are.
      if (key === "subarray") return (...args: unknown[]) => readOnlyView(Reflect.apply(value, target, args), kind);
      const mutates = typeof key === "string" && (VIEW_MUTATORS.has(key) || (kind === "DataView" && key.startsWith("set")));
      return mutates
        ? (...args: unknown[]) => (frozenBuffers() ? readOnly(`${kind} buffer`) : Reflect.apply(value, target, args))
        : value.bind(target);
    },
    set(target, key, value) {
      if (frozenBuffers()) readOnly(`${kind} buffer`);
      return Reflect.set(target, key, value, target);
    },
  });
  proxies.add(proxy);
  return proxy;
}

function recordingView(kind: string): Constructor {
  const Real = globals[kind];
  function Recording(this: unknown, ...args: never[]) {
    const view = Reflect.construct(Real, args, new.target ?? Recording) as ArrayBufferView & Record<PropertyKey, unknown>;
    if (view.byteLength === 0) return view;
    if (preloading) buffers.add(view.buffer);
    return buffers.has(view.buffer) ? readOnlyView(view, kind) : view;
  }
  Object.setPrototypeOf(Recording, Real);
  Recording.prototype = Real.prototype;
  return Recording as unknown as Constructor;
}

for (const kind of Object.keys(MUTATORS)) globals[kind] = recordingCollection(kind);
globals.ArrayBuffer = recordingBuffer();
for (const kind of VIEWS) globals[kind] = recordingView(kind);

function freezeFunctions(namespace: object, seen: Set<object>): void {
  if (seen.has(namespace)) return;
  seen.add(namespace);
  for (const value of Object.values(namespace) as unknown[]) {
    if (typeof value === "function") {
      freezeFunctions(value, seen);
      if (value.prototype) Object.freeze(value.prototype);
      Object.freeze(value);
    } else if (typeof value === "object" && value !== null) freezeFunctions(value, seen);
  }
}

/** Ends the preload phase: from now on, what the modules made at their top level is read-only. */
export function endPreload(): { collections: number } {
  preloading = false;
  freezeFunctions(($protobuf as unknown as { roots: object }).roots, new Set());
  for (const { kind, instance } of collections) {
    for (const name of MUTATORS[kind]) {
      Object.defineProperty(instance, name, { value: () => readOnly(`${kind} instance`) });
    }
  }
  return { collections: collections.length };
}
