// What a caught value says, for logs and RPC statuses: JavaScript lets code throw anything, and an
// Error's own text is the part worth showing.
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
