import type { ConfigIssue } from "./types.ts";

/** Collects problems in the order they are found; parsers compare `errorCount` before and after an
 *  entry to decide whether that entry must be skipped. */
export class IssueList {
  readonly items: ConfigIssue[] = [];
  #errors = 0;

  get errorCount(): number {
    return this.#errors;
  }

  error(path: string, message: string): void {
    this.items.push({ path, message, severity: "error" });
    this.#errors++;
  }

  warn(path: string, message: string): void {
    this.items.push({ path, message, severity: "warning" });
  }
}
