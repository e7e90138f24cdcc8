// The declaration that scripts/esp32-deps.mjs puts beside its ES-module bundle of protobufjs/minimal,
// and that hosts/esp32/tsconfig.json maps "protobufjs/minimal" to: mcconfig type-checks every
// TypeScript module against this, not against the package's own types, so `npm run typecheck` does
// too. What a module needs beyond `util` it declares itself (src/proto/wire.ts).
declare const protobuf: { util: object };
export default protobuf;
