export interface ModdableSdk {
  moddable: string;
  fail(message: string): never;
  run(command: string, args: string[], options?: object): string;
}
export function moddableSdk(script: string): ModdableSdk;
