export interface HeapMeter {
  /** Slots in use (as of the last collection) and the most in use at once since the last reset. */
  slots: number;
  peakSlots: number;
  /** Chunk bytes in use, and the most at once since the last reset. */
  chunks: number;
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
