// Module-level constants are made at preload and kept in flash. XS keeps an object there only when
// it is frozen; an unfrozen one is copied into RAM on first write and costs a RAM slot to alias, and
// xsl warns "not frozen". Freezing the plain objects and arrays of a constant, all the way down,
// keeps it in flash whole. Functions and typed arrays are left as they are, and getters are never
// called: at preload, a getter that asks the hardware would find no hardware.
export function frozen<T>(value: T): Readonly<T> {
  if (typeof value !== "object" || value === null || ArrayBuffer.isView(value) || Object.isFrozen(value)) return value;
  // Frozen before its contents, so that a value that holds itself ends the walk.
  Object.freeze(value);
  for (const key of Object.getOwnPropertyNames(value)) {
    const property = Object.getOwnPropertyDescriptor(value, key);
    if (property !== undefined && "value" in property) frozen(property.value);
  }
  return value;
}
