export declare const defaultOutDir: string;
export declare const PROTOBUF_MODULE: string;
export declare const ROOT_CERTIFICATE: string;
export declare const ROOT_CERTIFICATE_SUBJECT: string;
export declare const ROOT_CERTIFICATE_SHA256: string;
export declare function bundleProtobufMinimal(): Promise<string>;
export declare function rootCertificateDer(): Uint8Array;
export declare function writeEsp32Deps(outDir: string): Promise<string[]>;
