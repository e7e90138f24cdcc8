// DO NOT EDIT! This is a generated file. Edit the source file instead and regenerate.

import * as $protobuf from "protobufjs/minimal";

/** Namespace viam. */
export namespace viam {

    /** Namespace app. */
    namespace app {

        /** Namespace v1. */
        namespace v1 {

            /**
             * Properties of a ConfigRequest.
             * @deprecated Use viam.app.v1.ConfigRequest.$Properties instead.
             */
            interface IConfigRequest extends viam.app.v1.ConfigRequest.$Properties {
            }

            /** Represents a ConfigRequest. */
            class ConfigRequest {

                /**
                 * Constructs a new ConfigRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: viam.app.v1.ConfigRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ConfigRequest id. */
                id: string;

                /**
                 * Creates a new ConfigRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ConfigRequest instance
                 */
                static create(properties: viam.app.v1.ConfigRequest.$Shape): viam.app.v1.ConfigRequest & viam.app.v1.ConfigRequest.$Shape;
                static create(properties?: viam.app.v1.ConfigRequest.$Properties): viam.app.v1.ConfigRequest;

                /**
                 * Encodes the specified ConfigRequest message. Does not implicitly {@link viam.app.v1.ConfigRequest.verify|verify} messages.
                 * @param message ConfigRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: viam.app.v1.ConfigRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ConfigRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {viam.app.v1.ConfigRequest & viam.app.v1.ConfigRequest.$Shape} ConfigRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): viam.app.v1.ConfigRequest & viam.app.v1.ConfigRequest.$Shape;
            }

            namespace ConfigRequest {

                /** Properties of a ConfigRequest. */
                interface $Properties {

                    /** ConfigRequest id */
                    id?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ConfigRequest. */
                type $Shape = viam.app.v1.ConfigRequest.$Properties;
            }

            /**
             * Properties of a ConfigResponse.
             * @deprecated Use viam.app.v1.ConfigResponse.$Properties instead.
             */
            interface IConfigResponse extends viam.app.v1.ConfigResponse.$Properties {
            }

            /** Represents a ConfigResponse. */
            class ConfigResponse {

                /**
                 * Constructs a new ConfigResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: viam.app.v1.ConfigResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ConfigResponse config. */
                config?: (viam.app.v1.RobotConfig.$Properties|null);

                /**
                 * Creates a new ConfigResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ConfigResponse instance
                 */
                static create(properties: viam.app.v1.ConfigResponse.$Shape): viam.app.v1.ConfigResponse & viam.app.v1.ConfigResponse.$Shape;
                static create(properties?: viam.app.v1.ConfigResponse.$Properties): viam.app.v1.ConfigResponse;

                /**
                 * Encodes the specified ConfigResponse message. Does not implicitly {@link viam.app.v1.ConfigResponse.verify|verify} messages.
                 * @param message ConfigResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: viam.app.v1.ConfigResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ConfigResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {viam.app.v1.ConfigResponse & viam.app.v1.ConfigResponse.$Shape} ConfigResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): viam.app.v1.ConfigResponse & viam.app.v1.ConfigResponse.$Shape;
            }

            namespace ConfigResponse {

                /** Properties of a ConfigResponse. */
                interface $Properties {

                    /** ConfigResponse config */
                    config?: (viam.app.v1.RobotConfig.$Properties|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ConfigResponse. */
                type $Shape = {
                  config?: viam.app.v1.RobotConfig.$Shape|null;
                  $unknowns?: Uint8Array[];
                };
            }

            /**
             * Properties of a RobotConfig.
             * @deprecated Use viam.app.v1.RobotConfig.$Properties instead.
             */
            interface IRobotConfig extends viam.app.v1.RobotConfig.$Properties {
            }

            /** Represents a RobotConfig. */
            class RobotConfig {

                /**
                 * Constructs a new RobotConfig.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: viam.app.v1.RobotConfig.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** RobotConfig cloud. */
                cloud?: (viam.app.v1.CloudConfig.$Properties|null);

                /** RobotConfig remotes. */
                remotes: viam.app.v1.RemoteConfig.$Properties[];

                /** RobotConfig components. */
                components: viam.app.v1.ComponentConfig.$Properties[];

                /** RobotConfig services. */
                services: viam.app.v1.ServiceConfig.$Properties[];

                /** RobotConfig revision. */
                revision: string;

                /**
                 * Creates a new RobotConfig instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns RobotConfig instance
                 */
                static create(properties: viam.app.v1.RobotConfig.$Shape): viam.app.v1.RobotConfig & viam.app.v1.RobotConfig.$Shape;
                static create(properties?: viam.app.v1.RobotConfig.$Properties): viam.app.v1.RobotConfig;

                /**
                 * Encodes the specified RobotConfig message. Does not implicitly {@link viam.app.v1.RobotConfig.verify|verify} messages.
                 * @param message RobotConfig message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: viam.app.v1.RobotConfig.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a RobotConfig message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {viam.app.v1.RobotConfig & viam.app.v1.RobotConfig.$Shape} RobotConfig
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): viam.app.v1.RobotConfig & viam.app.v1.RobotConfig.$Shape;
            }

            namespace RobotConfig {

                /** Properties of a RobotConfig. */
                interface $Properties {

                    /** RobotConfig cloud */
                    cloud?: (viam.app.v1.CloudConfig.$Properties|null);

                    /** RobotConfig remotes */
                    remotes?: (viam.app.v1.RemoteConfig.$Properties[]|null);

                    /** RobotConfig components */
                    components?: (viam.app.v1.ComponentConfig.$Properties[]|null);

                    /** RobotConfig services */
                    services?: (viam.app.v1.ServiceConfig.$Properties[]|null);

                    /** RobotConfig revision */
                    revision?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a RobotConfig. */
                type $Shape = {
                  cloud?: viam.app.v1.CloudConfig.$Shape|null;
                  remotes?: viam.app.v1.RemoteConfig.$Shape[]|null;
                  components?: viam.app.v1.ComponentConfig.$Shape[]|null;
                  services?: viam.app.v1.ServiceConfig.$Shape[]|null;
                  revision?: string|null;
                  $unknowns?: Uint8Array[];
                };
            }

            /**
             * Properties of a CloudConfig.
             * @deprecated Use viam.app.v1.CloudConfig.$Properties instead.
             */
            interface ICloudConfig extends viam.app.v1.CloudConfig.$Properties {
            }

            /** Represents a CloudConfig. */
            class CloudConfig {

                /**
                 * Constructs a new CloudConfig.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: viam.app.v1.CloudConfig.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** CloudConfig id. */
                id: string;

                /** CloudConfig fqdn. */
                fqdn: string;

                /** CloudConfig localFqdn. */
                localFqdn: string;

                /** CloudConfig primaryOrgId. */
                primaryOrgId: string;

                /** CloudConfig locationId. */
                locationId: string;

                /** CloudConfig machineId. */
                machineId: string;

                /**
                 * Creates a new CloudConfig instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns CloudConfig instance
                 */
                static create(properties: viam.app.v1.CloudConfig.$Shape): viam.app.v1.CloudConfig & viam.app.v1.CloudConfig.$Shape;
                static create(properties?: viam.app.v1.CloudConfig.$Properties): viam.app.v1.CloudConfig;

                /**
                 * Encodes the specified CloudConfig message. Does not implicitly {@link viam.app.v1.CloudConfig.verify|verify} messages.
                 * @param message CloudConfig message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: viam.app.v1.CloudConfig.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a CloudConfig message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {viam.app.v1.CloudConfig & viam.app.v1.CloudConfig.$Shape} CloudConfig
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): viam.app.v1.CloudConfig & viam.app.v1.CloudConfig.$Shape;
            }

            namespace CloudConfig {

                /** Properties of a CloudConfig. */
                interface $Properties {

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

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a CloudConfig. */
                type $Shape = viam.app.v1.CloudConfig.$Properties;
            }

            /**
             * Properties of a ComponentConfig.
             * @deprecated Use viam.app.v1.ComponentConfig.$Properties instead.
             */
            interface IComponentConfig extends viam.app.v1.ComponentConfig.$Properties {
            }

            /** Represents a ComponentConfig. */
            class ComponentConfig {

                /**
                 * Constructs a new ComponentConfig.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: viam.app.v1.ComponentConfig.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ComponentConfig name. */
                name: string;

                /** ComponentConfig namespace. */
                namespace: string;

                /** ComponentConfig type. */
                type: string;

                /** ComponentConfig model. */
                model: string;

                /** ComponentConfig dependsOn. */
                dependsOn: string[];

                /** ComponentConfig serviceConfigs. */
                serviceConfigs: viam.app.v1.ResourceLevelServiceConfig.$Properties[];

                /** ComponentConfig attributes. */
                attributes?: (google.protobuf.Struct.$Properties|null);

                /** ComponentConfig api. */
                api: string;

                /**
                 * Creates a new ComponentConfig instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ComponentConfig instance
                 */
                static create(properties: viam.app.v1.ComponentConfig.$Shape): viam.app.v1.ComponentConfig & viam.app.v1.ComponentConfig.$Shape;
                static create(properties?: viam.app.v1.ComponentConfig.$Properties): viam.app.v1.ComponentConfig;

                /**
                 * Encodes the specified ComponentConfig message. Does not implicitly {@link viam.app.v1.ComponentConfig.verify|verify} messages.
                 * @param message ComponentConfig message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: viam.app.v1.ComponentConfig.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ComponentConfig message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {viam.app.v1.ComponentConfig & viam.app.v1.ComponentConfig.$Shape} ComponentConfig
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): viam.app.v1.ComponentConfig & viam.app.v1.ComponentConfig.$Shape;
            }

            namespace ComponentConfig {

                /** Properties of a ComponentConfig. */
                interface $Properties {

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
                    serviceConfigs?: (viam.app.v1.ResourceLevelServiceConfig.$Properties[]|null);

                    /** ComponentConfig attributes */
                    attributes?: (google.protobuf.Struct.$Properties|null);

                    /** ComponentConfig api */
                    api?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ComponentConfig. */
                type $Shape = {
                  name?: string|null;
                  namespace?: string|null;
                  type?: string|null;
                  model?: string|null;
                  dependsOn?: string[]|null;
                  serviceConfigs?: viam.app.v1.ResourceLevelServiceConfig.$Shape[]|null;
                  attributes?: google.protobuf.Struct.$Shape|null;
                  api?: string|null;
                  $unknowns?: Uint8Array[];
                };
            }

            /**
             * Properties of a ResourceLevelServiceConfig.
             * @deprecated Use viam.app.v1.ResourceLevelServiceConfig.$Properties instead.
             */
            interface IResourceLevelServiceConfig extends viam.app.v1.ResourceLevelServiceConfig.$Properties {
            }

            /** Represents a ResourceLevelServiceConfig. */
            class ResourceLevelServiceConfig {

                /**
                 * Constructs a new ResourceLevelServiceConfig.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: viam.app.v1.ResourceLevelServiceConfig.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ResourceLevelServiceConfig type. */
                type: string;

                /** ResourceLevelServiceConfig attributes. */
                attributes?: (google.protobuf.Struct.$Properties|null);

                /**
                 * Creates a new ResourceLevelServiceConfig instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ResourceLevelServiceConfig instance
                 */
                static create(properties: viam.app.v1.ResourceLevelServiceConfig.$Shape): viam.app.v1.ResourceLevelServiceConfig & viam.app.v1.ResourceLevelServiceConfig.$Shape;
                static create(properties?: viam.app.v1.ResourceLevelServiceConfig.$Properties): viam.app.v1.ResourceLevelServiceConfig;

                /**
                 * Encodes the specified ResourceLevelServiceConfig message. Does not implicitly {@link viam.app.v1.ResourceLevelServiceConfig.verify|verify} messages.
                 * @param message ResourceLevelServiceConfig message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: viam.app.v1.ResourceLevelServiceConfig.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ResourceLevelServiceConfig message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {viam.app.v1.ResourceLevelServiceConfig & viam.app.v1.ResourceLevelServiceConfig.$Shape} ResourceLevelServiceConfig
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): viam.app.v1.ResourceLevelServiceConfig & viam.app.v1.ResourceLevelServiceConfig.$Shape;
            }

            namespace ResourceLevelServiceConfig {

                /** Properties of a ResourceLevelServiceConfig. */
                interface $Properties {

                    /** ResourceLevelServiceConfig type */
                    type?: (string|null);

                    /** ResourceLevelServiceConfig attributes */
                    attributes?: (google.protobuf.Struct.$Properties|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ResourceLevelServiceConfig. */
                type $Shape = {
                  type?: string|null;
                  attributes?: google.protobuf.Struct.$Shape|null;
                  $unknowns?: Uint8Array[];
                };
            }

            /**
             * Properties of a ServiceConfig.
             * @deprecated Use viam.app.v1.ServiceConfig.$Properties instead.
             */
            interface IServiceConfig extends viam.app.v1.ServiceConfig.$Properties {
            }

            /** Represents a ServiceConfig. */
            class ServiceConfig {

                /**
                 * Constructs a new ServiceConfig.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: viam.app.v1.ServiceConfig.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ServiceConfig name. */
                name: string;

                /** ServiceConfig namespace. */
                namespace: string;

                /** ServiceConfig type. */
                type: string;

                /** ServiceConfig attributes. */
                attributes?: (google.protobuf.Struct.$Properties|null);

                /** ServiceConfig dependsOn. */
                dependsOn: string[];

                /** ServiceConfig model. */
                model: string;

                /** ServiceConfig api. */
                api: string;

                /** ServiceConfig serviceConfigs. */
                serviceConfigs: viam.app.v1.ResourceLevelServiceConfig.$Properties[];

                /**
                 * Creates a new ServiceConfig instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ServiceConfig instance
                 */
                static create(properties: viam.app.v1.ServiceConfig.$Shape): viam.app.v1.ServiceConfig & viam.app.v1.ServiceConfig.$Shape;
                static create(properties?: viam.app.v1.ServiceConfig.$Properties): viam.app.v1.ServiceConfig;

                /**
                 * Encodes the specified ServiceConfig message. Does not implicitly {@link viam.app.v1.ServiceConfig.verify|verify} messages.
                 * @param message ServiceConfig message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: viam.app.v1.ServiceConfig.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ServiceConfig message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {viam.app.v1.ServiceConfig & viam.app.v1.ServiceConfig.$Shape} ServiceConfig
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): viam.app.v1.ServiceConfig & viam.app.v1.ServiceConfig.$Shape;
            }

            namespace ServiceConfig {

                /** Properties of a ServiceConfig. */
                interface $Properties {

                    /** ServiceConfig name */
                    name?: (string|null);

                    /** ServiceConfig namespace */
                    namespace?: (string|null);

                    /** ServiceConfig type */
                    type?: (string|null);

                    /** ServiceConfig attributes */
                    attributes?: (google.protobuf.Struct.$Properties|null);

                    /** ServiceConfig dependsOn */
                    dependsOn?: (string[]|null);

                    /** ServiceConfig model */
                    model?: (string|null);

                    /** ServiceConfig api */
                    api?: (string|null);

                    /** ServiceConfig serviceConfigs */
                    serviceConfigs?: (viam.app.v1.ResourceLevelServiceConfig.$Properties[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ServiceConfig. */
                type $Shape = {
                  name?: string|null;
                  namespace?: string|null;
                  type?: string|null;
                  attributes?: google.protobuf.Struct.$Shape|null;
                  dependsOn?: string[]|null;
                  model?: string|null;
                  api?: string|null;
                  serviceConfigs?: viam.app.v1.ResourceLevelServiceConfig.$Shape[]|null;
                  $unknowns?: Uint8Array[];
                };
            }

            /** CredentialsType enum. */
            enum CredentialsType {

                /** CREDENTIALS_TYPE_UNSPECIFIED value */
                CREDENTIALS_TYPE_UNSPECIFIED = 0,

                /** CREDENTIALS_TYPE_INTERNAL value */
                CREDENTIALS_TYPE_INTERNAL = 1,

                /** CREDENTIALS_TYPE_API_KEY value */
                CREDENTIALS_TYPE_API_KEY = 2,

                /** CREDENTIALS_TYPE_ROBOT_SECRET value */
                CREDENTIALS_TYPE_ROBOT_SECRET = 3,

                /** CREDENTIALS_TYPE_ROBOT_LOCATION_SECRET value */
                CREDENTIALS_TYPE_ROBOT_LOCATION_SECRET = 4
            }

            /**
             * Properties of a RemoteAuth.
             * @deprecated Use viam.app.v1.RemoteAuth.$Properties instead.
             */
            interface IRemoteAuth extends viam.app.v1.RemoteAuth.$Properties {
            }

            /** Represents a RemoteAuth. */
            class RemoteAuth {

                /**
                 * Constructs a new RemoteAuth.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: viam.app.v1.RemoteAuth.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** RemoteAuth credentials. */
                credentials?: (viam.app.v1.RemoteAuth.Credentials.$Properties|null);

                /** RemoteAuth entity. */
                entity: string;

                /**
                 * Creates a new RemoteAuth instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns RemoteAuth instance
                 */
                static create(properties: viam.app.v1.RemoteAuth.$Shape): viam.app.v1.RemoteAuth & viam.app.v1.RemoteAuth.$Shape;
                static create(properties?: viam.app.v1.RemoteAuth.$Properties): viam.app.v1.RemoteAuth;

                /**
                 * Encodes the specified RemoteAuth message. Does not implicitly {@link viam.app.v1.RemoteAuth.verify|verify} messages.
                 * @param message RemoteAuth message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: viam.app.v1.RemoteAuth.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a RemoteAuth message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {viam.app.v1.RemoteAuth & viam.app.v1.RemoteAuth.$Shape} RemoteAuth
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): viam.app.v1.RemoteAuth & viam.app.v1.RemoteAuth.$Shape;
            }

            namespace RemoteAuth {

                /** Properties of a RemoteAuth. */
                interface $Properties {

                    /** RemoteAuth credentials */
                    credentials?: (viam.app.v1.RemoteAuth.Credentials.$Properties|null);

                    /** RemoteAuth entity */
                    entity?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a RemoteAuth. */
                type $Shape = viam.app.v1.RemoteAuth.$Properties;

                /**
                 * Properties of a Credentials.
                 * @deprecated Use viam.app.v1.RemoteAuth.Credentials.$Properties instead.
                 */
                interface ICredentials extends viam.app.v1.RemoteAuth.Credentials.$Properties {
                }

                /** Represents a Credentials. */
                class Credentials {

                    /**
                     * Constructs a new Credentials.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: viam.app.v1.RemoteAuth.Credentials.$Properties);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];

                    /** Credentials type. */
                    type: viam.app.v1.CredentialsType;

                    /** Credentials payload. */
                    payload: string;

                    /**
                     * Creates a new Credentials instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns Credentials instance
                     */
                    static create(properties: viam.app.v1.RemoteAuth.Credentials.$Shape): viam.app.v1.RemoteAuth.Credentials & viam.app.v1.RemoteAuth.Credentials.$Shape;
                    static create(properties?: viam.app.v1.RemoteAuth.Credentials.$Properties): viam.app.v1.RemoteAuth.Credentials;

                    /**
                     * Encodes the specified Credentials message. Does not implicitly {@link viam.app.v1.RemoteAuth.Credentials.verify|verify} messages.
                     * @param message Credentials message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    static encode(message: viam.app.v1.RemoteAuth.Credentials.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a Credentials message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns {viam.app.v1.RemoteAuth.Credentials & viam.app.v1.RemoteAuth.Credentials.$Shape} Credentials
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): viam.app.v1.RemoteAuth.Credentials & viam.app.v1.RemoteAuth.Credentials.$Shape;
                }

                namespace Credentials {

                    /** Properties of a Credentials. */
                    interface $Properties {

                        /** Credentials type */
                        type?: (viam.app.v1.CredentialsType|null);

                        /** Credentials payload */
                        payload?: (string|null);

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];
                    }

                    /** Shape of a Credentials. */
                    type $Shape = viam.app.v1.RemoteAuth.Credentials.$Properties;
                }
            }

            /**
             * Properties of a RemoteConfig.
             * @deprecated Use viam.app.v1.RemoteConfig.$Properties instead.
             */
            interface IRemoteConfig extends viam.app.v1.RemoteConfig.$Properties {
            }

            /** Represents a RemoteConfig. */
            class RemoteConfig {

                /**
                 * Constructs a new RemoteConfig.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: viam.app.v1.RemoteConfig.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** RemoteConfig name. */
                name: string;

                /** RemoteConfig address. */
                address: string;

                /** RemoteConfig auth. */
                auth?: (viam.app.v1.RemoteAuth.$Properties|null);

                /** RemoteConfig insecure. */
                insecure: boolean;

                /** RemoteConfig secret. */
                secret: string;

                /** RemoteConfig prefix. */
                prefix: string;

                /**
                 * Creates a new RemoteConfig instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns RemoteConfig instance
                 */
                static create(properties: viam.app.v1.RemoteConfig.$Shape): viam.app.v1.RemoteConfig & viam.app.v1.RemoteConfig.$Shape;
                static create(properties?: viam.app.v1.RemoteConfig.$Properties): viam.app.v1.RemoteConfig;

                /**
                 * Encodes the specified RemoteConfig message. Does not implicitly {@link viam.app.v1.RemoteConfig.verify|verify} messages.
                 * @param message RemoteConfig message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: viam.app.v1.RemoteConfig.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a RemoteConfig message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {viam.app.v1.RemoteConfig & viam.app.v1.RemoteConfig.$Shape} RemoteConfig
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): viam.app.v1.RemoteConfig & viam.app.v1.RemoteConfig.$Shape;
            }

            namespace RemoteConfig {

                /** Properties of a RemoteConfig. */
                interface $Properties {

                    /** RemoteConfig name */
                    name?: (string|null);

                    /** RemoteConfig address */
                    address?: (string|null);

                    /** RemoteConfig auth */
                    auth?: (viam.app.v1.RemoteAuth.$Properties|null);

                    /** RemoteConfig insecure */
                    insecure?: (boolean|null);

                    /** RemoteConfig secret */
                    secret?: (string|null);

                    /** RemoteConfig prefix */
                    prefix?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a RemoteConfig. */
                type $Shape = viam.app.v1.RemoteConfig.$Properties;
            }
        }

        /** Namespace datasync. */
        namespace datasync {

            /** Namespace v1. */
            namespace v1 {

                /**
                 * Properties of a DataCaptureUploadRequest.
                 * @deprecated Use viam.app.datasync.v1.DataCaptureUploadRequest.$Properties instead.
                 */
                interface IDataCaptureUploadRequest extends viam.app.datasync.v1.DataCaptureUploadRequest.$Properties {
                }

                /** Represents a DataCaptureUploadRequest. */
                class DataCaptureUploadRequest {

                    /**
                     * Constructs a new DataCaptureUploadRequest.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: viam.app.datasync.v1.DataCaptureUploadRequest.$Properties);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];

                    /** DataCaptureUploadRequest metadata. */
                    metadata?: (viam.app.datasync.v1.UploadMetadata.$Properties|null);

                    /** DataCaptureUploadRequest sensorContents. */
                    sensorContents: viam.app.datasync.v1.SensorData.$Properties[];

                    /**
                     * Creates a new DataCaptureUploadRequest instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns DataCaptureUploadRequest instance
                     */
                    static create(properties: viam.app.datasync.v1.DataCaptureUploadRequest.$Shape): viam.app.datasync.v1.DataCaptureUploadRequest & viam.app.datasync.v1.DataCaptureUploadRequest.$Shape;
                    static create(properties?: viam.app.datasync.v1.DataCaptureUploadRequest.$Properties): viam.app.datasync.v1.DataCaptureUploadRequest;

                    /**
                     * Encodes the specified DataCaptureUploadRequest message. Does not implicitly {@link viam.app.datasync.v1.DataCaptureUploadRequest.verify|verify} messages.
                     * @param message DataCaptureUploadRequest message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    static encode(message: viam.app.datasync.v1.DataCaptureUploadRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a DataCaptureUploadRequest message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns {viam.app.datasync.v1.DataCaptureUploadRequest & viam.app.datasync.v1.DataCaptureUploadRequest.$Shape} DataCaptureUploadRequest
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): viam.app.datasync.v1.DataCaptureUploadRequest & viam.app.datasync.v1.DataCaptureUploadRequest.$Shape;
                }

                namespace DataCaptureUploadRequest {

                    /** Properties of a DataCaptureUploadRequest. */
                    interface $Properties {

                        /** DataCaptureUploadRequest metadata */
                        metadata?: (viam.app.datasync.v1.UploadMetadata.$Properties|null);

                        /** DataCaptureUploadRequest sensorContents */
                        sensorContents?: (viam.app.datasync.v1.SensorData.$Properties[]|null);

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];
                    }

                    /** Shape of a DataCaptureUploadRequest. */
                    type $Shape = {
                      metadata?: viam.app.datasync.v1.UploadMetadata.$Shape|null;
                      sensorContents?: viam.app.datasync.v1.SensorData.$Shape[]|null;
                      $unknowns?: Uint8Array[];
                    };
                }

                /**
                 * Properties of a DataCaptureUploadResponse.
                 * @deprecated Use viam.app.datasync.v1.DataCaptureUploadResponse.$Properties instead.
                 */
                interface IDataCaptureUploadResponse extends viam.app.datasync.v1.DataCaptureUploadResponse.$Properties {
                }

                /** Represents a DataCaptureUploadResponse. */
                class DataCaptureUploadResponse {

                    /**
                     * Constructs a new DataCaptureUploadResponse.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: viam.app.datasync.v1.DataCaptureUploadResponse.$Properties);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];

                    /** DataCaptureUploadResponse fileId. */
                    fileId: string;

                    /** DataCaptureUploadResponse binaryDataId. */
                    binaryDataId: string;

                    /**
                     * Creates a new DataCaptureUploadResponse instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns DataCaptureUploadResponse instance
                     */
                    static create(properties: viam.app.datasync.v1.DataCaptureUploadResponse.$Shape): viam.app.datasync.v1.DataCaptureUploadResponse & viam.app.datasync.v1.DataCaptureUploadResponse.$Shape;
                    static create(properties?: viam.app.datasync.v1.DataCaptureUploadResponse.$Properties): viam.app.datasync.v1.DataCaptureUploadResponse;

                    /**
                     * Encodes the specified DataCaptureUploadResponse message. Does not implicitly {@link viam.app.datasync.v1.DataCaptureUploadResponse.verify|verify} messages.
                     * @param message DataCaptureUploadResponse message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    static encode(message: viam.app.datasync.v1.DataCaptureUploadResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a DataCaptureUploadResponse message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns {viam.app.datasync.v1.DataCaptureUploadResponse & viam.app.datasync.v1.DataCaptureUploadResponse.$Shape} DataCaptureUploadResponse
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): viam.app.datasync.v1.DataCaptureUploadResponse & viam.app.datasync.v1.DataCaptureUploadResponse.$Shape;
                }

                namespace DataCaptureUploadResponse {

                    /** Properties of a DataCaptureUploadResponse. */
                    interface $Properties {

                        /** DataCaptureUploadResponse fileId */
                        fileId?: (string|null);

                        /** DataCaptureUploadResponse binaryDataId */
                        binaryDataId?: (string|null);

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];
                    }

                    /** Shape of a DataCaptureUploadResponse. */
                    type $Shape = viam.app.datasync.v1.DataCaptureUploadResponse.$Properties;
                }

                /** DataType enum. */
                enum DataType {

                    /** DATA_TYPE_UNSPECIFIED value */
                    DATA_TYPE_UNSPECIFIED = 0,

                    /** DATA_TYPE_BINARY_SENSOR value */
                    DATA_TYPE_BINARY_SENSOR = 1,

                    /** DATA_TYPE_TABULAR_SENSOR value */
                    DATA_TYPE_TABULAR_SENSOR = 2,

                    /** DATA_TYPE_FILE value */
                    DATA_TYPE_FILE = 3
                }

                /**
                 * Properties of an UploadMetadata.
                 * @deprecated Use viam.app.datasync.v1.UploadMetadata.$Properties instead.
                 */
                interface IUploadMetadata extends viam.app.datasync.v1.UploadMetadata.$Properties {
                }

                /** Represents an UploadMetadata. */
                class UploadMetadata {

                    /**
                     * Constructs a new UploadMetadata.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: viam.app.datasync.v1.UploadMetadata.$Properties);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];

                    /** UploadMetadata partId. */
                    partId: string;

                    /** UploadMetadata componentType. */
                    componentType: string;

                    /** UploadMetadata componentName. */
                    componentName: string;

                    /** UploadMetadata methodName. */
                    methodName: string;

                    /** UploadMetadata type. */
                    type: viam.app.datasync.v1.DataType;

                    /** UploadMetadata fileName. */
                    fileName: string;

                    /** UploadMetadata methodParameters. */
                    methodParameters: { [k: string]: google.protobuf.Any.$Properties };

                    /** UploadMetadata fileExtension. */
                    fileExtension: string;

                    /** UploadMetadata tags. */
                    tags: string[];

                    /** UploadMetadata datasetIds. */
                    datasetIds: string[];

                    /** UploadMetadata mimeType. */
                    mimeType: string;

                    /**
                     * Creates a new UploadMetadata instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns UploadMetadata instance
                     */
                    static create(properties: viam.app.datasync.v1.UploadMetadata.$Shape): viam.app.datasync.v1.UploadMetadata & viam.app.datasync.v1.UploadMetadata.$Shape;
                    static create(properties?: viam.app.datasync.v1.UploadMetadata.$Properties): viam.app.datasync.v1.UploadMetadata;

                    /**
                     * Encodes the specified UploadMetadata message. Does not implicitly {@link viam.app.datasync.v1.UploadMetadata.verify|verify} messages.
                     * @param message UploadMetadata message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    static encode(message: viam.app.datasync.v1.UploadMetadata.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes an UploadMetadata message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns {viam.app.datasync.v1.UploadMetadata & viam.app.datasync.v1.UploadMetadata.$Shape} UploadMetadata
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): viam.app.datasync.v1.UploadMetadata & viam.app.datasync.v1.UploadMetadata.$Shape;
                }

                namespace UploadMetadata {

                    /** Properties of an UploadMetadata. */
                    interface $Properties {

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
                        methodParameters?: ({ [k: string]: google.protobuf.Any.$Properties }|null);

                        /** UploadMetadata fileExtension */
                        fileExtension?: (string|null);

                        /** UploadMetadata tags */
                        tags?: (string[]|null);

                        /** UploadMetadata datasetIds */
                        datasetIds?: (string[]|null);

                        /** UploadMetadata mimeType */
                        mimeType?: (string|null);

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];
                    }

                    /** Shape of an UploadMetadata. */
                    type $Shape = viam.app.datasync.v1.UploadMetadata.$Properties;
                }

                /**
                 * Properties of a SensorMetadata.
                 * @deprecated Use viam.app.datasync.v1.SensorMetadata.$Properties instead.
                 */
                interface ISensorMetadata extends viam.app.datasync.v1.SensorMetadata.$Properties {
                }

                /** Represents a SensorMetadata. */
                class SensorMetadata {

                    /**
                     * Constructs a new SensorMetadata.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: viam.app.datasync.v1.SensorMetadata.$Properties);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];

                    /** SensorMetadata timeRequested. */
                    timeRequested?: (google.protobuf.Timestamp.$Properties|null);

                    /** SensorMetadata timeReceived. */
                    timeReceived?: (google.protobuf.Timestamp.$Properties|null);

                    /**
                     * Creates a new SensorMetadata instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns SensorMetadata instance
                     */
                    static create(properties: viam.app.datasync.v1.SensorMetadata.$Shape): viam.app.datasync.v1.SensorMetadata & viam.app.datasync.v1.SensorMetadata.$Shape;
                    static create(properties?: viam.app.datasync.v1.SensorMetadata.$Properties): viam.app.datasync.v1.SensorMetadata;

                    /**
                     * Encodes the specified SensorMetadata message. Does not implicitly {@link viam.app.datasync.v1.SensorMetadata.verify|verify} messages.
                     * @param message SensorMetadata message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    static encode(message: viam.app.datasync.v1.SensorMetadata.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a SensorMetadata message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns {viam.app.datasync.v1.SensorMetadata & viam.app.datasync.v1.SensorMetadata.$Shape} SensorMetadata
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): viam.app.datasync.v1.SensorMetadata & viam.app.datasync.v1.SensorMetadata.$Shape;
                }

                namespace SensorMetadata {

                    /** Properties of a SensorMetadata. */
                    interface $Properties {

                        /** SensorMetadata timeRequested */
                        timeRequested?: (google.protobuf.Timestamp.$Properties|null);

                        /** SensorMetadata timeReceived */
                        timeReceived?: (google.protobuf.Timestamp.$Properties|null);

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];
                    }

                    /** Shape of a SensorMetadata. */
                    type $Shape = viam.app.datasync.v1.SensorMetadata.$Properties;
                }

                /**
                 * Properties of a SensorData.
                 * @deprecated Use viam.app.datasync.v1.SensorData.$Properties instead.
                 */
                interface ISensorData extends viam.app.datasync.v1.SensorData.$Properties {
                }

                /** Represents a SensorData. */
                class SensorData {

                    /**
                     * Constructs a new SensorData.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: viam.app.datasync.v1.SensorData.$Properties);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];

                    /** SensorData metadata. */
                    metadata?: (viam.app.datasync.v1.SensorMetadata.$Properties|null);

                    /** SensorData struct. */
                    struct?: (google.protobuf.Struct.$Properties|null);

                    /** SensorData binary. */
                    binary?: (Uint8Array|null);

                    /** SensorData data. */
                    data?: ("struct"|"binary");

                    /**
                     * Creates a new SensorData instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns SensorData instance
                     */
                    static create(properties: viam.app.datasync.v1.SensorData.$Shape): viam.app.datasync.v1.SensorData & viam.app.datasync.v1.SensorData.$Shape;
                    static create(properties?: viam.app.datasync.v1.SensorData.$Properties): viam.app.datasync.v1.SensorData;

                    /**
                     * Encodes the specified SensorData message. Does not implicitly {@link viam.app.datasync.v1.SensorData.verify|verify} messages.
                     * @param message SensorData message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    static encode(message: viam.app.datasync.v1.SensorData.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a SensorData message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns {viam.app.datasync.v1.SensorData & viam.app.datasync.v1.SensorData.$Shape} SensorData
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): viam.app.datasync.v1.SensorData & viam.app.datasync.v1.SensorData.$Shape;
                }

                namespace SensorData {

                    /** Properties of a SensorData. */
                    interface $Properties {

                        /** SensorData metadata */
                        metadata?: (viam.app.datasync.v1.SensorMetadata.$Properties|null);

                        /** SensorData struct */
                        struct?: (google.protobuf.Struct.$Properties|null);

                        /** SensorData binary */
                        binary?: (Uint8Array|null);

                        /** SensorData data */
                        data?: ("struct"|"binary");

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];
                    }

                    /** Narrowed shape of a SensorData. */
                    type $Shape = {
                      metadata?: viam.app.datasync.v1.SensorMetadata.$Shape|null;
                      struct?: google.protobuf.Struct.$Shape|null;
                      binary?: Uint8Array|null;
                      $unknowns?: Uint8Array[];
                    } & (
                      ({ data?: undefined; struct?: null; binary?: null }|{ data?: "struct"; struct: google.protobuf.Struct.$Shape; binary?: null }|{ data?: "binary"; struct?: null; binary: Uint8Array })
                    );
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

                /**
                 * Properties of a SetGPIORequest.
                 * @deprecated Use viam.component.board.v1.SetGPIORequest.$Properties instead.
                 */
                interface ISetGPIORequest extends viam.component.board.v1.SetGPIORequest.$Properties {
                }

                /** Represents a SetGPIORequest. */
                class SetGPIORequest {

                    /**
                     * Constructs a new SetGPIORequest.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: viam.component.board.v1.SetGPIORequest.$Properties);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];

                    /** SetGPIORequest name. */
                    name: string;

                    /** SetGPIORequest pin. */
                    pin: string;

                    /** SetGPIORequest high. */
                    high: boolean;

                    /** SetGPIORequest extra. */
                    extra?: (google.protobuf.Struct.$Properties|null);

                    /**
                     * Creates a new SetGPIORequest instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns SetGPIORequest instance
                     */
                    static create(properties: viam.component.board.v1.SetGPIORequest.$Shape): viam.component.board.v1.SetGPIORequest & viam.component.board.v1.SetGPIORequest.$Shape;
                    static create(properties?: viam.component.board.v1.SetGPIORequest.$Properties): viam.component.board.v1.SetGPIORequest;

                    /**
                     * Encodes the specified SetGPIORequest message. Does not implicitly {@link viam.component.board.v1.SetGPIORequest.verify|verify} messages.
                     * @param message SetGPIORequest message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    static encode(message: viam.component.board.v1.SetGPIORequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a SetGPIORequest message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns {viam.component.board.v1.SetGPIORequest & viam.component.board.v1.SetGPIORequest.$Shape} SetGPIORequest
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): viam.component.board.v1.SetGPIORequest & viam.component.board.v1.SetGPIORequest.$Shape;
                }

                namespace SetGPIORequest {

                    /** Properties of a SetGPIORequest. */
                    interface $Properties {

                        /** SetGPIORequest name */
                        name?: (string|null);

                        /** SetGPIORequest pin */
                        pin?: (string|null);

                        /** SetGPIORequest high */
                        high?: (boolean|null);

                        /** SetGPIORequest extra */
                        extra?: (google.protobuf.Struct.$Properties|null);

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];
                    }

                    /** Shape of a SetGPIORequest. */
                    type $Shape = {
                      name?: string|null;
                      pin?: string|null;
                      high?: boolean|null;
                      extra?: google.protobuf.Struct.$Shape|null;
                      $unknowns?: Uint8Array[];
                    };
                }

                /**
                 * Properties of a SetGPIOResponse.
                 * @deprecated Use viam.component.board.v1.SetGPIOResponse.$Properties instead.
                 */
                interface ISetGPIOResponse extends viam.component.board.v1.SetGPIOResponse.$Properties {
                }

                /** Represents a SetGPIOResponse. */
                class SetGPIOResponse {

                    /**
                     * Constructs a new SetGPIOResponse.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: viam.component.board.v1.SetGPIOResponse.$Properties);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];

                    /**
                     * Creates a new SetGPIOResponse instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns SetGPIOResponse instance
                     */
                    static create(properties: viam.component.board.v1.SetGPIOResponse.$Shape): viam.component.board.v1.SetGPIOResponse & viam.component.board.v1.SetGPIOResponse.$Shape;
                    static create(properties?: viam.component.board.v1.SetGPIOResponse.$Properties): viam.component.board.v1.SetGPIOResponse;

                    /**
                     * Encodes the specified SetGPIOResponse message. Does not implicitly {@link viam.component.board.v1.SetGPIOResponse.verify|verify} messages.
                     * @param message SetGPIOResponse message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    static encode(message: viam.component.board.v1.SetGPIOResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a SetGPIOResponse message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns {viam.component.board.v1.SetGPIOResponse & viam.component.board.v1.SetGPIOResponse.$Shape} SetGPIOResponse
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): viam.component.board.v1.SetGPIOResponse & viam.component.board.v1.SetGPIOResponse.$Shape;
                }

                namespace SetGPIOResponse {

                    /** Properties of a SetGPIOResponse. */
                    interface $Properties {

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];
                    }

                    /** Shape of a SetGPIOResponse. */
                    type $Shape = viam.component.board.v1.SetGPIOResponse.$Properties;
                }

                /**
                 * Properties of a GetGPIORequest.
                 * @deprecated Use viam.component.board.v1.GetGPIORequest.$Properties instead.
                 */
                interface IGetGPIORequest extends viam.component.board.v1.GetGPIORequest.$Properties {
                }

                /** Represents a GetGPIORequest. */
                class GetGPIORequest {

                    /**
                     * Constructs a new GetGPIORequest.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: viam.component.board.v1.GetGPIORequest.$Properties);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];

                    /** GetGPIORequest name. */
                    name: string;

                    /** GetGPIORequest pin. */
                    pin: string;

                    /** GetGPIORequest extra. */
                    extra?: (google.protobuf.Struct.$Properties|null);

                    /**
                     * Creates a new GetGPIORequest instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns GetGPIORequest instance
                     */
                    static create(properties: viam.component.board.v1.GetGPIORequest.$Shape): viam.component.board.v1.GetGPIORequest & viam.component.board.v1.GetGPIORequest.$Shape;
                    static create(properties?: viam.component.board.v1.GetGPIORequest.$Properties): viam.component.board.v1.GetGPIORequest;

                    /**
                     * Encodes the specified GetGPIORequest message. Does not implicitly {@link viam.component.board.v1.GetGPIORequest.verify|verify} messages.
                     * @param message GetGPIORequest message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    static encode(message: viam.component.board.v1.GetGPIORequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a GetGPIORequest message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns {viam.component.board.v1.GetGPIORequest & viam.component.board.v1.GetGPIORequest.$Shape} GetGPIORequest
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): viam.component.board.v1.GetGPIORequest & viam.component.board.v1.GetGPIORequest.$Shape;
                }

                namespace GetGPIORequest {

                    /** Properties of a GetGPIORequest. */
                    interface $Properties {

                        /** GetGPIORequest name */
                        name?: (string|null);

                        /** GetGPIORequest pin */
                        pin?: (string|null);

                        /** GetGPIORequest extra */
                        extra?: (google.protobuf.Struct.$Properties|null);

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];
                    }

                    /** Shape of a GetGPIORequest. */
                    type $Shape = {
                      name?: string|null;
                      pin?: string|null;
                      extra?: google.protobuf.Struct.$Shape|null;
                      $unknowns?: Uint8Array[];
                    };
                }

                /**
                 * Properties of a GetGPIOResponse.
                 * @deprecated Use viam.component.board.v1.GetGPIOResponse.$Properties instead.
                 */
                interface IGetGPIOResponse extends viam.component.board.v1.GetGPIOResponse.$Properties {
                }

                /** Represents a GetGPIOResponse. */
                class GetGPIOResponse {

                    /**
                     * Constructs a new GetGPIOResponse.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: viam.component.board.v1.GetGPIOResponse.$Properties);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];

                    /** GetGPIOResponse high. */
                    high: boolean;

                    /**
                     * Creates a new GetGPIOResponse instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns GetGPIOResponse instance
                     */
                    static create(properties: viam.component.board.v1.GetGPIOResponse.$Shape): viam.component.board.v1.GetGPIOResponse & viam.component.board.v1.GetGPIOResponse.$Shape;
                    static create(properties?: viam.component.board.v1.GetGPIOResponse.$Properties): viam.component.board.v1.GetGPIOResponse;

                    /**
                     * Encodes the specified GetGPIOResponse message. Does not implicitly {@link viam.component.board.v1.GetGPIOResponse.verify|verify} messages.
                     * @param message GetGPIOResponse message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    static encode(message: viam.component.board.v1.GetGPIOResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a GetGPIOResponse message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns {viam.component.board.v1.GetGPIOResponse & viam.component.board.v1.GetGPIOResponse.$Shape} GetGPIOResponse
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): viam.component.board.v1.GetGPIOResponse & viam.component.board.v1.GetGPIOResponse.$Shape;
                }

                namespace GetGPIOResponse {

                    /** Properties of a GetGPIOResponse. */
                    interface $Properties {

                        /** GetGPIOResponse high */
                        high?: (boolean|null);

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];
                    }

                    /** Shape of a GetGPIOResponse. */
                    type $Shape = viam.component.board.v1.GetGPIOResponse.$Properties;
                }

                /**
                 * Properties of a ReadAnalogReaderRequest.
                 * @deprecated Use viam.component.board.v1.ReadAnalogReaderRequest.$Properties instead.
                 */
                interface IReadAnalogReaderRequest extends viam.component.board.v1.ReadAnalogReaderRequest.$Properties {
                }

                /** Represents a ReadAnalogReaderRequest. */
                class ReadAnalogReaderRequest {

                    /**
                     * Constructs a new ReadAnalogReaderRequest.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: viam.component.board.v1.ReadAnalogReaderRequest.$Properties);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];

                    /** ReadAnalogReaderRequest boardName. */
                    boardName: string;

                    /** ReadAnalogReaderRequest analogReaderName. */
                    analogReaderName: string;

                    /** ReadAnalogReaderRequest extra. */
                    extra?: (google.protobuf.Struct.$Properties|null);

                    /**
                     * Creates a new ReadAnalogReaderRequest instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns ReadAnalogReaderRequest instance
                     */
                    static create(properties: viam.component.board.v1.ReadAnalogReaderRequest.$Shape): viam.component.board.v1.ReadAnalogReaderRequest & viam.component.board.v1.ReadAnalogReaderRequest.$Shape;
                    static create(properties?: viam.component.board.v1.ReadAnalogReaderRequest.$Properties): viam.component.board.v1.ReadAnalogReaderRequest;

                    /**
                     * Encodes the specified ReadAnalogReaderRequest message. Does not implicitly {@link viam.component.board.v1.ReadAnalogReaderRequest.verify|verify} messages.
                     * @param message ReadAnalogReaderRequest message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    static encode(message: viam.component.board.v1.ReadAnalogReaderRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a ReadAnalogReaderRequest message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns {viam.component.board.v1.ReadAnalogReaderRequest & viam.component.board.v1.ReadAnalogReaderRequest.$Shape} ReadAnalogReaderRequest
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): viam.component.board.v1.ReadAnalogReaderRequest & viam.component.board.v1.ReadAnalogReaderRequest.$Shape;
                }

                namespace ReadAnalogReaderRequest {

                    /** Properties of a ReadAnalogReaderRequest. */
                    interface $Properties {

                        /** ReadAnalogReaderRequest boardName */
                        boardName?: (string|null);

                        /** ReadAnalogReaderRequest analogReaderName */
                        analogReaderName?: (string|null);

                        /** ReadAnalogReaderRequest extra */
                        extra?: (google.protobuf.Struct.$Properties|null);

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];
                    }

                    /** Shape of a ReadAnalogReaderRequest. */
                    type $Shape = {
                      boardName?: string|null;
                      analogReaderName?: string|null;
                      extra?: google.protobuf.Struct.$Shape|null;
                      $unknowns?: Uint8Array[];
                    };
                }

                /**
                 * Properties of a ReadAnalogReaderResponse.
                 * @deprecated Use viam.component.board.v1.ReadAnalogReaderResponse.$Properties instead.
                 */
                interface IReadAnalogReaderResponse extends viam.component.board.v1.ReadAnalogReaderResponse.$Properties {
                }

                /** Represents a ReadAnalogReaderResponse. */
                class ReadAnalogReaderResponse {

                    /**
                     * Constructs a new ReadAnalogReaderResponse.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: viam.component.board.v1.ReadAnalogReaderResponse.$Properties);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];

                    /** ReadAnalogReaderResponse value. */
                    value: number;

                    /** ReadAnalogReaderResponse minRange. */
                    minRange: number;

                    /** ReadAnalogReaderResponse maxRange. */
                    maxRange: number;

                    /** ReadAnalogReaderResponse stepSize. */
                    stepSize: number;

                    /**
                     * Creates a new ReadAnalogReaderResponse instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns ReadAnalogReaderResponse instance
                     */
                    static create(properties: viam.component.board.v1.ReadAnalogReaderResponse.$Shape): viam.component.board.v1.ReadAnalogReaderResponse & viam.component.board.v1.ReadAnalogReaderResponse.$Shape;
                    static create(properties?: viam.component.board.v1.ReadAnalogReaderResponse.$Properties): viam.component.board.v1.ReadAnalogReaderResponse;

                    /**
                     * Encodes the specified ReadAnalogReaderResponse message. Does not implicitly {@link viam.component.board.v1.ReadAnalogReaderResponse.verify|verify} messages.
                     * @param message ReadAnalogReaderResponse message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    static encode(message: viam.component.board.v1.ReadAnalogReaderResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a ReadAnalogReaderResponse message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns {viam.component.board.v1.ReadAnalogReaderResponse & viam.component.board.v1.ReadAnalogReaderResponse.$Shape} ReadAnalogReaderResponse
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): viam.component.board.v1.ReadAnalogReaderResponse & viam.component.board.v1.ReadAnalogReaderResponse.$Shape;
                }

                namespace ReadAnalogReaderResponse {

                    /** Properties of a ReadAnalogReaderResponse. */
                    interface $Properties {

                        /** ReadAnalogReaderResponse value */
                        value?: (number|null);

                        /** ReadAnalogReaderResponse minRange */
                        minRange?: (number|null);

                        /** ReadAnalogReaderResponse maxRange */
                        maxRange?: (number|null);

                        /** ReadAnalogReaderResponse stepSize */
                        stepSize?: (number|null);

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];
                    }

                    /** Shape of a ReadAnalogReaderResponse. */
                    type $Shape = viam.component.board.v1.ReadAnalogReaderResponse.$Properties;
                }

                /**
                 * Properties of a GetDigitalInterruptValueRequest.
                 * @deprecated Use viam.component.board.v1.GetDigitalInterruptValueRequest.$Properties instead.
                 */
                interface IGetDigitalInterruptValueRequest extends viam.component.board.v1.GetDigitalInterruptValueRequest.$Properties {
                }

                /** Represents a GetDigitalInterruptValueRequest. */
                class GetDigitalInterruptValueRequest {

                    /**
                     * Constructs a new GetDigitalInterruptValueRequest.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: viam.component.board.v1.GetDigitalInterruptValueRequest.$Properties);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];

                    /** GetDigitalInterruptValueRequest boardName. */
                    boardName: string;

                    /** GetDigitalInterruptValueRequest digitalInterruptName. */
                    digitalInterruptName: string;

                    /** GetDigitalInterruptValueRequest extra. */
                    extra?: (google.protobuf.Struct.$Properties|null);

                    /**
                     * Creates a new GetDigitalInterruptValueRequest instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns GetDigitalInterruptValueRequest instance
                     */
                    static create(properties: viam.component.board.v1.GetDigitalInterruptValueRequest.$Shape): viam.component.board.v1.GetDigitalInterruptValueRequest & viam.component.board.v1.GetDigitalInterruptValueRequest.$Shape;
                    static create(properties?: viam.component.board.v1.GetDigitalInterruptValueRequest.$Properties): viam.component.board.v1.GetDigitalInterruptValueRequest;

                    /**
                     * Encodes the specified GetDigitalInterruptValueRequest message. Does not implicitly {@link viam.component.board.v1.GetDigitalInterruptValueRequest.verify|verify} messages.
                     * @param message GetDigitalInterruptValueRequest message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    static encode(message: viam.component.board.v1.GetDigitalInterruptValueRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a GetDigitalInterruptValueRequest message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns {viam.component.board.v1.GetDigitalInterruptValueRequest & viam.component.board.v1.GetDigitalInterruptValueRequest.$Shape} GetDigitalInterruptValueRequest
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): viam.component.board.v1.GetDigitalInterruptValueRequest & viam.component.board.v1.GetDigitalInterruptValueRequest.$Shape;
                }

                namespace GetDigitalInterruptValueRequest {

                    /** Properties of a GetDigitalInterruptValueRequest. */
                    interface $Properties {

                        /** GetDigitalInterruptValueRequest boardName */
                        boardName?: (string|null);

                        /** GetDigitalInterruptValueRequest digitalInterruptName */
                        digitalInterruptName?: (string|null);

                        /** GetDigitalInterruptValueRequest extra */
                        extra?: (google.protobuf.Struct.$Properties|null);

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];
                    }

                    /** Shape of a GetDigitalInterruptValueRequest. */
                    type $Shape = {
                      boardName?: string|null;
                      digitalInterruptName?: string|null;
                      extra?: google.protobuf.Struct.$Shape|null;
                      $unknowns?: Uint8Array[];
                    };
                }

                /**
                 * Properties of a GetDigitalInterruptValueResponse.
                 * @deprecated Use viam.component.board.v1.GetDigitalInterruptValueResponse.$Properties instead.
                 */
                interface IGetDigitalInterruptValueResponse extends viam.component.board.v1.GetDigitalInterruptValueResponse.$Properties {
                }

                /** Represents a GetDigitalInterruptValueResponse. */
                class GetDigitalInterruptValueResponse {

                    /**
                     * Constructs a new GetDigitalInterruptValueResponse.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: viam.component.board.v1.GetDigitalInterruptValueResponse.$Properties);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];

                    /** GetDigitalInterruptValueResponse value. */
                    value: number;

                    /**
                     * Creates a new GetDigitalInterruptValueResponse instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns GetDigitalInterruptValueResponse instance
                     */
                    static create(properties: viam.component.board.v1.GetDigitalInterruptValueResponse.$Shape): viam.component.board.v1.GetDigitalInterruptValueResponse & viam.component.board.v1.GetDigitalInterruptValueResponse.$Shape;
                    static create(properties?: viam.component.board.v1.GetDigitalInterruptValueResponse.$Properties): viam.component.board.v1.GetDigitalInterruptValueResponse;

                    /**
                     * Encodes the specified GetDigitalInterruptValueResponse message. Does not implicitly {@link viam.component.board.v1.GetDigitalInterruptValueResponse.verify|verify} messages.
                     * @param message GetDigitalInterruptValueResponse message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    static encode(message: viam.component.board.v1.GetDigitalInterruptValueResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a GetDigitalInterruptValueResponse message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns {viam.component.board.v1.GetDigitalInterruptValueResponse & viam.component.board.v1.GetDigitalInterruptValueResponse.$Shape} GetDigitalInterruptValueResponse
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): viam.component.board.v1.GetDigitalInterruptValueResponse & viam.component.board.v1.GetDigitalInterruptValueResponse.$Shape;
                }

                namespace GetDigitalInterruptValueResponse {

                    /** Properties of a GetDigitalInterruptValueResponse. */
                    interface $Properties {

                        /** GetDigitalInterruptValueResponse value */
                        value?: (number|null);

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];
                    }

                    /** Shape of a GetDigitalInterruptValueResponse. */
                    type $Shape = viam.component.board.v1.GetDigitalInterruptValueResponse.$Properties;
                }
            }
        }

        /** Namespace sensor. */
        namespace sensor {
        }
    }

    /** Namespace common. */
    namespace common {

        /** Namespace v1. */
        namespace v1 {

            /**
             * Properties of a ResourceName.
             * @deprecated Use viam.common.v1.ResourceName.$Properties instead.
             */
            interface IResourceName extends viam.common.v1.ResourceName.$Properties {
            }

            /** Represents a ResourceName. */
            class ResourceName {

                /**
                 * Constructs a new ResourceName.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: viam.common.v1.ResourceName.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ResourceName namespace. */
                namespace: string;

                /** ResourceName type. */
                type: string;

                /** ResourceName subtype. */
                subtype: string;

                /** ResourceName name. */
                name: string;

                /**
                 * Creates a new ResourceName instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ResourceName instance
                 */
                static create(properties: viam.common.v1.ResourceName.$Shape): viam.common.v1.ResourceName & viam.common.v1.ResourceName.$Shape;
                static create(properties?: viam.common.v1.ResourceName.$Properties): viam.common.v1.ResourceName;

                /**
                 * Encodes the specified ResourceName message. Does not implicitly {@link viam.common.v1.ResourceName.verify|verify} messages.
                 * @param message ResourceName message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: viam.common.v1.ResourceName.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ResourceName message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {viam.common.v1.ResourceName & viam.common.v1.ResourceName.$Shape} ResourceName
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): viam.common.v1.ResourceName & viam.common.v1.ResourceName.$Shape;
            }

            namespace ResourceName {

                /** Properties of a ResourceName. */
                interface $Properties {

                    /** ResourceName namespace */
                    namespace?: (string|null);

                    /** ResourceName type */
                    type?: (string|null);

                    /** ResourceName subtype */
                    subtype?: (string|null);

                    /** ResourceName name */
                    name?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ResourceName. */
                type $Shape = viam.common.v1.ResourceName.$Properties;
            }

            /**
             * Properties of a GetReadingsRequest.
             * @deprecated Use viam.common.v1.GetReadingsRequest.$Properties instead.
             */
            interface IGetReadingsRequest extends viam.common.v1.GetReadingsRequest.$Properties {
            }

            /** Represents a GetReadingsRequest. */
            class GetReadingsRequest {

                /**
                 * Constructs a new GetReadingsRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: viam.common.v1.GetReadingsRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** GetReadingsRequest name. */
                name: string;

                /** GetReadingsRequest extra. */
                extra?: (google.protobuf.Struct.$Properties|null);

                /**
                 * Creates a new GetReadingsRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns GetReadingsRequest instance
                 */
                static create(properties: viam.common.v1.GetReadingsRequest.$Shape): viam.common.v1.GetReadingsRequest & viam.common.v1.GetReadingsRequest.$Shape;
                static create(properties?: viam.common.v1.GetReadingsRequest.$Properties): viam.common.v1.GetReadingsRequest;

                /**
                 * Encodes the specified GetReadingsRequest message. Does not implicitly {@link viam.common.v1.GetReadingsRequest.verify|verify} messages.
                 * @param message GetReadingsRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: viam.common.v1.GetReadingsRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a GetReadingsRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {viam.common.v1.GetReadingsRequest & viam.common.v1.GetReadingsRequest.$Shape} GetReadingsRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): viam.common.v1.GetReadingsRequest & viam.common.v1.GetReadingsRequest.$Shape;
            }

            namespace GetReadingsRequest {

                /** Properties of a GetReadingsRequest. */
                interface $Properties {

                    /** GetReadingsRequest name */
                    name?: (string|null);

                    /** GetReadingsRequest extra */
                    extra?: (google.protobuf.Struct.$Properties|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a GetReadingsRequest. */
                type $Shape = {
                  name?: string|null;
                  extra?: google.protobuf.Struct.$Shape|null;
                  $unknowns?: Uint8Array[];
                };
            }

            /**
             * Properties of a GetReadingsResponse.
             * @deprecated Use viam.common.v1.GetReadingsResponse.$Properties instead.
             */
            interface IGetReadingsResponse extends viam.common.v1.GetReadingsResponse.$Properties {
            }

            /** Represents a GetReadingsResponse. */
            class GetReadingsResponse {

                /**
                 * Constructs a new GetReadingsResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: viam.common.v1.GetReadingsResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** GetReadingsResponse readings. */
                readings: { [k: string]: google.protobuf.Value.$Properties };

                /**
                 * Creates a new GetReadingsResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns GetReadingsResponse instance
                 */
                static create(properties: viam.common.v1.GetReadingsResponse.$Shape): viam.common.v1.GetReadingsResponse & viam.common.v1.GetReadingsResponse.$Shape;
                static create(properties?: viam.common.v1.GetReadingsResponse.$Properties): viam.common.v1.GetReadingsResponse;

                /**
                 * Encodes the specified GetReadingsResponse message. Does not implicitly {@link viam.common.v1.GetReadingsResponse.verify|verify} messages.
                 * @param message GetReadingsResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: viam.common.v1.GetReadingsResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a GetReadingsResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {viam.common.v1.GetReadingsResponse & viam.common.v1.GetReadingsResponse.$Shape} GetReadingsResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): viam.common.v1.GetReadingsResponse & viam.common.v1.GetReadingsResponse.$Shape;
            }

            namespace GetReadingsResponse {

                /** Properties of a GetReadingsResponse. */
                interface $Properties {

                    /** GetReadingsResponse readings */
                    readings?: ({ [k: string]: google.protobuf.Value.$Properties }|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a GetReadingsResponse. */
                type $Shape = {
                  readings?: { [k: string]: google.protobuf.Value.$Shape }|null;
                  $unknowns?: Uint8Array[];
                };
            }
        }
    }

    /** Namespace service. */
    namespace service {

        /** Namespace datamanager. */
        namespace datamanager {

            /** Namespace v1. */
            namespace v1 {

                /**
                 * Properties of a SyncRequest.
                 * @deprecated Use viam.service.datamanager.v1.SyncRequest.$Properties instead.
                 */
                interface ISyncRequest extends viam.service.datamanager.v1.SyncRequest.$Properties {
                }

                /** Represents a SyncRequest. */
                class SyncRequest {

                    /**
                     * Constructs a new SyncRequest.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: viam.service.datamanager.v1.SyncRequest.$Properties);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];

                    /** SyncRequest name. */
                    name: string;

                    /** SyncRequest extra. */
                    extra?: (google.protobuf.Struct.$Properties|null);

                    /**
                     * Creates a new SyncRequest instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns SyncRequest instance
                     */
                    static create(properties: viam.service.datamanager.v1.SyncRequest.$Shape): viam.service.datamanager.v1.SyncRequest & viam.service.datamanager.v1.SyncRequest.$Shape;
                    static create(properties?: viam.service.datamanager.v1.SyncRequest.$Properties): viam.service.datamanager.v1.SyncRequest;

                    /**
                     * Encodes the specified SyncRequest message. Does not implicitly {@link viam.service.datamanager.v1.SyncRequest.verify|verify} messages.
                     * @param message SyncRequest message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    static encode(message: viam.service.datamanager.v1.SyncRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a SyncRequest message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns {viam.service.datamanager.v1.SyncRequest & viam.service.datamanager.v1.SyncRequest.$Shape} SyncRequest
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): viam.service.datamanager.v1.SyncRequest & viam.service.datamanager.v1.SyncRequest.$Shape;
                }

                namespace SyncRequest {

                    /** Properties of a SyncRequest. */
                    interface $Properties {

                        /** SyncRequest name */
                        name?: (string|null);

                        /** SyncRequest extra */
                        extra?: (google.protobuf.Struct.$Properties|null);

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];
                    }

                    /** Shape of a SyncRequest. */
                    type $Shape = {
                      name?: string|null;
                      extra?: google.protobuf.Struct.$Shape|null;
                      $unknowns?: Uint8Array[];
                    };
                }

                /**
                 * Properties of a SyncResponse.
                 * @deprecated Use viam.service.datamanager.v1.SyncResponse.$Properties instead.
                 */
                interface ISyncResponse extends viam.service.datamanager.v1.SyncResponse.$Properties {
                }

                /** Represents a SyncResponse. */
                class SyncResponse {

                    /**
                     * Constructs a new SyncResponse.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: viam.service.datamanager.v1.SyncResponse.$Properties);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];

                    /**
                     * Creates a new SyncResponse instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns SyncResponse instance
                     */
                    static create(properties: viam.service.datamanager.v1.SyncResponse.$Shape): viam.service.datamanager.v1.SyncResponse & viam.service.datamanager.v1.SyncResponse.$Shape;
                    static create(properties?: viam.service.datamanager.v1.SyncResponse.$Properties): viam.service.datamanager.v1.SyncResponse;

                    /**
                     * Encodes the specified SyncResponse message. Does not implicitly {@link viam.service.datamanager.v1.SyncResponse.verify|verify} messages.
                     * @param message SyncResponse message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    static encode(message: viam.service.datamanager.v1.SyncResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a SyncResponse message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns {viam.service.datamanager.v1.SyncResponse & viam.service.datamanager.v1.SyncResponse.$Shape} SyncResponse
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): viam.service.datamanager.v1.SyncResponse & viam.service.datamanager.v1.SyncResponse.$Shape;
                }

                namespace SyncResponse {

                    /** Properties of a SyncResponse. */
                    interface $Properties {

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];
                    }

                    /** Shape of a SyncResponse. */
                    type $Shape = viam.service.datamanager.v1.SyncResponse.$Properties;
                }
            }
        }
    }

    /** Namespace robot. */
    namespace robot {

        /** Namespace v1. */
        namespace v1 {

            /**
             * Properties of a ResourceNamesRequest.
             * @deprecated Use viam.robot.v1.ResourceNamesRequest.$Properties instead.
             */
            interface IResourceNamesRequest extends viam.robot.v1.ResourceNamesRequest.$Properties {
            }

            /** Represents a ResourceNamesRequest. */
            class ResourceNamesRequest {

                /**
                 * Constructs a new ResourceNamesRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: viam.robot.v1.ResourceNamesRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /**
                 * Creates a new ResourceNamesRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ResourceNamesRequest instance
                 */
                static create(properties: viam.robot.v1.ResourceNamesRequest.$Shape): viam.robot.v1.ResourceNamesRequest & viam.robot.v1.ResourceNamesRequest.$Shape;
                static create(properties?: viam.robot.v1.ResourceNamesRequest.$Properties): viam.robot.v1.ResourceNamesRequest;

                /**
                 * Encodes the specified ResourceNamesRequest message. Does not implicitly {@link viam.robot.v1.ResourceNamesRequest.verify|verify} messages.
                 * @param message ResourceNamesRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: viam.robot.v1.ResourceNamesRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ResourceNamesRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {viam.robot.v1.ResourceNamesRequest & viam.robot.v1.ResourceNamesRequest.$Shape} ResourceNamesRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): viam.robot.v1.ResourceNamesRequest & viam.robot.v1.ResourceNamesRequest.$Shape;
            }

            namespace ResourceNamesRequest {

                /** Properties of a ResourceNamesRequest. */
                interface $Properties {

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ResourceNamesRequest. */
                type $Shape = viam.robot.v1.ResourceNamesRequest.$Properties;
            }

            /**
             * Properties of a ResourceNamesResponse.
             * @deprecated Use viam.robot.v1.ResourceNamesResponse.$Properties instead.
             */
            interface IResourceNamesResponse extends viam.robot.v1.ResourceNamesResponse.$Properties {
            }

            /** Represents a ResourceNamesResponse. */
            class ResourceNamesResponse {

                /**
                 * Constructs a new ResourceNamesResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: viam.robot.v1.ResourceNamesResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ResourceNamesResponse resources. */
                resources: viam.common.v1.ResourceName.$Properties[];

                /**
                 * Creates a new ResourceNamesResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ResourceNamesResponse instance
                 */
                static create(properties: viam.robot.v1.ResourceNamesResponse.$Shape): viam.robot.v1.ResourceNamesResponse & viam.robot.v1.ResourceNamesResponse.$Shape;
                static create(properties?: viam.robot.v1.ResourceNamesResponse.$Properties): viam.robot.v1.ResourceNamesResponse;

                /**
                 * Encodes the specified ResourceNamesResponse message. Does not implicitly {@link viam.robot.v1.ResourceNamesResponse.verify|verify} messages.
                 * @param message ResourceNamesResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: viam.robot.v1.ResourceNamesResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ResourceNamesResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {viam.robot.v1.ResourceNamesResponse & viam.robot.v1.ResourceNamesResponse.$Shape} ResourceNamesResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): viam.robot.v1.ResourceNamesResponse & viam.robot.v1.ResourceNamesResponse.$Shape;
            }

            namespace ResourceNamesResponse {

                /** Properties of a ResourceNamesResponse. */
                interface $Properties {

                    /** ResourceNamesResponse resources */
                    resources?: (viam.common.v1.ResourceName.$Properties[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ResourceNamesResponse. */
                type $Shape = viam.robot.v1.ResourceNamesResponse.$Properties;
            }

            /**
             * Properties of an Operation.
             * @deprecated Use viam.robot.v1.Operation.$Properties instead.
             */
            interface IOperation extends viam.robot.v1.Operation.$Properties {
            }

            /** Represents an Operation. */
            class Operation {

                /**
                 * Constructs a new Operation.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: viam.robot.v1.Operation.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Operation id. */
                id: string;

                /** Operation method. */
                method: string;

                /** Operation arguments. */
                arguments?: (google.protobuf.Struct.$Properties|null);

                /** Operation started. */
                started?: (google.protobuf.Timestamp.$Properties|null);

                /** Operation sessionId. */
                sessionId?: (string|null);

                /**
                 * Creates a new Operation instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Operation instance
                 */
                static create(properties: viam.robot.v1.Operation.$Shape): viam.robot.v1.Operation & viam.robot.v1.Operation.$Shape;
                static create(properties?: viam.robot.v1.Operation.$Properties): viam.robot.v1.Operation;

                /**
                 * Encodes the specified Operation message. Does not implicitly {@link viam.robot.v1.Operation.verify|verify} messages.
                 * @param message Operation message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: viam.robot.v1.Operation.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an Operation message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {viam.robot.v1.Operation & viam.robot.v1.Operation.$Shape} Operation
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): viam.robot.v1.Operation & viam.robot.v1.Operation.$Shape;
            }

            namespace Operation {

                /** Properties of an Operation. */
                interface $Properties {

                    /** Operation id */
                    id?: (string|null);

                    /** Operation method */
                    method?: (string|null);

                    /** Operation arguments */
                    "arguments"?: (google.protobuf.Struct.$Properties|null);

                    /** Operation started */
                    started?: (google.protobuf.Timestamp.$Properties|null);

                    /** Operation sessionId */
                    sessionId?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an Operation. */
                type $Shape = {
                  id?: string|null;
                  method?: string|null;
                  "arguments"?: google.protobuf.Struct.$Shape|null;
                  started?: google.protobuf.Timestamp.$Shape|null;
                  sessionId?: string|null;
                  $unknowns?: Uint8Array[];
                };
            }

            /**
             * Properties of a GetOperationsRequest.
             * @deprecated Use viam.robot.v1.GetOperationsRequest.$Properties instead.
             */
            interface IGetOperationsRequest extends viam.robot.v1.GetOperationsRequest.$Properties {
            }

            /** Represents a GetOperationsRequest. */
            class GetOperationsRequest {

                /**
                 * Constructs a new GetOperationsRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: viam.robot.v1.GetOperationsRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /**
                 * Creates a new GetOperationsRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns GetOperationsRequest instance
                 */
                static create(properties: viam.robot.v1.GetOperationsRequest.$Shape): viam.robot.v1.GetOperationsRequest & viam.robot.v1.GetOperationsRequest.$Shape;
                static create(properties?: viam.robot.v1.GetOperationsRequest.$Properties): viam.robot.v1.GetOperationsRequest;

                /**
                 * Encodes the specified GetOperationsRequest message. Does not implicitly {@link viam.robot.v1.GetOperationsRequest.verify|verify} messages.
                 * @param message GetOperationsRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: viam.robot.v1.GetOperationsRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a GetOperationsRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {viam.robot.v1.GetOperationsRequest & viam.robot.v1.GetOperationsRequest.$Shape} GetOperationsRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): viam.robot.v1.GetOperationsRequest & viam.robot.v1.GetOperationsRequest.$Shape;
            }

            namespace GetOperationsRequest {

                /** Properties of a GetOperationsRequest. */
                interface $Properties {

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a GetOperationsRequest. */
                type $Shape = viam.robot.v1.GetOperationsRequest.$Properties;
            }

            /**
             * Properties of a GetOperationsResponse.
             * @deprecated Use viam.robot.v1.GetOperationsResponse.$Properties instead.
             */
            interface IGetOperationsResponse extends viam.robot.v1.GetOperationsResponse.$Properties {
            }

            /** Represents a GetOperationsResponse. */
            class GetOperationsResponse {

                /**
                 * Constructs a new GetOperationsResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: viam.robot.v1.GetOperationsResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** GetOperationsResponse operations. */
                operations: viam.robot.v1.Operation.$Properties[];

                /**
                 * Creates a new GetOperationsResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns GetOperationsResponse instance
                 */
                static create(properties: viam.robot.v1.GetOperationsResponse.$Shape): viam.robot.v1.GetOperationsResponse & viam.robot.v1.GetOperationsResponse.$Shape;
                static create(properties?: viam.robot.v1.GetOperationsResponse.$Properties): viam.robot.v1.GetOperationsResponse;

                /**
                 * Encodes the specified GetOperationsResponse message. Does not implicitly {@link viam.robot.v1.GetOperationsResponse.verify|verify} messages.
                 * @param message GetOperationsResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: viam.robot.v1.GetOperationsResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a GetOperationsResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {viam.robot.v1.GetOperationsResponse & viam.robot.v1.GetOperationsResponse.$Shape} GetOperationsResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): viam.robot.v1.GetOperationsResponse & viam.robot.v1.GetOperationsResponse.$Shape;
            }

            namespace GetOperationsResponse {

                /** Properties of a GetOperationsResponse. */
                interface $Properties {

                    /** GetOperationsResponse operations */
                    operations?: (viam.robot.v1.Operation.$Properties[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a GetOperationsResponse. */
                type $Shape = {
                  operations?: viam.robot.v1.Operation.$Shape[]|null;
                  $unknowns?: Uint8Array[];
                };
            }

            /**
             * Properties of a GetCloudMetadataRequest.
             * @deprecated Use viam.robot.v1.GetCloudMetadataRequest.$Properties instead.
             */
            interface IGetCloudMetadataRequest extends viam.robot.v1.GetCloudMetadataRequest.$Properties {
            }

            /** Represents a GetCloudMetadataRequest. */
            class GetCloudMetadataRequest {

                /**
                 * Constructs a new GetCloudMetadataRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: viam.robot.v1.GetCloudMetadataRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /**
                 * Creates a new GetCloudMetadataRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns GetCloudMetadataRequest instance
                 */
                static create(properties: viam.robot.v1.GetCloudMetadataRequest.$Shape): viam.robot.v1.GetCloudMetadataRequest & viam.robot.v1.GetCloudMetadataRequest.$Shape;
                static create(properties?: viam.robot.v1.GetCloudMetadataRequest.$Properties): viam.robot.v1.GetCloudMetadataRequest;

                /**
                 * Encodes the specified GetCloudMetadataRequest message. Does not implicitly {@link viam.robot.v1.GetCloudMetadataRequest.verify|verify} messages.
                 * @param message GetCloudMetadataRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: viam.robot.v1.GetCloudMetadataRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a GetCloudMetadataRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {viam.robot.v1.GetCloudMetadataRequest & viam.robot.v1.GetCloudMetadataRequest.$Shape} GetCloudMetadataRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): viam.robot.v1.GetCloudMetadataRequest & viam.robot.v1.GetCloudMetadataRequest.$Shape;
            }

            namespace GetCloudMetadataRequest {

                /** Properties of a GetCloudMetadataRequest. */
                interface $Properties {

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a GetCloudMetadataRequest. */
                type $Shape = viam.robot.v1.GetCloudMetadataRequest.$Properties;
            }

            /**
             * Properties of a GetCloudMetadataResponse.
             * @deprecated Use viam.robot.v1.GetCloudMetadataResponse.$Properties instead.
             */
            interface IGetCloudMetadataResponse extends viam.robot.v1.GetCloudMetadataResponse.$Properties {
            }

            /** Represents a GetCloudMetadataResponse. */
            class GetCloudMetadataResponse {

                /**
                 * Constructs a new GetCloudMetadataResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: viam.robot.v1.GetCloudMetadataResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** GetCloudMetadataResponse primaryOrgId. */
                primaryOrgId: string;

                /** GetCloudMetadataResponse locationId. */
                locationId: string;

                /** GetCloudMetadataResponse machineId. */
                machineId: string;

                /** GetCloudMetadataResponse machinePartId. */
                machinePartId: string;

                /**
                 * Creates a new GetCloudMetadataResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns GetCloudMetadataResponse instance
                 */
                static create(properties: viam.robot.v1.GetCloudMetadataResponse.$Shape): viam.robot.v1.GetCloudMetadataResponse & viam.robot.v1.GetCloudMetadataResponse.$Shape;
                static create(properties?: viam.robot.v1.GetCloudMetadataResponse.$Properties): viam.robot.v1.GetCloudMetadataResponse;

                /**
                 * Encodes the specified GetCloudMetadataResponse message. Does not implicitly {@link viam.robot.v1.GetCloudMetadataResponse.verify|verify} messages.
                 * @param message GetCloudMetadataResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: viam.robot.v1.GetCloudMetadataResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a GetCloudMetadataResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {viam.robot.v1.GetCloudMetadataResponse & viam.robot.v1.GetCloudMetadataResponse.$Shape} GetCloudMetadataResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): viam.robot.v1.GetCloudMetadataResponse & viam.robot.v1.GetCloudMetadataResponse.$Shape;
            }

            namespace GetCloudMetadataResponse {

                /** Properties of a GetCloudMetadataResponse. */
                interface $Properties {

                    /** GetCloudMetadataResponse primaryOrgId */
                    primaryOrgId?: (string|null);

                    /** GetCloudMetadataResponse locationId */
                    locationId?: (string|null);

                    /** GetCloudMetadataResponse machineId */
                    machineId?: (string|null);

                    /** GetCloudMetadataResponse machinePartId */
                    machinePartId?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a GetCloudMetadataResponse. */
                type $Shape = viam.robot.v1.GetCloudMetadataResponse.$Properties;
            }

            /**
             * Properties of a GetMachineStatusRequest.
             * @deprecated Use viam.robot.v1.GetMachineStatusRequest.$Properties instead.
             */
            interface IGetMachineStatusRequest extends viam.robot.v1.GetMachineStatusRequest.$Properties {
            }

            /** Represents a GetMachineStatusRequest. */
            class GetMachineStatusRequest {

                /**
                 * Constructs a new GetMachineStatusRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: viam.robot.v1.GetMachineStatusRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /**
                 * Creates a new GetMachineStatusRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns GetMachineStatusRequest instance
                 */
                static create(properties: viam.robot.v1.GetMachineStatusRequest.$Shape): viam.robot.v1.GetMachineStatusRequest & viam.robot.v1.GetMachineStatusRequest.$Shape;
                static create(properties?: viam.robot.v1.GetMachineStatusRequest.$Properties): viam.robot.v1.GetMachineStatusRequest;

                /**
                 * Encodes the specified GetMachineStatusRequest message. Does not implicitly {@link viam.robot.v1.GetMachineStatusRequest.verify|verify} messages.
                 * @param message GetMachineStatusRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: viam.robot.v1.GetMachineStatusRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a GetMachineStatusRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {viam.robot.v1.GetMachineStatusRequest & viam.robot.v1.GetMachineStatusRequest.$Shape} GetMachineStatusRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): viam.robot.v1.GetMachineStatusRequest & viam.robot.v1.GetMachineStatusRequest.$Shape;
            }

            namespace GetMachineStatusRequest {

                /** Properties of a GetMachineStatusRequest. */
                interface $Properties {

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a GetMachineStatusRequest. */
                type $Shape = viam.robot.v1.GetMachineStatusRequest.$Properties;
            }

            /**
             * Properties of a GetMachineStatusResponse.
             * @deprecated Use viam.robot.v1.GetMachineStatusResponse.$Properties instead.
             */
            interface IGetMachineStatusResponse extends viam.robot.v1.GetMachineStatusResponse.$Properties {
            }

            /** Represents a GetMachineStatusResponse. */
            class GetMachineStatusResponse {

                /**
                 * Constructs a new GetMachineStatusResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: viam.robot.v1.GetMachineStatusResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** GetMachineStatusResponse resources. */
                resources: viam.robot.v1.ResourceStatus.$Properties[];

                /** GetMachineStatusResponse config. */
                config?: (viam.robot.v1.ConfigStatus.$Properties|null);

                /** GetMachineStatusResponse state. */
                state: viam.robot.v1.GetMachineStatusResponse.State;

                /**
                 * Creates a new GetMachineStatusResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns GetMachineStatusResponse instance
                 */
                static create(properties: viam.robot.v1.GetMachineStatusResponse.$Shape): viam.robot.v1.GetMachineStatusResponse & viam.robot.v1.GetMachineStatusResponse.$Shape;
                static create(properties?: viam.robot.v1.GetMachineStatusResponse.$Properties): viam.robot.v1.GetMachineStatusResponse;

                /**
                 * Encodes the specified GetMachineStatusResponse message. Does not implicitly {@link viam.robot.v1.GetMachineStatusResponse.verify|verify} messages.
                 * @param message GetMachineStatusResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: viam.robot.v1.GetMachineStatusResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a GetMachineStatusResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {viam.robot.v1.GetMachineStatusResponse & viam.robot.v1.GetMachineStatusResponse.$Shape} GetMachineStatusResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): viam.robot.v1.GetMachineStatusResponse & viam.robot.v1.GetMachineStatusResponse.$Shape;
            }

            namespace GetMachineStatusResponse {

                /** Properties of a GetMachineStatusResponse. */
                interface $Properties {

                    /** GetMachineStatusResponse resources */
                    resources?: (viam.robot.v1.ResourceStatus.$Properties[]|null);

                    /** GetMachineStatusResponse config */
                    config?: (viam.robot.v1.ConfigStatus.$Properties|null);

                    /** GetMachineStatusResponse state */
                    state?: (viam.robot.v1.GetMachineStatusResponse.State|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a GetMachineStatusResponse. */
                type $Shape = viam.robot.v1.GetMachineStatusResponse.$Properties;

                /** State enum. */
                enum State {

                    /** STATE_UNSPECIFIED value */
                    STATE_UNSPECIFIED = 0,

                    /** STATE_INITIALIZING value */
                    STATE_INITIALIZING = 1,

                    /** STATE_RUNNING value */
                    STATE_RUNNING = 2
                }
            }

            /**
             * Properties of a ResourceStatus.
             * @deprecated Use viam.robot.v1.ResourceStatus.$Properties instead.
             */
            interface IResourceStatus extends viam.robot.v1.ResourceStatus.$Properties {
            }

            /** Represents a ResourceStatus. */
            class ResourceStatus {

                /**
                 * Constructs a new ResourceStatus.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: viam.robot.v1.ResourceStatus.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ResourceStatus name. */
                name?: (viam.common.v1.ResourceName.$Properties|null);

                /** ResourceStatus state. */
                state: viam.robot.v1.ResourceStatus.State;

                /** ResourceStatus lastUpdated. */
                lastUpdated?: (google.protobuf.Timestamp.$Properties|null);

                /** ResourceStatus revision. */
                revision: string;

                /** ResourceStatus error. */
                error: string;

                /**
                 * Creates a new ResourceStatus instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ResourceStatus instance
                 */
                static create(properties: viam.robot.v1.ResourceStatus.$Shape): viam.robot.v1.ResourceStatus & viam.robot.v1.ResourceStatus.$Shape;
                static create(properties?: viam.robot.v1.ResourceStatus.$Properties): viam.robot.v1.ResourceStatus;

                /**
                 * Encodes the specified ResourceStatus message. Does not implicitly {@link viam.robot.v1.ResourceStatus.verify|verify} messages.
                 * @param message ResourceStatus message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: viam.robot.v1.ResourceStatus.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ResourceStatus message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {viam.robot.v1.ResourceStatus & viam.robot.v1.ResourceStatus.$Shape} ResourceStatus
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): viam.robot.v1.ResourceStatus & viam.robot.v1.ResourceStatus.$Shape;
            }

            namespace ResourceStatus {

                /** Properties of a ResourceStatus. */
                interface $Properties {

                    /** ResourceStatus name */
                    name?: (viam.common.v1.ResourceName.$Properties|null);

                    /** ResourceStatus state */
                    state?: (viam.robot.v1.ResourceStatus.State|null);

                    /** ResourceStatus lastUpdated */
                    lastUpdated?: (google.protobuf.Timestamp.$Properties|null);

                    /** ResourceStatus revision */
                    revision?: (string|null);

                    /** ResourceStatus error */
                    error?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ResourceStatus. */
                type $Shape = viam.robot.v1.ResourceStatus.$Properties;

                /** State enum. */
                enum State {

                    /** STATE_UNSPECIFIED value */
                    STATE_UNSPECIFIED = 0,

                    /** STATE_UNCONFIGURED value */
                    STATE_UNCONFIGURED = 1,

                    /** STATE_CONFIGURING value */
                    STATE_CONFIGURING = 2,

                    /** STATE_READY value */
                    STATE_READY = 3,

                    /** STATE_REMOVING value */
                    STATE_REMOVING = 4,

                    /** STATE_UNHEALTHY value */
                    STATE_UNHEALTHY = 5
                }
            }

            /**
             * Properties of a ConfigStatus.
             * @deprecated Use viam.robot.v1.ConfigStatus.$Properties instead.
             */
            interface IConfigStatus extends viam.robot.v1.ConfigStatus.$Properties {
            }

            /** Represents a ConfigStatus. */
            class ConfigStatus {

                /**
                 * Constructs a new ConfigStatus.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: viam.robot.v1.ConfigStatus.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ConfigStatus revision. */
                revision: string;

                /** ConfigStatus lastUpdated. */
                lastUpdated?: (google.protobuf.Timestamp.$Properties|null);

                /**
                 * Creates a new ConfigStatus instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ConfigStatus instance
                 */
                static create(properties: viam.robot.v1.ConfigStatus.$Shape): viam.robot.v1.ConfigStatus & viam.robot.v1.ConfigStatus.$Shape;
                static create(properties?: viam.robot.v1.ConfigStatus.$Properties): viam.robot.v1.ConfigStatus;

                /**
                 * Encodes the specified ConfigStatus message. Does not implicitly {@link viam.robot.v1.ConfigStatus.verify|verify} messages.
                 * @param message ConfigStatus message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: viam.robot.v1.ConfigStatus.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ConfigStatus message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {viam.robot.v1.ConfigStatus & viam.robot.v1.ConfigStatus.$Shape} ConfigStatus
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): viam.robot.v1.ConfigStatus & viam.robot.v1.ConfigStatus.$Shape;
            }

            namespace ConfigStatus {

                /** Properties of a ConfigStatus. */
                interface $Properties {

                    /** ConfigStatus revision */
                    revision?: (string|null);

                    /** ConfigStatus lastUpdated */
                    lastUpdated?: (google.protobuf.Timestamp.$Properties|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ConfigStatus. */
                type $Shape = viam.robot.v1.ConfigStatus.$Properties;
            }

            /**
             * Properties of a GetVersionRequest.
             * @deprecated Use viam.robot.v1.GetVersionRequest.$Properties instead.
             */
            interface IGetVersionRequest extends viam.robot.v1.GetVersionRequest.$Properties {
            }

            /** Represents a GetVersionRequest. */
            class GetVersionRequest {

                /**
                 * Constructs a new GetVersionRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: viam.robot.v1.GetVersionRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /**
                 * Creates a new GetVersionRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns GetVersionRequest instance
                 */
                static create(properties: viam.robot.v1.GetVersionRequest.$Shape): viam.robot.v1.GetVersionRequest & viam.robot.v1.GetVersionRequest.$Shape;
                static create(properties?: viam.robot.v1.GetVersionRequest.$Properties): viam.robot.v1.GetVersionRequest;

                /**
                 * Encodes the specified GetVersionRequest message. Does not implicitly {@link viam.robot.v1.GetVersionRequest.verify|verify} messages.
                 * @param message GetVersionRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: viam.robot.v1.GetVersionRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a GetVersionRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {viam.robot.v1.GetVersionRequest & viam.robot.v1.GetVersionRequest.$Shape} GetVersionRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): viam.robot.v1.GetVersionRequest & viam.robot.v1.GetVersionRequest.$Shape;
            }

            namespace GetVersionRequest {

                /** Properties of a GetVersionRequest. */
                interface $Properties {

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a GetVersionRequest. */
                type $Shape = viam.robot.v1.GetVersionRequest.$Properties;
            }

            /**
             * Properties of a GetVersionResponse.
             * @deprecated Use viam.robot.v1.GetVersionResponse.$Properties instead.
             */
            interface IGetVersionResponse extends viam.robot.v1.GetVersionResponse.$Properties {
            }

            /** Represents a GetVersionResponse. */
            class GetVersionResponse {

                /**
                 * Constructs a new GetVersionResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: viam.robot.v1.GetVersionResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** GetVersionResponse platform. */
                platform: string;

                /** GetVersionResponse version. */
                version: string;

                /** GetVersionResponse apiVersion. */
                apiVersion: string;

                /**
                 * Creates a new GetVersionResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns GetVersionResponse instance
                 */
                static create(properties: viam.robot.v1.GetVersionResponse.$Shape): viam.robot.v1.GetVersionResponse & viam.robot.v1.GetVersionResponse.$Shape;
                static create(properties?: viam.robot.v1.GetVersionResponse.$Properties): viam.robot.v1.GetVersionResponse;

                /**
                 * Encodes the specified GetVersionResponse message. Does not implicitly {@link viam.robot.v1.GetVersionResponse.verify|verify} messages.
                 * @param message GetVersionResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: viam.robot.v1.GetVersionResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a GetVersionResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {viam.robot.v1.GetVersionResponse & viam.robot.v1.GetVersionResponse.$Shape} GetVersionResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): viam.robot.v1.GetVersionResponse & viam.robot.v1.GetVersionResponse.$Shape;
            }

            namespace GetVersionResponse {

                /** Properties of a GetVersionResponse. */
                interface $Properties {

                    /** GetVersionResponse platform */
                    platform?: (string|null);

                    /** GetVersionResponse version */
                    version?: (string|null);

                    /** GetVersionResponse apiVersion */
                    apiVersion?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a GetVersionResponse. */
                type $Shape = viam.robot.v1.GetVersionResponse.$Properties;
            }
        }
    }
}

/** Namespace google. */
export namespace google {

    /** Namespace protobuf. */
    namespace protobuf {

        /**
         * Properties of an Any.
         * @deprecated Use google.protobuf.Any.$Properties instead.
         */
        interface IAny extends google.protobuf.Any.$Properties {
        }

        /** Represents an Any. */
        class Any {

            /**
             * Constructs a new Any.
             * @param [properties] Properties to set
             */
            constructor(properties?: google.protobuf.Any.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Any typeUrl. */
            typeUrl: string;

            /** Any value. */
            value: Uint8Array;

            /**
             * Creates a new Any instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Any instance
             */
            static create(properties: google.protobuf.Any.$Shape): google.protobuf.Any & google.protobuf.Any.$Shape;
            static create(properties?: google.protobuf.Any.$Properties): google.protobuf.Any;

            /**
             * Encodes the specified Any message. Does not implicitly {@link google.protobuf.Any.verify|verify} messages.
             * @param message Any message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: google.protobuf.Any.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Any message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {google.protobuf.Any & google.protobuf.Any.$Shape} Any
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): google.protobuf.Any & google.protobuf.Any.$Shape;
        }

        namespace Any {

            /** Properties of an Any. */
            interface $Properties {

                /** Any typeUrl */
                typeUrl?: (string|null);

                /** Any value */
                value?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an Any. */
            type $Shape = google.protobuf.Any.$Properties;
        }

        /**
         * Properties of a Timestamp.
         * @deprecated Use google.protobuf.Timestamp.$Properties instead.
         */
        interface ITimestamp extends google.protobuf.Timestamp.$Properties {
        }

        /** Represents a Timestamp. */
        class Timestamp {

            /**
             * Constructs a new Timestamp.
             * @param [properties] Properties to set
             */
            constructor(properties?: google.protobuf.Timestamp.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Timestamp seconds. */
            seconds: number;

            /** Timestamp nanos. */
            nanos: number;

            /**
             * Creates a new Timestamp instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Timestamp instance
             */
            static create(properties: google.protobuf.Timestamp.$Shape): google.protobuf.Timestamp & google.protobuf.Timestamp.$Shape;
            static create(properties?: google.protobuf.Timestamp.$Properties): google.protobuf.Timestamp;

            /**
             * Encodes the specified Timestamp message. Does not implicitly {@link google.protobuf.Timestamp.verify|verify} messages.
             * @param message Timestamp message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: google.protobuf.Timestamp.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Timestamp message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {google.protobuf.Timestamp & google.protobuf.Timestamp.$Shape} Timestamp
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): google.protobuf.Timestamp & google.protobuf.Timestamp.$Shape;
        }

        namespace Timestamp {

            /** Properties of a Timestamp. */
            interface $Properties {

                /** Timestamp seconds */
                seconds?: (number|null);

                /** Timestamp nanos */
                nanos?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Timestamp. */
            type $Shape = google.protobuf.Timestamp.$Properties;
        }

        /**
         * Properties of a Struct.
         * @deprecated Use google.protobuf.Struct.$Properties instead.
         */
        interface IStruct extends google.protobuf.Struct.$Properties {
        }

        /** Represents a Struct. */
        class Struct {

            /**
             * Constructs a new Struct.
             * @param [properties] Properties to set
             */
            constructor(properties?: google.protobuf.Struct.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Struct fields. */
            fields: { [k: string]: google.protobuf.Value.$Properties };

            /**
             * Creates a new Struct instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Struct instance
             */
            static create(properties: google.protobuf.Struct.$Shape): google.protobuf.Struct & google.protobuf.Struct.$Shape;
            static create(properties?: google.protobuf.Struct.$Properties): google.protobuf.Struct;

            /**
             * Encodes the specified Struct message. Does not implicitly {@link google.protobuf.Struct.verify|verify} messages.
             * @param message Struct message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: google.protobuf.Struct.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Struct message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {google.protobuf.Struct & google.protobuf.Struct.$Shape} Struct
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): google.protobuf.Struct & google.protobuf.Struct.$Shape;
        }

        namespace Struct {

            /** Properties of a Struct. */
            interface $Properties {

                /** Struct fields */
                fields?: ({ [k: string]: google.protobuf.Value.$Properties }|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Struct. */
            type $Shape = {
              fields?: { [k: string]: google.protobuf.Value.$Shape }|null;
              $unknowns?: Uint8Array[];
            };
        }

        /**
         * Properties of a Value.
         * @deprecated Use google.protobuf.Value.$Properties instead.
         */
        interface IValue extends google.protobuf.Value.$Properties {
        }

        /** Represents a Value. */
        class Value {

            /**
             * Constructs a new Value.
             * @param [properties] Properties to set
             */
            constructor(properties?: google.protobuf.Value.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Value nullValue. */
            nullValue?: (google.protobuf.NullValue|null);

            /** Value numberValue. */
            numberValue?: (number|null);

            /** Value stringValue. */
            stringValue?: (string|null);

            /** Value boolValue. */
            boolValue?: (boolean|null);

            /** Value structValue. */
            structValue?: (google.protobuf.Struct.$Properties|null);

            /** Value listValue. */
            listValue?: (google.protobuf.ListValue.$Properties|null);

            /** Value kind. */
            kind?: ("nullValue"|"numberValue"|"stringValue"|"boolValue"|"structValue"|"listValue");

            /**
             * Creates a new Value instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Value instance
             */
            static create(properties: google.protobuf.Value.$Shape): google.protobuf.Value & google.protobuf.Value.$Shape;
            static create(properties?: google.protobuf.Value.$Properties): google.protobuf.Value;

            /**
             * Encodes the specified Value message. Does not implicitly {@link google.protobuf.Value.verify|verify} messages.
             * @param message Value message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: google.protobuf.Value.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Value message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {google.protobuf.Value & google.protobuf.Value.$Shape} Value
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): google.protobuf.Value & google.protobuf.Value.$Shape;
        }

        namespace Value {

            /** Properties of a Value. */
            interface $Properties {

                /** Value nullValue */
                nullValue?: (google.protobuf.NullValue|null);

                /** Value numberValue */
                numberValue?: (number|null);

                /** Value stringValue */
                stringValue?: (string|null);

                /** Value boolValue */
                boolValue?: (boolean|null);

                /** Value structValue */
                structValue?: (google.protobuf.Struct.$Properties|null);

                /** Value listValue */
                listValue?: (google.protobuf.ListValue.$Properties|null);

                /** Value kind */
                kind?: ("nullValue"|"numberValue"|"stringValue"|"boolValue"|"structValue"|"listValue");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of a Value. */
            type $Shape = {
              nullValue?: google.protobuf.NullValue|null;
              numberValue?: number|null;
              stringValue?: string|null;
              boolValue?: boolean|null;
              structValue?: google.protobuf.Struct.$Shape|null;
              listValue?: google.protobuf.ListValue.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ kind?: undefined; nullValue?: null; numberValue?: null; stringValue?: null; boolValue?: null; structValue?: null; listValue?: null }|{ kind?: "nullValue"; nullValue: google.protobuf.NullValue; numberValue?: null; stringValue?: null; boolValue?: null; structValue?: null; listValue?: null }|{ kind?: "numberValue"; nullValue?: null; numberValue: number; stringValue?: null; boolValue?: null; structValue?: null; listValue?: null }|{ kind?: "stringValue"; nullValue?: null; numberValue?: null; stringValue: string; boolValue?: null; structValue?: null; listValue?: null }|{ kind?: "boolValue"; nullValue?: null; numberValue?: null; stringValue?: null; boolValue: boolean; structValue?: null; listValue?: null }|{ kind?: "structValue"; nullValue?: null; numberValue?: null; stringValue?: null; boolValue?: null; structValue: google.protobuf.Struct.$Shape; listValue?: null }|{ kind?: "listValue"; nullValue?: null; numberValue?: null; stringValue?: null; boolValue?: null; structValue?: null; listValue: google.protobuf.ListValue.$Shape })
            );
        }

        /** NullValue enum. */
        enum NullValue {

            /** NULL_VALUE value */
            NULL_VALUE = 0
        }

        /**
         * Properties of a ListValue.
         * @deprecated Use google.protobuf.ListValue.$Properties instead.
         */
        interface IListValue extends google.protobuf.ListValue.$Properties {
        }

        /** Represents a ListValue. */
        class ListValue {

            /**
             * Constructs a new ListValue.
             * @param [properties] Properties to set
             */
            constructor(properties?: google.protobuf.ListValue.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ListValue values. */
            values: google.protobuf.Value.$Properties[];

            /**
             * Creates a new ListValue instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ListValue instance
             */
            static create(properties: google.protobuf.ListValue.$Shape): google.protobuf.ListValue & google.protobuf.ListValue.$Shape;
            static create(properties?: google.protobuf.ListValue.$Properties): google.protobuf.ListValue;

            /**
             * Encodes the specified ListValue message. Does not implicitly {@link google.protobuf.ListValue.verify|verify} messages.
             * @param message ListValue message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: google.protobuf.ListValue.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ListValue message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {google.protobuf.ListValue & google.protobuf.ListValue.$Shape} ListValue
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): google.protobuf.ListValue & google.protobuf.ListValue.$Shape;
        }

        namespace ListValue {

            /** Properties of a ListValue. */
            interface $Properties {

                /** ListValue values */
                values?: (google.protobuf.Value.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ListValue. */
            type $Shape = {
              values?: google.protobuf.Value.$Shape[]|null;
              $unknowns?: Uint8Array[];
            };
        }

        /**
         * Properties of a BoolValue.
         * @deprecated Use google.protobuf.BoolValue.$Properties instead.
         */
        interface IBoolValue extends google.protobuf.BoolValue.$Properties {
        }

        /** Represents a BoolValue. */
        class BoolValue {

            /**
             * Constructs a new BoolValue.
             * @param [properties] Properties to set
             */
            constructor(properties?: google.protobuf.BoolValue.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** BoolValue value. */
            value: boolean;

            /**
             * Creates a new BoolValue instance using the specified properties.
             * @param [properties] Properties to set
             * @returns BoolValue instance
             */
            static create(properties: google.protobuf.BoolValue.$Shape): google.protobuf.BoolValue & google.protobuf.BoolValue.$Shape;
            static create(properties?: google.protobuf.BoolValue.$Properties): google.protobuf.BoolValue;

            /**
             * Encodes the specified BoolValue message. Does not implicitly {@link google.protobuf.BoolValue.verify|verify} messages.
             * @param message BoolValue message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: google.protobuf.BoolValue.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a BoolValue message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {google.protobuf.BoolValue & google.protobuf.BoolValue.$Shape} BoolValue
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): google.protobuf.BoolValue & google.protobuf.BoolValue.$Shape;
        }

        namespace BoolValue {

            /** Properties of a BoolValue. */
            interface $Properties {

                /** BoolValue value */
                value?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a BoolValue. */
            type $Shape = google.protobuf.BoolValue.$Properties;
        }

        /**
         * Properties of an Int64Value.
         * @deprecated Use google.protobuf.Int64Value.$Properties instead.
         */
        interface IInt64Value extends google.protobuf.Int64Value.$Properties {
        }

        /** Represents an Int64Value. */
        class Int64Value {

            /**
             * Constructs a new Int64Value.
             * @param [properties] Properties to set
             */
            constructor(properties?: google.protobuf.Int64Value.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Int64Value value. */
            value: number;

            /**
             * Creates a new Int64Value instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Int64Value instance
             */
            static create(properties: google.protobuf.Int64Value.$Shape): google.protobuf.Int64Value & google.protobuf.Int64Value.$Shape;
            static create(properties?: google.protobuf.Int64Value.$Properties): google.protobuf.Int64Value;

            /**
             * Encodes the specified Int64Value message. Does not implicitly {@link google.protobuf.Int64Value.verify|verify} messages.
             * @param message Int64Value message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: google.protobuf.Int64Value.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Int64Value message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {google.protobuf.Int64Value & google.protobuf.Int64Value.$Shape} Int64Value
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): google.protobuf.Int64Value & google.protobuf.Int64Value.$Shape;
        }

        namespace Int64Value {

            /** Properties of an Int64Value. */
            interface $Properties {

                /** Int64Value value */
                value?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an Int64Value. */
            type $Shape = google.protobuf.Int64Value.$Properties;
        }

        /**
         * Properties of a UInt64Value.
         * @deprecated Use google.protobuf.UInt64Value.$Properties instead.
         */
        interface IUInt64Value extends google.protobuf.UInt64Value.$Properties {
        }

        /** Represents a UInt64Value. */
        class UInt64Value {

            /**
             * Constructs a new UInt64Value.
             * @param [properties] Properties to set
             */
            constructor(properties?: google.protobuf.UInt64Value.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** UInt64Value value. */
            value: number;

            /**
             * Creates a new UInt64Value instance using the specified properties.
             * @param [properties] Properties to set
             * @returns UInt64Value instance
             */
            static create(properties: google.protobuf.UInt64Value.$Shape): google.protobuf.UInt64Value & google.protobuf.UInt64Value.$Shape;
            static create(properties?: google.protobuf.UInt64Value.$Properties): google.protobuf.UInt64Value;

            /**
             * Encodes the specified UInt64Value message. Does not implicitly {@link google.protobuf.UInt64Value.verify|verify} messages.
             * @param message UInt64Value message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: google.protobuf.UInt64Value.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a UInt64Value message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {google.protobuf.UInt64Value & google.protobuf.UInt64Value.$Shape} UInt64Value
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): google.protobuf.UInt64Value & google.protobuf.UInt64Value.$Shape;
        }

        namespace UInt64Value {

            /** Properties of a UInt64Value. */
            interface $Properties {

                /** UInt64Value value */
                value?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a UInt64Value. */
            type $Shape = google.protobuf.UInt64Value.$Properties;
        }

        /**
         * Properties of a DoubleValue.
         * @deprecated Use google.protobuf.DoubleValue.$Properties instead.
         */
        interface IDoubleValue extends google.protobuf.DoubleValue.$Properties {
        }

        /** Represents a DoubleValue. */
        class DoubleValue {

            /**
             * Constructs a new DoubleValue.
             * @param [properties] Properties to set
             */
            constructor(properties?: google.protobuf.DoubleValue.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** DoubleValue value. */
            value: number;

            /**
             * Creates a new DoubleValue instance using the specified properties.
             * @param [properties] Properties to set
             * @returns DoubleValue instance
             */
            static create(properties: google.protobuf.DoubleValue.$Shape): google.protobuf.DoubleValue & google.protobuf.DoubleValue.$Shape;
            static create(properties?: google.protobuf.DoubleValue.$Properties): google.protobuf.DoubleValue;

            /**
             * Encodes the specified DoubleValue message. Does not implicitly {@link google.protobuf.DoubleValue.verify|verify} messages.
             * @param message DoubleValue message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: google.protobuf.DoubleValue.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DoubleValue message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {google.protobuf.DoubleValue & google.protobuf.DoubleValue.$Shape} DoubleValue
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): google.protobuf.DoubleValue & google.protobuf.DoubleValue.$Shape;
        }

        namespace DoubleValue {

            /** Properties of a DoubleValue. */
            interface $Properties {

                /** DoubleValue value */
                value?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a DoubleValue. */
            type $Shape = google.protobuf.DoubleValue.$Properties;
        }

        /**
         * Properties of a StringValue.
         * @deprecated Use google.protobuf.StringValue.$Properties instead.
         */
        interface IStringValue extends google.protobuf.StringValue.$Properties {
        }

        /** Represents a StringValue. */
        class StringValue {

            /**
             * Constructs a new StringValue.
             * @param [properties] Properties to set
             */
            constructor(properties?: google.protobuf.StringValue.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** StringValue value. */
            value: string;

            /**
             * Creates a new StringValue instance using the specified properties.
             * @param [properties] Properties to set
             * @returns StringValue instance
             */
            static create(properties: google.protobuf.StringValue.$Shape): google.protobuf.StringValue & google.protobuf.StringValue.$Shape;
            static create(properties?: google.protobuf.StringValue.$Properties): google.protobuf.StringValue;

            /**
             * Encodes the specified StringValue message. Does not implicitly {@link google.protobuf.StringValue.verify|verify} messages.
             * @param message StringValue message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: google.protobuf.StringValue.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a StringValue message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {google.protobuf.StringValue & google.protobuf.StringValue.$Shape} StringValue
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): google.protobuf.StringValue & google.protobuf.StringValue.$Shape;
        }

        namespace StringValue {

            /** Properties of a StringValue. */
            interface $Properties {

                /** StringValue value */
                value?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a StringValue. */
            type $Shape = google.protobuf.StringValue.$Properties;
        }
    }
}

/** Namespace proto. */
export namespace proto {

    /** Namespace rpc. */
    namespace rpc {

        /** Namespace v1. */
        namespace v1 {

            /**
             * Properties of a Credentials.
             * @deprecated Use proto.rpc.v1.Credentials.$Properties instead.
             */
            interface ICredentials extends proto.rpc.v1.Credentials.$Properties {
            }

            /** Represents a Credentials. */
            class Credentials {

                /**
                 * Constructs a new Credentials.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: proto.rpc.v1.Credentials.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Credentials type. */
                type: string;

                /** Credentials payload. */
                payload: string;

                /**
                 * Creates a new Credentials instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Credentials instance
                 */
                static create(properties: proto.rpc.v1.Credentials.$Shape): proto.rpc.v1.Credentials & proto.rpc.v1.Credentials.$Shape;
                static create(properties?: proto.rpc.v1.Credentials.$Properties): proto.rpc.v1.Credentials;

                /**
                 * Encodes the specified Credentials message. Does not implicitly {@link proto.rpc.v1.Credentials.verify|verify} messages.
                 * @param message Credentials message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: proto.rpc.v1.Credentials.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Credentials message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {proto.rpc.v1.Credentials & proto.rpc.v1.Credentials.$Shape} Credentials
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): proto.rpc.v1.Credentials & proto.rpc.v1.Credentials.$Shape;
            }

            namespace Credentials {

                /** Properties of a Credentials. */
                interface $Properties {

                    /** Credentials type */
                    type?: (string|null);

                    /** Credentials payload */
                    payload?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Credentials. */
                type $Shape = proto.rpc.v1.Credentials.$Properties;
            }

            /**
             * Properties of an AuthenticateRequest.
             * @deprecated Use proto.rpc.v1.AuthenticateRequest.$Properties instead.
             */
            interface IAuthenticateRequest extends proto.rpc.v1.AuthenticateRequest.$Properties {
            }

            /** Represents an AuthenticateRequest. */
            class AuthenticateRequest {

                /**
                 * Constructs a new AuthenticateRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: proto.rpc.v1.AuthenticateRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** AuthenticateRequest entity. */
                entity: string;

                /** AuthenticateRequest credentials. */
                credentials?: (proto.rpc.v1.Credentials.$Properties|null);

                /**
                 * Creates a new AuthenticateRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns AuthenticateRequest instance
                 */
                static create(properties: proto.rpc.v1.AuthenticateRequest.$Shape): proto.rpc.v1.AuthenticateRequest & proto.rpc.v1.AuthenticateRequest.$Shape;
                static create(properties?: proto.rpc.v1.AuthenticateRequest.$Properties): proto.rpc.v1.AuthenticateRequest;

                /**
                 * Encodes the specified AuthenticateRequest message. Does not implicitly {@link proto.rpc.v1.AuthenticateRequest.verify|verify} messages.
                 * @param message AuthenticateRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: proto.rpc.v1.AuthenticateRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an AuthenticateRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {proto.rpc.v1.AuthenticateRequest & proto.rpc.v1.AuthenticateRequest.$Shape} AuthenticateRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): proto.rpc.v1.AuthenticateRequest & proto.rpc.v1.AuthenticateRequest.$Shape;
            }

            namespace AuthenticateRequest {

                /** Properties of an AuthenticateRequest. */
                interface $Properties {

                    /** AuthenticateRequest entity */
                    entity?: (string|null);

                    /** AuthenticateRequest credentials */
                    credentials?: (proto.rpc.v1.Credentials.$Properties|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an AuthenticateRequest. */
                type $Shape = proto.rpc.v1.AuthenticateRequest.$Properties;
            }

            /**
             * Properties of an AuthenticateResponse.
             * @deprecated Use proto.rpc.v1.AuthenticateResponse.$Properties instead.
             */
            interface IAuthenticateResponse extends proto.rpc.v1.AuthenticateResponse.$Properties {
            }

            /** Represents an AuthenticateResponse. */
            class AuthenticateResponse {

                /**
                 * Constructs a new AuthenticateResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: proto.rpc.v1.AuthenticateResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** AuthenticateResponse accessToken. */
                accessToken: string;

                /**
                 * Creates a new AuthenticateResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns AuthenticateResponse instance
                 */
                static create(properties: proto.rpc.v1.AuthenticateResponse.$Shape): proto.rpc.v1.AuthenticateResponse & proto.rpc.v1.AuthenticateResponse.$Shape;
                static create(properties?: proto.rpc.v1.AuthenticateResponse.$Properties): proto.rpc.v1.AuthenticateResponse;

                /**
                 * Encodes the specified AuthenticateResponse message. Does not implicitly {@link proto.rpc.v1.AuthenticateResponse.verify|verify} messages.
                 * @param message AuthenticateResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: proto.rpc.v1.AuthenticateResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an AuthenticateResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {proto.rpc.v1.AuthenticateResponse & proto.rpc.v1.AuthenticateResponse.$Shape} AuthenticateResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): proto.rpc.v1.AuthenticateResponse & proto.rpc.v1.AuthenticateResponse.$Shape;
            }

            namespace AuthenticateResponse {

                /** Properties of an AuthenticateResponse. */
                interface $Properties {

                    /** AuthenticateResponse accessToken */
                    accessToken?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an AuthenticateResponse. */
                type $Shape = proto.rpc.v1.AuthenticateResponse.$Properties;
            }
        }
    }
}
