// DO NOT EDIT! This is a generated file. Edit the JSDoc in src/*.js instead and run 'npm run build:types'.

/** Namespace viam. */
export namespace viam {

    /** Namespace app. */
    namespace app {

        /** Namespace agent. */
        namespace agent {

            /** Namespace v1. */
            namespace v1 {

                /** Properties of a DeviceAgentConfigRequest. */
                interface IDeviceAgentConfigRequest {

                    /** DeviceAgentConfigRequest id */
                    id?: (string|null);
                }

                /** Represents a DeviceAgentConfigRequest. */
                class DeviceAgentConfigRequest implements IDeviceAgentConfigRequest {

                    /**
                     * Constructs a new DeviceAgentConfigRequest.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: viam.app.agent.v1.IDeviceAgentConfigRequest);

                    /** DeviceAgentConfigRequest id. */
                    public id: string;

                    /**
                     * Creates a new DeviceAgentConfigRequest instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns DeviceAgentConfigRequest instance
                     */
                    public static create(properties?: viam.app.agent.v1.IDeviceAgentConfigRequest): viam.app.agent.v1.DeviceAgentConfigRequest;

                    /**
                     * Encodes the specified DeviceAgentConfigRequest message. Does not implicitly {@link viam.app.agent.v1.DeviceAgentConfigRequest.verify|verify} messages.
                     * @param message DeviceAgentConfigRequest message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    public static encode(message: viam.app.agent.v1.IDeviceAgentConfigRequest, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a DeviceAgentConfigRequest message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns DeviceAgentConfigRequest
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): viam.app.agent.v1.DeviceAgentConfigRequest;
                }

                /** Properties of a DeviceAgentConfigResponse. */
                interface IDeviceAgentConfigResponse {

                    /** DeviceAgentConfigResponse advancedSettings */
                    advancedSettings?: (google.protobuf.IStruct|null);
                }

                /** Represents a DeviceAgentConfigResponse. */
                class DeviceAgentConfigResponse implements IDeviceAgentConfigResponse {

                    /**
                     * Constructs a new DeviceAgentConfigResponse.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: viam.app.agent.v1.IDeviceAgentConfigResponse);

                    /** DeviceAgentConfigResponse advancedSettings. */
                    public advancedSettings?: (google.protobuf.IStruct|null);

                    /**
                     * Creates a new DeviceAgentConfigResponse instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns DeviceAgentConfigResponse instance
                     */
                    public static create(properties?: viam.app.agent.v1.IDeviceAgentConfigResponse): viam.app.agent.v1.DeviceAgentConfigResponse;

                    /**
                     * Encodes the specified DeviceAgentConfigResponse message. Does not implicitly {@link viam.app.agent.v1.DeviceAgentConfigResponse.verify|verify} messages.
                     * @param message DeviceAgentConfigResponse message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    public static encode(message: viam.app.agent.v1.IDeviceAgentConfigResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a DeviceAgentConfigResponse message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns DeviceAgentConfigResponse
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): viam.app.agent.v1.DeviceAgentConfigResponse;
                }
            }
        }

        /** Namespace v1. */
        namespace v1 {

            /** Properties of a ConfigRequest. */
            interface IConfigRequest {

                /** ConfigRequest id */
                id?: (string|null);
            }

            /** Represents a ConfigRequest. */
            class ConfigRequest implements IConfigRequest {

                /**
                 * Constructs a new ConfigRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: viam.app.v1.IConfigRequest);

                /** ConfigRequest id. */
                public id: string;

                /**
                 * Creates a new ConfigRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ConfigRequest instance
                 */
                public static create(properties?: viam.app.v1.IConfigRequest): viam.app.v1.ConfigRequest;

                /**
                 * Encodes the specified ConfigRequest message. Does not implicitly {@link viam.app.v1.ConfigRequest.verify|verify} messages.
                 * @param message ConfigRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: viam.app.v1.IConfigRequest, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ConfigRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns ConfigRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): viam.app.v1.ConfigRequest;
            }

            /** Properties of a ConfigResponse. */
            interface IConfigResponse {

                /** ConfigResponse config */
                config?: (viam.app.v1.IRobotConfig|null);
            }

            /** Represents a ConfigResponse. */
            class ConfigResponse implements IConfigResponse {

                /**
                 * Constructs a new ConfigResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: viam.app.v1.IConfigResponse);

                /** ConfigResponse config. */
                public config?: (viam.app.v1.IRobotConfig|null);

                /**
                 * Creates a new ConfigResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ConfigResponse instance
                 */
                public static create(properties?: viam.app.v1.IConfigResponse): viam.app.v1.ConfigResponse;

                /**
                 * Encodes the specified ConfigResponse message. Does not implicitly {@link viam.app.v1.ConfigResponse.verify|verify} messages.
                 * @param message ConfigResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: viam.app.v1.IConfigResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ConfigResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns ConfigResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): viam.app.v1.ConfigResponse;
            }

            /** Properties of a RobotConfig. */
            interface IRobotConfig {

                /** RobotConfig cloud */
                cloud?: (viam.app.v1.ICloudConfig|null);

                /** RobotConfig remotes */
                remotes?: (viam.app.v1.IRemoteConfig[]|null);

                /** RobotConfig components */
                components?: (viam.app.v1.IComponentConfig[]|null);

                /** RobotConfig services */
                services?: (viam.app.v1.IServiceConfig[]|null);

                /** RobotConfig revision */
                revision?: (string|null);
            }

            /** Represents a RobotConfig. */
            class RobotConfig implements IRobotConfig {

                /**
                 * Constructs a new RobotConfig.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: viam.app.v1.IRobotConfig);

                /** RobotConfig cloud. */
                public cloud?: (viam.app.v1.ICloudConfig|null);

                /** RobotConfig remotes. */
                public remotes: viam.app.v1.IRemoteConfig[];

                /** RobotConfig components. */
                public components: viam.app.v1.IComponentConfig[];

                /** RobotConfig services. */
                public services: viam.app.v1.IServiceConfig[];

                /** RobotConfig revision. */
                public revision: string;

                /**
                 * Creates a new RobotConfig instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns RobotConfig instance
                 */
                public static create(properties?: viam.app.v1.IRobotConfig): viam.app.v1.RobotConfig;

                /**
                 * Encodes the specified RobotConfig message. Does not implicitly {@link viam.app.v1.RobotConfig.verify|verify} messages.
                 * @param message RobotConfig message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: viam.app.v1.IRobotConfig, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a RobotConfig message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns RobotConfig
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): viam.app.v1.RobotConfig;
            }

            /** Properties of a CloudConfig. */
            interface ICloudConfig {

                /** CloudConfig id */
                id?: (string|null);

                /** CloudConfig fqdn */
                fqdn?: (string|null);

                /** CloudConfig localFqdn */
                localFqdn?: (string|null);

                /** CloudConfig primaryOrgId */
                primaryOrgId?: (string|null);

                /** CloudConfig locationId */
                locationId?: (string|null);

                /** CloudConfig machineId */
                machineId?: (string|null);
            }

            /** Represents a CloudConfig. */
            class CloudConfig implements ICloudConfig {

                /**
                 * Constructs a new CloudConfig.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: viam.app.v1.ICloudConfig);

                /** CloudConfig id. */
                public id: string;

                /** CloudConfig fqdn. */
                public fqdn: string;

                /** CloudConfig localFqdn. */
                public localFqdn: string;

                /** CloudConfig primaryOrgId. */
                public primaryOrgId: string;

                /** CloudConfig locationId. */
                public locationId: string;

                /** CloudConfig machineId. */
                public machineId: string;

                /**
                 * Creates a new CloudConfig instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns CloudConfig instance
                 */
                public static create(properties?: viam.app.v1.ICloudConfig): viam.app.v1.CloudConfig;

                /**
                 * Encodes the specified CloudConfig message. Does not implicitly {@link viam.app.v1.CloudConfig.verify|verify} messages.
                 * @param message CloudConfig message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: viam.app.v1.ICloudConfig, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a CloudConfig message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns CloudConfig
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): viam.app.v1.CloudConfig;
            }

            /** Properties of a ComponentConfig. */
            interface IComponentConfig {

                /** ComponentConfig name */
                name?: (string|null);

                /** ComponentConfig namespace */
                namespace?: (string|null);

                /** ComponentConfig type */
                type?: (string|null);

                /** ComponentConfig model */
                model?: (string|null);

                /** ComponentConfig dependsOn */
                dependsOn?: (string[]|null);

                /** ComponentConfig serviceConfigs */
                serviceConfigs?: (viam.app.v1.IResourceLevelServiceConfig[]|null);

                /** ComponentConfig attributes */
                attributes?: (google.protobuf.IStruct|null);

                /** ComponentConfig api */
                api?: (string|null);
            }

            /** Represents a ComponentConfig. */
            class ComponentConfig implements IComponentConfig {

                /**
                 * Constructs a new ComponentConfig.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: viam.app.v1.IComponentConfig);

                /** ComponentConfig name. */
                public name: string;

                /** ComponentConfig namespace. */
                public namespace: string;

                /** ComponentConfig type. */
                public type: string;

                /** ComponentConfig model. */
                public model: string;

                /** ComponentConfig dependsOn. */
                public dependsOn: string[];

                /** ComponentConfig serviceConfigs. */
                public serviceConfigs: viam.app.v1.IResourceLevelServiceConfig[];

                /** ComponentConfig attributes. */
                public attributes?: (google.protobuf.IStruct|null);

                /** ComponentConfig api. */
                public api: string;

                /**
                 * Creates a new ComponentConfig instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ComponentConfig instance
                 */
                public static create(properties?: viam.app.v1.IComponentConfig): viam.app.v1.ComponentConfig;

                /**
                 * Encodes the specified ComponentConfig message. Does not implicitly {@link viam.app.v1.ComponentConfig.verify|verify} messages.
                 * @param message ComponentConfig message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: viam.app.v1.IComponentConfig, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ComponentConfig message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns ComponentConfig
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): viam.app.v1.ComponentConfig;
            }

            /** Properties of a ResourceLevelServiceConfig. */
            interface IResourceLevelServiceConfig {

                /** ResourceLevelServiceConfig type */
                type?: (string|null);

                /** ResourceLevelServiceConfig attributes */
                attributes?: (google.protobuf.IStruct|null);
            }

            /** Represents a ResourceLevelServiceConfig. */
            class ResourceLevelServiceConfig implements IResourceLevelServiceConfig {

                /**
                 * Constructs a new ResourceLevelServiceConfig.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: viam.app.v1.IResourceLevelServiceConfig);

                /** ResourceLevelServiceConfig type. */
                public type: string;

                /** ResourceLevelServiceConfig attributes. */
                public attributes?: (google.protobuf.IStruct|null);

                /**
                 * Creates a new ResourceLevelServiceConfig instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ResourceLevelServiceConfig instance
                 */
                public static create(properties?: viam.app.v1.IResourceLevelServiceConfig): viam.app.v1.ResourceLevelServiceConfig;

                /**
                 * Encodes the specified ResourceLevelServiceConfig message. Does not implicitly {@link viam.app.v1.ResourceLevelServiceConfig.verify|verify} messages.
                 * @param message ResourceLevelServiceConfig message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: viam.app.v1.IResourceLevelServiceConfig, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ResourceLevelServiceConfig message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns ResourceLevelServiceConfig
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): viam.app.v1.ResourceLevelServiceConfig;
            }

            /** Properties of a ServiceConfig. */
            interface IServiceConfig {

                /** ServiceConfig name */
                name?: (string|null);

                /** ServiceConfig namespace */
                namespace?: (string|null);

                /** ServiceConfig type */
                type?: (string|null);

                /** ServiceConfig attributes */
                attributes?: (google.protobuf.IStruct|null);

                /** ServiceConfig dependsOn */
                dependsOn?: (string[]|null);

                /** ServiceConfig model */
                model?: (string|null);

                /** ServiceConfig api */
                api?: (string|null);

                /** ServiceConfig serviceConfigs */
                serviceConfigs?: (viam.app.v1.IResourceLevelServiceConfig[]|null);
            }

            /** Represents a ServiceConfig. */
            class ServiceConfig implements IServiceConfig {

                /**
                 * Constructs a new ServiceConfig.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: viam.app.v1.IServiceConfig);

                /** ServiceConfig name. */
                public name: string;

                /** ServiceConfig namespace. */
                public namespace: string;

                /** ServiceConfig type. */
                public type: string;

                /** ServiceConfig attributes. */
                public attributes?: (google.protobuf.IStruct|null);

                /** ServiceConfig dependsOn. */
                public dependsOn: string[];

                /** ServiceConfig model. */
                public model: string;

                /** ServiceConfig api. */
                public api: string;

                /** ServiceConfig serviceConfigs. */
                public serviceConfigs: viam.app.v1.IResourceLevelServiceConfig[];

                /**
                 * Creates a new ServiceConfig instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ServiceConfig instance
                 */
                public static create(properties?: viam.app.v1.IServiceConfig): viam.app.v1.ServiceConfig;

                /**
                 * Encodes the specified ServiceConfig message. Does not implicitly {@link viam.app.v1.ServiceConfig.verify|verify} messages.
                 * @param message ServiceConfig message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: viam.app.v1.IServiceConfig, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ServiceConfig message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns ServiceConfig
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): viam.app.v1.ServiceConfig;
            }

            /** CredentialsType enum. */
            enum CredentialsType {
                CREDENTIALS_TYPE_UNSPECIFIED = 0,
                CREDENTIALS_TYPE_INTERNAL = 1,
                CREDENTIALS_TYPE_API_KEY = 2,
                CREDENTIALS_TYPE_ROBOT_SECRET = 3,
                CREDENTIALS_TYPE_ROBOT_LOCATION_SECRET = 4
            }

            /** Properties of a RemoteAuth. */
            interface IRemoteAuth {

                /** RemoteAuth credentials */
                credentials?: (viam.app.v1.RemoteAuth.ICredentials|null);

                /** RemoteAuth entity */
                entity?: (string|null);
            }

            /** Represents a RemoteAuth. */
            class RemoteAuth implements IRemoteAuth {

                /**
                 * Constructs a new RemoteAuth.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: viam.app.v1.IRemoteAuth);

                /** RemoteAuth credentials. */
                public credentials?: (viam.app.v1.RemoteAuth.ICredentials|null);

                /** RemoteAuth entity. */
                public entity: string;

                /**
                 * Creates a new RemoteAuth instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns RemoteAuth instance
                 */
                public static create(properties?: viam.app.v1.IRemoteAuth): viam.app.v1.RemoteAuth;

                /**
                 * Encodes the specified RemoteAuth message. Does not implicitly {@link viam.app.v1.RemoteAuth.verify|verify} messages.
                 * @param message RemoteAuth message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: viam.app.v1.IRemoteAuth, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a RemoteAuth message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns RemoteAuth
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): viam.app.v1.RemoteAuth;
            }

            namespace RemoteAuth {

                /** Properties of a Credentials. */
                interface ICredentials {

                    /** Credentials type */
                    type?: (viam.app.v1.CredentialsType|null);

                    /** Credentials payload */
                    payload?: (string|null);
                }

                /** Represents a Credentials. */
                class Credentials implements ICredentials {

                    /**
                     * Constructs a new Credentials.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: viam.app.v1.RemoteAuth.ICredentials);

                    /** Credentials type. */
                    public type: viam.app.v1.CredentialsType;

                    /** Credentials payload. */
                    public payload: string;

                    /**
                     * Creates a new Credentials instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns Credentials instance
                     */
                    public static create(properties?: viam.app.v1.RemoteAuth.ICredentials): viam.app.v1.RemoteAuth.Credentials;

                    /**
                     * Encodes the specified Credentials message. Does not implicitly {@link viam.app.v1.RemoteAuth.Credentials.verify|verify} messages.
                     * @param message Credentials message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    public static encode(message: viam.app.v1.RemoteAuth.ICredentials, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a Credentials message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns Credentials
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): viam.app.v1.RemoteAuth.Credentials;
                }
            }

            /** Properties of a RemoteConfig. */
            interface IRemoteConfig {

                /** RemoteConfig name */
                name?: (string|null);

                /** RemoteConfig address */
                address?: (string|null);

                /** RemoteConfig auth */
                auth?: (viam.app.v1.IRemoteAuth|null);

                /** RemoteConfig insecure */
                insecure?: (boolean|null);

                /** RemoteConfig secret */
                secret?: (string|null);

                /** RemoteConfig prefix */
                prefix?: (string|null);
            }

            /** Represents a RemoteConfig. */
            class RemoteConfig implements IRemoteConfig {

                /**
                 * Constructs a new RemoteConfig.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: viam.app.v1.IRemoteConfig);

                /** RemoteConfig name. */
                public name: string;

                /** RemoteConfig address. */
                public address: string;

                /** RemoteConfig auth. */
                public auth?: (viam.app.v1.IRemoteAuth|null);

                /** RemoteConfig insecure. */
                public insecure: boolean;

                /** RemoteConfig secret. */
                public secret: string;

                /** RemoteConfig prefix. */
                public prefix: string;

                /**
                 * Creates a new RemoteConfig instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns RemoteConfig instance
                 */
                public static create(properties?: viam.app.v1.IRemoteConfig): viam.app.v1.RemoteConfig;

                /**
                 * Encodes the specified RemoteConfig message. Does not implicitly {@link viam.app.v1.RemoteConfig.verify|verify} messages.
                 * @param message RemoteConfig message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: viam.app.v1.IRemoteConfig, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a RemoteConfig message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns RemoteConfig
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): viam.app.v1.RemoteConfig;
            }
        }

        /** Namespace datasync. */
        namespace datasync {

            /** Namespace v1. */
            namespace v1 {

                /** Properties of a DataCaptureUploadRequest. */
                interface IDataCaptureUploadRequest {

                    /** DataCaptureUploadRequest metadata */
                    metadata?: (viam.app.datasync.v1.IUploadMetadata|null);

                    /** DataCaptureUploadRequest sensorContents */
                    sensorContents?: (viam.app.datasync.v1.ISensorData[]|null);
                }

                /** Represents a DataCaptureUploadRequest. */
                class DataCaptureUploadRequest implements IDataCaptureUploadRequest {

                    /**
                     * Constructs a new DataCaptureUploadRequest.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: viam.app.datasync.v1.IDataCaptureUploadRequest);

                    /** DataCaptureUploadRequest metadata. */
                    public metadata?: (viam.app.datasync.v1.IUploadMetadata|null);

                    /** DataCaptureUploadRequest sensorContents. */
                    public sensorContents: viam.app.datasync.v1.ISensorData[];

                    /**
                     * Creates a new DataCaptureUploadRequest instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns DataCaptureUploadRequest instance
                     */
                    public static create(properties?: viam.app.datasync.v1.IDataCaptureUploadRequest): viam.app.datasync.v1.DataCaptureUploadRequest;

                    /**
                     * Encodes the specified DataCaptureUploadRequest message. Does not implicitly {@link viam.app.datasync.v1.DataCaptureUploadRequest.verify|verify} messages.
                     * @param message DataCaptureUploadRequest message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    public static encode(message: viam.app.datasync.v1.IDataCaptureUploadRequest, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a DataCaptureUploadRequest message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns DataCaptureUploadRequest
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): viam.app.datasync.v1.DataCaptureUploadRequest;
                }

                /** Properties of a DataCaptureUploadResponse. */
                interface IDataCaptureUploadResponse {

                    /** DataCaptureUploadResponse fileId */
                    fileId?: (string|null);

                    /** DataCaptureUploadResponse binaryDataId */
                    binaryDataId?: (string|null);
                }

                /** Represents a DataCaptureUploadResponse. */
                class DataCaptureUploadResponse implements IDataCaptureUploadResponse {

                    /**
                     * Constructs a new DataCaptureUploadResponse.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: viam.app.datasync.v1.IDataCaptureUploadResponse);

                    /** DataCaptureUploadResponse fileId. */
                    public fileId: string;

                    /** DataCaptureUploadResponse binaryDataId. */
                    public binaryDataId: string;

                    /**
                     * Creates a new DataCaptureUploadResponse instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns DataCaptureUploadResponse instance
                     */
                    public static create(properties?: viam.app.datasync.v1.IDataCaptureUploadResponse): viam.app.datasync.v1.DataCaptureUploadResponse;

                    /**
                     * Encodes the specified DataCaptureUploadResponse message. Does not implicitly {@link viam.app.datasync.v1.DataCaptureUploadResponse.verify|verify} messages.
                     * @param message DataCaptureUploadResponse message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    public static encode(message: viam.app.datasync.v1.IDataCaptureUploadResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a DataCaptureUploadResponse message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns DataCaptureUploadResponse
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): viam.app.datasync.v1.DataCaptureUploadResponse;
                }

                /** DataType enum. */
                enum DataType {
                    DATA_TYPE_UNSPECIFIED = 0,
                    DATA_TYPE_BINARY_SENSOR = 1,
                    DATA_TYPE_TABULAR_SENSOR = 2,
                    DATA_TYPE_FILE = 3
                }

                /** Properties of an UploadMetadata. */
                interface IUploadMetadata {

                    /** UploadMetadata partId */
                    partId?: (string|null);

                    /** UploadMetadata componentType */
                    componentType?: (string|null);

                    /** UploadMetadata componentName */
                    componentName?: (string|null);

                    /** UploadMetadata methodName */
                    methodName?: (string|null);

                    /** UploadMetadata type */
                    type?: (viam.app.datasync.v1.DataType|null);

                    /** UploadMetadata fileName */
                    fileName?: (string|null);

                    /** UploadMetadata methodParameters */
                    methodParameters?: ({ [k: string]: google.protobuf.IAny }|null);

                    /** UploadMetadata fileExtension */
                    fileExtension?: (string|null);

                    /** UploadMetadata tags */
                    tags?: (string[]|null);

                    /** UploadMetadata datasetIds */
                    datasetIds?: (string[]|null);

                    /** UploadMetadata mimeType */
                    mimeType?: (string|null);
                }

                /** Represents an UploadMetadata. */
                class UploadMetadata implements IUploadMetadata {

                    /**
                     * Constructs a new UploadMetadata.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: viam.app.datasync.v1.IUploadMetadata);

                    /** UploadMetadata partId. */
                    public partId: string;

                    /** UploadMetadata componentType. */
                    public componentType: string;

                    /** UploadMetadata componentName. */
                    public componentName: string;

                    /** UploadMetadata methodName. */
                    public methodName: string;

                    /** UploadMetadata type. */
                    public type: viam.app.datasync.v1.DataType;

                    /** UploadMetadata fileName. */
                    public fileName: string;

                    /** UploadMetadata methodParameters. */
                    public methodParameters: { [k: string]: google.protobuf.IAny };

                    /** UploadMetadata fileExtension. */
                    public fileExtension: string;

                    /** UploadMetadata tags. */
                    public tags: string[];

                    /** UploadMetadata datasetIds. */
                    public datasetIds: string[];

                    /** UploadMetadata mimeType. */
                    public mimeType: string;

                    /**
                     * Creates a new UploadMetadata instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns UploadMetadata instance
                     */
                    public static create(properties?: viam.app.datasync.v1.IUploadMetadata): viam.app.datasync.v1.UploadMetadata;

                    /**
                     * Encodes the specified UploadMetadata message. Does not implicitly {@link viam.app.datasync.v1.UploadMetadata.verify|verify} messages.
                     * @param message UploadMetadata message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    public static encode(message: viam.app.datasync.v1.IUploadMetadata, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes an UploadMetadata message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns UploadMetadata
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): viam.app.datasync.v1.UploadMetadata;
                }

                /** Properties of a SensorMetadata. */
                interface ISensorMetadata {

                    /** SensorMetadata timeRequested */
                    timeRequested?: (google.protobuf.ITimestamp|null);

                    /** SensorMetadata timeReceived */
                    timeReceived?: (google.protobuf.ITimestamp|null);
                }

                /** Represents a SensorMetadata. */
                class SensorMetadata implements ISensorMetadata {

                    /**
                     * Constructs a new SensorMetadata.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: viam.app.datasync.v1.ISensorMetadata);

                    /** SensorMetadata timeRequested. */
                    public timeRequested?: (google.protobuf.ITimestamp|null);

                    /** SensorMetadata timeReceived. */
                    public timeReceived?: (google.protobuf.ITimestamp|null);

                    /**
                     * Creates a new SensorMetadata instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns SensorMetadata instance
                     */
                    public static create(properties?: viam.app.datasync.v1.ISensorMetadata): viam.app.datasync.v1.SensorMetadata;

                    /**
                     * Encodes the specified SensorMetadata message. Does not implicitly {@link viam.app.datasync.v1.SensorMetadata.verify|verify} messages.
                     * @param message SensorMetadata message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    public static encode(message: viam.app.datasync.v1.ISensorMetadata, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a SensorMetadata message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns SensorMetadata
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): viam.app.datasync.v1.SensorMetadata;
                }

                /** Properties of a SensorData. */
                interface ISensorData {

                    /** SensorData metadata */
                    metadata?: (viam.app.datasync.v1.ISensorMetadata|null);

                    /** SensorData struct */
                    struct?: (google.protobuf.IStruct|null);

                    /** SensorData binary */
                    binary?: (Uint8Array|null);
                }

                /** Represents a SensorData. */
                class SensorData implements ISensorData {

                    /**
                     * Constructs a new SensorData.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: viam.app.datasync.v1.ISensorData);

                    /** SensorData metadata. */
                    public metadata?: (viam.app.datasync.v1.ISensorMetadata|null);

                    /** SensorData struct. */
                    public struct?: (google.protobuf.IStruct|null);

                    /** SensorData binary. */
                    public binary?: (Uint8Array|null);

                    /** SensorData data. */
                    public data?: ("struct"|"binary");

                    /**
                     * Creates a new SensorData instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns SensorData instance
                     */
                    public static create(properties?: viam.app.datasync.v1.ISensorData): viam.app.datasync.v1.SensorData;

                    /**
                     * Encodes the specified SensorData message. Does not implicitly {@link viam.app.datasync.v1.SensorData.verify|verify} messages.
                     * @param message SensorData message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    public static encode(message: viam.app.datasync.v1.ISensorData, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a SensorData message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns SensorData
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): viam.app.datasync.v1.SensorData;
                }
            }
        }
    }

    /** Namespace component. */
    namespace component {

        /** Namespace board. */
        namespace board {

            /** Namespace v1. */
            namespace v1 {

                /** Properties of a SetGPIORequest. */
                interface ISetGPIORequest {

                    /** SetGPIORequest name */
                    name?: (string|null);

                    /** SetGPIORequest pin */
                    pin?: (string|null);

                    /** SetGPIORequest high */
                    high?: (boolean|null);

                    /** SetGPIORequest extra */
                    extra?: (google.protobuf.IStruct|null);
                }

                /** Represents a SetGPIORequest. */
                class SetGPIORequest implements ISetGPIORequest {

                    /**
                     * Constructs a new SetGPIORequest.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: viam.component.board.v1.ISetGPIORequest);

                    /** SetGPIORequest name. */
                    public name: string;

                    /** SetGPIORequest pin. */
                    public pin: string;

                    /** SetGPIORequest high. */
                    public high: boolean;

                    /** SetGPIORequest extra. */
                    public extra?: (google.protobuf.IStruct|null);

                    /**
                     * Creates a new SetGPIORequest instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns SetGPIORequest instance
                     */
                    public static create(properties?: viam.component.board.v1.ISetGPIORequest): viam.component.board.v1.SetGPIORequest;

                    /**
                     * Encodes the specified SetGPIORequest message. Does not implicitly {@link viam.component.board.v1.SetGPIORequest.verify|verify} messages.
                     * @param message SetGPIORequest message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    public static encode(message: viam.component.board.v1.ISetGPIORequest, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a SetGPIORequest message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns SetGPIORequest
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): viam.component.board.v1.SetGPIORequest;
                }

                /** Properties of a SetGPIOResponse. */
                interface ISetGPIOResponse {
                }

                /** Represents a SetGPIOResponse. */
                class SetGPIOResponse implements ISetGPIOResponse {

                    /**
                     * Constructs a new SetGPIOResponse.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: viam.component.board.v1.ISetGPIOResponse);

                    /**
                     * Creates a new SetGPIOResponse instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns SetGPIOResponse instance
                     */
                    public static create(properties?: viam.component.board.v1.ISetGPIOResponse): viam.component.board.v1.SetGPIOResponse;

                    /**
                     * Encodes the specified SetGPIOResponse message. Does not implicitly {@link viam.component.board.v1.SetGPIOResponse.verify|verify} messages.
                     * @param message SetGPIOResponse message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    public static encode(message: viam.component.board.v1.ISetGPIOResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a SetGPIOResponse message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns SetGPIOResponse
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): viam.component.board.v1.SetGPIOResponse;
                }

                /** Properties of a GetGPIORequest. */
                interface IGetGPIORequest {

                    /** GetGPIORequest name */
                    name?: (string|null);

                    /** GetGPIORequest pin */
                    pin?: (string|null);

                    /** GetGPIORequest extra */
                    extra?: (google.protobuf.IStruct|null);
                }

                /** Represents a GetGPIORequest. */
                class GetGPIORequest implements IGetGPIORequest {

                    /**
                     * Constructs a new GetGPIORequest.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: viam.component.board.v1.IGetGPIORequest);

                    /** GetGPIORequest name. */
                    public name: string;

                    /** GetGPIORequest pin. */
                    public pin: string;

                    /** GetGPIORequest extra. */
                    public extra?: (google.protobuf.IStruct|null);

                    /**
                     * Creates a new GetGPIORequest instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns GetGPIORequest instance
                     */
                    public static create(properties?: viam.component.board.v1.IGetGPIORequest): viam.component.board.v1.GetGPIORequest;

                    /**
                     * Encodes the specified GetGPIORequest message. Does not implicitly {@link viam.component.board.v1.GetGPIORequest.verify|verify} messages.
                     * @param message GetGPIORequest message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    public static encode(message: viam.component.board.v1.IGetGPIORequest, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a GetGPIORequest message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns GetGPIORequest
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): viam.component.board.v1.GetGPIORequest;
                }

                /** Properties of a GetGPIOResponse. */
                interface IGetGPIOResponse {

                    /** GetGPIOResponse high */
                    high?: (boolean|null);
                }

                /** Represents a GetGPIOResponse. */
                class GetGPIOResponse implements IGetGPIOResponse {

                    /**
                     * Constructs a new GetGPIOResponse.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: viam.component.board.v1.IGetGPIOResponse);

                    /** GetGPIOResponse high. */
                    public high: boolean;

                    /**
                     * Creates a new GetGPIOResponse instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns GetGPIOResponse instance
                     */
                    public static create(properties?: viam.component.board.v1.IGetGPIOResponse): viam.component.board.v1.GetGPIOResponse;

                    /**
                     * Encodes the specified GetGPIOResponse message. Does not implicitly {@link viam.component.board.v1.GetGPIOResponse.verify|verify} messages.
                     * @param message GetGPIOResponse message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    public static encode(message: viam.component.board.v1.IGetGPIOResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a GetGPIOResponse message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns GetGPIOResponse
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): viam.component.board.v1.GetGPIOResponse;
                }

                /** Properties of a ReadAnalogReaderRequest. */
                interface IReadAnalogReaderRequest {

                    /** ReadAnalogReaderRequest boardName */
                    boardName?: (string|null);

                    /** ReadAnalogReaderRequest analogReaderName */
                    analogReaderName?: (string|null);

                    /** ReadAnalogReaderRequest extra */
                    extra?: (google.protobuf.IStruct|null);
                }

                /** Represents a ReadAnalogReaderRequest. */
                class ReadAnalogReaderRequest implements IReadAnalogReaderRequest {

                    /**
                     * Constructs a new ReadAnalogReaderRequest.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: viam.component.board.v1.IReadAnalogReaderRequest);

                    /** ReadAnalogReaderRequest boardName. */
                    public boardName: string;

                    /** ReadAnalogReaderRequest analogReaderName. */
                    public analogReaderName: string;

                    /** ReadAnalogReaderRequest extra. */
                    public extra?: (google.protobuf.IStruct|null);

                    /**
                     * Creates a new ReadAnalogReaderRequest instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns ReadAnalogReaderRequest instance
                     */
                    public static create(properties?: viam.component.board.v1.IReadAnalogReaderRequest): viam.component.board.v1.ReadAnalogReaderRequest;

                    /**
                     * Encodes the specified ReadAnalogReaderRequest message. Does not implicitly {@link viam.component.board.v1.ReadAnalogReaderRequest.verify|verify} messages.
                     * @param message ReadAnalogReaderRequest message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    public static encode(message: viam.component.board.v1.IReadAnalogReaderRequest, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a ReadAnalogReaderRequest message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns ReadAnalogReaderRequest
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): viam.component.board.v1.ReadAnalogReaderRequest;
                }

                /** Properties of a ReadAnalogReaderResponse. */
                interface IReadAnalogReaderResponse {

                    /** ReadAnalogReaderResponse value */
                    value?: (number|null);

                    /** ReadAnalogReaderResponse minRange */
                    minRange?: (number|null);

                    /** ReadAnalogReaderResponse maxRange */
                    maxRange?: (number|null);

                    /** ReadAnalogReaderResponse stepSize */
                    stepSize?: (number|null);
                }

                /** Represents a ReadAnalogReaderResponse. */
                class ReadAnalogReaderResponse implements IReadAnalogReaderResponse {

                    /**
                     * Constructs a new ReadAnalogReaderResponse.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: viam.component.board.v1.IReadAnalogReaderResponse);

                    /** ReadAnalogReaderResponse value. */
                    public value: number;

                    /** ReadAnalogReaderResponse minRange. */
                    public minRange: number;

                    /** ReadAnalogReaderResponse maxRange. */
                    public maxRange: number;

                    /** ReadAnalogReaderResponse stepSize. */
                    public stepSize: number;

                    /**
                     * Creates a new ReadAnalogReaderResponse instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns ReadAnalogReaderResponse instance
                     */
                    public static create(properties?: viam.component.board.v1.IReadAnalogReaderResponse): viam.component.board.v1.ReadAnalogReaderResponse;

                    /**
                     * Encodes the specified ReadAnalogReaderResponse message. Does not implicitly {@link viam.component.board.v1.ReadAnalogReaderResponse.verify|verify} messages.
                     * @param message ReadAnalogReaderResponse message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    public static encode(message: viam.component.board.v1.IReadAnalogReaderResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a ReadAnalogReaderResponse message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns ReadAnalogReaderResponse
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): viam.component.board.v1.ReadAnalogReaderResponse;
                }

                /** Properties of a GetDigitalInterruptValueRequest. */
                interface IGetDigitalInterruptValueRequest {

                    /** GetDigitalInterruptValueRequest boardName */
                    boardName?: (string|null);

                    /** GetDigitalInterruptValueRequest digitalInterruptName */
                    digitalInterruptName?: (string|null);

                    /** GetDigitalInterruptValueRequest extra */
                    extra?: (google.protobuf.IStruct|null);
                }

                /** Represents a GetDigitalInterruptValueRequest. */
                class GetDigitalInterruptValueRequest implements IGetDigitalInterruptValueRequest {

                    /**
                     * Constructs a new GetDigitalInterruptValueRequest.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: viam.component.board.v1.IGetDigitalInterruptValueRequest);

                    /** GetDigitalInterruptValueRequest boardName. */
                    public boardName: string;

                    /** GetDigitalInterruptValueRequest digitalInterruptName. */
                    public digitalInterruptName: string;

                    /** GetDigitalInterruptValueRequest extra. */
                    public extra?: (google.protobuf.IStruct|null);

                    /**
                     * Creates a new GetDigitalInterruptValueRequest instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns GetDigitalInterruptValueRequest instance
                     */
                    public static create(properties?: viam.component.board.v1.IGetDigitalInterruptValueRequest): viam.component.board.v1.GetDigitalInterruptValueRequest;

                    /**
                     * Encodes the specified GetDigitalInterruptValueRequest message. Does not implicitly {@link viam.component.board.v1.GetDigitalInterruptValueRequest.verify|verify} messages.
                     * @param message GetDigitalInterruptValueRequest message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    public static encode(message: viam.component.board.v1.IGetDigitalInterruptValueRequest, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a GetDigitalInterruptValueRequest message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns GetDigitalInterruptValueRequest
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): viam.component.board.v1.GetDigitalInterruptValueRequest;
                }

                /** Properties of a GetDigitalInterruptValueResponse. */
                interface IGetDigitalInterruptValueResponse {

                    /** GetDigitalInterruptValueResponse value */
                    value?: (number|null);
                }

                /** Represents a GetDigitalInterruptValueResponse. */
                class GetDigitalInterruptValueResponse implements IGetDigitalInterruptValueResponse {

                    /**
                     * Constructs a new GetDigitalInterruptValueResponse.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: viam.component.board.v1.IGetDigitalInterruptValueResponse);

                    /** GetDigitalInterruptValueResponse value. */
                    public value: number;

                    /**
                     * Creates a new GetDigitalInterruptValueResponse instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns GetDigitalInterruptValueResponse instance
                     */
                    public static create(properties?: viam.component.board.v1.IGetDigitalInterruptValueResponse): viam.component.board.v1.GetDigitalInterruptValueResponse;

                    /**
                     * Encodes the specified GetDigitalInterruptValueResponse message. Does not implicitly {@link viam.component.board.v1.GetDigitalInterruptValueResponse.verify|verify} messages.
                     * @param message GetDigitalInterruptValueResponse message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    public static encode(message: viam.component.board.v1.IGetDigitalInterruptValueResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a GetDigitalInterruptValueResponse message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns GetDigitalInterruptValueResponse
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): viam.component.board.v1.GetDigitalInterruptValueResponse;
                }

                /** Properties of a PWMRequest. */
                interface IPWMRequest {

                    /** PWMRequest name */
                    name?: (string|null);

                    /** PWMRequest pin */
                    pin?: (string|null);

                    /** PWMRequest extra */
                    extra?: (google.protobuf.IStruct|null);
                }

                /** Represents a PWMRequest. */
                class PWMRequest implements IPWMRequest {

                    /**
                     * Constructs a new PWMRequest.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: viam.component.board.v1.IPWMRequest);

                    /** PWMRequest name. */
                    public name: string;

                    /** PWMRequest pin. */
                    public pin: string;

                    /** PWMRequest extra. */
                    public extra?: (google.protobuf.IStruct|null);

                    /**
                     * Creates a new PWMRequest instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns PWMRequest instance
                     */
                    public static create(properties?: viam.component.board.v1.IPWMRequest): viam.component.board.v1.PWMRequest;

                    /**
                     * Encodes the specified PWMRequest message. Does not implicitly {@link viam.component.board.v1.PWMRequest.verify|verify} messages.
                     * @param message PWMRequest message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    public static encode(message: viam.component.board.v1.IPWMRequest, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a PWMRequest message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns PWMRequest
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): viam.component.board.v1.PWMRequest;
                }

                /** Properties of a PWMResponse. */
                interface IPWMResponse {

                    /** PWMResponse dutyCyclePct */
                    dutyCyclePct?: (number|null);
                }

                /** Represents a PWMResponse. */
                class PWMResponse implements IPWMResponse {

                    /**
                     * Constructs a new PWMResponse.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: viam.component.board.v1.IPWMResponse);

                    /** PWMResponse dutyCyclePct. */
                    public dutyCyclePct: number;

                    /**
                     * Creates a new PWMResponse instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns PWMResponse instance
                     */
                    public static create(properties?: viam.component.board.v1.IPWMResponse): viam.component.board.v1.PWMResponse;

                    /**
                     * Encodes the specified PWMResponse message. Does not implicitly {@link viam.component.board.v1.PWMResponse.verify|verify} messages.
                     * @param message PWMResponse message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    public static encode(message: viam.component.board.v1.IPWMResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a PWMResponse message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns PWMResponse
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): viam.component.board.v1.PWMResponse;
                }

                /** Properties of a SetPWMRequest. */
                interface ISetPWMRequest {

                    /** SetPWMRequest name */
                    name?: (string|null);

                    /** SetPWMRequest pin */
                    pin?: (string|null);

                    /** SetPWMRequest dutyCyclePct */
                    dutyCyclePct?: (number|null);

                    /** SetPWMRequest extra */
                    extra?: (google.protobuf.IStruct|null);
                }

                /** Represents a SetPWMRequest. */
                class SetPWMRequest implements ISetPWMRequest {

                    /**
                     * Constructs a new SetPWMRequest.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: viam.component.board.v1.ISetPWMRequest);

                    /** SetPWMRequest name. */
                    public name: string;

                    /** SetPWMRequest pin. */
                    public pin: string;

                    /** SetPWMRequest dutyCyclePct. */
                    public dutyCyclePct: number;

                    /** SetPWMRequest extra. */
                    public extra?: (google.protobuf.IStruct|null);

                    /**
                     * Creates a new SetPWMRequest instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns SetPWMRequest instance
                     */
                    public static create(properties?: viam.component.board.v1.ISetPWMRequest): viam.component.board.v1.SetPWMRequest;

                    /**
                     * Encodes the specified SetPWMRequest message. Does not implicitly {@link viam.component.board.v1.SetPWMRequest.verify|verify} messages.
                     * @param message SetPWMRequest message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    public static encode(message: viam.component.board.v1.ISetPWMRequest, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a SetPWMRequest message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns SetPWMRequest
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): viam.component.board.v1.SetPWMRequest;
                }

                /** Properties of a SetPWMResponse. */
                interface ISetPWMResponse {
                }

                /** Represents a SetPWMResponse. */
                class SetPWMResponse implements ISetPWMResponse {

                    /**
                     * Constructs a new SetPWMResponse.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: viam.component.board.v1.ISetPWMResponse);

                    /**
                     * Creates a new SetPWMResponse instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns SetPWMResponse instance
                     */
                    public static create(properties?: viam.component.board.v1.ISetPWMResponse): viam.component.board.v1.SetPWMResponse;

                    /**
                     * Encodes the specified SetPWMResponse message. Does not implicitly {@link viam.component.board.v1.SetPWMResponse.verify|verify} messages.
                     * @param message SetPWMResponse message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    public static encode(message: viam.component.board.v1.ISetPWMResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a SetPWMResponse message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns SetPWMResponse
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): viam.component.board.v1.SetPWMResponse;
                }

                /** Properties of a PWMFrequencyRequest. */
                interface IPWMFrequencyRequest {

                    /** PWMFrequencyRequest name */
                    name?: (string|null);

                    /** PWMFrequencyRequest pin */
                    pin?: (string|null);

                    /** PWMFrequencyRequest extra */
                    extra?: (google.protobuf.IStruct|null);
                }

                /** Represents a PWMFrequencyRequest. */
                class PWMFrequencyRequest implements IPWMFrequencyRequest {

                    /**
                     * Constructs a new PWMFrequencyRequest.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: viam.component.board.v1.IPWMFrequencyRequest);

                    /** PWMFrequencyRequest name. */
                    public name: string;

                    /** PWMFrequencyRequest pin. */
                    public pin: string;

                    /** PWMFrequencyRequest extra. */
                    public extra?: (google.protobuf.IStruct|null);

                    /**
                     * Creates a new PWMFrequencyRequest instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns PWMFrequencyRequest instance
                     */
                    public static create(properties?: viam.component.board.v1.IPWMFrequencyRequest): viam.component.board.v1.PWMFrequencyRequest;

                    /**
                     * Encodes the specified PWMFrequencyRequest message. Does not implicitly {@link viam.component.board.v1.PWMFrequencyRequest.verify|verify} messages.
                     * @param message PWMFrequencyRequest message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    public static encode(message: viam.component.board.v1.IPWMFrequencyRequest, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a PWMFrequencyRequest message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns PWMFrequencyRequest
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): viam.component.board.v1.PWMFrequencyRequest;
                }

                /** Properties of a PWMFrequencyResponse. */
                interface IPWMFrequencyResponse {

                    /** PWMFrequencyResponse frequencyHz */
                    frequencyHz?: (number|null);
                }

                /** Represents a PWMFrequencyResponse. */
                class PWMFrequencyResponse implements IPWMFrequencyResponse {

                    /**
                     * Constructs a new PWMFrequencyResponse.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: viam.component.board.v1.IPWMFrequencyResponse);

                    /** PWMFrequencyResponse frequencyHz. */
                    public frequencyHz: number;

                    /**
                     * Creates a new PWMFrequencyResponse instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns PWMFrequencyResponse instance
                     */
                    public static create(properties?: viam.component.board.v1.IPWMFrequencyResponse): viam.component.board.v1.PWMFrequencyResponse;

                    /**
                     * Encodes the specified PWMFrequencyResponse message. Does not implicitly {@link viam.component.board.v1.PWMFrequencyResponse.verify|verify} messages.
                     * @param message PWMFrequencyResponse message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    public static encode(message: viam.component.board.v1.IPWMFrequencyResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a PWMFrequencyResponse message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns PWMFrequencyResponse
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): viam.component.board.v1.PWMFrequencyResponse;
                }

                /** Properties of a SetPWMFrequencyRequest. */
                interface ISetPWMFrequencyRequest {

                    /** SetPWMFrequencyRequest name */
                    name?: (string|null);

                    /** SetPWMFrequencyRequest pin */
                    pin?: (string|null);

                    /** SetPWMFrequencyRequest frequencyHz */
                    frequencyHz?: (number|null);

                    /** SetPWMFrequencyRequest extra */
                    extra?: (google.protobuf.IStruct|null);
                }

                /** Represents a SetPWMFrequencyRequest. */
                class SetPWMFrequencyRequest implements ISetPWMFrequencyRequest {

                    /**
                     * Constructs a new SetPWMFrequencyRequest.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: viam.component.board.v1.ISetPWMFrequencyRequest);

                    /** SetPWMFrequencyRequest name. */
                    public name: string;

                    /** SetPWMFrequencyRequest pin. */
                    public pin: string;

                    /** SetPWMFrequencyRequest frequencyHz. */
                    public frequencyHz: number;

                    /** SetPWMFrequencyRequest extra. */
                    public extra?: (google.protobuf.IStruct|null);

                    /**
                     * Creates a new SetPWMFrequencyRequest instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns SetPWMFrequencyRequest instance
                     */
                    public static create(properties?: viam.component.board.v1.ISetPWMFrequencyRequest): viam.component.board.v1.SetPWMFrequencyRequest;

                    /**
                     * Encodes the specified SetPWMFrequencyRequest message. Does not implicitly {@link viam.component.board.v1.SetPWMFrequencyRequest.verify|verify} messages.
                     * @param message SetPWMFrequencyRequest message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    public static encode(message: viam.component.board.v1.ISetPWMFrequencyRequest, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a SetPWMFrequencyRequest message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns SetPWMFrequencyRequest
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): viam.component.board.v1.SetPWMFrequencyRequest;
                }

                /** Properties of a SetPWMFrequencyResponse. */
                interface ISetPWMFrequencyResponse {
                }

                /** Represents a SetPWMFrequencyResponse. */
                class SetPWMFrequencyResponse implements ISetPWMFrequencyResponse {

                    /**
                     * Constructs a new SetPWMFrequencyResponse.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: viam.component.board.v1.ISetPWMFrequencyResponse);

                    /**
                     * Creates a new SetPWMFrequencyResponse instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns SetPWMFrequencyResponse instance
                     */
                    public static create(properties?: viam.component.board.v1.ISetPWMFrequencyResponse): viam.component.board.v1.SetPWMFrequencyResponse;

                    /**
                     * Encodes the specified SetPWMFrequencyResponse message. Does not implicitly {@link viam.component.board.v1.SetPWMFrequencyResponse.verify|verify} messages.
                     * @param message SetPWMFrequencyResponse message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    public static encode(message: viam.component.board.v1.ISetPWMFrequencyResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a SetPWMFrequencyResponse message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns SetPWMFrequencyResponse
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): viam.component.board.v1.SetPWMFrequencyResponse;
                }
            }
        }

        /** Namespace encoder. */
        namespace encoder {

            /** Namespace v1. */
            namespace v1 {

                /** PositionType enum. */
                enum PositionType {
                    POSITION_TYPE_UNSPECIFIED = 0,
                    POSITION_TYPE_TICKS_COUNT = 1,
                    POSITION_TYPE_ANGLE_DEGREES = 2
                }

                /** Properties of a GetPositionRequest. */
                interface IGetPositionRequest {

                    /** GetPositionRequest name */
                    name?: (string|null);

                    /** GetPositionRequest positionType */
                    positionType?: (viam.component.encoder.v1.PositionType|null);

                    /** GetPositionRequest extra */
                    extra?: (google.protobuf.IStruct|null);
                }

                /** Represents a GetPositionRequest. */
                class GetPositionRequest implements IGetPositionRequest {

                    /**
                     * Constructs a new GetPositionRequest.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: viam.component.encoder.v1.IGetPositionRequest);

                    /** GetPositionRequest name. */
                    public name: string;

                    /** GetPositionRequest positionType. */
                    public positionType?: (viam.component.encoder.v1.PositionType|null);

                    /** GetPositionRequest extra. */
                    public extra?: (google.protobuf.IStruct|null);

                    /**
                     * Creates a new GetPositionRequest instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns GetPositionRequest instance
                     */
                    public static create(properties?: viam.component.encoder.v1.IGetPositionRequest): viam.component.encoder.v1.GetPositionRequest;

                    /**
                     * Encodes the specified GetPositionRequest message. Does not implicitly {@link viam.component.encoder.v1.GetPositionRequest.verify|verify} messages.
                     * @param message GetPositionRequest message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    public static encode(message: viam.component.encoder.v1.IGetPositionRequest, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a GetPositionRequest message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns GetPositionRequest
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): viam.component.encoder.v1.GetPositionRequest;
                }

                /** Properties of a GetPositionResponse. */
                interface IGetPositionResponse {

                    /** GetPositionResponse value */
                    value?: (number|null);

                    /** GetPositionResponse positionType */
                    positionType?: (viam.component.encoder.v1.PositionType|null);
                }

                /** Represents a GetPositionResponse. */
                class GetPositionResponse implements IGetPositionResponse {

                    /**
                     * Constructs a new GetPositionResponse.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: viam.component.encoder.v1.IGetPositionResponse);

                    /** GetPositionResponse value. */
                    public value: number;

                    /** GetPositionResponse positionType. */
                    public positionType: viam.component.encoder.v1.PositionType;

                    /**
                     * Creates a new GetPositionResponse instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns GetPositionResponse instance
                     */
                    public static create(properties?: viam.component.encoder.v1.IGetPositionResponse): viam.component.encoder.v1.GetPositionResponse;

                    /**
                     * Encodes the specified GetPositionResponse message. Does not implicitly {@link viam.component.encoder.v1.GetPositionResponse.verify|verify} messages.
                     * @param message GetPositionResponse message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    public static encode(message: viam.component.encoder.v1.IGetPositionResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a GetPositionResponse message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns GetPositionResponse
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): viam.component.encoder.v1.GetPositionResponse;
                }

                /** Properties of a ResetPositionRequest. */
                interface IResetPositionRequest {

                    /** ResetPositionRequest name */
                    name?: (string|null);

                    /** ResetPositionRequest extra */
                    extra?: (google.protobuf.IStruct|null);
                }

                /** Represents a ResetPositionRequest. */
                class ResetPositionRequest implements IResetPositionRequest {

                    /**
                     * Constructs a new ResetPositionRequest.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: viam.component.encoder.v1.IResetPositionRequest);

                    /** ResetPositionRequest name. */
                    public name: string;

                    /** ResetPositionRequest extra. */
                    public extra?: (google.protobuf.IStruct|null);

                    /**
                     * Creates a new ResetPositionRequest instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns ResetPositionRequest instance
                     */
                    public static create(properties?: viam.component.encoder.v1.IResetPositionRequest): viam.component.encoder.v1.ResetPositionRequest;

                    /**
                     * Encodes the specified ResetPositionRequest message. Does not implicitly {@link viam.component.encoder.v1.ResetPositionRequest.verify|verify} messages.
                     * @param message ResetPositionRequest message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    public static encode(message: viam.component.encoder.v1.IResetPositionRequest, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a ResetPositionRequest message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns ResetPositionRequest
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): viam.component.encoder.v1.ResetPositionRequest;
                }

                /** Properties of a ResetPositionResponse. */
                interface IResetPositionResponse {
                }

                /** Represents a ResetPositionResponse. */
                class ResetPositionResponse implements IResetPositionResponse {

                    /**
                     * Constructs a new ResetPositionResponse.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: viam.component.encoder.v1.IResetPositionResponse);

                    /**
                     * Creates a new ResetPositionResponse instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns ResetPositionResponse instance
                     */
                    public static create(properties?: viam.component.encoder.v1.IResetPositionResponse): viam.component.encoder.v1.ResetPositionResponse;

                    /**
                     * Encodes the specified ResetPositionResponse message. Does not implicitly {@link viam.component.encoder.v1.ResetPositionResponse.verify|verify} messages.
                     * @param message ResetPositionResponse message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    public static encode(message: viam.component.encoder.v1.IResetPositionResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a ResetPositionResponse message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns ResetPositionResponse
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): viam.component.encoder.v1.ResetPositionResponse;
                }

                /** Properties of a GetPropertiesRequest. */
                interface IGetPropertiesRequest {

                    /** GetPropertiesRequest name */
                    name?: (string|null);

                    /** GetPropertiesRequest extra */
                    extra?: (google.protobuf.IStruct|null);
                }

                /** Represents a GetPropertiesRequest. */
                class GetPropertiesRequest implements IGetPropertiesRequest {

                    /**
                     * Constructs a new GetPropertiesRequest.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: viam.component.encoder.v1.IGetPropertiesRequest);

                    /** GetPropertiesRequest name. */
                    public name: string;

                    /** GetPropertiesRequest extra. */
                    public extra?: (google.protobuf.IStruct|null);

                    /**
                     * Creates a new GetPropertiesRequest instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns GetPropertiesRequest instance
                     */
                    public static create(properties?: viam.component.encoder.v1.IGetPropertiesRequest): viam.component.encoder.v1.GetPropertiesRequest;

                    /**
                     * Encodes the specified GetPropertiesRequest message. Does not implicitly {@link viam.component.encoder.v1.GetPropertiesRequest.verify|verify} messages.
                     * @param message GetPropertiesRequest message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    public static encode(message: viam.component.encoder.v1.IGetPropertiesRequest, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a GetPropertiesRequest message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns GetPropertiesRequest
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): viam.component.encoder.v1.GetPropertiesRequest;
                }

                /** Properties of a GetPropertiesResponse. */
                interface IGetPropertiesResponse {

                    /** GetPropertiesResponse ticksCountSupported */
                    ticksCountSupported?: (boolean|null);

                    /** GetPropertiesResponse angleDegreesSupported */
                    angleDegreesSupported?: (boolean|null);
                }

                /** Represents a GetPropertiesResponse. */
                class GetPropertiesResponse implements IGetPropertiesResponse {

                    /**
                     * Constructs a new GetPropertiesResponse.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: viam.component.encoder.v1.IGetPropertiesResponse);

                    /** GetPropertiesResponse ticksCountSupported. */
                    public ticksCountSupported: boolean;

                    /** GetPropertiesResponse angleDegreesSupported. */
                    public angleDegreesSupported: boolean;

                    /**
                     * Creates a new GetPropertiesResponse instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns GetPropertiesResponse instance
                     */
                    public static create(properties?: viam.component.encoder.v1.IGetPropertiesResponse): viam.component.encoder.v1.GetPropertiesResponse;

                    /**
                     * Encodes the specified GetPropertiesResponse message. Does not implicitly {@link viam.component.encoder.v1.GetPropertiesResponse.verify|verify} messages.
                     * @param message GetPropertiesResponse message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    public static encode(message: viam.component.encoder.v1.IGetPropertiesResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a GetPropertiesResponse message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns GetPropertiesResponse
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): viam.component.encoder.v1.GetPropertiesResponse;
                }
            }
        }

        /** Namespace motor. */
        namespace motor {

            /** Namespace v1. */
            namespace v1 {

                /** Properties of a SetPowerRequest. */
                interface ISetPowerRequest {

                    /** SetPowerRequest name */
                    name?: (string|null);

                    /** SetPowerRequest powerPct */
                    powerPct?: (number|null);

                    /** SetPowerRequest extra */
                    extra?: (google.protobuf.IStruct|null);
                }

                /** Represents a SetPowerRequest. */
                class SetPowerRequest implements ISetPowerRequest {

                    /**
                     * Constructs a new SetPowerRequest.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: viam.component.motor.v1.ISetPowerRequest);

                    /** SetPowerRequest name. */
                    public name: string;

                    /** SetPowerRequest powerPct. */
                    public powerPct: number;

                    /** SetPowerRequest extra. */
                    public extra?: (google.protobuf.IStruct|null);

                    /**
                     * Creates a new SetPowerRequest instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns SetPowerRequest instance
                     */
                    public static create(properties?: viam.component.motor.v1.ISetPowerRequest): viam.component.motor.v1.SetPowerRequest;

                    /**
                     * Encodes the specified SetPowerRequest message. Does not implicitly {@link viam.component.motor.v1.SetPowerRequest.verify|verify} messages.
                     * @param message SetPowerRequest message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    public static encode(message: viam.component.motor.v1.ISetPowerRequest, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a SetPowerRequest message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns SetPowerRequest
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): viam.component.motor.v1.SetPowerRequest;
                }

                /** Properties of a SetPowerResponse. */
                interface ISetPowerResponse {
                }

                /** Represents a SetPowerResponse. */
                class SetPowerResponse implements ISetPowerResponse {

                    /**
                     * Constructs a new SetPowerResponse.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: viam.component.motor.v1.ISetPowerResponse);

                    /**
                     * Creates a new SetPowerResponse instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns SetPowerResponse instance
                     */
                    public static create(properties?: viam.component.motor.v1.ISetPowerResponse): viam.component.motor.v1.SetPowerResponse;

                    /**
                     * Encodes the specified SetPowerResponse message. Does not implicitly {@link viam.component.motor.v1.SetPowerResponse.verify|verify} messages.
                     * @param message SetPowerResponse message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    public static encode(message: viam.component.motor.v1.ISetPowerResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a SetPowerResponse message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns SetPowerResponse
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): viam.component.motor.v1.SetPowerResponse;
                }

                /** Properties of a GoForRequest. */
                interface IGoForRequest {

                    /** GoForRequest name */
                    name?: (string|null);

                    /** GoForRequest rpm */
                    rpm?: (number|null);

                    /** GoForRequest revolutions */
                    revolutions?: (number|null);

                    /** GoForRequest extra */
                    extra?: (google.protobuf.IStruct|null);
                }

                /** Represents a GoForRequest. */
                class GoForRequest implements IGoForRequest {

                    /**
                     * Constructs a new GoForRequest.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: viam.component.motor.v1.IGoForRequest);

                    /** GoForRequest name. */
                    public name: string;

                    /** GoForRequest rpm. */
                    public rpm: number;

                    /** GoForRequest revolutions. */
                    public revolutions: number;

                    /** GoForRequest extra. */
                    public extra?: (google.protobuf.IStruct|null);

                    /**
                     * Creates a new GoForRequest instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns GoForRequest instance
                     */
                    public static create(properties?: viam.component.motor.v1.IGoForRequest): viam.component.motor.v1.GoForRequest;

                    /**
                     * Encodes the specified GoForRequest message. Does not implicitly {@link viam.component.motor.v1.GoForRequest.verify|verify} messages.
                     * @param message GoForRequest message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    public static encode(message: viam.component.motor.v1.IGoForRequest, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a GoForRequest message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns GoForRequest
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): viam.component.motor.v1.GoForRequest;
                }

                /** Properties of a GoForResponse. */
                interface IGoForResponse {
                }

                /** Represents a GoForResponse. */
                class GoForResponse implements IGoForResponse {

                    /**
                     * Constructs a new GoForResponse.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: viam.component.motor.v1.IGoForResponse);

                    /**
                     * Creates a new GoForResponse instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns GoForResponse instance
                     */
                    public static create(properties?: viam.component.motor.v1.IGoForResponse): viam.component.motor.v1.GoForResponse;

                    /**
                     * Encodes the specified GoForResponse message. Does not implicitly {@link viam.component.motor.v1.GoForResponse.verify|verify} messages.
                     * @param message GoForResponse message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    public static encode(message: viam.component.motor.v1.IGoForResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a GoForResponse message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns GoForResponse
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): viam.component.motor.v1.GoForResponse;
                }

                /** Properties of a GoToRequest. */
                interface IGoToRequest {

                    /** GoToRequest name */
                    name?: (string|null);

                    /** GoToRequest rpm */
                    rpm?: (number|null);

                    /** GoToRequest positionRevolutions */
                    positionRevolutions?: (number|null);

                    /** GoToRequest extra */
                    extra?: (google.protobuf.IStruct|null);
                }

                /** Represents a GoToRequest. */
                class GoToRequest implements IGoToRequest {

                    /**
                     * Constructs a new GoToRequest.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: viam.component.motor.v1.IGoToRequest);

                    /** GoToRequest name. */
                    public name: string;

                    /** GoToRequest rpm. */
                    public rpm: number;

                    /** GoToRequest positionRevolutions. */
                    public positionRevolutions: number;

                    /** GoToRequest extra. */
                    public extra?: (google.protobuf.IStruct|null);

                    /**
                     * Creates a new GoToRequest instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns GoToRequest instance
                     */
                    public static create(properties?: viam.component.motor.v1.IGoToRequest): viam.component.motor.v1.GoToRequest;

                    /**
                     * Encodes the specified GoToRequest message. Does not implicitly {@link viam.component.motor.v1.GoToRequest.verify|verify} messages.
                     * @param message GoToRequest message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    public static encode(message: viam.component.motor.v1.IGoToRequest, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a GoToRequest message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns GoToRequest
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): viam.component.motor.v1.GoToRequest;
                }

                /** Properties of a GoToResponse. */
                interface IGoToResponse {
                }

                /** Represents a GoToResponse. */
                class GoToResponse implements IGoToResponse {

                    /**
                     * Constructs a new GoToResponse.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: viam.component.motor.v1.IGoToResponse);

                    /**
                     * Creates a new GoToResponse instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns GoToResponse instance
                     */
                    public static create(properties?: viam.component.motor.v1.IGoToResponse): viam.component.motor.v1.GoToResponse;

                    /**
                     * Encodes the specified GoToResponse message. Does not implicitly {@link viam.component.motor.v1.GoToResponse.verify|verify} messages.
                     * @param message GoToResponse message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    public static encode(message: viam.component.motor.v1.IGoToResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a GoToResponse message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns GoToResponse
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): viam.component.motor.v1.GoToResponse;
                }

                /** Properties of a SetRPMRequest. */
                interface ISetRPMRequest {

                    /** SetRPMRequest name */
                    name?: (string|null);

                    /** SetRPMRequest rpm */
                    rpm?: (number|null);

                    /** SetRPMRequest extra */
                    extra?: (google.protobuf.IStruct|null);
                }

                /** Represents a SetRPMRequest. */
                class SetRPMRequest implements ISetRPMRequest {

                    /**
                     * Constructs a new SetRPMRequest.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: viam.component.motor.v1.ISetRPMRequest);

                    /** SetRPMRequest name. */
                    public name: string;

                    /** SetRPMRequest rpm. */
                    public rpm: number;

                    /** SetRPMRequest extra. */
                    public extra?: (google.protobuf.IStruct|null);

                    /**
                     * Creates a new SetRPMRequest instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns SetRPMRequest instance
                     */
                    public static create(properties?: viam.component.motor.v1.ISetRPMRequest): viam.component.motor.v1.SetRPMRequest;

                    /**
                     * Encodes the specified SetRPMRequest message. Does not implicitly {@link viam.component.motor.v1.SetRPMRequest.verify|verify} messages.
                     * @param message SetRPMRequest message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    public static encode(message: viam.component.motor.v1.ISetRPMRequest, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a SetRPMRequest message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns SetRPMRequest
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): viam.component.motor.v1.SetRPMRequest;
                }

                /** Properties of a SetRPMResponse. */
                interface ISetRPMResponse {
                }

                /** Represents a SetRPMResponse. */
                class SetRPMResponse implements ISetRPMResponse {

                    /**
                     * Constructs a new SetRPMResponse.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: viam.component.motor.v1.ISetRPMResponse);

                    /**
                     * Creates a new SetRPMResponse instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns SetRPMResponse instance
                     */
                    public static create(properties?: viam.component.motor.v1.ISetRPMResponse): viam.component.motor.v1.SetRPMResponse;

                    /**
                     * Encodes the specified SetRPMResponse message. Does not implicitly {@link viam.component.motor.v1.SetRPMResponse.verify|verify} messages.
                     * @param message SetRPMResponse message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    public static encode(message: viam.component.motor.v1.ISetRPMResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a SetRPMResponse message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns SetRPMResponse
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): viam.component.motor.v1.SetRPMResponse;
                }

                /** Properties of a ResetZeroPositionRequest. */
                interface IResetZeroPositionRequest {

                    /** ResetZeroPositionRequest name */
                    name?: (string|null);

                    /** ResetZeroPositionRequest offset */
                    offset?: (number|null);

                    /** ResetZeroPositionRequest extra */
                    extra?: (google.protobuf.IStruct|null);
                }

                /** Represents a ResetZeroPositionRequest. */
                class ResetZeroPositionRequest implements IResetZeroPositionRequest {

                    /**
                     * Constructs a new ResetZeroPositionRequest.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: viam.component.motor.v1.IResetZeroPositionRequest);

                    /** ResetZeroPositionRequest name. */
                    public name: string;

                    /** ResetZeroPositionRequest offset. */
                    public offset: number;

                    /** ResetZeroPositionRequest extra. */
                    public extra?: (google.protobuf.IStruct|null);

                    /**
                     * Creates a new ResetZeroPositionRequest instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns ResetZeroPositionRequest instance
                     */
                    public static create(properties?: viam.component.motor.v1.IResetZeroPositionRequest): viam.component.motor.v1.ResetZeroPositionRequest;

                    /**
                     * Encodes the specified ResetZeroPositionRequest message. Does not implicitly {@link viam.component.motor.v1.ResetZeroPositionRequest.verify|verify} messages.
                     * @param message ResetZeroPositionRequest message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    public static encode(message: viam.component.motor.v1.IResetZeroPositionRequest, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a ResetZeroPositionRequest message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns ResetZeroPositionRequest
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): viam.component.motor.v1.ResetZeroPositionRequest;
                }

                /** Properties of a ResetZeroPositionResponse. */
                interface IResetZeroPositionResponse {
                }

                /** Represents a ResetZeroPositionResponse. */
                class ResetZeroPositionResponse implements IResetZeroPositionResponse {

                    /**
                     * Constructs a new ResetZeroPositionResponse.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: viam.component.motor.v1.IResetZeroPositionResponse);

                    /**
                     * Creates a new ResetZeroPositionResponse instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns ResetZeroPositionResponse instance
                     */
                    public static create(properties?: viam.component.motor.v1.IResetZeroPositionResponse): viam.component.motor.v1.ResetZeroPositionResponse;

                    /**
                     * Encodes the specified ResetZeroPositionResponse message. Does not implicitly {@link viam.component.motor.v1.ResetZeroPositionResponse.verify|verify} messages.
                     * @param message ResetZeroPositionResponse message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    public static encode(message: viam.component.motor.v1.IResetZeroPositionResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a ResetZeroPositionResponse message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns ResetZeroPositionResponse
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): viam.component.motor.v1.ResetZeroPositionResponse;
                }

                /** Properties of a GetPositionRequest. */
                interface IGetPositionRequest {

                    /** GetPositionRequest name */
                    name?: (string|null);

                    /** GetPositionRequest extra */
                    extra?: (google.protobuf.IStruct|null);
                }

                /** Represents a GetPositionRequest. */
                class GetPositionRequest implements IGetPositionRequest {

                    /**
                     * Constructs a new GetPositionRequest.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: viam.component.motor.v1.IGetPositionRequest);

                    /** GetPositionRequest name. */
                    public name: string;

                    /** GetPositionRequest extra. */
                    public extra?: (google.protobuf.IStruct|null);

                    /**
                     * Creates a new GetPositionRequest instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns GetPositionRequest instance
                     */
                    public static create(properties?: viam.component.motor.v1.IGetPositionRequest): viam.component.motor.v1.GetPositionRequest;

                    /**
                     * Encodes the specified GetPositionRequest message. Does not implicitly {@link viam.component.motor.v1.GetPositionRequest.verify|verify} messages.
                     * @param message GetPositionRequest message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    public static encode(message: viam.component.motor.v1.IGetPositionRequest, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a GetPositionRequest message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns GetPositionRequest
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): viam.component.motor.v1.GetPositionRequest;
                }

                /** Properties of a GetPositionResponse. */
                interface IGetPositionResponse {

                    /** GetPositionResponse position */
                    position?: (number|null);
                }

                /** Represents a GetPositionResponse. */
                class GetPositionResponse implements IGetPositionResponse {

                    /**
                     * Constructs a new GetPositionResponse.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: viam.component.motor.v1.IGetPositionResponse);

                    /** GetPositionResponse position. */
                    public position: number;

                    /**
                     * Creates a new GetPositionResponse instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns GetPositionResponse instance
                     */
                    public static create(properties?: viam.component.motor.v1.IGetPositionResponse): viam.component.motor.v1.GetPositionResponse;

                    /**
                     * Encodes the specified GetPositionResponse message. Does not implicitly {@link viam.component.motor.v1.GetPositionResponse.verify|verify} messages.
                     * @param message GetPositionResponse message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    public static encode(message: viam.component.motor.v1.IGetPositionResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a GetPositionResponse message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns GetPositionResponse
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): viam.component.motor.v1.GetPositionResponse;
                }

                /** Properties of a GetPropertiesRequest. */
                interface IGetPropertiesRequest {

                    /** GetPropertiesRequest name */
                    name?: (string|null);

                    /** GetPropertiesRequest extra */
                    extra?: (google.protobuf.IStruct|null);
                }

                /** Represents a GetPropertiesRequest. */
                class GetPropertiesRequest implements IGetPropertiesRequest {

                    /**
                     * Constructs a new GetPropertiesRequest.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: viam.component.motor.v1.IGetPropertiesRequest);

                    /** GetPropertiesRequest name. */
                    public name: string;

                    /** GetPropertiesRequest extra. */
                    public extra?: (google.protobuf.IStruct|null);

                    /**
                     * Creates a new GetPropertiesRequest instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns GetPropertiesRequest instance
                     */
                    public static create(properties?: viam.component.motor.v1.IGetPropertiesRequest): viam.component.motor.v1.GetPropertiesRequest;

                    /**
                     * Encodes the specified GetPropertiesRequest message. Does not implicitly {@link viam.component.motor.v1.GetPropertiesRequest.verify|verify} messages.
                     * @param message GetPropertiesRequest message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    public static encode(message: viam.component.motor.v1.IGetPropertiesRequest, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a GetPropertiesRequest message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns GetPropertiesRequest
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): viam.component.motor.v1.GetPropertiesRequest;
                }

                /** Properties of a GetPropertiesResponse. */
                interface IGetPropertiesResponse {

                    /** GetPropertiesResponse positionReporting */
                    positionReporting?: (boolean|null);
                }

                /** Represents a GetPropertiesResponse. */
                class GetPropertiesResponse implements IGetPropertiesResponse {

                    /**
                     * Constructs a new GetPropertiesResponse.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: viam.component.motor.v1.IGetPropertiesResponse);

                    /** GetPropertiesResponse positionReporting. */
                    public positionReporting: boolean;

                    /**
                     * Creates a new GetPropertiesResponse instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns GetPropertiesResponse instance
                     */
                    public static create(properties?: viam.component.motor.v1.IGetPropertiesResponse): viam.component.motor.v1.GetPropertiesResponse;

                    /**
                     * Encodes the specified GetPropertiesResponse message. Does not implicitly {@link viam.component.motor.v1.GetPropertiesResponse.verify|verify} messages.
                     * @param message GetPropertiesResponse message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    public static encode(message: viam.component.motor.v1.IGetPropertiesResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a GetPropertiesResponse message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns GetPropertiesResponse
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): viam.component.motor.v1.GetPropertiesResponse;
                }

                /** Properties of a StopRequest. */
                interface IStopRequest {

                    /** StopRequest name */
                    name?: (string|null);

                    /** StopRequest extra */
                    extra?: (google.protobuf.IStruct|null);
                }

                /** Represents a StopRequest. */
                class StopRequest implements IStopRequest {

                    /**
                     * Constructs a new StopRequest.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: viam.component.motor.v1.IStopRequest);

                    /** StopRequest name. */
                    public name: string;

                    /** StopRequest extra. */
                    public extra?: (google.protobuf.IStruct|null);

                    /**
                     * Creates a new StopRequest instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns StopRequest instance
                     */
                    public static create(properties?: viam.component.motor.v1.IStopRequest): viam.component.motor.v1.StopRequest;

                    /**
                     * Encodes the specified StopRequest message. Does not implicitly {@link viam.component.motor.v1.StopRequest.verify|verify} messages.
                     * @param message StopRequest message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    public static encode(message: viam.component.motor.v1.IStopRequest, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a StopRequest message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns StopRequest
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): viam.component.motor.v1.StopRequest;
                }

                /** Properties of a StopResponse. */
                interface IStopResponse {
                }

                /** Represents a StopResponse. */
                class StopResponse implements IStopResponse {

                    /**
                     * Constructs a new StopResponse.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: viam.component.motor.v1.IStopResponse);

                    /**
                     * Creates a new StopResponse instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns StopResponse instance
                     */
                    public static create(properties?: viam.component.motor.v1.IStopResponse): viam.component.motor.v1.StopResponse;

                    /**
                     * Encodes the specified StopResponse message. Does not implicitly {@link viam.component.motor.v1.StopResponse.verify|verify} messages.
                     * @param message StopResponse message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    public static encode(message: viam.component.motor.v1.IStopResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a StopResponse message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns StopResponse
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): viam.component.motor.v1.StopResponse;
                }

                /** Properties of an IsPoweredRequest. */
                interface IIsPoweredRequest {

                    /** IsPoweredRequest name */
                    name?: (string|null);

                    /** IsPoweredRequest extra */
                    extra?: (google.protobuf.IStruct|null);
                }

                /** Represents an IsPoweredRequest. */
                class IsPoweredRequest implements IIsPoweredRequest {

                    /**
                     * Constructs a new IsPoweredRequest.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: viam.component.motor.v1.IIsPoweredRequest);

                    /** IsPoweredRequest name. */
                    public name: string;

                    /** IsPoweredRequest extra. */
                    public extra?: (google.protobuf.IStruct|null);

                    /**
                     * Creates a new IsPoweredRequest instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns IsPoweredRequest instance
                     */
                    public static create(properties?: viam.component.motor.v1.IIsPoweredRequest): viam.component.motor.v1.IsPoweredRequest;

                    /**
                     * Encodes the specified IsPoweredRequest message. Does not implicitly {@link viam.component.motor.v1.IsPoweredRequest.verify|verify} messages.
                     * @param message IsPoweredRequest message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    public static encode(message: viam.component.motor.v1.IIsPoweredRequest, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes an IsPoweredRequest message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns IsPoweredRequest
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): viam.component.motor.v1.IsPoweredRequest;
                }

                /** Properties of an IsPoweredResponse. */
                interface IIsPoweredResponse {

                    /** IsPoweredResponse isOn */
                    isOn?: (boolean|null);

                    /** IsPoweredResponse powerPct */
                    powerPct?: (number|null);
                }

                /** Represents an IsPoweredResponse. */
                class IsPoweredResponse implements IIsPoweredResponse {

                    /**
                     * Constructs a new IsPoweredResponse.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: viam.component.motor.v1.IIsPoweredResponse);

                    /** IsPoweredResponse isOn. */
                    public isOn: boolean;

                    /** IsPoweredResponse powerPct. */
                    public powerPct: number;

                    /**
                     * Creates a new IsPoweredResponse instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns IsPoweredResponse instance
                     */
                    public static create(properties?: viam.component.motor.v1.IIsPoweredResponse): viam.component.motor.v1.IsPoweredResponse;

                    /**
                     * Encodes the specified IsPoweredResponse message. Does not implicitly {@link viam.component.motor.v1.IsPoweredResponse.verify|verify} messages.
                     * @param message IsPoweredResponse message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    public static encode(message: viam.component.motor.v1.IIsPoweredResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes an IsPoweredResponse message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns IsPoweredResponse
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): viam.component.motor.v1.IsPoweredResponse;
                }

                /** Properties of an IsMovingRequest. */
                interface IIsMovingRequest {

                    /** IsMovingRequest name */
                    name?: (string|null);
                }

                /** Represents an IsMovingRequest. */
                class IsMovingRequest implements IIsMovingRequest {

                    /**
                     * Constructs a new IsMovingRequest.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: viam.component.motor.v1.IIsMovingRequest);

                    /** IsMovingRequest name. */
                    public name: string;

                    /**
                     * Creates a new IsMovingRequest instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns IsMovingRequest instance
                     */
                    public static create(properties?: viam.component.motor.v1.IIsMovingRequest): viam.component.motor.v1.IsMovingRequest;

                    /**
                     * Encodes the specified IsMovingRequest message. Does not implicitly {@link viam.component.motor.v1.IsMovingRequest.verify|verify} messages.
                     * @param message IsMovingRequest message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    public static encode(message: viam.component.motor.v1.IIsMovingRequest, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes an IsMovingRequest message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns IsMovingRequest
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): viam.component.motor.v1.IsMovingRequest;
                }

                /** Properties of an IsMovingResponse. */
                interface IIsMovingResponse {

                    /** IsMovingResponse isMoving */
                    isMoving?: (boolean|null);
                }

                /** Represents an IsMovingResponse. */
                class IsMovingResponse implements IIsMovingResponse {

                    /**
                     * Constructs a new IsMovingResponse.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: viam.component.motor.v1.IIsMovingResponse);

                    /** IsMovingResponse isMoving. */
                    public isMoving: boolean;

                    /**
                     * Creates a new IsMovingResponse instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns IsMovingResponse instance
                     */
                    public static create(properties?: viam.component.motor.v1.IIsMovingResponse): viam.component.motor.v1.IsMovingResponse;

                    /**
                     * Encodes the specified IsMovingResponse message. Does not implicitly {@link viam.component.motor.v1.IsMovingResponse.verify|verify} messages.
                     * @param message IsMovingResponse message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    public static encode(message: viam.component.motor.v1.IIsMovingResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes an IsMovingResponse message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns IsMovingResponse
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): viam.component.motor.v1.IsMovingResponse;
                }
            }
        }

        /** Namespace movementsensor. */
        namespace movementsensor {

            /** Namespace v1. */
            namespace v1 {

                /** Properties of a GetPropertiesRequest. */
                interface IGetPropertiesRequest {

                    /** GetPropertiesRequest name */
                    name?: (string|null);

                    /** GetPropertiesRequest extra */
                    extra?: (google.protobuf.IStruct|null);
                }

                /** Represents a GetPropertiesRequest. */
                class GetPropertiesRequest implements IGetPropertiesRequest {

                    /**
                     * Constructs a new GetPropertiesRequest.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: viam.component.movementsensor.v1.IGetPropertiesRequest);

                    /** GetPropertiesRequest name. */
                    public name: string;

                    /** GetPropertiesRequest extra. */
                    public extra?: (google.protobuf.IStruct|null);

                    /**
                     * Creates a new GetPropertiesRequest instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns GetPropertiesRequest instance
                     */
                    public static create(properties?: viam.component.movementsensor.v1.IGetPropertiesRequest): viam.component.movementsensor.v1.GetPropertiesRequest;

                    /**
                     * Encodes the specified GetPropertiesRequest message. Does not implicitly {@link viam.component.movementsensor.v1.GetPropertiesRequest.verify|verify} messages.
                     * @param message GetPropertiesRequest message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    public static encode(message: viam.component.movementsensor.v1.IGetPropertiesRequest, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a GetPropertiesRequest message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns GetPropertiesRequest
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): viam.component.movementsensor.v1.GetPropertiesRequest;
                }

                /** Properties of a GetPropertiesResponse. */
                interface IGetPropertiesResponse {

                    /** GetPropertiesResponse linearVelocitySupported */
                    linearVelocitySupported?: (boolean|null);

                    /** GetPropertiesResponse angularVelocitySupported */
                    angularVelocitySupported?: (boolean|null);

                    /** GetPropertiesResponse orientationSupported */
                    orientationSupported?: (boolean|null);

                    /** GetPropertiesResponse positionSupported */
                    positionSupported?: (boolean|null);

                    /** GetPropertiesResponse compassHeadingSupported */
                    compassHeadingSupported?: (boolean|null);

                    /** GetPropertiesResponse linearAccelerationSupported */
                    linearAccelerationSupported?: (boolean|null);
                }

                /** Represents a GetPropertiesResponse. */
                class GetPropertiesResponse implements IGetPropertiesResponse {

                    /**
                     * Constructs a new GetPropertiesResponse.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: viam.component.movementsensor.v1.IGetPropertiesResponse);

                    /** GetPropertiesResponse linearVelocitySupported. */
                    public linearVelocitySupported: boolean;

                    /** GetPropertiesResponse angularVelocitySupported. */
                    public angularVelocitySupported: boolean;

                    /** GetPropertiesResponse orientationSupported. */
                    public orientationSupported: boolean;

                    /** GetPropertiesResponse positionSupported. */
                    public positionSupported: boolean;

                    /** GetPropertiesResponse compassHeadingSupported. */
                    public compassHeadingSupported: boolean;

                    /** GetPropertiesResponse linearAccelerationSupported. */
                    public linearAccelerationSupported: boolean;

                    /**
                     * Creates a new GetPropertiesResponse instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns GetPropertiesResponse instance
                     */
                    public static create(properties?: viam.component.movementsensor.v1.IGetPropertiesResponse): viam.component.movementsensor.v1.GetPropertiesResponse;

                    /**
                     * Encodes the specified GetPropertiesResponse message. Does not implicitly {@link viam.component.movementsensor.v1.GetPropertiesResponse.verify|verify} messages.
                     * @param message GetPropertiesResponse message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    public static encode(message: viam.component.movementsensor.v1.IGetPropertiesResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a GetPropertiesResponse message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns GetPropertiesResponse
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): viam.component.movementsensor.v1.GetPropertiesResponse;
                }

                /** Properties of a GetAngularVelocityRequest. */
                interface IGetAngularVelocityRequest {

                    /** GetAngularVelocityRequest name */
                    name?: (string|null);

                    /** GetAngularVelocityRequest extra */
                    extra?: (google.protobuf.IStruct|null);
                }

                /** Represents a GetAngularVelocityRequest. */
                class GetAngularVelocityRequest implements IGetAngularVelocityRequest {

                    /**
                     * Constructs a new GetAngularVelocityRequest.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: viam.component.movementsensor.v1.IGetAngularVelocityRequest);

                    /** GetAngularVelocityRequest name. */
                    public name: string;

                    /** GetAngularVelocityRequest extra. */
                    public extra?: (google.protobuf.IStruct|null);

                    /**
                     * Creates a new GetAngularVelocityRequest instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns GetAngularVelocityRequest instance
                     */
                    public static create(properties?: viam.component.movementsensor.v1.IGetAngularVelocityRequest): viam.component.movementsensor.v1.GetAngularVelocityRequest;

                    /**
                     * Encodes the specified GetAngularVelocityRequest message. Does not implicitly {@link viam.component.movementsensor.v1.GetAngularVelocityRequest.verify|verify} messages.
                     * @param message GetAngularVelocityRequest message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    public static encode(message: viam.component.movementsensor.v1.IGetAngularVelocityRequest, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a GetAngularVelocityRequest message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns GetAngularVelocityRequest
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): viam.component.movementsensor.v1.GetAngularVelocityRequest;
                }

                /** Properties of a GetAngularVelocityResponse. */
                interface IGetAngularVelocityResponse {

                    /** GetAngularVelocityResponse angularVelocity */
                    angularVelocity?: (viam.common.v1.IVector3|null);
                }

                /** Represents a GetAngularVelocityResponse. */
                class GetAngularVelocityResponse implements IGetAngularVelocityResponse {

                    /**
                     * Constructs a new GetAngularVelocityResponse.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: viam.component.movementsensor.v1.IGetAngularVelocityResponse);

                    /** GetAngularVelocityResponse angularVelocity. */
                    public angularVelocity?: (viam.common.v1.IVector3|null);

                    /**
                     * Creates a new GetAngularVelocityResponse instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns GetAngularVelocityResponse instance
                     */
                    public static create(properties?: viam.component.movementsensor.v1.IGetAngularVelocityResponse): viam.component.movementsensor.v1.GetAngularVelocityResponse;

                    /**
                     * Encodes the specified GetAngularVelocityResponse message. Does not implicitly {@link viam.component.movementsensor.v1.GetAngularVelocityResponse.verify|verify} messages.
                     * @param message GetAngularVelocityResponse message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    public static encode(message: viam.component.movementsensor.v1.IGetAngularVelocityResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a GetAngularVelocityResponse message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns GetAngularVelocityResponse
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): viam.component.movementsensor.v1.GetAngularVelocityResponse;
                }

                /** Properties of a GetLinearAccelerationRequest. */
                interface IGetLinearAccelerationRequest {

                    /** GetLinearAccelerationRequest name */
                    name?: (string|null);

                    /** GetLinearAccelerationRequest extra */
                    extra?: (google.protobuf.IStruct|null);
                }

                /** Represents a GetLinearAccelerationRequest. */
                class GetLinearAccelerationRequest implements IGetLinearAccelerationRequest {

                    /**
                     * Constructs a new GetLinearAccelerationRequest.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: viam.component.movementsensor.v1.IGetLinearAccelerationRequest);

                    /** GetLinearAccelerationRequest name. */
                    public name: string;

                    /** GetLinearAccelerationRequest extra. */
                    public extra?: (google.protobuf.IStruct|null);

                    /**
                     * Creates a new GetLinearAccelerationRequest instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns GetLinearAccelerationRequest instance
                     */
                    public static create(properties?: viam.component.movementsensor.v1.IGetLinearAccelerationRequest): viam.component.movementsensor.v1.GetLinearAccelerationRequest;

                    /**
                     * Encodes the specified GetLinearAccelerationRequest message. Does not implicitly {@link viam.component.movementsensor.v1.GetLinearAccelerationRequest.verify|verify} messages.
                     * @param message GetLinearAccelerationRequest message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    public static encode(message: viam.component.movementsensor.v1.IGetLinearAccelerationRequest, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a GetLinearAccelerationRequest message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns GetLinearAccelerationRequest
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): viam.component.movementsensor.v1.GetLinearAccelerationRequest;
                }

                /** Properties of a GetLinearAccelerationResponse. */
                interface IGetLinearAccelerationResponse {

                    /** GetLinearAccelerationResponse linearAcceleration */
                    linearAcceleration?: (viam.common.v1.IVector3|null);
                }

                /** Represents a GetLinearAccelerationResponse. */
                class GetLinearAccelerationResponse implements IGetLinearAccelerationResponse {

                    /**
                     * Constructs a new GetLinearAccelerationResponse.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: viam.component.movementsensor.v1.IGetLinearAccelerationResponse);

                    /** GetLinearAccelerationResponse linearAcceleration. */
                    public linearAcceleration?: (viam.common.v1.IVector3|null);

                    /**
                     * Creates a new GetLinearAccelerationResponse instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns GetLinearAccelerationResponse instance
                     */
                    public static create(properties?: viam.component.movementsensor.v1.IGetLinearAccelerationResponse): viam.component.movementsensor.v1.GetLinearAccelerationResponse;

                    /**
                     * Encodes the specified GetLinearAccelerationResponse message. Does not implicitly {@link viam.component.movementsensor.v1.GetLinearAccelerationResponse.verify|verify} messages.
                     * @param message GetLinearAccelerationResponse message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    public static encode(message: viam.component.movementsensor.v1.IGetLinearAccelerationResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a GetLinearAccelerationResponse message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns GetLinearAccelerationResponse
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): viam.component.movementsensor.v1.GetLinearAccelerationResponse;
                }

                /** Properties of a GetLinearVelocityRequest. */
                interface IGetLinearVelocityRequest {

                    /** GetLinearVelocityRequest name */
                    name?: (string|null);

                    /** GetLinearVelocityRequest extra */
                    extra?: (google.protobuf.IStruct|null);
                }

                /** Represents a GetLinearVelocityRequest. */
                class GetLinearVelocityRequest implements IGetLinearVelocityRequest {

                    /**
                     * Constructs a new GetLinearVelocityRequest.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: viam.component.movementsensor.v1.IGetLinearVelocityRequest);

                    /** GetLinearVelocityRequest name. */
                    public name: string;

                    /** GetLinearVelocityRequest extra. */
                    public extra?: (google.protobuf.IStruct|null);

                    /**
                     * Creates a new GetLinearVelocityRequest instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns GetLinearVelocityRequest instance
                     */
                    public static create(properties?: viam.component.movementsensor.v1.IGetLinearVelocityRequest): viam.component.movementsensor.v1.GetLinearVelocityRequest;

                    /**
                     * Encodes the specified GetLinearVelocityRequest message. Does not implicitly {@link viam.component.movementsensor.v1.GetLinearVelocityRequest.verify|verify} messages.
                     * @param message GetLinearVelocityRequest message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    public static encode(message: viam.component.movementsensor.v1.IGetLinearVelocityRequest, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a GetLinearVelocityRequest message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns GetLinearVelocityRequest
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): viam.component.movementsensor.v1.GetLinearVelocityRequest;
                }

                /** Properties of a GetLinearVelocityResponse. */
                interface IGetLinearVelocityResponse {

                    /** GetLinearVelocityResponse linearVelocity */
                    linearVelocity?: (viam.common.v1.IVector3|null);
                }

                /** Represents a GetLinearVelocityResponse. */
                class GetLinearVelocityResponse implements IGetLinearVelocityResponse {

                    /**
                     * Constructs a new GetLinearVelocityResponse.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: viam.component.movementsensor.v1.IGetLinearVelocityResponse);

                    /** GetLinearVelocityResponse linearVelocity. */
                    public linearVelocity?: (viam.common.v1.IVector3|null);

                    /**
                     * Creates a new GetLinearVelocityResponse instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns GetLinearVelocityResponse instance
                     */
                    public static create(properties?: viam.component.movementsensor.v1.IGetLinearVelocityResponse): viam.component.movementsensor.v1.GetLinearVelocityResponse;

                    /**
                     * Encodes the specified GetLinearVelocityResponse message. Does not implicitly {@link viam.component.movementsensor.v1.GetLinearVelocityResponse.verify|verify} messages.
                     * @param message GetLinearVelocityResponse message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    public static encode(message: viam.component.movementsensor.v1.IGetLinearVelocityResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a GetLinearVelocityResponse message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns GetLinearVelocityResponse
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): viam.component.movementsensor.v1.GetLinearVelocityResponse;
                }

                /** Properties of a GetPositionRequest. */
                interface IGetPositionRequest {

                    /** GetPositionRequest name */
                    name?: (string|null);

                    /** GetPositionRequest extra */
                    extra?: (google.protobuf.IStruct|null);
                }

                /** Represents a GetPositionRequest. */
                class GetPositionRequest implements IGetPositionRequest {

                    /**
                     * Constructs a new GetPositionRequest.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: viam.component.movementsensor.v1.IGetPositionRequest);

                    /** GetPositionRequest name. */
                    public name: string;

                    /** GetPositionRequest extra. */
                    public extra?: (google.protobuf.IStruct|null);

                    /**
                     * Creates a new GetPositionRequest instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns GetPositionRequest instance
                     */
                    public static create(properties?: viam.component.movementsensor.v1.IGetPositionRequest): viam.component.movementsensor.v1.GetPositionRequest;

                    /**
                     * Encodes the specified GetPositionRequest message. Does not implicitly {@link viam.component.movementsensor.v1.GetPositionRequest.verify|verify} messages.
                     * @param message GetPositionRequest message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    public static encode(message: viam.component.movementsensor.v1.IGetPositionRequest, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a GetPositionRequest message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns GetPositionRequest
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): viam.component.movementsensor.v1.GetPositionRequest;
                }

                /** Properties of a GetPositionResponse. */
                interface IGetPositionResponse {

                    /** GetPositionResponse coordinate */
                    coordinate?: (viam.common.v1.IGeoPoint|null);

                    /** GetPositionResponse altitudeM */
                    altitudeM?: (number|null);
                }

                /** Represents a GetPositionResponse. */
                class GetPositionResponse implements IGetPositionResponse {

                    /**
                     * Constructs a new GetPositionResponse.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: viam.component.movementsensor.v1.IGetPositionResponse);

                    /** GetPositionResponse coordinate. */
                    public coordinate?: (viam.common.v1.IGeoPoint|null);

                    /** GetPositionResponse altitudeM. */
                    public altitudeM: number;

                    /**
                     * Creates a new GetPositionResponse instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns GetPositionResponse instance
                     */
                    public static create(properties?: viam.component.movementsensor.v1.IGetPositionResponse): viam.component.movementsensor.v1.GetPositionResponse;

                    /**
                     * Encodes the specified GetPositionResponse message. Does not implicitly {@link viam.component.movementsensor.v1.GetPositionResponse.verify|verify} messages.
                     * @param message GetPositionResponse message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    public static encode(message: viam.component.movementsensor.v1.IGetPositionResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a GetPositionResponse message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns GetPositionResponse
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): viam.component.movementsensor.v1.GetPositionResponse;
                }

                /** Properties of a GetCompassHeadingRequest. */
                interface IGetCompassHeadingRequest {

                    /** GetCompassHeadingRequest name */
                    name?: (string|null);

                    /** GetCompassHeadingRequest extra */
                    extra?: (google.protobuf.IStruct|null);
                }

                /** Represents a GetCompassHeadingRequest. */
                class GetCompassHeadingRequest implements IGetCompassHeadingRequest {

                    /**
                     * Constructs a new GetCompassHeadingRequest.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: viam.component.movementsensor.v1.IGetCompassHeadingRequest);

                    /** GetCompassHeadingRequest name. */
                    public name: string;

                    /** GetCompassHeadingRequest extra. */
                    public extra?: (google.protobuf.IStruct|null);

                    /**
                     * Creates a new GetCompassHeadingRequest instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns GetCompassHeadingRequest instance
                     */
                    public static create(properties?: viam.component.movementsensor.v1.IGetCompassHeadingRequest): viam.component.movementsensor.v1.GetCompassHeadingRequest;

                    /**
                     * Encodes the specified GetCompassHeadingRequest message. Does not implicitly {@link viam.component.movementsensor.v1.GetCompassHeadingRequest.verify|verify} messages.
                     * @param message GetCompassHeadingRequest message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    public static encode(message: viam.component.movementsensor.v1.IGetCompassHeadingRequest, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a GetCompassHeadingRequest message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns GetCompassHeadingRequest
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): viam.component.movementsensor.v1.GetCompassHeadingRequest;
                }

                /** Properties of a GetCompassHeadingResponse. */
                interface IGetCompassHeadingResponse {

                    /** GetCompassHeadingResponse value */
                    value?: (number|null);
                }

                /** Represents a GetCompassHeadingResponse. */
                class GetCompassHeadingResponse implements IGetCompassHeadingResponse {

                    /**
                     * Constructs a new GetCompassHeadingResponse.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: viam.component.movementsensor.v1.IGetCompassHeadingResponse);

                    /** GetCompassHeadingResponse value. */
                    public value: number;

                    /**
                     * Creates a new GetCompassHeadingResponse instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns GetCompassHeadingResponse instance
                     */
                    public static create(properties?: viam.component.movementsensor.v1.IGetCompassHeadingResponse): viam.component.movementsensor.v1.GetCompassHeadingResponse;

                    /**
                     * Encodes the specified GetCompassHeadingResponse message. Does not implicitly {@link viam.component.movementsensor.v1.GetCompassHeadingResponse.verify|verify} messages.
                     * @param message GetCompassHeadingResponse message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    public static encode(message: viam.component.movementsensor.v1.IGetCompassHeadingResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a GetCompassHeadingResponse message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns GetCompassHeadingResponse
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): viam.component.movementsensor.v1.GetCompassHeadingResponse;
                }

                /** Properties of a GetOrientationRequest. */
                interface IGetOrientationRequest {

                    /** GetOrientationRequest name */
                    name?: (string|null);

                    /** GetOrientationRequest extra */
                    extra?: (google.protobuf.IStruct|null);
                }

                /** Represents a GetOrientationRequest. */
                class GetOrientationRequest implements IGetOrientationRequest {

                    /**
                     * Constructs a new GetOrientationRequest.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: viam.component.movementsensor.v1.IGetOrientationRequest);

                    /** GetOrientationRequest name. */
                    public name: string;

                    /** GetOrientationRequest extra. */
                    public extra?: (google.protobuf.IStruct|null);

                    /**
                     * Creates a new GetOrientationRequest instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns GetOrientationRequest instance
                     */
                    public static create(properties?: viam.component.movementsensor.v1.IGetOrientationRequest): viam.component.movementsensor.v1.GetOrientationRequest;

                    /**
                     * Encodes the specified GetOrientationRequest message. Does not implicitly {@link viam.component.movementsensor.v1.GetOrientationRequest.verify|verify} messages.
                     * @param message GetOrientationRequest message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    public static encode(message: viam.component.movementsensor.v1.IGetOrientationRequest, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a GetOrientationRequest message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns GetOrientationRequest
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): viam.component.movementsensor.v1.GetOrientationRequest;
                }

                /** Properties of a GetOrientationResponse. */
                interface IGetOrientationResponse {

                    /** GetOrientationResponse orientation */
                    orientation?: (viam.common.v1.IOrientation|null);
                }

                /** Represents a GetOrientationResponse. */
                class GetOrientationResponse implements IGetOrientationResponse {

                    /**
                     * Constructs a new GetOrientationResponse.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: viam.component.movementsensor.v1.IGetOrientationResponse);

                    /** GetOrientationResponse orientation. */
                    public orientation?: (viam.common.v1.IOrientation|null);

                    /**
                     * Creates a new GetOrientationResponse instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns GetOrientationResponse instance
                     */
                    public static create(properties?: viam.component.movementsensor.v1.IGetOrientationResponse): viam.component.movementsensor.v1.GetOrientationResponse;

                    /**
                     * Encodes the specified GetOrientationResponse message. Does not implicitly {@link viam.component.movementsensor.v1.GetOrientationResponse.verify|verify} messages.
                     * @param message GetOrientationResponse message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    public static encode(message: viam.component.movementsensor.v1.IGetOrientationResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a GetOrientationResponse message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns GetOrientationResponse
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): viam.component.movementsensor.v1.GetOrientationResponse;
                }

                /** Properties of a GetAccuracyRequest. */
                interface IGetAccuracyRequest {

                    /** GetAccuracyRequest name */
                    name?: (string|null);

                    /** GetAccuracyRequest extra */
                    extra?: (google.protobuf.IStruct|null);
                }

                /** Represents a GetAccuracyRequest. */
                class GetAccuracyRequest implements IGetAccuracyRequest {

                    /**
                     * Constructs a new GetAccuracyRequest.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: viam.component.movementsensor.v1.IGetAccuracyRequest);

                    /** GetAccuracyRequest name. */
                    public name: string;

                    /** GetAccuracyRequest extra. */
                    public extra?: (google.protobuf.IStruct|null);

                    /**
                     * Creates a new GetAccuracyRequest instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns GetAccuracyRequest instance
                     */
                    public static create(properties?: viam.component.movementsensor.v1.IGetAccuracyRequest): viam.component.movementsensor.v1.GetAccuracyRequest;

                    /**
                     * Encodes the specified GetAccuracyRequest message. Does not implicitly {@link viam.component.movementsensor.v1.GetAccuracyRequest.verify|verify} messages.
                     * @param message GetAccuracyRequest message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    public static encode(message: viam.component.movementsensor.v1.IGetAccuracyRequest, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a GetAccuracyRequest message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns GetAccuracyRequest
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): viam.component.movementsensor.v1.GetAccuracyRequest;
                }

                /** Properties of a GetAccuracyResponse. */
                interface IGetAccuracyResponse {

                    /** GetAccuracyResponse accuracy */
                    accuracy?: ({ [k: string]: number }|null);

                    /** GetAccuracyResponse positionHdop */
                    positionHdop?: (number|null);

                    /** GetAccuracyResponse positionVdop */
                    positionVdop?: (number|null);

                    /** GetAccuracyResponse positionNmeaGgaFix */
                    positionNmeaGgaFix?: (number|null);

                    /** GetAccuracyResponse compassDegreesError */
                    compassDegreesError?: (number|null);
                }

                /** Represents a GetAccuracyResponse. */
                class GetAccuracyResponse implements IGetAccuracyResponse {

                    /**
                     * Constructs a new GetAccuracyResponse.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: viam.component.movementsensor.v1.IGetAccuracyResponse);

                    /** GetAccuracyResponse accuracy. */
                    public accuracy: { [k: string]: number };

                    /** GetAccuracyResponse positionHdop. */
                    public positionHdop?: (number|null);

                    /** GetAccuracyResponse positionVdop. */
                    public positionVdop?: (number|null);

                    /** GetAccuracyResponse positionNmeaGgaFix. */
                    public positionNmeaGgaFix?: (number|null);

                    /** GetAccuracyResponse compassDegreesError. */
                    public compassDegreesError?: (number|null);

                    /**
                     * Creates a new GetAccuracyResponse instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns GetAccuracyResponse instance
                     */
                    public static create(properties?: viam.component.movementsensor.v1.IGetAccuracyResponse): viam.component.movementsensor.v1.GetAccuracyResponse;

                    /**
                     * Encodes the specified GetAccuracyResponse message. Does not implicitly {@link viam.component.movementsensor.v1.GetAccuracyResponse.verify|verify} messages.
                     * @param message GetAccuracyResponse message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    public static encode(message: viam.component.movementsensor.v1.IGetAccuracyResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a GetAccuracyResponse message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns GetAccuracyResponse
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): viam.component.movementsensor.v1.GetAccuracyResponse;
                }
            }
        }

        /** Namespace powersensor. */
        namespace powersensor {

            /** Namespace v1. */
            namespace v1 {

                /** Properties of a GetVoltageRequest. */
                interface IGetVoltageRequest {

                    /** GetVoltageRequest name */
                    name?: (string|null);

                    /** GetVoltageRequest extra */
                    extra?: (google.protobuf.IStruct|null);
                }

                /** Represents a GetVoltageRequest. */
                class GetVoltageRequest implements IGetVoltageRequest {

                    /**
                     * Constructs a new GetVoltageRequest.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: viam.component.powersensor.v1.IGetVoltageRequest);

                    /** GetVoltageRequest name. */
                    public name: string;

                    /** GetVoltageRequest extra. */
                    public extra?: (google.protobuf.IStruct|null);

                    /**
                     * Creates a new GetVoltageRequest instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns GetVoltageRequest instance
                     */
                    public static create(properties?: viam.component.powersensor.v1.IGetVoltageRequest): viam.component.powersensor.v1.GetVoltageRequest;

                    /**
                     * Encodes the specified GetVoltageRequest message. Does not implicitly {@link viam.component.powersensor.v1.GetVoltageRequest.verify|verify} messages.
                     * @param message GetVoltageRequest message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    public static encode(message: viam.component.powersensor.v1.IGetVoltageRequest, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a GetVoltageRequest message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns GetVoltageRequest
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): viam.component.powersensor.v1.GetVoltageRequest;
                }

                /** Properties of a GetVoltageResponse. */
                interface IGetVoltageResponse {

                    /** GetVoltageResponse volts */
                    volts?: (number|null);

                    /** GetVoltageResponse isAc */
                    isAc?: (boolean|null);
                }

                /** Represents a GetVoltageResponse. */
                class GetVoltageResponse implements IGetVoltageResponse {

                    /**
                     * Constructs a new GetVoltageResponse.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: viam.component.powersensor.v1.IGetVoltageResponse);

                    /** GetVoltageResponse volts. */
                    public volts: number;

                    /** GetVoltageResponse isAc. */
                    public isAc: boolean;

                    /**
                     * Creates a new GetVoltageResponse instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns GetVoltageResponse instance
                     */
                    public static create(properties?: viam.component.powersensor.v1.IGetVoltageResponse): viam.component.powersensor.v1.GetVoltageResponse;

                    /**
                     * Encodes the specified GetVoltageResponse message. Does not implicitly {@link viam.component.powersensor.v1.GetVoltageResponse.verify|verify} messages.
                     * @param message GetVoltageResponse message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    public static encode(message: viam.component.powersensor.v1.IGetVoltageResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a GetVoltageResponse message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns GetVoltageResponse
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): viam.component.powersensor.v1.GetVoltageResponse;
                }

                /** Properties of a GetCurrentRequest. */
                interface IGetCurrentRequest {

                    /** GetCurrentRequest name */
                    name?: (string|null);

                    /** GetCurrentRequest extra */
                    extra?: (google.protobuf.IStruct|null);
                }

                /** Represents a GetCurrentRequest. */
                class GetCurrentRequest implements IGetCurrentRequest {

                    /**
                     * Constructs a new GetCurrentRequest.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: viam.component.powersensor.v1.IGetCurrentRequest);

                    /** GetCurrentRequest name. */
                    public name: string;

                    /** GetCurrentRequest extra. */
                    public extra?: (google.protobuf.IStruct|null);

                    /**
                     * Creates a new GetCurrentRequest instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns GetCurrentRequest instance
                     */
                    public static create(properties?: viam.component.powersensor.v1.IGetCurrentRequest): viam.component.powersensor.v1.GetCurrentRequest;

                    /**
                     * Encodes the specified GetCurrentRequest message. Does not implicitly {@link viam.component.powersensor.v1.GetCurrentRequest.verify|verify} messages.
                     * @param message GetCurrentRequest message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    public static encode(message: viam.component.powersensor.v1.IGetCurrentRequest, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a GetCurrentRequest message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns GetCurrentRequest
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): viam.component.powersensor.v1.GetCurrentRequest;
                }

                /** Properties of a GetCurrentResponse. */
                interface IGetCurrentResponse {

                    /** GetCurrentResponse amperes */
                    amperes?: (number|null);

                    /** GetCurrentResponse isAc */
                    isAc?: (boolean|null);
                }

                /** Represents a GetCurrentResponse. */
                class GetCurrentResponse implements IGetCurrentResponse {

                    /**
                     * Constructs a new GetCurrentResponse.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: viam.component.powersensor.v1.IGetCurrentResponse);

                    /** GetCurrentResponse amperes. */
                    public amperes: number;

                    /** GetCurrentResponse isAc. */
                    public isAc: boolean;

                    /**
                     * Creates a new GetCurrentResponse instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns GetCurrentResponse instance
                     */
                    public static create(properties?: viam.component.powersensor.v1.IGetCurrentResponse): viam.component.powersensor.v1.GetCurrentResponse;

                    /**
                     * Encodes the specified GetCurrentResponse message. Does not implicitly {@link viam.component.powersensor.v1.GetCurrentResponse.verify|verify} messages.
                     * @param message GetCurrentResponse message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    public static encode(message: viam.component.powersensor.v1.IGetCurrentResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a GetCurrentResponse message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns GetCurrentResponse
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): viam.component.powersensor.v1.GetCurrentResponse;
                }

                /** Properties of a GetPowerRequest. */
                interface IGetPowerRequest {

                    /** GetPowerRequest name */
                    name?: (string|null);

                    /** GetPowerRequest extra */
                    extra?: (google.protobuf.IStruct|null);
                }

                /** Represents a GetPowerRequest. */
                class GetPowerRequest implements IGetPowerRequest {

                    /**
                     * Constructs a new GetPowerRequest.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: viam.component.powersensor.v1.IGetPowerRequest);

                    /** GetPowerRequest name. */
                    public name: string;

                    /** GetPowerRequest extra. */
                    public extra?: (google.protobuf.IStruct|null);

                    /**
                     * Creates a new GetPowerRequest instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns GetPowerRequest instance
                     */
                    public static create(properties?: viam.component.powersensor.v1.IGetPowerRequest): viam.component.powersensor.v1.GetPowerRequest;

                    /**
                     * Encodes the specified GetPowerRequest message. Does not implicitly {@link viam.component.powersensor.v1.GetPowerRequest.verify|verify} messages.
                     * @param message GetPowerRequest message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    public static encode(message: viam.component.powersensor.v1.IGetPowerRequest, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a GetPowerRequest message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns GetPowerRequest
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): viam.component.powersensor.v1.GetPowerRequest;
                }

                /** Properties of a GetPowerResponse. */
                interface IGetPowerResponse {

                    /** GetPowerResponse watts */
                    watts?: (number|null);
                }

                /** Represents a GetPowerResponse. */
                class GetPowerResponse implements IGetPowerResponse {

                    /**
                     * Constructs a new GetPowerResponse.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: viam.component.powersensor.v1.IGetPowerResponse);

                    /** GetPowerResponse watts. */
                    public watts: number;

                    /**
                     * Creates a new GetPowerResponse instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns GetPowerResponse instance
                     */
                    public static create(properties?: viam.component.powersensor.v1.IGetPowerResponse): viam.component.powersensor.v1.GetPowerResponse;

                    /**
                     * Encodes the specified GetPowerResponse message. Does not implicitly {@link viam.component.powersensor.v1.GetPowerResponse.verify|verify} messages.
                     * @param message GetPowerResponse message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    public static encode(message: viam.component.powersensor.v1.IGetPowerResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a GetPowerResponse message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns GetPowerResponse
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): viam.component.powersensor.v1.GetPowerResponse;
                }
            }
        }

        /** Namespace sensor. */
        namespace sensor {
        }

        /** Namespace servo. */
        namespace servo {

            /** Namespace v1. */
            namespace v1 {

                /** Properties of a MoveRequest. */
                interface IMoveRequest {

                    /** MoveRequest name */
                    name?: (string|null);

                    /** MoveRequest angleDeg */
                    angleDeg?: (number|null);

                    /** MoveRequest extra */
                    extra?: (google.protobuf.IStruct|null);
                }

                /** Represents a MoveRequest. */
                class MoveRequest implements IMoveRequest {

                    /**
                     * Constructs a new MoveRequest.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: viam.component.servo.v1.IMoveRequest);

                    /** MoveRequest name. */
                    public name: string;

                    /** MoveRequest angleDeg. */
                    public angleDeg: number;

                    /** MoveRequest extra. */
                    public extra?: (google.protobuf.IStruct|null);

                    /**
                     * Creates a new MoveRequest instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns MoveRequest instance
                     */
                    public static create(properties?: viam.component.servo.v1.IMoveRequest): viam.component.servo.v1.MoveRequest;

                    /**
                     * Encodes the specified MoveRequest message. Does not implicitly {@link viam.component.servo.v1.MoveRequest.verify|verify} messages.
                     * @param message MoveRequest message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    public static encode(message: viam.component.servo.v1.IMoveRequest, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a MoveRequest message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns MoveRequest
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): viam.component.servo.v1.MoveRequest;
                }

                /** Properties of a MoveResponse. */
                interface IMoveResponse {
                }

                /** Represents a MoveResponse. */
                class MoveResponse implements IMoveResponse {

                    /**
                     * Constructs a new MoveResponse.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: viam.component.servo.v1.IMoveResponse);

                    /**
                     * Creates a new MoveResponse instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns MoveResponse instance
                     */
                    public static create(properties?: viam.component.servo.v1.IMoveResponse): viam.component.servo.v1.MoveResponse;

                    /**
                     * Encodes the specified MoveResponse message. Does not implicitly {@link viam.component.servo.v1.MoveResponse.verify|verify} messages.
                     * @param message MoveResponse message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    public static encode(message: viam.component.servo.v1.IMoveResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a MoveResponse message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns MoveResponse
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): viam.component.servo.v1.MoveResponse;
                }

                /** Properties of a GetPositionRequest. */
                interface IGetPositionRequest {

                    /** GetPositionRequest name */
                    name?: (string|null);

                    /** GetPositionRequest extra */
                    extra?: (google.protobuf.IStruct|null);
                }

                /** Represents a GetPositionRequest. */
                class GetPositionRequest implements IGetPositionRequest {

                    /**
                     * Constructs a new GetPositionRequest.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: viam.component.servo.v1.IGetPositionRequest);

                    /** GetPositionRequest name. */
                    public name: string;

                    /** GetPositionRequest extra. */
                    public extra?: (google.protobuf.IStruct|null);

                    /**
                     * Creates a new GetPositionRequest instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns GetPositionRequest instance
                     */
                    public static create(properties?: viam.component.servo.v1.IGetPositionRequest): viam.component.servo.v1.GetPositionRequest;

                    /**
                     * Encodes the specified GetPositionRequest message. Does not implicitly {@link viam.component.servo.v1.GetPositionRequest.verify|verify} messages.
                     * @param message GetPositionRequest message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    public static encode(message: viam.component.servo.v1.IGetPositionRequest, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a GetPositionRequest message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns GetPositionRequest
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): viam.component.servo.v1.GetPositionRequest;
                }

                /** Properties of a GetPositionResponse. */
                interface IGetPositionResponse {

                    /** GetPositionResponse positionDeg */
                    positionDeg?: (number|null);
                }

                /** Represents a GetPositionResponse. */
                class GetPositionResponse implements IGetPositionResponse {

                    /**
                     * Constructs a new GetPositionResponse.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: viam.component.servo.v1.IGetPositionResponse);

                    /** GetPositionResponse positionDeg. */
                    public positionDeg: number;

                    /**
                     * Creates a new GetPositionResponse instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns GetPositionResponse instance
                     */
                    public static create(properties?: viam.component.servo.v1.IGetPositionResponse): viam.component.servo.v1.GetPositionResponse;

                    /**
                     * Encodes the specified GetPositionResponse message. Does not implicitly {@link viam.component.servo.v1.GetPositionResponse.verify|verify} messages.
                     * @param message GetPositionResponse message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    public static encode(message: viam.component.servo.v1.IGetPositionResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a GetPositionResponse message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns GetPositionResponse
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): viam.component.servo.v1.GetPositionResponse;
                }

                /** Properties of a StopRequest. */
                interface IStopRequest {

                    /** StopRequest name */
                    name?: (string|null);

                    /** StopRequest extra */
                    extra?: (google.protobuf.IStruct|null);
                }

                /** Represents a StopRequest. */
                class StopRequest implements IStopRequest {

                    /**
                     * Constructs a new StopRequest.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: viam.component.servo.v1.IStopRequest);

                    /** StopRequest name. */
                    public name: string;

                    /** StopRequest extra. */
                    public extra?: (google.protobuf.IStruct|null);

                    /**
                     * Creates a new StopRequest instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns StopRequest instance
                     */
                    public static create(properties?: viam.component.servo.v1.IStopRequest): viam.component.servo.v1.StopRequest;

                    /**
                     * Encodes the specified StopRequest message. Does not implicitly {@link viam.component.servo.v1.StopRequest.verify|verify} messages.
                     * @param message StopRequest message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    public static encode(message: viam.component.servo.v1.IStopRequest, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a StopRequest message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns StopRequest
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): viam.component.servo.v1.StopRequest;
                }

                /** Properties of a StopResponse. */
                interface IStopResponse {
                }

                /** Represents a StopResponse. */
                class StopResponse implements IStopResponse {

                    /**
                     * Constructs a new StopResponse.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: viam.component.servo.v1.IStopResponse);

                    /**
                     * Creates a new StopResponse instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns StopResponse instance
                     */
                    public static create(properties?: viam.component.servo.v1.IStopResponse): viam.component.servo.v1.StopResponse;

                    /**
                     * Encodes the specified StopResponse message. Does not implicitly {@link viam.component.servo.v1.StopResponse.verify|verify} messages.
                     * @param message StopResponse message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    public static encode(message: viam.component.servo.v1.IStopResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a StopResponse message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns StopResponse
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): viam.component.servo.v1.StopResponse;
                }

                /** Properties of an IsMovingRequest. */
                interface IIsMovingRequest {

                    /** IsMovingRequest name */
                    name?: (string|null);
                }

                /** Represents an IsMovingRequest. */
                class IsMovingRequest implements IIsMovingRequest {

                    /**
                     * Constructs a new IsMovingRequest.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: viam.component.servo.v1.IIsMovingRequest);

                    /** IsMovingRequest name. */
                    public name: string;

                    /**
                     * Creates a new IsMovingRequest instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns IsMovingRequest instance
                     */
                    public static create(properties?: viam.component.servo.v1.IIsMovingRequest): viam.component.servo.v1.IsMovingRequest;

                    /**
                     * Encodes the specified IsMovingRequest message. Does not implicitly {@link viam.component.servo.v1.IsMovingRequest.verify|verify} messages.
                     * @param message IsMovingRequest message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    public static encode(message: viam.component.servo.v1.IIsMovingRequest, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes an IsMovingRequest message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns IsMovingRequest
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): viam.component.servo.v1.IsMovingRequest;
                }

                /** Properties of an IsMovingResponse. */
                interface IIsMovingResponse {

                    /** IsMovingResponse isMoving */
                    isMoving?: (boolean|null);
                }

                /** Represents an IsMovingResponse. */
                class IsMovingResponse implements IIsMovingResponse {

                    /**
                     * Constructs a new IsMovingResponse.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: viam.component.servo.v1.IIsMovingResponse);

                    /** IsMovingResponse isMoving. */
                    public isMoving: boolean;

                    /**
                     * Creates a new IsMovingResponse instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns IsMovingResponse instance
                     */
                    public static create(properties?: viam.component.servo.v1.IIsMovingResponse): viam.component.servo.v1.IsMovingResponse;

                    /**
                     * Encodes the specified IsMovingResponse message. Does not implicitly {@link viam.component.servo.v1.IsMovingResponse.verify|verify} messages.
                     * @param message IsMovingResponse message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    public static encode(message: viam.component.servo.v1.IIsMovingResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes an IsMovingResponse message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns IsMovingResponse
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): viam.component.servo.v1.IsMovingResponse;
                }
            }
        }
    }

    /** Namespace common. */
    namespace common {

        /** Namespace v1. */
        namespace v1 {

            /** Properties of a ResourceName. */
            interface IResourceName {

                /** ResourceName namespace */
                namespace?: (string|null);

                /** ResourceName type */
                type?: (string|null);

                /** ResourceName subtype */
                subtype?: (string|null);

                /** ResourceName name */
                name?: (string|null);
            }

            /** Represents a ResourceName. */
            class ResourceName implements IResourceName {

                /**
                 * Constructs a new ResourceName.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: viam.common.v1.IResourceName);

                /** ResourceName namespace. */
                public namespace: string;

                /** ResourceName type. */
                public type: string;

                /** ResourceName subtype. */
                public subtype: string;

                /** ResourceName name. */
                public name: string;

                /**
                 * Creates a new ResourceName instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ResourceName instance
                 */
                public static create(properties?: viam.common.v1.IResourceName): viam.common.v1.ResourceName;

                /**
                 * Encodes the specified ResourceName message. Does not implicitly {@link viam.common.v1.ResourceName.verify|verify} messages.
                 * @param message ResourceName message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: viam.common.v1.IResourceName, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ResourceName message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns ResourceName
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): viam.common.v1.ResourceName;
            }

            /** Properties of a GetReadingsRequest. */
            interface IGetReadingsRequest {

                /** GetReadingsRequest name */
                name?: (string|null);

                /** GetReadingsRequest extra */
                extra?: (google.protobuf.IStruct|null);
            }

            /** Represents a GetReadingsRequest. */
            class GetReadingsRequest implements IGetReadingsRequest {

                /**
                 * Constructs a new GetReadingsRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: viam.common.v1.IGetReadingsRequest);

                /** GetReadingsRequest name. */
                public name: string;

                /** GetReadingsRequest extra. */
                public extra?: (google.protobuf.IStruct|null);

                /**
                 * Creates a new GetReadingsRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns GetReadingsRequest instance
                 */
                public static create(properties?: viam.common.v1.IGetReadingsRequest): viam.common.v1.GetReadingsRequest;

                /**
                 * Encodes the specified GetReadingsRequest message. Does not implicitly {@link viam.common.v1.GetReadingsRequest.verify|verify} messages.
                 * @param message GetReadingsRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: viam.common.v1.IGetReadingsRequest, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a GetReadingsRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns GetReadingsRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): viam.common.v1.GetReadingsRequest;
            }

            /** Properties of a GetReadingsResponse. */
            interface IGetReadingsResponse {

                /** GetReadingsResponse readings */
                readings?: ({ [k: string]: google.protobuf.IValue }|null);
            }

            /** Represents a GetReadingsResponse. */
            class GetReadingsResponse implements IGetReadingsResponse {

                /**
                 * Constructs a new GetReadingsResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: viam.common.v1.IGetReadingsResponse);

                /** GetReadingsResponse readings. */
                public readings: { [k: string]: google.protobuf.IValue };

                /**
                 * Creates a new GetReadingsResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns GetReadingsResponse instance
                 */
                public static create(properties?: viam.common.v1.IGetReadingsResponse): viam.common.v1.GetReadingsResponse;

                /**
                 * Encodes the specified GetReadingsResponse message. Does not implicitly {@link viam.common.v1.GetReadingsResponse.verify|verify} messages.
                 * @param message GetReadingsResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: viam.common.v1.IGetReadingsResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a GetReadingsResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns GetReadingsResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): viam.common.v1.GetReadingsResponse;
            }

            /** Properties of a DoCommandRequest. */
            interface IDoCommandRequest {

                /** DoCommandRequest name */
                name?: (string|null);

                /** DoCommandRequest command */
                command?: (google.protobuf.IStruct|null);
            }

            /** Represents a DoCommandRequest. */
            class DoCommandRequest implements IDoCommandRequest {

                /**
                 * Constructs a new DoCommandRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: viam.common.v1.IDoCommandRequest);

                /** DoCommandRequest name. */
                public name: string;

                /** DoCommandRequest command. */
                public command?: (google.protobuf.IStruct|null);

                /**
                 * Creates a new DoCommandRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns DoCommandRequest instance
                 */
                public static create(properties?: viam.common.v1.IDoCommandRequest): viam.common.v1.DoCommandRequest;

                /**
                 * Encodes the specified DoCommandRequest message. Does not implicitly {@link viam.common.v1.DoCommandRequest.verify|verify} messages.
                 * @param message DoCommandRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: viam.common.v1.IDoCommandRequest, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a DoCommandRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns DoCommandRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): viam.common.v1.DoCommandRequest;
            }

            /** Properties of a DoCommandResponse. */
            interface IDoCommandResponse {

                /** DoCommandResponse result */
                result?: (google.protobuf.IStruct|null);
            }

            /** Represents a DoCommandResponse. */
            class DoCommandResponse implements IDoCommandResponse {

                /**
                 * Constructs a new DoCommandResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: viam.common.v1.IDoCommandResponse);

                /** DoCommandResponse result. */
                public result?: (google.protobuf.IStruct|null);

                /**
                 * Creates a new DoCommandResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns DoCommandResponse instance
                 */
                public static create(properties?: viam.common.v1.IDoCommandResponse): viam.common.v1.DoCommandResponse;

                /**
                 * Encodes the specified DoCommandResponse message. Does not implicitly {@link viam.common.v1.DoCommandResponse.verify|verify} messages.
                 * @param message DoCommandResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: viam.common.v1.IDoCommandResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a DoCommandResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns DoCommandResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): viam.common.v1.DoCommandResponse;
            }

            /** Properties of a Vector3. */
            interface IVector3 {

                /** Vector3 x */
                x?: (number|null);

                /** Vector3 y */
                y?: (number|null);

                /** Vector3 z */
                z?: (number|null);
            }

            /** Represents a Vector3. */
            class Vector3 implements IVector3 {

                /**
                 * Constructs a new Vector3.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: viam.common.v1.IVector3);

                /** Vector3 x. */
                public x: number;

                /** Vector3 y. */
                public y: number;

                /** Vector3 z. */
                public z: number;

                /**
                 * Creates a new Vector3 instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Vector3 instance
                 */
                public static create(properties?: viam.common.v1.IVector3): viam.common.v1.Vector3;

                /**
                 * Encodes the specified Vector3 message. Does not implicitly {@link viam.common.v1.Vector3.verify|verify} messages.
                 * @param message Vector3 message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: viam.common.v1.IVector3, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Vector3 message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns Vector3
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): viam.common.v1.Vector3;
            }

            /** Properties of an Orientation. */
            interface IOrientation {

                /** Orientation oX */
                oX?: (number|null);

                /** Orientation oY */
                oY?: (number|null);

                /** Orientation oZ */
                oZ?: (number|null);

                /** Orientation theta */
                theta?: (number|null);
            }

            /** Represents an Orientation. */
            class Orientation implements IOrientation {

                /**
                 * Constructs a new Orientation.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: viam.common.v1.IOrientation);

                /** Orientation oX. */
                public oX: number;

                /** Orientation oY. */
                public oY: number;

                /** Orientation oZ. */
                public oZ: number;

                /** Orientation theta. */
                public theta: number;

                /**
                 * Creates a new Orientation instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Orientation instance
                 */
                public static create(properties?: viam.common.v1.IOrientation): viam.common.v1.Orientation;

                /**
                 * Encodes the specified Orientation message. Does not implicitly {@link viam.common.v1.Orientation.verify|verify} messages.
                 * @param message Orientation message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: viam.common.v1.IOrientation, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an Orientation message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns Orientation
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): viam.common.v1.Orientation;
            }

            /** Properties of a GeoPoint. */
            interface IGeoPoint {

                /** GeoPoint latitude */
                latitude?: (number|null);

                /** GeoPoint longitude */
                longitude?: (number|null);
            }

            /** Represents a GeoPoint. */
            class GeoPoint implements IGeoPoint {

                /**
                 * Constructs a new GeoPoint.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: viam.common.v1.IGeoPoint);

                /** GeoPoint latitude. */
                public latitude: number;

                /** GeoPoint longitude. */
                public longitude: number;

                /**
                 * Creates a new GeoPoint instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns GeoPoint instance
                 */
                public static create(properties?: viam.common.v1.IGeoPoint): viam.common.v1.GeoPoint;

                /**
                 * Encodes the specified GeoPoint message. Does not implicitly {@link viam.common.v1.GeoPoint.verify|verify} messages.
                 * @param message GeoPoint message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: viam.common.v1.IGeoPoint, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a GeoPoint message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns GeoPoint
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): viam.common.v1.GeoPoint;
            }
        }
    }

    /** Namespace service. */
    namespace service {

        /** Namespace datamanager. */
        namespace datamanager {

            /** Namespace v1. */
            namespace v1 {

                /** Properties of a SyncRequest. */
                interface ISyncRequest {

                    /** SyncRequest name */
                    name?: (string|null);

                    /** SyncRequest extra */
                    extra?: (google.protobuf.IStruct|null);
                }

                /** Represents a SyncRequest. */
                class SyncRequest implements ISyncRequest {

                    /**
                     * Constructs a new SyncRequest.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: viam.service.datamanager.v1.ISyncRequest);

                    /** SyncRequest name. */
                    public name: string;

                    /** SyncRequest extra. */
                    public extra?: (google.protobuf.IStruct|null);

                    /**
                     * Creates a new SyncRequest instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns SyncRequest instance
                     */
                    public static create(properties?: viam.service.datamanager.v1.ISyncRequest): viam.service.datamanager.v1.SyncRequest;

                    /**
                     * Encodes the specified SyncRequest message. Does not implicitly {@link viam.service.datamanager.v1.SyncRequest.verify|verify} messages.
                     * @param message SyncRequest message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    public static encode(message: viam.service.datamanager.v1.ISyncRequest, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a SyncRequest message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns SyncRequest
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): viam.service.datamanager.v1.SyncRequest;
                }

                /** Properties of a SyncResponse. */
                interface ISyncResponse {
                }

                /** Represents a SyncResponse. */
                class SyncResponse implements ISyncResponse {

                    /**
                     * Constructs a new SyncResponse.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: viam.service.datamanager.v1.ISyncResponse);

                    /**
                     * Creates a new SyncResponse instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns SyncResponse instance
                     */
                    public static create(properties?: viam.service.datamanager.v1.ISyncResponse): viam.service.datamanager.v1.SyncResponse;

                    /**
                     * Encodes the specified SyncResponse message. Does not implicitly {@link viam.service.datamanager.v1.SyncResponse.verify|verify} messages.
                     * @param message SyncResponse message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    public static encode(message: viam.service.datamanager.v1.ISyncResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a SyncResponse message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns SyncResponse
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): viam.service.datamanager.v1.SyncResponse;
                }
            }
        }
    }

    /** Namespace robot. */
    namespace robot {

        /** Namespace v1. */
        namespace v1 {

            /** Properties of a ResourceNamesRequest. */
            interface IResourceNamesRequest {
            }

            /** Represents a ResourceNamesRequest. */
            class ResourceNamesRequest implements IResourceNamesRequest {

                /**
                 * Constructs a new ResourceNamesRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: viam.robot.v1.IResourceNamesRequest);

                /**
                 * Creates a new ResourceNamesRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ResourceNamesRequest instance
                 */
                public static create(properties?: viam.robot.v1.IResourceNamesRequest): viam.robot.v1.ResourceNamesRequest;

                /**
                 * Encodes the specified ResourceNamesRequest message. Does not implicitly {@link viam.robot.v1.ResourceNamesRequest.verify|verify} messages.
                 * @param message ResourceNamesRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: viam.robot.v1.IResourceNamesRequest, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ResourceNamesRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns ResourceNamesRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): viam.robot.v1.ResourceNamesRequest;
            }

            /** Properties of a ResourceNamesResponse. */
            interface IResourceNamesResponse {

                /** ResourceNamesResponse resources */
                resources?: (viam.common.v1.IResourceName[]|null);
            }

            /** Represents a ResourceNamesResponse. */
            class ResourceNamesResponse implements IResourceNamesResponse {

                /**
                 * Constructs a new ResourceNamesResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: viam.robot.v1.IResourceNamesResponse);

                /** ResourceNamesResponse resources. */
                public resources: viam.common.v1.IResourceName[];

                /**
                 * Creates a new ResourceNamesResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ResourceNamesResponse instance
                 */
                public static create(properties?: viam.robot.v1.IResourceNamesResponse): viam.robot.v1.ResourceNamesResponse;

                /**
                 * Encodes the specified ResourceNamesResponse message. Does not implicitly {@link viam.robot.v1.ResourceNamesResponse.verify|verify} messages.
                 * @param message ResourceNamesResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: viam.robot.v1.IResourceNamesResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ResourceNamesResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns ResourceNamesResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): viam.robot.v1.ResourceNamesResponse;
            }

            /** Properties of an Operation. */
            interface IOperation {

                /** Operation id */
                id?: (string|null);

                /** Operation method */
                method?: (string|null);

                /** Operation arguments */
                "arguments"?: (google.protobuf.IStruct|null);

                /** Operation started */
                started?: (google.protobuf.ITimestamp|null);

                /** Operation sessionId */
                sessionId?: (string|null);
            }

            /** Represents an Operation. */
            class Operation implements IOperation {

                /**
                 * Constructs a new Operation.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: viam.robot.v1.IOperation);

                /** Operation id. */
                public id: string;

                /** Operation method. */
                public method: string;

                /** Operation arguments. */
                public arguments?: (google.protobuf.IStruct|null);

                /** Operation started. */
                public started?: (google.protobuf.ITimestamp|null);

                /** Operation sessionId. */
                public sessionId?: (string|null);

                /**
                 * Creates a new Operation instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Operation instance
                 */
                public static create(properties?: viam.robot.v1.IOperation): viam.robot.v1.Operation;

                /**
                 * Encodes the specified Operation message. Does not implicitly {@link viam.robot.v1.Operation.verify|verify} messages.
                 * @param message Operation message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: viam.robot.v1.IOperation, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an Operation message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns Operation
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): viam.robot.v1.Operation;
            }

            /** Properties of a GetOperationsRequest. */
            interface IGetOperationsRequest {
            }

            /** Represents a GetOperationsRequest. */
            class GetOperationsRequest implements IGetOperationsRequest {

                /**
                 * Constructs a new GetOperationsRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: viam.robot.v1.IGetOperationsRequest);

                /**
                 * Creates a new GetOperationsRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns GetOperationsRequest instance
                 */
                public static create(properties?: viam.robot.v1.IGetOperationsRequest): viam.robot.v1.GetOperationsRequest;

                /**
                 * Encodes the specified GetOperationsRequest message. Does not implicitly {@link viam.robot.v1.GetOperationsRequest.verify|verify} messages.
                 * @param message GetOperationsRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: viam.robot.v1.IGetOperationsRequest, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a GetOperationsRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns GetOperationsRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): viam.robot.v1.GetOperationsRequest;
            }

            /** Properties of a GetOperationsResponse. */
            interface IGetOperationsResponse {

                /** GetOperationsResponse operations */
                operations?: (viam.robot.v1.IOperation[]|null);
            }

            /** Represents a GetOperationsResponse. */
            class GetOperationsResponse implements IGetOperationsResponse {

                /**
                 * Constructs a new GetOperationsResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: viam.robot.v1.IGetOperationsResponse);

                /** GetOperationsResponse operations. */
                public operations: viam.robot.v1.IOperation[];

                /**
                 * Creates a new GetOperationsResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns GetOperationsResponse instance
                 */
                public static create(properties?: viam.robot.v1.IGetOperationsResponse): viam.robot.v1.GetOperationsResponse;

                /**
                 * Encodes the specified GetOperationsResponse message. Does not implicitly {@link viam.robot.v1.GetOperationsResponse.verify|verify} messages.
                 * @param message GetOperationsResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: viam.robot.v1.IGetOperationsResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a GetOperationsResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns GetOperationsResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): viam.robot.v1.GetOperationsResponse;
            }

            /** Properties of a GetCloudMetadataRequest. */
            interface IGetCloudMetadataRequest {
            }

            /** Represents a GetCloudMetadataRequest. */
            class GetCloudMetadataRequest implements IGetCloudMetadataRequest {

                /**
                 * Constructs a new GetCloudMetadataRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: viam.robot.v1.IGetCloudMetadataRequest);

                /**
                 * Creates a new GetCloudMetadataRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns GetCloudMetadataRequest instance
                 */
                public static create(properties?: viam.robot.v1.IGetCloudMetadataRequest): viam.robot.v1.GetCloudMetadataRequest;

                /**
                 * Encodes the specified GetCloudMetadataRequest message. Does not implicitly {@link viam.robot.v1.GetCloudMetadataRequest.verify|verify} messages.
                 * @param message GetCloudMetadataRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: viam.robot.v1.IGetCloudMetadataRequest, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a GetCloudMetadataRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns GetCloudMetadataRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): viam.robot.v1.GetCloudMetadataRequest;
            }

            /** Properties of a GetCloudMetadataResponse. */
            interface IGetCloudMetadataResponse {

                /** GetCloudMetadataResponse robotPartId */
                robotPartId?: (string|null);

                /** GetCloudMetadataResponse primaryOrgId */
                primaryOrgId?: (string|null);

                /** GetCloudMetadataResponse locationId */
                locationId?: (string|null);

                /** GetCloudMetadataResponse machineId */
                machineId?: (string|null);

                /** GetCloudMetadataResponse machinePartId */
                machinePartId?: (string|null);
            }

            /** Represents a GetCloudMetadataResponse. */
            class GetCloudMetadataResponse implements IGetCloudMetadataResponse {

                /**
                 * Constructs a new GetCloudMetadataResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: viam.robot.v1.IGetCloudMetadataResponse);

                /** GetCloudMetadataResponse robotPartId. */
                public robotPartId: string;

                /** GetCloudMetadataResponse primaryOrgId. */
                public primaryOrgId: string;

                /** GetCloudMetadataResponse locationId. */
                public locationId: string;

                /** GetCloudMetadataResponse machineId. */
                public machineId: string;

                /** GetCloudMetadataResponse machinePartId. */
                public machinePartId: string;

                /**
                 * Creates a new GetCloudMetadataResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns GetCloudMetadataResponse instance
                 */
                public static create(properties?: viam.robot.v1.IGetCloudMetadataResponse): viam.robot.v1.GetCloudMetadataResponse;

                /**
                 * Encodes the specified GetCloudMetadataResponse message. Does not implicitly {@link viam.robot.v1.GetCloudMetadataResponse.verify|verify} messages.
                 * @param message GetCloudMetadataResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: viam.robot.v1.IGetCloudMetadataResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a GetCloudMetadataResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns GetCloudMetadataResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): viam.robot.v1.GetCloudMetadataResponse;
            }

            /** Properties of a GetMachineStatusRequest. */
            interface IGetMachineStatusRequest {
            }

            /** Represents a GetMachineStatusRequest. */
            class GetMachineStatusRequest implements IGetMachineStatusRequest {

                /**
                 * Constructs a new GetMachineStatusRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: viam.robot.v1.IGetMachineStatusRequest);

                /**
                 * Creates a new GetMachineStatusRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns GetMachineStatusRequest instance
                 */
                public static create(properties?: viam.robot.v1.IGetMachineStatusRequest): viam.robot.v1.GetMachineStatusRequest;

                /**
                 * Encodes the specified GetMachineStatusRequest message. Does not implicitly {@link viam.robot.v1.GetMachineStatusRequest.verify|verify} messages.
                 * @param message GetMachineStatusRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: viam.robot.v1.IGetMachineStatusRequest, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a GetMachineStatusRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns GetMachineStatusRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): viam.robot.v1.GetMachineStatusRequest;
            }

            /** Properties of a GetMachineStatusResponse. */
            interface IGetMachineStatusResponse {

                /** GetMachineStatusResponse resources */
                resources?: (viam.robot.v1.IResourceStatus[]|null);

                /** GetMachineStatusResponse config */
                config?: (viam.robot.v1.IConfigStatus|null);

                /** GetMachineStatusResponse state */
                state?: (viam.robot.v1.GetMachineStatusResponse.State|null);
            }

            /** Represents a GetMachineStatusResponse. */
            class GetMachineStatusResponse implements IGetMachineStatusResponse {

                /**
                 * Constructs a new GetMachineStatusResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: viam.robot.v1.IGetMachineStatusResponse);

                /** GetMachineStatusResponse resources. */
                public resources: viam.robot.v1.IResourceStatus[];

                /** GetMachineStatusResponse config. */
                public config?: (viam.robot.v1.IConfigStatus|null);

                /** GetMachineStatusResponse state. */
                public state: viam.robot.v1.GetMachineStatusResponse.State;

                /**
                 * Creates a new GetMachineStatusResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns GetMachineStatusResponse instance
                 */
                public static create(properties?: viam.robot.v1.IGetMachineStatusResponse): viam.robot.v1.GetMachineStatusResponse;

                /**
                 * Encodes the specified GetMachineStatusResponse message. Does not implicitly {@link viam.robot.v1.GetMachineStatusResponse.verify|verify} messages.
                 * @param message GetMachineStatusResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: viam.robot.v1.IGetMachineStatusResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a GetMachineStatusResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns GetMachineStatusResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): viam.robot.v1.GetMachineStatusResponse;
            }

            namespace GetMachineStatusResponse {

                /** State enum. */
                enum State {
                    STATE_UNSPECIFIED = 0,
                    STATE_INITIALIZING = 1,
                    STATE_RUNNING = 2
                }
            }

            /** Properties of a ResourceStatus. */
            interface IResourceStatus {

                /** ResourceStatus name */
                name?: (viam.common.v1.IResourceName|null);

                /** ResourceStatus state */
                state?: (viam.robot.v1.ResourceStatus.State|null);

                /** ResourceStatus lastUpdated */
                lastUpdated?: (google.protobuf.ITimestamp|null);

                /** ResourceStatus revision */
                revision?: (string|null);

                /** ResourceStatus error */
                error?: (string|null);
            }

            /** Represents a ResourceStatus. */
            class ResourceStatus implements IResourceStatus {

                /**
                 * Constructs a new ResourceStatus.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: viam.robot.v1.IResourceStatus);

                /** ResourceStatus name. */
                public name?: (viam.common.v1.IResourceName|null);

                /** ResourceStatus state. */
                public state: viam.robot.v1.ResourceStatus.State;

                /** ResourceStatus lastUpdated. */
                public lastUpdated?: (google.protobuf.ITimestamp|null);

                /** ResourceStatus revision. */
                public revision: string;

                /** ResourceStatus error. */
                public error: string;

                /**
                 * Creates a new ResourceStatus instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ResourceStatus instance
                 */
                public static create(properties?: viam.robot.v1.IResourceStatus): viam.robot.v1.ResourceStatus;

                /**
                 * Encodes the specified ResourceStatus message. Does not implicitly {@link viam.robot.v1.ResourceStatus.verify|verify} messages.
                 * @param message ResourceStatus message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: viam.robot.v1.IResourceStatus, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ResourceStatus message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns ResourceStatus
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): viam.robot.v1.ResourceStatus;
            }

            namespace ResourceStatus {

                /** State enum. */
                enum State {
                    STATE_UNSPECIFIED = 0,
                    STATE_UNCONFIGURED = 1,
                    STATE_CONFIGURING = 2,
                    STATE_READY = 3,
                    STATE_REMOVING = 4,
                    STATE_UNHEALTHY = 5
                }
            }

            /** Properties of a ConfigStatus. */
            interface IConfigStatus {

                /** ConfigStatus revision */
                revision?: (string|null);

                /** ConfigStatus lastUpdated */
                lastUpdated?: (google.protobuf.ITimestamp|null);
            }

            /** Represents a ConfigStatus. */
            class ConfigStatus implements IConfigStatus {

                /**
                 * Constructs a new ConfigStatus.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: viam.robot.v1.IConfigStatus);

                /** ConfigStatus revision. */
                public revision: string;

                /** ConfigStatus lastUpdated. */
                public lastUpdated?: (google.protobuf.ITimestamp|null);

                /**
                 * Creates a new ConfigStatus instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ConfigStatus instance
                 */
                public static create(properties?: viam.robot.v1.IConfigStatus): viam.robot.v1.ConfigStatus;

                /**
                 * Encodes the specified ConfigStatus message. Does not implicitly {@link viam.robot.v1.ConfigStatus.verify|verify} messages.
                 * @param message ConfigStatus message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: viam.robot.v1.IConfigStatus, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ConfigStatus message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns ConfigStatus
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): viam.robot.v1.ConfigStatus;
            }

            /** Properties of a GetVersionRequest. */
            interface IGetVersionRequest {
            }

            /** Represents a GetVersionRequest. */
            class GetVersionRequest implements IGetVersionRequest {

                /**
                 * Constructs a new GetVersionRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: viam.robot.v1.IGetVersionRequest);

                /**
                 * Creates a new GetVersionRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns GetVersionRequest instance
                 */
                public static create(properties?: viam.robot.v1.IGetVersionRequest): viam.robot.v1.GetVersionRequest;

                /**
                 * Encodes the specified GetVersionRequest message. Does not implicitly {@link viam.robot.v1.GetVersionRequest.verify|verify} messages.
                 * @param message GetVersionRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: viam.robot.v1.IGetVersionRequest, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a GetVersionRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns GetVersionRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): viam.robot.v1.GetVersionRequest;
            }

            /** Properties of a GetVersionResponse. */
            interface IGetVersionResponse {

                /** GetVersionResponse platform */
                platform?: (string|null);

                /** GetVersionResponse version */
                version?: (string|null);

                /** GetVersionResponse apiVersion */
                apiVersion?: (string|null);
            }

            /** Represents a GetVersionResponse. */
            class GetVersionResponse implements IGetVersionResponse {

                /**
                 * Constructs a new GetVersionResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: viam.robot.v1.IGetVersionResponse);

                /** GetVersionResponse platform. */
                public platform: string;

                /** GetVersionResponse version. */
                public version: string;

                /** GetVersionResponse apiVersion. */
                public apiVersion: string;

                /**
                 * Creates a new GetVersionResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns GetVersionResponse instance
                 */
                public static create(properties?: viam.robot.v1.IGetVersionResponse): viam.robot.v1.GetVersionResponse;

                /**
                 * Encodes the specified GetVersionResponse message. Does not implicitly {@link viam.robot.v1.GetVersionResponse.verify|verify} messages.
                 * @param message GetVersionResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: viam.robot.v1.IGetVersionResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a GetVersionResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns GetVersionResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): viam.robot.v1.GetVersionResponse;
            }

            /** Properties of a ResourceRPCSubtypesRequest. */
            interface IResourceRPCSubtypesRequest {
            }

            /** Represents a ResourceRPCSubtypesRequest. */
            class ResourceRPCSubtypesRequest implements IResourceRPCSubtypesRequest {

                /**
                 * Constructs a new ResourceRPCSubtypesRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: viam.robot.v1.IResourceRPCSubtypesRequest);

                /**
                 * Creates a new ResourceRPCSubtypesRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ResourceRPCSubtypesRequest instance
                 */
                public static create(properties?: viam.robot.v1.IResourceRPCSubtypesRequest): viam.robot.v1.ResourceRPCSubtypesRequest;

                /**
                 * Encodes the specified ResourceRPCSubtypesRequest message. Does not implicitly {@link viam.robot.v1.ResourceRPCSubtypesRequest.verify|verify} messages.
                 * @param message ResourceRPCSubtypesRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: viam.robot.v1.IResourceRPCSubtypesRequest, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ResourceRPCSubtypesRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns ResourceRPCSubtypesRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): viam.robot.v1.ResourceRPCSubtypesRequest;
            }

            /** Properties of a ResourceRPCSubtype. */
            interface IResourceRPCSubtype {

                /** ResourceRPCSubtype subtype */
                subtype?: (viam.common.v1.IResourceName|null);

                /** ResourceRPCSubtype protoService */
                protoService?: (string|null);
            }

            /** Represents a ResourceRPCSubtype. */
            class ResourceRPCSubtype implements IResourceRPCSubtype {

                /**
                 * Constructs a new ResourceRPCSubtype.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: viam.robot.v1.IResourceRPCSubtype);

                /** ResourceRPCSubtype subtype. */
                public subtype?: (viam.common.v1.IResourceName|null);

                /** ResourceRPCSubtype protoService. */
                public protoService: string;

                /**
                 * Creates a new ResourceRPCSubtype instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ResourceRPCSubtype instance
                 */
                public static create(properties?: viam.robot.v1.IResourceRPCSubtype): viam.robot.v1.ResourceRPCSubtype;

                /**
                 * Encodes the specified ResourceRPCSubtype message. Does not implicitly {@link viam.robot.v1.ResourceRPCSubtype.verify|verify} messages.
                 * @param message ResourceRPCSubtype message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: viam.robot.v1.IResourceRPCSubtype, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ResourceRPCSubtype message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns ResourceRPCSubtype
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): viam.robot.v1.ResourceRPCSubtype;
            }

            /** Properties of a ResourceRPCSubtypesResponse. */
            interface IResourceRPCSubtypesResponse {

                /** ResourceRPCSubtypesResponse resourceRpcSubtypes */
                resourceRpcSubtypes?: (viam.robot.v1.IResourceRPCSubtype[]|null);
            }

            /** Represents a ResourceRPCSubtypesResponse. */
            class ResourceRPCSubtypesResponse implements IResourceRPCSubtypesResponse {

                /**
                 * Constructs a new ResourceRPCSubtypesResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: viam.robot.v1.IResourceRPCSubtypesResponse);

                /** ResourceRPCSubtypesResponse resourceRpcSubtypes. */
                public resourceRpcSubtypes: viam.robot.v1.IResourceRPCSubtype[];

                /**
                 * Creates a new ResourceRPCSubtypesResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ResourceRPCSubtypesResponse instance
                 */
                public static create(properties?: viam.robot.v1.IResourceRPCSubtypesResponse): viam.robot.v1.ResourceRPCSubtypesResponse;

                /**
                 * Encodes the specified ResourceRPCSubtypesResponse message. Does not implicitly {@link viam.robot.v1.ResourceRPCSubtypesResponse.verify|verify} messages.
                 * @param message ResourceRPCSubtypesResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: viam.robot.v1.IResourceRPCSubtypesResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ResourceRPCSubtypesResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns ResourceRPCSubtypesResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): viam.robot.v1.ResourceRPCSubtypesResponse;
            }
        }
    }
}

/** Namespace google. */
export namespace google {

    /** Namespace protobuf. */
    namespace protobuf {

        /** Properties of an Any. */
        interface IAny {

            /** Any typeUrl */
            typeUrl?: (string|null);

            /** Any value */
            value?: (Uint8Array|null);
        }

        /** Represents an Any. */
        class Any implements IAny {

            /**
             * Constructs a new Any.
             * @param [properties] Properties to set
             */
            constructor(properties?: google.protobuf.IAny);

            /** Any typeUrl. */
            public typeUrl: string;

            /** Any value. */
            public value: Uint8Array;

            /**
             * Creates a new Any instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Any instance
             */
            public static create(properties?: google.protobuf.IAny): google.protobuf.Any;

            /**
             * Encodes the specified Any message. Does not implicitly {@link google.protobuf.Any.verify|verify} messages.
             * @param message Any message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: google.protobuf.IAny, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Any message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns Any
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): google.protobuf.Any;
        }

        /** Properties of a Timestamp. */
        interface ITimestamp {

            /** Timestamp seconds */
            seconds?: (number|null);

            /** Timestamp nanos */
            nanos?: (number|null);
        }

        /** Represents a Timestamp. */
        class Timestamp implements ITimestamp {

            /**
             * Constructs a new Timestamp.
             * @param [properties] Properties to set
             */
            constructor(properties?: google.protobuf.ITimestamp);

            /** Timestamp seconds. */
            public seconds: number;

            /** Timestamp nanos. */
            public nanos: number;

            /**
             * Creates a new Timestamp instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Timestamp instance
             */
            public static create(properties?: google.protobuf.ITimestamp): google.protobuf.Timestamp;

            /**
             * Encodes the specified Timestamp message. Does not implicitly {@link google.protobuf.Timestamp.verify|verify} messages.
             * @param message Timestamp message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: google.protobuf.ITimestamp, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Timestamp message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns Timestamp
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): google.protobuf.Timestamp;
        }

        /** Properties of a Struct. */
        interface IStruct {

            /** Struct fields */
            fields?: ({ [k: string]: google.protobuf.IValue }|null);
        }

        /** Represents a Struct. */
        class Struct implements IStruct {

            /**
             * Constructs a new Struct.
             * @param [properties] Properties to set
             */
            constructor(properties?: google.protobuf.IStruct);

            /** Struct fields. */
            public fields: { [k: string]: google.protobuf.IValue };

            /**
             * Creates a new Struct instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Struct instance
             */
            public static create(properties?: google.protobuf.IStruct): google.protobuf.Struct;

            /**
             * Encodes the specified Struct message. Does not implicitly {@link google.protobuf.Struct.verify|verify} messages.
             * @param message Struct message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: google.protobuf.IStruct, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Struct message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns Struct
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): google.protobuf.Struct;
        }

        /** Properties of a Value. */
        interface IValue {

            /** Value nullValue */
            nullValue?: (google.protobuf.NullValue|null);

            /** Value numberValue */
            numberValue?: (number|null);

            /** Value stringValue */
            stringValue?: (string|null);

            /** Value boolValue */
            boolValue?: (boolean|null);

            /** Value structValue */
            structValue?: (google.protobuf.IStruct|null);

            /** Value listValue */
            listValue?: (google.protobuf.IListValue|null);
        }

        /** Represents a Value. */
        class Value implements IValue {

            /**
             * Constructs a new Value.
             * @param [properties] Properties to set
             */
            constructor(properties?: google.protobuf.IValue);

            /** Value nullValue. */
            public nullValue?: (google.protobuf.NullValue|null);

            /** Value numberValue. */
            public numberValue?: (number|null);

            /** Value stringValue. */
            public stringValue?: (string|null);

            /** Value boolValue. */
            public boolValue?: (boolean|null);

            /** Value structValue. */
            public structValue?: (google.protobuf.IStruct|null);

            /** Value listValue. */
            public listValue?: (google.protobuf.IListValue|null);

            /** Value kind. */
            public kind?: ("nullValue"|"numberValue"|"stringValue"|"boolValue"|"structValue"|"listValue");

            /**
             * Creates a new Value instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Value instance
             */
            public static create(properties?: google.protobuf.IValue): google.protobuf.Value;

            /**
             * Encodes the specified Value message. Does not implicitly {@link google.protobuf.Value.verify|verify} messages.
             * @param message Value message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: google.protobuf.IValue, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Value message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns Value
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): google.protobuf.Value;
        }

        /** NullValue enum. */
        enum NullValue {
            NULL_VALUE = 0
        }

        /** Properties of a ListValue. */
        interface IListValue {

            /** ListValue values */
            values?: (google.protobuf.IValue[]|null);
        }

        /** Represents a ListValue. */
        class ListValue implements IListValue {

            /**
             * Constructs a new ListValue.
             * @param [properties] Properties to set
             */
            constructor(properties?: google.protobuf.IListValue);

            /** ListValue values. */
            public values: google.protobuf.IValue[];

            /**
             * Creates a new ListValue instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ListValue instance
             */
            public static create(properties?: google.protobuf.IListValue): google.protobuf.ListValue;

            /**
             * Encodes the specified ListValue message. Does not implicitly {@link google.protobuf.ListValue.verify|verify} messages.
             * @param message ListValue message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: google.protobuf.IListValue, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ListValue message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns ListValue
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): google.protobuf.ListValue;
        }

        /** Properties of a BoolValue. */
        interface IBoolValue {

            /** BoolValue value */
            value?: (boolean|null);
        }

        /** Represents a BoolValue. */
        class BoolValue implements IBoolValue {

            /**
             * Constructs a new BoolValue.
             * @param [properties] Properties to set
             */
            constructor(properties?: google.protobuf.IBoolValue);

            /** BoolValue value. */
            public value: boolean;

            /**
             * Creates a new BoolValue instance using the specified properties.
             * @param [properties] Properties to set
             * @returns BoolValue instance
             */
            public static create(properties?: google.protobuf.IBoolValue): google.protobuf.BoolValue;

            /**
             * Encodes the specified BoolValue message. Does not implicitly {@link google.protobuf.BoolValue.verify|verify} messages.
             * @param message BoolValue message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: google.protobuf.IBoolValue, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a BoolValue message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns BoolValue
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): google.protobuf.BoolValue;
        }

        /** Properties of an Int64Value. */
        interface IInt64Value {

            /** Int64Value value */
            value?: (number|null);
        }

        /** Represents an Int64Value. */
        class Int64Value implements IInt64Value {

            /**
             * Constructs a new Int64Value.
             * @param [properties] Properties to set
             */
            constructor(properties?: google.protobuf.IInt64Value);

            /** Int64Value value. */
            public value: number;

            /**
             * Creates a new Int64Value instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Int64Value instance
             */
            public static create(properties?: google.protobuf.IInt64Value): google.protobuf.Int64Value;

            /**
             * Encodes the specified Int64Value message. Does not implicitly {@link google.protobuf.Int64Value.verify|verify} messages.
             * @param message Int64Value message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: google.protobuf.IInt64Value, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Int64Value message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns Int64Value
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): google.protobuf.Int64Value;
        }

        /** Properties of a UInt64Value. */
        interface IUInt64Value {

            /** UInt64Value value */
            value?: (number|null);
        }

        /** Represents a UInt64Value. */
        class UInt64Value implements IUInt64Value {

            /**
             * Constructs a new UInt64Value.
             * @param [properties] Properties to set
             */
            constructor(properties?: google.protobuf.IUInt64Value);

            /** UInt64Value value. */
            public value: number;

            /**
             * Creates a new UInt64Value instance using the specified properties.
             * @param [properties] Properties to set
             * @returns UInt64Value instance
             */
            public static create(properties?: google.protobuf.IUInt64Value): google.protobuf.UInt64Value;

            /**
             * Encodes the specified UInt64Value message. Does not implicitly {@link google.protobuf.UInt64Value.verify|verify} messages.
             * @param message UInt64Value message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: google.protobuf.IUInt64Value, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a UInt64Value message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns UInt64Value
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): google.protobuf.UInt64Value;
        }

        /** Properties of a DoubleValue. */
        interface IDoubleValue {

            /** DoubleValue value */
            value?: (number|null);
        }

        /** Represents a DoubleValue. */
        class DoubleValue implements IDoubleValue {

            /**
             * Constructs a new DoubleValue.
             * @param [properties] Properties to set
             */
            constructor(properties?: google.protobuf.IDoubleValue);

            /** DoubleValue value. */
            public value: number;

            /**
             * Creates a new DoubleValue instance using the specified properties.
             * @param [properties] Properties to set
             * @returns DoubleValue instance
             */
            public static create(properties?: google.protobuf.IDoubleValue): google.protobuf.DoubleValue;

            /**
             * Encodes the specified DoubleValue message. Does not implicitly {@link google.protobuf.DoubleValue.verify|verify} messages.
             * @param message DoubleValue message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: google.protobuf.IDoubleValue, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DoubleValue message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns DoubleValue
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): google.protobuf.DoubleValue;
        }

        /** Properties of a StringValue. */
        interface IStringValue {

            /** StringValue value */
            value?: (string|null);
        }

        /** Represents a StringValue. */
        class StringValue implements IStringValue {

            /**
             * Constructs a new StringValue.
             * @param [properties] Properties to set
             */
            constructor(properties?: google.protobuf.IStringValue);

            /** StringValue value. */
            public value: string;

            /**
             * Creates a new StringValue instance using the specified properties.
             * @param [properties] Properties to set
             * @returns StringValue instance
             */
            public static create(properties?: google.protobuf.IStringValue): google.protobuf.StringValue;

            /**
             * Encodes the specified StringValue message. Does not implicitly {@link google.protobuf.StringValue.verify|verify} messages.
             * @param message StringValue message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: google.protobuf.IStringValue, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a StringValue message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns StringValue
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): google.protobuf.StringValue;
        }
    }
}

/** Namespace proto. */
export namespace proto {

    /** Namespace rpc. */
    namespace rpc {

        /** Namespace v1. */
        namespace v1 {

            /** Properties of a Credentials. */
            interface ICredentials {

                /** Credentials type */
                type?: (string|null);

                /** Credentials payload */
                payload?: (string|null);
            }

            /** Represents a Credentials. */
            class Credentials implements ICredentials {

                /**
                 * Constructs a new Credentials.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: proto.rpc.v1.ICredentials);

                /** Credentials type. */
                public type: string;

                /** Credentials payload. */
                public payload: string;

                /**
                 * Creates a new Credentials instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Credentials instance
                 */
                public static create(properties?: proto.rpc.v1.ICredentials): proto.rpc.v1.Credentials;

                /**
                 * Encodes the specified Credentials message. Does not implicitly {@link proto.rpc.v1.Credentials.verify|verify} messages.
                 * @param message Credentials message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: proto.rpc.v1.ICredentials, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Credentials message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns Credentials
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): proto.rpc.v1.Credentials;
            }

            /** Properties of an AuthenticateRequest. */
            interface IAuthenticateRequest {

                /** AuthenticateRequest entity */
                entity?: (string|null);

                /** AuthenticateRequest credentials */
                credentials?: (proto.rpc.v1.ICredentials|null);
            }

            /** Represents an AuthenticateRequest. */
            class AuthenticateRequest implements IAuthenticateRequest {

                /**
                 * Constructs a new AuthenticateRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: proto.rpc.v1.IAuthenticateRequest);

                /** AuthenticateRequest entity. */
                public entity: string;

                /** AuthenticateRequest credentials. */
                public credentials?: (proto.rpc.v1.ICredentials|null);

                /**
                 * Creates a new AuthenticateRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns AuthenticateRequest instance
                 */
                public static create(properties?: proto.rpc.v1.IAuthenticateRequest): proto.rpc.v1.AuthenticateRequest;

                /**
                 * Encodes the specified AuthenticateRequest message. Does not implicitly {@link proto.rpc.v1.AuthenticateRequest.verify|verify} messages.
                 * @param message AuthenticateRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: proto.rpc.v1.IAuthenticateRequest, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an AuthenticateRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns AuthenticateRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): proto.rpc.v1.AuthenticateRequest;
            }

            /** Properties of an AuthenticateResponse. */
            interface IAuthenticateResponse {

                /** AuthenticateResponse accessToken */
                accessToken?: (string|null);
            }

            /** Represents an AuthenticateResponse. */
            class AuthenticateResponse implements IAuthenticateResponse {

                /**
                 * Constructs a new AuthenticateResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: proto.rpc.v1.IAuthenticateResponse);

                /** AuthenticateResponse accessToken. */
                public accessToken: string;

                /**
                 * Creates a new AuthenticateResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns AuthenticateResponse instance
                 */
                public static create(properties?: proto.rpc.v1.IAuthenticateResponse): proto.rpc.v1.AuthenticateResponse;

                /**
                 * Encodes the specified AuthenticateResponse message. Does not implicitly {@link proto.rpc.v1.AuthenticateResponse.verify|verify} messages.
                 * @param message AuthenticateResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: proto.rpc.v1.IAuthenticateResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an AuthenticateResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns AuthenticateResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): proto.rpc.v1.AuthenticateResponse;
            }
        }
    }
}
