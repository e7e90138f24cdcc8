#include "xsmc.h"
#include "esp_attr.h"
#include "esp_sleep.h"
#include <string.h>

// RTC slow memory keeps these through deep sleep. The bootloader loads them afresh on every other
// boot (power-on, reset, crash), and the wake cause is checked as well, so a reset never sees what a
// sleeping boot left. NVS would survive resets too, and wear flash on every wake.
#define RETAINED_BYTES 1024
RTC_DATA_ATTR static uint16_t gRetainedLength;
RTC_DATA_ATTR static uint8_t gRetained[RETAINED_BYTES];

void xs_esp32_woke_by_timer(xsMachine *the)
{
	xsmcSetBoolean(xsResult, esp_sleep_get_wakeup_cause() == ESP_SLEEP_WAKEUP_TIMER);
}

void xs_esp32_read_retained(xsMachine *the)
{
	if ((0 == gRetainedLength) || (gRetainedLength > RETAINED_BYTES))
		return;
	xsmcSetArrayBuffer(xsResult, gRetained, gRetainedLength);
}

void xs_esp32_write_retained(xsMachine *the)
{
	void *data;
	xsUnsignedValue length;

	xsmcGetBufferReadable(xsArg(0), &data, &length);
	if (length > RETAINED_BYTES)
		xsRangeError("the retained area holds %d bytes", RETAINED_BYTES);
	memcpy(gRetained, data, length);
	gRetainedLength = (uint16_t)length;
}

void xs_esp32_deep_sleep(xsMachine *the)
{
	double ms = xsmcToNumber(xsArg(0));

	if (!(ms >= 0))
		xsRangeError("sleep needs ms >= 0");
	esp_sleep_enable_timer_wakeup((uint64_t)(ms * 1000));
	esp_deep_sleep_start();
}
