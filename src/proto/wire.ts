// Protobuf wire format for messages read field by field with protobufjs's Reader instead of the
// generated decode: where the decoded message objects would cost more RAM than the board has.
import type { Reader } from "protobufjs/minimal";

// A field's tag is (field number << 3) | wire type.
export const VARINT = 0;
export const I64 = 1;
export const LEN = 2;

/** Reads a length-delimited field's length and gives the offset where its bytes end. */
export function nestedEnd(reader: Reader): number {
  const length = reader.uint32();
  const end = reader.pos + length;
  if (end > reader.len) throw new RangeError(`a field of ${length} bytes at offset ${reader.pos} runs past the end of the message`);
  return end;
}

/** Checks that the fields of a nested message ended where its length said, not inside its last field. */
export function endAt(reader: Reader, end: number): void {
  if (reader.pos !== end) throw new RangeError(`a field runs on past its message's end at offset ${end}`);
}
