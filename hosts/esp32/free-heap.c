#include "xsmc.h"
#include "esp_system.h"

void xs_esp32_free_heap_bytes(xsMachine *the)
{
	xsmcSetInteger(xsResult, (xsIntegerValue)esp_get_free_heap_size());
}
