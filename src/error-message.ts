// What a caught value says, for logs and RPC statuses: JavaScript lets code throw anything, and an
// Error's own text is the part worth showing.
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** With the stack where the engine keeps one: for logging failures that no caller expected. */
export function errorStack(error: unknown): string {
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}
