export const ENTRIES: { firmware: string; esp32: string; lin: string };
export const PROTOBUF: { name: string; source: string };
export interface ManifestSection {
  modules: Record<string, string>;
  preload: string[];
}
export function reachedModules(entry: string): Promise<string[]>;
export function manifestModules(): Promise<{ firmware: ManifestSection; esp32: ManifestSection; lin: ManifestSection }>;
