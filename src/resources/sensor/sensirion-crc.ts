// CRC-8 that Sensirion sensors append to every 16-bit word: polynomial 0x31 (x^8 + x^5 + x^4 + 1),
// initial value 0xFF, no reflection, no final XOR. Datasheet check value: crc(0xBE, 0xEF) = 0x92.

function update(crc: number, byte: number): number {
  crc ^= byte;
  for (let bit = 0; bit < 8; bit++) crc = crc & 0x80 ? ((crc << 1) ^ 0x31) & 0xff : (crc << 1) & 0xff;
  return crc;
}

export function sensirionCrc(msb: number, lsb: number): number {
  return update(update(0xff, msb), lsb);
}
