// What GetVersion reports about this firmware.

export const PLATFORM = "viam-micro-xs";
export const FIRMWARE_VERSION = "0.1.0";
/** The Viam API release whose protos our subset was checked against (the one @viamrobotics/sdk 0.61.1 is built from). */
export const API_VERSION = "v0.1.512";
