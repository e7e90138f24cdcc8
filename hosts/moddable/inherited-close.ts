// Moddable SDK 8.2.3's typings give Analog, I2C and Listener no close(), though ECMA-419 requires one
// and Moddable's implementations have it. The subclasses that state it call the one they inherit.
export function closeInherited(Subclass: abstract new (...args: never[]) => object, instance: object): void {
  (Object.getPrototypeOf(Subclass.prototype) as { close(): void }).close.call(instance);
}
