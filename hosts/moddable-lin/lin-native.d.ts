export interface HeapMeter {
  /** Slots in use after a collection, and the most held at once since the last reset, garbage included. */
  slots: number;
  peakSlots: number;
  /** Chunk bytes in use after a collection, and the most held at once since the last reset, garbage included. */
  chunks: number;
  /** `chunks` as the ESP32's 32-bit pointers would make them: an upper bound (lin-native.c). */
  chunks32: number;
  peakChunks: number;
  /** The creation sizes the machine runs in. */
  slotLimit: number;
  chunkLimit: number;
}
export function environment(name: string): string | undefined;
export function heapMeter(): HeapMeter;
export function resetHeapPeaks(): void;
export function flashOpen(size: number): void;
export function flashRead(byteLength: number, byteOffset: number): ArrayBuffer;
export function flashWrite(buffer: ArrayBuffer | Uint8Array, byteOffset: number): void;
export function flashErase(startBlock: number, endBlock: number): void;
