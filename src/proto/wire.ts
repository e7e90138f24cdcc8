// Protobuf wire format for messages read field by field with protobufjs's Reader instead of the
// generated decode: where the decoded message objects would cost more RAM than the board has.
import $protobuf from "protobufjs/minimal";

// A field's tag is (field number << 3) | wire type.
export const VARINT = 0;
export const I64 = 1;
export const LEN = 2;

/** The part of protobufjs's Reader used here, declared here because a Moddable build type-checks
 *  against scripts/esp32-deps.mjs's declaration of the bundle, which has only `util`. */
export interface WireReader {
  pos: number;
  len: number;
  uint32(): number;
  int32(): number;
  double(): number;
  bool(): boolean;
  string(): string;
  skipType(wireType: number): WireReader;
}

export function wireReader(bytes: Uint8Array): WireReader {
  return ($protobuf as unknown as { Reader: { create(bytes: Uint8Array): WireReader } }).Reader.create(bytes);
}

/** Reads a length-delimited field's length and gives the offset where its bytes end. */
export function nestedEnd(reader: WireReader): number {
  const length = reader.uint32();
  const end = reader.pos + length;
  if (end > reader.len) throw new RangeError(`a field of ${length} bytes at offset ${reader.pos} runs past the end of the message`);
  return end;
}

/** Checks that the fields of a nested message ended where its length said, not inside its last field. */
export function endAt(reader: WireReader, end: number): void {
  if (reader.pos !== end) throw new RangeError(`a field runs on past its message's end at offset ${end}`);
}
