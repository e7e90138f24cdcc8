/** Whether this boot is the RTC timer's wake from a deep sleep. */
export function wokeByTimer(): boolean;
/** What the last writeRetained() kept in RTC slow memory, if this boot followed a deep sleep. */
export function readRetained(): ArrayBuffer | undefined;
/** At most 1,024 bytes. */
export function writeRetained(bytes: ArrayBuffer): void;
/** Enters deep sleep for `ms`; the board boots again when the RTC timer fires. Never returns. */
export function deepSleep(ms: number): void;
