#include <stdlib.h>
#include <string.h>
#include "xsAll.h"
#include "xsmc.h"

void xs_lin_environment(xsMachine *the)
{
	const char *value = getenv(xsmcToString(xsArg(0)));
	if (value)
		xsmcSetString(xsResult, (char *)value);
}

static txSize chunkSize(txMachine *the, void *data)
{
	txBlock *block = the->firstBlock;
	if (!data)
		return 0;
	while (block) {
		if (((txByte *)data > (txByte *)(block + 1)) && ((txByte *)data < block->current))
			return ((txChunk *)((txByte *)data - sizeof(txChunk)))->size;
		block = block->nextBlock;
	}
	return 0;
}

// What the live chunks would take with the ESP32's 32-bit pointers, as an upper bound. A chunk of
// slots (an array's items, a suspended function's frame) or of slot pointers (a Map's or Set's
// table) takes exactly half on 32 bits, header included: 16 + 32 n bytes against 8 + 16 n. A
// buffer's bytes are the same, and its header is 8 bytes shorter. Everything else (strings, keys,
// code) is counted at its 64-bit size, which is never less than the board's.
static txSize chunks32(txMachine *the)
{
	txSize saved = 0;
	txSlot *heap = the->firstHeap;
	while (heap) {
		txSlot *slot = heap + 1;
		txSlot *limit = heap->value.reference;
		for (; slot < limit; slot++) {
			switch (slot->kind) {
			case XS_ARRAY_KIND:
			case XS_STACK_KIND:
				saved += chunkSize(the, slot->value.array.address) / 2;
				break;
			case XS_MAP_KIND:
			case XS_SET_KIND:
			case XS_WEAK_MAP_KIND:
			case XS_WEAK_SET_KIND:
				saved += chunkSize(the, slot->value.table.address) / 2;
				break;
			case XS_ARRAY_BUFFER_KIND:
				if (chunkSize(the, slot->value.arrayBuffer.address))
					saved += sizeof(txChunk) - 8;
				break;
			}
		}
		heap = heap->next;
	}
	return the->currentChunksSize - saved;
}

// currentHeapCount also counts garbage until the collector sweeps, so collect first: the slots in use
// then. The peaks are read before that, and they include garbage too.
void xs_lin_heap_meter(xsMachine *the)
{
	txSize peakSlots = the->peakHeapCount;
	txSize peakChunks = the->peakChunksSize;
	xsCollectGarbage();
	xsmcVars(1);
	xsmcSetNewObject(xsResult);
	xsmcSetInteger(xsVar(0), the->currentHeapCount);
	xsmcSet(xsResult, xsID("slots"), xsVar(0));
	xsmcSetInteger(xsVar(0), peakSlots);
	xsmcSet(xsResult, xsID("peakSlots"), xsVar(0));
	xsmcSetInteger(xsVar(0), the->currentChunksSize);
	xsmcSet(xsResult, xsID("chunks"), xsVar(0));
	xsmcSetInteger(xsVar(0), chunks32(the));
	xsmcSet(xsResult, xsID("chunks32"), xsVar(0));
	xsmcSetInteger(xsVar(0), peakChunks);
	xsmcSet(xsResult, xsID("peakChunks"), xsVar(0));
	xsmcSetInteger(xsVar(0), the->maximumHeapCount);
	xsmcSet(xsResult, xsID("slotLimit"), xsVar(0));
	xsmcSetInteger(xsVar(0), the->maximumChunksSize);
	xsmcSet(xsResult, xsID("chunkLimit"), xsVar(0));
}

void xs_lin_reset_heap_peaks(xsMachine *the)
{
	xsCollectGarbage();
	the->peakHeapCount = the->currentHeapCount;
	the->peakChunksSize = the->currentChunksSize;
}

#define kFlashBlock 4096
static uint8_t *gFlash = NULL;
static int gFlashSize = 0;

static void flashRange(xsMachine *the, int offset, int length)
{
	if ((offset < 0) || (length < 0) || (offset > gFlashSize) || (length > gFlashSize - offset))
		xsRangeError("outside the partition");
}

void xs_lin_flash_open(xsMachine *the)
{
	int size = xsmcToInteger(xsArg(0));
	if (gFlash) {
		if (size != gFlashSize)
			xsRangeError("the partition is already open with another size");
		return;
	}
	if ((size <= 0) || (size % kFlashBlock))
		xsRangeError("size must be a positive multiple of 4096");
	gFlash = malloc(size);
	if (!gFlash)
		xsUnknownError("no memory for the flash");
	memset(gFlash, 0xFF, size);
	gFlashSize = size;
}

void xs_lin_flash_read(xsMachine *the)
{
	int length = xsmcToInteger(xsArg(0));
	int offset = xsmcToInteger(xsArg(1));
	flashRange(the, offset, length);
	xsmcSetArrayBuffer(xsResult, gFlash + offset, length);
}

void xs_lin_flash_write(xsMachine *the)
{
	void *data;
	xsUnsignedValue length;
	int offset = xsmcToInteger(xsArg(1));
	xsmcGetBufferReadable(xsArg(0), &data, &length);
	flashRange(the, offset, (int)length);
	for (xsUnsignedValue i = 0; i < length; i++)
		gFlash[offset + i] &= ((uint8_t *)data)[i];
}

void xs_lin_flash_erase(xsMachine *the)
{
	int start = xsmcToInteger(xsArg(0));
	int end = xsmcToInteger(xsArg(1));
	if ((start < 0) || (end < start) || (end > gFlashSize / kFlashBlock))
		xsRangeError("outside the partition");
	memset(gFlash + start * kFlashBlock, 0xFF, (end - start) * kFlashBlock);
}
