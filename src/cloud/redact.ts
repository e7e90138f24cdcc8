// Keeps credentials out of anything that may be logged: error messages and log lines pass through
// here before they leave the app client, even when it was the server that echoed a credential.

const MASK = "[redacted]";

/** `text` with every occurrence of each non-empty secret replaced. */
export function redact(text: string, secrets: Iterable<string | undefined>): string {
  let out = text;
  for (const secret of secrets) {
    if (secret) out = out.split(secret).join(MASK);
  }
  return out;
}
