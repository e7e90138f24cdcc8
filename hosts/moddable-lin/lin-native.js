// Natives of the Linux runner (lin-native.c): what the runner set in the environment, and XS's own
// heap counters, which the meter figures in bench/results/device.json come from.
export function environment(name) @ "xs_lin_environment";
export function heapMeter() @ "xs_lin_heap_meter";
export function resetHeapPeaks() @ "xs_lin_reset_heap_peaks";

// NOR flash outside the XS heap, as the board's SPI flash is: writes clear bits, erases set 4 KB blocks to 0xFF.
export function flashOpen(size) @ "xs_lin_flash_open";
export function flashRead(byteLength, byteOffset) @ "xs_lin_flash_read";
export function flashWrite(buffer, byteOffset) @ "xs_lin_flash_write";
export function flashErase(startBlock, endBlock) @ "xs_lin_flash_erase";
