/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars*/
import $protobuf from "protobufjs/minimal";

$protobuf.util.Long = undefined;
$protobuf.configure();

class UnpooledWriter extends $protobuf.Writer {
  static create() {
    return new UnpooledWriter();
  }

  static alloc(size) {
    return new Uint8Array(size);
  }
}

// Common aliases
const $Reader = $protobuf.Reader, $Writer = UnpooledWriter, $util = $protobuf.util;

// Exported root namespace
const $root = $protobuf.roots["default"] || ($protobuf.roots["default"] = {});

export const viam = $root.viam = (() => {

    /**
     * Namespace viam.
     * @exports viam
     * @namespace
     */
    const viam = {};

    viam.app = (function() {

        /**
         * Namespace app.
         * @memberof viam
         * @namespace
         */
        const app = {};

        app.agent = (function() {

            /**
             * Namespace agent.
             * @memberof viam.app
             * @namespace
             */
            const agent = {};

            agent.v1 = (function() {

                /**
                 * Namespace v1.
                 * @memberof viam.app.agent
                 * @namespace
                 */
                const v1 = {};

                v1.DeviceAgentConfigRequest = (function() {

                    /**
                     * Properties of a DeviceAgentConfigRequest.
                     * @memberof viam.app.agent.v1
                     * @interface IDeviceAgentConfigRequest
                     * @property {string|null} [id] DeviceAgentConfigRequest id
                     */

                    /**
                     * Constructs a new DeviceAgentConfigRequest.
                     * @memberof viam.app.agent.v1
                     * @classdesc Represents a DeviceAgentConfigRequest.
                     * @implements IDeviceAgentConfigRequest
                     * @constructor
                     * @param {viam.app.agent.v1.IDeviceAgentConfigRequest=} [properties] Properties to set
                     */
                    function DeviceAgentConfigRequest(properties) {
                        if (properties)
                            for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    }

                    /**
                     * DeviceAgentConfigRequest id.
                     * @member {string} id
                     * @memberof viam.app.agent.v1.DeviceAgentConfigRequest
                     * @instance
                     */
                    DeviceAgentConfigRequest.prototype.id = "";

                    /**
                     * Creates a new DeviceAgentConfigRequest instance using the specified properties.
                     * @function create
                     * @memberof viam.app.agent.v1.DeviceAgentConfigRequest
                     * @static
                     * @param {viam.app.agent.v1.IDeviceAgentConfigRequest=} [properties] Properties to set
                     * @returns {viam.app.agent.v1.DeviceAgentConfigRequest} DeviceAgentConfigRequest instance
                     */
                    DeviceAgentConfigRequest.create = function create(properties) {
                        return new DeviceAgentConfigRequest(properties);
                    };

                    /**
                     * Encodes the specified DeviceAgentConfigRequest message. Does not implicitly {@link viam.app.agent.v1.DeviceAgentConfigRequest.verify|verify} messages.
                     * @function encode
                     * @memberof viam.app.agent.v1.DeviceAgentConfigRequest
                     * @static
                     * @param {viam.app.agent.v1.IDeviceAgentConfigRequest} message DeviceAgentConfigRequest message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    DeviceAgentConfigRequest.encode = function encode(message, writer, q) {
                        if (!writer)
                            writer = $Writer.create();
                        if (q === undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw Error("max depth exceeded");
                        if (message.id != null && Object.hasOwnProperty.call(message, "id"))
                            writer.uint32(/* id 1, wireType 2 =*/10).string(message.id);
                        return writer;
                    };

                    /**
                     * Decodes a DeviceAgentConfigRequest message from the specified reader or buffer.
                     * @function decode
                     * @memberof viam.app.agent.v1.DeviceAgentConfigRequest
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {viam.app.agent.v1.DeviceAgentConfigRequest} DeviceAgentConfigRequest
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    DeviceAgentConfigRequest.decode = function decode(reader, length, error, long) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (long === undefined)
                            long = 0;
                        if (long > $Reader.recursionLimit)
                            throw Error("maximum nesting depth exceeded");
                        let end, message;
                        if (length === undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = new $root.viam.app.agent.v1.DeviceAgentConfigRequest();
                        while (reader.pos < end) {
                            let tag = reader.uint32();
                            if (tag === error)
                                break;
                            switch (tag >>> 3) {
                            case 1: {
                                    message.id = reader.string();
                                    break;
                                }
                            default:
                                reader.skipType(tag & 7, long);
                                break;
                            }
                        }
                        if (length !== undefined) {
                            if (reader.pos !== end)
                                throw RangeError("index out of range");
                            reader.len = length;
                        }
                        return message;
                    };

                    return DeviceAgentConfigRequest;
                })();

                v1.DeviceAgentConfigResponse = (function() {

                    /**
                     * Properties of a DeviceAgentConfigResponse.
                     * @memberof viam.app.agent.v1
                     * @interface IDeviceAgentConfigResponse
                     * @property {google.protobuf.IStruct|null} [advancedSettings] DeviceAgentConfigResponse advancedSettings
                     */

                    /**
                     * Constructs a new DeviceAgentConfigResponse.
                     * @memberof viam.app.agent.v1
                     * @classdesc Represents a DeviceAgentConfigResponse.
                     * @implements IDeviceAgentConfigResponse
                     * @constructor
                     * @param {viam.app.agent.v1.IDeviceAgentConfigResponse=} [properties] Properties to set
                     */
                    function DeviceAgentConfigResponse(properties) {
                        if (properties)
                            for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    }

                    /**
                     * DeviceAgentConfigResponse advancedSettings.
                     * @member {google.protobuf.IStruct|null|undefined} advancedSettings
                     * @memberof viam.app.agent.v1.DeviceAgentConfigResponse
                     * @instance
                     */
                    DeviceAgentConfigResponse.prototype.advancedSettings = null;

                    /**
                     * Creates a new DeviceAgentConfigResponse instance using the specified properties.
                     * @function create
                     * @memberof viam.app.agent.v1.DeviceAgentConfigResponse
                     * @static
                     * @param {viam.app.agent.v1.IDeviceAgentConfigResponse=} [properties] Properties to set
                     * @returns {viam.app.agent.v1.DeviceAgentConfigResponse} DeviceAgentConfigResponse instance
                     */
                    DeviceAgentConfigResponse.create = function create(properties) {
                        return new DeviceAgentConfigResponse(properties);
                    };

                    /**
                     * Encodes the specified DeviceAgentConfigResponse message. Does not implicitly {@link viam.app.agent.v1.DeviceAgentConfigResponse.verify|verify} messages.
                     * @function encode
                     * @memberof viam.app.agent.v1.DeviceAgentConfigResponse
                     * @static
                     * @param {viam.app.agent.v1.IDeviceAgentConfigResponse} message DeviceAgentConfigResponse message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    DeviceAgentConfigResponse.encode = function encode(message, writer, q) {
                        if (!writer)
                            writer = $Writer.create();
                        if (q === undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw Error("max depth exceeded");
                        if (message.advancedSettings != null && Object.hasOwnProperty.call(message, "advancedSettings"))
                            $root.google.protobuf.Struct.encode(message.advancedSettings, writer.uint32(/* id 5, wireType 2 =*/42).fork(), q + 1).ldelim();
                        return writer;
                    };

                    /**
                     * Decodes a DeviceAgentConfigResponse message from the specified reader or buffer.
                     * @function decode
                     * @memberof viam.app.agent.v1.DeviceAgentConfigResponse
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {viam.app.agent.v1.DeviceAgentConfigResponse} DeviceAgentConfigResponse
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    DeviceAgentConfigResponse.decode = function decode(reader, length, error, long) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (long === undefined)
                            long = 0;
                        if (long > $Reader.recursionLimit)
                            throw Error("maximum nesting depth exceeded");
                        let end, message;
                        if (length === undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = new $root.viam.app.agent.v1.DeviceAgentConfigResponse();
                        while (reader.pos < end) {
                            let tag = reader.uint32();
                            if (tag === error)
                                break;
                            switch (tag >>> 3) {
                            case 5: {
                                    message.advancedSettings = $root.google.protobuf.Struct.decode(reader, reader.uint32(), undefined, long + 1);
                                    break;
                                }
                            default:
                                reader.skipType(tag & 7, long);
                                break;
                            }
                        }
                        if (length !== undefined) {
                            if (reader.pos !== end)
                                throw RangeError("index out of range");
                            reader.len = length;
                        }
                        return message;
                    };

                    return DeviceAgentConfigResponse;
                })();

                return v1;
            })();

            return agent;
        })();

        app.v1 = (function() {

            /**
             * Namespace v1.
             * @memberof viam.app
             * @namespace
             */
            const v1 = {};

            v1.ConfigRequest = (function() {

                /**
                 * Properties of a ConfigRequest.
                 * @memberof viam.app.v1
                 * @interface IConfigRequest
                 * @property {string|null} [id] ConfigRequest id
                 */

                /**
                 * Constructs a new ConfigRequest.
                 * @memberof viam.app.v1
                 * @classdesc Represents a ConfigRequest.
                 * @implements IConfigRequest
                 * @constructor
                 * @param {viam.app.v1.IConfigRequest=} [properties] Properties to set
                 */
                function ConfigRequest(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * ConfigRequest id.
                 * @member {string} id
                 * @memberof viam.app.v1.ConfigRequest
                 * @instance
                 */
                ConfigRequest.prototype.id = "";

                /**
                 * Creates a new ConfigRequest instance using the specified properties.
                 * @function create
                 * @memberof viam.app.v1.ConfigRequest
                 * @static
                 * @param {viam.app.v1.IConfigRequest=} [properties] Properties to set
                 * @returns {viam.app.v1.ConfigRequest} ConfigRequest instance
                 */
                ConfigRequest.create = function create(properties) {
                    return new ConfigRequest(properties);
                };

                /**
                 * Encodes the specified ConfigRequest message. Does not implicitly {@link viam.app.v1.ConfigRequest.verify|verify} messages.
                 * @function encode
                 * @memberof viam.app.v1.ConfigRequest
                 * @static
                 * @param {viam.app.v1.IConfigRequest} message ConfigRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ConfigRequest.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.id != null && Object.hasOwnProperty.call(message, "id"))
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.id);
                    return writer;
                };

                /**
                 * Decodes a ConfigRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof viam.app.v1.ConfigRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {viam.app.v1.ConfigRequest} ConfigRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ConfigRequest.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.viam.app.v1.ConfigRequest();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.id = reader.string();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                return ConfigRequest;
            })();

            v1.ConfigResponse = (function() {

                /**
                 * Properties of a ConfigResponse.
                 * @memberof viam.app.v1
                 * @interface IConfigResponse
                 * @property {viam.app.v1.IRobotConfig|null} [config] ConfigResponse config
                 */

                /**
                 * Constructs a new ConfigResponse.
                 * @memberof viam.app.v1
                 * @classdesc Represents a ConfigResponse.
                 * @implements IConfigResponse
                 * @constructor
                 * @param {viam.app.v1.IConfigResponse=} [properties] Properties to set
                 */
                function ConfigResponse(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * ConfigResponse config.
                 * @member {viam.app.v1.IRobotConfig|null|undefined} config
                 * @memberof viam.app.v1.ConfigResponse
                 * @instance
                 */
                ConfigResponse.prototype.config = null;

                /**
                 * Creates a new ConfigResponse instance using the specified properties.
                 * @function create
                 * @memberof viam.app.v1.ConfigResponse
                 * @static
                 * @param {viam.app.v1.IConfigResponse=} [properties] Properties to set
                 * @returns {viam.app.v1.ConfigResponse} ConfigResponse instance
                 */
                ConfigResponse.create = function create(properties) {
                    return new ConfigResponse(properties);
                };

                /**
                 * Encodes the specified ConfigResponse message. Does not implicitly {@link viam.app.v1.ConfigResponse.verify|verify} messages.
                 * @function encode
                 * @memberof viam.app.v1.ConfigResponse
                 * @static
                 * @param {viam.app.v1.IConfigResponse} message ConfigResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ConfigResponse.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.config != null && Object.hasOwnProperty.call(message, "config"))
                        $root.viam.app.v1.RobotConfig.encode(message.config, writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                    return writer;
                };

                /**
                 * Decodes a ConfigResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof viam.app.v1.ConfigResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {viam.app.v1.ConfigResponse} ConfigResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ConfigResponse.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.viam.app.v1.ConfigResponse();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.config = $root.viam.app.v1.RobotConfig.decode(reader, reader.uint32(), undefined, long + 1);
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                return ConfigResponse;
            })();

            v1.RobotConfig = (function() {

                /**
                 * Properties of a RobotConfig.
                 * @memberof viam.app.v1
                 * @interface IRobotConfig
                 * @property {viam.app.v1.ICloudConfig|null} [cloud] RobotConfig cloud
                 * @property {Array.<viam.app.v1.IRemoteConfig>|null} [remotes] RobotConfig remotes
                 * @property {Array.<viam.app.v1.IComponentConfig>|null} [components] RobotConfig components
                 * @property {Array.<viam.app.v1.IServiceConfig>|null} [services] RobotConfig services
                 * @property {string|null} [revision] RobotConfig revision
                 */

                /**
                 * Constructs a new RobotConfig.
                 * @memberof viam.app.v1
                 * @classdesc Represents a RobotConfig.
                 * @implements IRobotConfig
                 * @constructor
                 * @param {viam.app.v1.IRobotConfig=} [properties] Properties to set
                 */
                function RobotConfig(properties) {
                    this.remotes = [];
                    this.components = [];
                    this.services = [];
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * RobotConfig cloud.
                 * @member {viam.app.v1.ICloudConfig|null|undefined} cloud
                 * @memberof viam.app.v1.RobotConfig
                 * @instance
                 */
                RobotConfig.prototype.cloud = null;

                /**
                 * RobotConfig remotes.
                 * @member {Array.<viam.app.v1.IRemoteConfig>} remotes
                 * @memberof viam.app.v1.RobotConfig
                 * @instance
                 */
                RobotConfig.prototype.remotes = $util.emptyArray;

                /**
                 * RobotConfig components.
                 * @member {Array.<viam.app.v1.IComponentConfig>} components
                 * @memberof viam.app.v1.RobotConfig
                 * @instance
                 */
                RobotConfig.prototype.components = $util.emptyArray;

                /**
                 * RobotConfig services.
                 * @member {Array.<viam.app.v1.IServiceConfig>} services
                 * @memberof viam.app.v1.RobotConfig
                 * @instance
                 */
                RobotConfig.prototype.services = $util.emptyArray;

                /**
                 * RobotConfig revision.
                 * @member {string} revision
                 * @memberof viam.app.v1.RobotConfig
                 * @instance
                 */
                RobotConfig.prototype.revision = "";

                /**
                 * Creates a new RobotConfig instance using the specified properties.
                 * @function create
                 * @memberof viam.app.v1.RobotConfig
                 * @static
                 * @param {viam.app.v1.IRobotConfig=} [properties] Properties to set
                 * @returns {viam.app.v1.RobotConfig} RobotConfig instance
                 */
                RobotConfig.create = function create(properties) {
                    return new RobotConfig(properties);
                };

                /**
                 * Encodes the specified RobotConfig message. Does not implicitly {@link viam.app.v1.RobotConfig.verify|verify} messages.
                 * @function encode
                 * @memberof viam.app.v1.RobotConfig
                 * @static
                 * @param {viam.app.v1.IRobotConfig} message RobotConfig message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                RobotConfig.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.cloud != null && Object.hasOwnProperty.call(message, "cloud"))
                        $root.viam.app.v1.CloudConfig.encode(message.cloud, writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                    if (message.remotes != null && message.remotes.length)
                        for (let i = 0; i < message.remotes.length; ++i)
                            $root.viam.app.v1.RemoteConfig.encode(message.remotes[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                    if (message.components != null && message.components.length)
                        for (let i = 0; i < message.components.length; ++i)
                            $root.viam.app.v1.ComponentConfig.encode(message.components[i], writer.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
                    if (message.services != null && message.services.length)
                        for (let i = 0; i < message.services.length; ++i)
                            $root.viam.app.v1.ServiceConfig.encode(message.services[i], writer.uint32(/* id 5, wireType 2 =*/42).fork(), q + 1).ldelim();
                    if (message.revision != null && Object.hasOwnProperty.call(message, "revision"))
                        writer.uint32(/* id 15, wireType 2 =*/122).string(message.revision);
                    return writer;
                };

                /**
                 * Decodes a RobotConfig message from the specified reader or buffer.
                 * @function decode
                 * @memberof viam.app.v1.RobotConfig
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {viam.app.v1.RobotConfig} RobotConfig
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                RobotConfig.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.viam.app.v1.RobotConfig();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.cloud = $root.viam.app.v1.CloudConfig.decode(reader, reader.uint32(), undefined, long + 1);
                                break;
                            }
                        case 2: {
                                if (!(message.remotes && message.remotes.length))
                                    message.remotes = [];
                                message.remotes.push($root.viam.app.v1.RemoteConfig.decode(reader, reader.uint32(), undefined, long + 1));
                                break;
                            }
                        case 3: {
                                if (!(message.components && message.components.length))
                                    message.components = [];
                                message.components.push($root.viam.app.v1.ComponentConfig.decode(reader, reader.uint32(), undefined, long + 1));
                                break;
                            }
                        case 5: {
                                if (!(message.services && message.services.length))
                                    message.services = [];
                                message.services.push($root.viam.app.v1.ServiceConfig.decode(reader, reader.uint32(), undefined, long + 1));
                                break;
                            }
                        case 15: {
                                message.revision = reader.string();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                return RobotConfig;
            })();

            v1.CloudConfig = (function() {

                /**
                 * Properties of a CloudConfig.
                 * @memberof viam.app.v1
                 * @interface ICloudConfig
                 * @property {string|null} [id] CloudConfig id
                 * @property {string|null} [fqdn] CloudConfig fqdn
                 * @property {string|null} [localFqdn] CloudConfig localFqdn
                 * @property {string|null} [primaryOrgId] CloudConfig primaryOrgId
                 * @property {string|null} [locationId] CloudConfig locationId
                 * @property {string|null} [machineId] CloudConfig machineId
                 */

                /**
                 * Constructs a new CloudConfig.
                 * @memberof viam.app.v1
                 * @classdesc Represents a CloudConfig.
                 * @implements ICloudConfig
                 * @constructor
                 * @param {viam.app.v1.ICloudConfig=} [properties] Properties to set
                 */
                function CloudConfig(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * CloudConfig id.
                 * @member {string} id
                 * @memberof viam.app.v1.CloudConfig
                 * @instance
                 */
                CloudConfig.prototype.id = "";

                /**
                 * CloudConfig fqdn.
                 * @member {string} fqdn
                 * @memberof viam.app.v1.CloudConfig
                 * @instance
                 */
                CloudConfig.prototype.fqdn = "";

                /**
                 * CloudConfig localFqdn.
                 * @member {string} localFqdn
                 * @memberof viam.app.v1.CloudConfig
                 * @instance
                 */
                CloudConfig.prototype.localFqdn = "";

                /**
                 * CloudConfig primaryOrgId.
                 * @member {string} primaryOrgId
                 * @memberof viam.app.v1.CloudConfig
                 * @instance
                 */
                CloudConfig.prototype.primaryOrgId = "";

                /**
                 * CloudConfig locationId.
                 * @member {string} locationId
                 * @memberof viam.app.v1.CloudConfig
                 * @instance
                 */
                CloudConfig.prototype.locationId = "";

                /**
                 * CloudConfig machineId.
                 * @member {string} machineId
                 * @memberof viam.app.v1.CloudConfig
                 * @instance
                 */
                CloudConfig.prototype.machineId = "";

                /**
                 * Creates a new CloudConfig instance using the specified properties.
                 * @function create
                 * @memberof viam.app.v1.CloudConfig
                 * @static
                 * @param {viam.app.v1.ICloudConfig=} [properties] Properties to set
                 * @returns {viam.app.v1.CloudConfig} CloudConfig instance
                 */
                CloudConfig.create = function create(properties) {
                    return new CloudConfig(properties);
                };

                /**
                 * Encodes the specified CloudConfig message. Does not implicitly {@link viam.app.v1.CloudConfig.verify|verify} messages.
                 * @function encode
                 * @memberof viam.app.v1.CloudConfig
                 * @static
                 * @param {viam.app.v1.ICloudConfig} message CloudConfig message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                CloudConfig.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.id != null && Object.hasOwnProperty.call(message, "id"))
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.id);
                    if (message.fqdn != null && Object.hasOwnProperty.call(message, "fqdn"))
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.fqdn);
                    if (message.localFqdn != null && Object.hasOwnProperty.call(message, "localFqdn"))
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.localFqdn);
                    if (message.primaryOrgId != null && Object.hasOwnProperty.call(message, "primaryOrgId"))
                        writer.uint32(/* id 10, wireType 2 =*/82).string(message.primaryOrgId);
                    if (message.locationId != null && Object.hasOwnProperty.call(message, "locationId"))
                        writer.uint32(/* id 11, wireType 2 =*/90).string(message.locationId);
                    if (message.machineId != null && Object.hasOwnProperty.call(message, "machineId"))
                        writer.uint32(/* id 12, wireType 2 =*/98).string(message.machineId);
                    return writer;
                };

                /**
                 * Decodes a CloudConfig message from the specified reader or buffer.
                 * @function decode
                 * @memberof viam.app.v1.CloudConfig
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {viam.app.v1.CloudConfig} CloudConfig
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                CloudConfig.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.viam.app.v1.CloudConfig();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.id = reader.string();
                                break;
                            }
                        case 2: {
                                message.fqdn = reader.string();
                                break;
                            }
                        case 3: {
                                message.localFqdn = reader.string();
                                break;
                            }
                        case 10: {
                                message.primaryOrgId = reader.string();
                                break;
                            }
                        case 11: {
                                message.locationId = reader.string();
                                break;
                            }
                        case 12: {
                                message.machineId = reader.string();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                return CloudConfig;
            })();

            v1.ComponentConfig = (function() {

                /**
                 * Properties of a ComponentConfig.
                 * @memberof viam.app.v1
                 * @interface IComponentConfig
                 * @property {string|null} [name] ComponentConfig name
                 * @property {string|null} [namespace] ComponentConfig namespace
                 * @property {string|null} [type] ComponentConfig type
                 * @property {string|null} [model] ComponentConfig model
                 * @property {Array.<string>|null} [dependsOn] ComponentConfig dependsOn
                 * @property {Array.<viam.app.v1.IResourceLevelServiceConfig>|null} [serviceConfigs] ComponentConfig serviceConfigs
                 * @property {google.protobuf.IStruct|null} [attributes] ComponentConfig attributes
                 * @property {string|null} [api] ComponentConfig api
                 */

                /**
                 * Constructs a new ComponentConfig.
                 * @memberof viam.app.v1
                 * @classdesc Represents a ComponentConfig.
                 * @implements IComponentConfig
                 * @constructor
                 * @param {viam.app.v1.IComponentConfig=} [properties] Properties to set
                 */
                function ComponentConfig(properties) {
                    this.dependsOn = [];
                    this.serviceConfigs = [];
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * ComponentConfig name.
                 * @member {string} name
                 * @memberof viam.app.v1.ComponentConfig
                 * @instance
                 */
                ComponentConfig.prototype.name = "";

                /**
                 * ComponentConfig namespace.
                 * @member {string} namespace
                 * @memberof viam.app.v1.ComponentConfig
                 * @instance
                 */
                ComponentConfig.prototype.namespace = "";

                /**
                 * ComponentConfig type.
                 * @member {string} type
                 * @memberof viam.app.v1.ComponentConfig
                 * @instance
                 */
                ComponentConfig.prototype.type = "";

                /**
                 * ComponentConfig model.
                 * @member {string} model
                 * @memberof viam.app.v1.ComponentConfig
                 * @instance
                 */
                ComponentConfig.prototype.model = "";

                /**
                 * ComponentConfig dependsOn.
                 * @member {Array.<string>} dependsOn
                 * @memberof viam.app.v1.ComponentConfig
                 * @instance
                 */
                ComponentConfig.prototype.dependsOn = $util.emptyArray;

                /**
                 * ComponentConfig serviceConfigs.
                 * @member {Array.<viam.app.v1.IResourceLevelServiceConfig>} serviceConfigs
                 * @memberof viam.app.v1.ComponentConfig
                 * @instance
                 */
                ComponentConfig.prototype.serviceConfigs = $util.emptyArray;

                /**
                 * ComponentConfig attributes.
                 * @member {google.protobuf.IStruct|null|undefined} attributes
                 * @memberof viam.app.v1.ComponentConfig
                 * @instance
                 */
                ComponentConfig.prototype.attributes = null;

                /**
                 * ComponentConfig api.
                 * @member {string} api
                 * @memberof viam.app.v1.ComponentConfig
                 * @instance
                 */
                ComponentConfig.prototype.api = "";

                /**
                 * Creates a new ComponentConfig instance using the specified properties.
                 * @function create
                 * @memberof viam.app.v1.ComponentConfig
                 * @static
                 * @param {viam.app.v1.IComponentConfig=} [properties] Properties to set
                 * @returns {viam.app.v1.ComponentConfig} ComponentConfig instance
                 */
                ComponentConfig.create = function create(properties) {
                    return new ComponentConfig(properties);
                };

                /**
                 * Encodes the specified ComponentConfig message. Does not implicitly {@link viam.app.v1.ComponentConfig.verify|verify} messages.
                 * @function encode
                 * @memberof viam.app.v1.ComponentConfig
                 * @static
                 * @param {viam.app.v1.IComponentConfig} message ComponentConfig message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ComponentConfig.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.name != null && Object.hasOwnProperty.call(message, "name"))
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                    if (message.namespace != null && Object.hasOwnProperty.call(message, "namespace"))
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.namespace);
                    if (message.type != null && Object.hasOwnProperty.call(message, "type"))
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.type);
                    if (message.model != null && Object.hasOwnProperty.call(message, "model"))
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.model);
                    if (message.dependsOn != null && message.dependsOn.length)
                        for (let i = 0; i < message.dependsOn.length; ++i)
                            writer.uint32(/* id 6, wireType 2 =*/50).string(message.dependsOn[i]);
                    if (message.serviceConfigs != null && message.serviceConfigs.length)
                        for (let i = 0; i < message.serviceConfigs.length; ++i)
                            $root.viam.app.v1.ResourceLevelServiceConfig.encode(message.serviceConfigs[i], writer.uint32(/* id 7, wireType 2 =*/58).fork(), q + 1).ldelim();
                    if (message.attributes != null && Object.hasOwnProperty.call(message, "attributes"))
                        $root.google.protobuf.Struct.encode(message.attributes, writer.uint32(/* id 8, wireType 2 =*/66).fork(), q + 1).ldelim();
                    if (message.api != null && Object.hasOwnProperty.call(message, "api"))
                        writer.uint32(/* id 9, wireType 2 =*/74).string(message.api);
                    return writer;
                };

                /**
                 * Decodes a ComponentConfig message from the specified reader or buffer.
                 * @function decode
                 * @memberof viam.app.v1.ComponentConfig
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {viam.app.v1.ComponentConfig} ComponentConfig
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ComponentConfig.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.viam.app.v1.ComponentConfig();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.name = reader.string();
                                break;
                            }
                        case 2: {
                                message.namespace = reader.string();
                                break;
                            }
                        case 3: {
                                message.type = reader.string();
                                break;
                            }
                        case 4: {
                                message.model = reader.string();
                                break;
                            }
                        case 6: {
                                if (!(message.dependsOn && message.dependsOn.length))
                                    message.dependsOn = [];
                                message.dependsOn.push(reader.string());
                                break;
                            }
                        case 7: {
                                if (!(message.serviceConfigs && message.serviceConfigs.length))
                                    message.serviceConfigs = [];
                                message.serviceConfigs.push($root.viam.app.v1.ResourceLevelServiceConfig.decode(reader, reader.uint32(), undefined, long + 1));
                                break;
                            }
                        case 8: {
                                message.attributes = $root.google.protobuf.Struct.decode(reader, reader.uint32(), undefined, long + 1);
                                break;
                            }
                        case 9: {
                                message.api = reader.string();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                return ComponentConfig;
            })();

            v1.ResourceLevelServiceConfig = (function() {

                /**
                 * Properties of a ResourceLevelServiceConfig.
                 * @memberof viam.app.v1
                 * @interface IResourceLevelServiceConfig
                 * @property {string|null} [type] ResourceLevelServiceConfig type
                 * @property {google.protobuf.IStruct|null} [attributes] ResourceLevelServiceConfig attributes
                 */

                /**
                 * Constructs a new ResourceLevelServiceConfig.
                 * @memberof viam.app.v1
                 * @classdesc Represents a ResourceLevelServiceConfig.
                 * @implements IResourceLevelServiceConfig
                 * @constructor
                 * @param {viam.app.v1.IResourceLevelServiceConfig=} [properties] Properties to set
                 */
                function ResourceLevelServiceConfig(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * ResourceLevelServiceConfig type.
                 * @member {string} type
                 * @memberof viam.app.v1.ResourceLevelServiceConfig
                 * @instance
                 */
                ResourceLevelServiceConfig.prototype.type = "";

                /**
                 * ResourceLevelServiceConfig attributes.
                 * @member {google.protobuf.IStruct|null|undefined} attributes
                 * @memberof viam.app.v1.ResourceLevelServiceConfig
                 * @instance
                 */
                ResourceLevelServiceConfig.prototype.attributes = null;

                /**
                 * Creates a new ResourceLevelServiceConfig instance using the specified properties.
                 * @function create
                 * @memberof viam.app.v1.ResourceLevelServiceConfig
                 * @static
                 * @param {viam.app.v1.IResourceLevelServiceConfig=} [properties] Properties to set
                 * @returns {viam.app.v1.ResourceLevelServiceConfig} ResourceLevelServiceConfig instance
                 */
                ResourceLevelServiceConfig.create = function create(properties) {
                    return new ResourceLevelServiceConfig(properties);
                };

                /**
                 * Encodes the specified ResourceLevelServiceConfig message. Does not implicitly {@link viam.app.v1.ResourceLevelServiceConfig.verify|verify} messages.
                 * @function encode
                 * @memberof viam.app.v1.ResourceLevelServiceConfig
                 * @static
                 * @param {viam.app.v1.IResourceLevelServiceConfig} message ResourceLevelServiceConfig message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ResourceLevelServiceConfig.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.type != null && Object.hasOwnProperty.call(message, "type"))
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.type);
                    if (message.attributes != null && Object.hasOwnProperty.call(message, "attributes"))
                        $root.google.protobuf.Struct.encode(message.attributes, writer.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                    return writer;
                };

                /**
                 * Decodes a ResourceLevelServiceConfig message from the specified reader or buffer.
                 * @function decode
                 * @memberof viam.app.v1.ResourceLevelServiceConfig
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {viam.app.v1.ResourceLevelServiceConfig} ResourceLevelServiceConfig
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ResourceLevelServiceConfig.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.viam.app.v1.ResourceLevelServiceConfig();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.type = reader.string();
                                break;
                            }
                        case 2: {
                                message.attributes = $root.google.protobuf.Struct.decode(reader, reader.uint32(), undefined, long + 1);
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                return ResourceLevelServiceConfig;
            })();

            v1.ServiceConfig = (function() {

                /**
                 * Properties of a ServiceConfig.
                 * @memberof viam.app.v1
                 * @interface IServiceConfig
                 * @property {string|null} [name] ServiceConfig name
                 * @property {string|null} [namespace] ServiceConfig namespace
                 * @property {string|null} [type] ServiceConfig type
                 * @property {google.protobuf.IStruct|null} [attributes] ServiceConfig attributes
                 * @property {Array.<string>|null} [dependsOn] ServiceConfig dependsOn
                 * @property {string|null} [model] ServiceConfig model
                 * @property {string|null} [api] ServiceConfig api
                 * @property {Array.<viam.app.v1.IResourceLevelServiceConfig>|null} [serviceConfigs] ServiceConfig serviceConfigs
                 */

                /**
                 * Constructs a new ServiceConfig.
                 * @memberof viam.app.v1
                 * @classdesc Represents a ServiceConfig.
                 * @implements IServiceConfig
                 * @constructor
                 * @param {viam.app.v1.IServiceConfig=} [properties] Properties to set
                 */
                function ServiceConfig(properties) {
                    this.dependsOn = [];
                    this.serviceConfigs = [];
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * ServiceConfig name.
                 * @member {string} name
                 * @memberof viam.app.v1.ServiceConfig
                 * @instance
                 */
                ServiceConfig.prototype.name = "";

                /**
                 * ServiceConfig namespace.
                 * @member {string} namespace
                 * @memberof viam.app.v1.ServiceConfig
                 * @instance
                 */
                ServiceConfig.prototype.namespace = "";

                /**
                 * ServiceConfig type.
                 * @member {string} type
                 * @memberof viam.app.v1.ServiceConfig
                 * @instance
                 */
                ServiceConfig.prototype.type = "";

                /**
                 * ServiceConfig attributes.
                 * @member {google.protobuf.IStruct|null|undefined} attributes
                 * @memberof viam.app.v1.ServiceConfig
                 * @instance
                 */
                ServiceConfig.prototype.attributes = null;

                /**
                 * ServiceConfig dependsOn.
                 * @member {Array.<string>} dependsOn
                 * @memberof viam.app.v1.ServiceConfig
                 * @instance
                 */
                ServiceConfig.prototype.dependsOn = $util.emptyArray;

                /**
                 * ServiceConfig model.
                 * @member {string} model
                 * @memberof viam.app.v1.ServiceConfig
                 * @instance
                 */
                ServiceConfig.prototype.model = "";

                /**
                 * ServiceConfig api.
                 * @member {string} api
                 * @memberof viam.app.v1.ServiceConfig
                 * @instance
                 */
                ServiceConfig.prototype.api = "";

                /**
                 * ServiceConfig serviceConfigs.
                 * @member {Array.<viam.app.v1.IResourceLevelServiceConfig>} serviceConfigs
                 * @memberof viam.app.v1.ServiceConfig
                 * @instance
                 */
                ServiceConfig.prototype.serviceConfigs = $util.emptyArray;

                /**
                 * Creates a new ServiceConfig instance using the specified properties.
                 * @function create
                 * @memberof viam.app.v1.ServiceConfig
                 * @static
                 * @param {viam.app.v1.IServiceConfig=} [properties] Properties to set
                 * @returns {viam.app.v1.ServiceConfig} ServiceConfig instance
                 */
                ServiceConfig.create = function create(properties) {
                    return new ServiceConfig(properties);
                };

                /**
                 * Encodes the specified ServiceConfig message. Does not implicitly {@link viam.app.v1.ServiceConfig.verify|verify} messages.
                 * @function encode
                 * @memberof viam.app.v1.ServiceConfig
                 * @static
                 * @param {viam.app.v1.IServiceConfig} message ServiceConfig message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ServiceConfig.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.name != null && Object.hasOwnProperty.call(message, "name"))
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                    if (message.namespace != null && Object.hasOwnProperty.call(message, "namespace"))
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.namespace);
                    if (message.type != null && Object.hasOwnProperty.call(message, "type"))
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.type);
                    if (message.attributes != null && Object.hasOwnProperty.call(message, "attributes"))
                        $root.google.protobuf.Struct.encode(message.attributes, writer.uint32(/* id 4, wireType 2 =*/34).fork(), q + 1).ldelim();
                    if (message.dependsOn != null && message.dependsOn.length)
                        for (let i = 0; i < message.dependsOn.length; ++i)
                            writer.uint32(/* id 5, wireType 2 =*/42).string(message.dependsOn[i]);
                    if (message.model != null && Object.hasOwnProperty.call(message, "model"))
                        writer.uint32(/* id 6, wireType 2 =*/50).string(message.model);
                    if (message.api != null && Object.hasOwnProperty.call(message, "api"))
                        writer.uint32(/* id 9, wireType 2 =*/74).string(message.api);
                    if (message.serviceConfigs != null && message.serviceConfigs.length)
                        for (let i = 0; i < message.serviceConfigs.length; ++i)
                            $root.viam.app.v1.ResourceLevelServiceConfig.encode(message.serviceConfigs[i], writer.uint32(/* id 10, wireType 2 =*/82).fork(), q + 1).ldelim();
                    return writer;
                };

                /**
                 * Decodes a ServiceConfig message from the specified reader or buffer.
                 * @function decode
                 * @memberof viam.app.v1.ServiceConfig
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {viam.app.v1.ServiceConfig} ServiceConfig
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ServiceConfig.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.viam.app.v1.ServiceConfig();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.name = reader.string();
                                break;
                            }
                        case 2: {
                                message.namespace = reader.string();
                                break;
                            }
                        case 3: {
                                message.type = reader.string();
                                break;
                            }
                        case 4: {
                                message.attributes = $root.google.protobuf.Struct.decode(reader, reader.uint32(), undefined, long + 1);
                                break;
                            }
                        case 5: {
                                if (!(message.dependsOn && message.dependsOn.length))
                                    message.dependsOn = [];
                                message.dependsOn.push(reader.string());
                                break;
                            }
                        case 6: {
                                message.model = reader.string();
                                break;
                            }
                        case 9: {
                                message.api = reader.string();
                                break;
                            }
                        case 10: {
                                if (!(message.serviceConfigs && message.serviceConfigs.length))
                                    message.serviceConfigs = [];
                                message.serviceConfigs.push($root.viam.app.v1.ResourceLevelServiceConfig.decode(reader, reader.uint32(), undefined, long + 1));
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                return ServiceConfig;
            })();

            /**
             * CredentialsType enum.
             * @name viam.app.v1.CredentialsType
             * @enum {number}
             * @property {number} CREDENTIALS_TYPE_UNSPECIFIED=0 CREDENTIALS_TYPE_UNSPECIFIED value
             * @property {number} CREDENTIALS_TYPE_INTERNAL=1 CREDENTIALS_TYPE_INTERNAL value
             * @property {number} CREDENTIALS_TYPE_API_KEY=2 CREDENTIALS_TYPE_API_KEY value
             * @property {number} CREDENTIALS_TYPE_ROBOT_SECRET=3 CREDENTIALS_TYPE_ROBOT_SECRET value
             * @property {number} CREDENTIALS_TYPE_ROBOT_LOCATION_SECRET=4 CREDENTIALS_TYPE_ROBOT_LOCATION_SECRET value
             */
            v1.CredentialsType = (function() {
                const valuesById = {}, values = Object.create(valuesById);
                values[valuesById[0] = "CREDENTIALS_TYPE_UNSPECIFIED"] = 0;
                values[valuesById[1] = "CREDENTIALS_TYPE_INTERNAL"] = 1;
                values[valuesById[2] = "CREDENTIALS_TYPE_API_KEY"] = 2;
                values[valuesById[3] = "CREDENTIALS_TYPE_ROBOT_SECRET"] = 3;
                values[valuesById[4] = "CREDENTIALS_TYPE_ROBOT_LOCATION_SECRET"] = 4;
                return values;
            })();

            v1.RemoteAuth = (function() {

                /**
                 * Properties of a RemoteAuth.
                 * @memberof viam.app.v1
                 * @interface IRemoteAuth
                 * @property {viam.app.v1.RemoteAuth.ICredentials|null} [credentials] RemoteAuth credentials
                 * @property {string|null} [entity] RemoteAuth entity
                 */

                /**
                 * Constructs a new RemoteAuth.
                 * @memberof viam.app.v1
                 * @classdesc Represents a RemoteAuth.
                 * @implements IRemoteAuth
                 * @constructor
                 * @param {viam.app.v1.IRemoteAuth=} [properties] Properties to set
                 */
                function RemoteAuth(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * RemoteAuth credentials.
                 * @member {viam.app.v1.RemoteAuth.ICredentials|null|undefined} credentials
                 * @memberof viam.app.v1.RemoteAuth
                 * @instance
                 */
                RemoteAuth.prototype.credentials = null;

                /**
                 * RemoteAuth entity.
                 * @member {string} entity
                 * @memberof viam.app.v1.RemoteAuth
                 * @instance
                 */
                RemoteAuth.prototype.entity = "";

                /**
                 * Creates a new RemoteAuth instance using the specified properties.
                 * @function create
                 * @memberof viam.app.v1.RemoteAuth
                 * @static
                 * @param {viam.app.v1.IRemoteAuth=} [properties] Properties to set
                 * @returns {viam.app.v1.RemoteAuth} RemoteAuth instance
                 */
                RemoteAuth.create = function create(properties) {
                    return new RemoteAuth(properties);
                };

                /**
                 * Encodes the specified RemoteAuth message. Does not implicitly {@link viam.app.v1.RemoteAuth.verify|verify} messages.
                 * @function encode
                 * @memberof viam.app.v1.RemoteAuth
                 * @static
                 * @param {viam.app.v1.IRemoteAuth} message RemoteAuth message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                RemoteAuth.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.credentials != null && Object.hasOwnProperty.call(message, "credentials"))
                        $root.viam.app.v1.RemoteAuth.Credentials.encode(message.credentials, writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                    if (message.entity != null && Object.hasOwnProperty.call(message, "entity"))
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.entity);
                    return writer;
                };

                /**
                 * Decodes a RemoteAuth message from the specified reader or buffer.
                 * @function decode
                 * @memberof viam.app.v1.RemoteAuth
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {viam.app.v1.RemoteAuth} RemoteAuth
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                RemoteAuth.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.viam.app.v1.RemoteAuth();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.credentials = $root.viam.app.v1.RemoteAuth.Credentials.decode(reader, reader.uint32(), undefined, long + 1);
                                break;
                            }
                        case 2: {
                                message.entity = reader.string();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                RemoteAuth.Credentials = (function() {

                    /**
                     * Properties of a Credentials.
                     * @memberof viam.app.v1.RemoteAuth
                     * @interface ICredentials
                     * @property {viam.app.v1.CredentialsType|null} [type] Credentials type
                     * @property {string|null} [payload] Credentials payload
                     */

                    /**
                     * Constructs a new Credentials.
                     * @memberof viam.app.v1.RemoteAuth
                     * @classdesc Represents a Credentials.
                     * @implements ICredentials
                     * @constructor
                     * @param {viam.app.v1.RemoteAuth.ICredentials=} [properties] Properties to set
                     */
                    function Credentials(properties) {
                        if (properties)
                            for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    }

                    /**
                     * Credentials type.
                     * @member {viam.app.v1.CredentialsType} type
                     * @memberof viam.app.v1.RemoteAuth.Credentials
                     * @instance
                     */
                    Credentials.prototype.type = 0;

                    /**
                     * Credentials payload.
                     * @member {string} payload
                     * @memberof viam.app.v1.RemoteAuth.Credentials
                     * @instance
                     */
                    Credentials.prototype.payload = "";

                    /**
                     * Creates a new Credentials instance using the specified properties.
                     * @function create
                     * @memberof viam.app.v1.RemoteAuth.Credentials
                     * @static
                     * @param {viam.app.v1.RemoteAuth.ICredentials=} [properties] Properties to set
                     * @returns {viam.app.v1.RemoteAuth.Credentials} Credentials instance
                     */
                    Credentials.create = function create(properties) {
                        return new Credentials(properties);
                    };

                    /**
                     * Encodes the specified Credentials message. Does not implicitly {@link viam.app.v1.RemoteAuth.Credentials.verify|verify} messages.
                     * @function encode
                     * @memberof viam.app.v1.RemoteAuth.Credentials
                     * @static
                     * @param {viam.app.v1.RemoteAuth.ICredentials} message Credentials message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    Credentials.encode = function encode(message, writer, q) {
                        if (!writer)
                            writer = $Writer.create();
                        if (q === undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw Error("max depth exceeded");
                        if (message.type != null && Object.hasOwnProperty.call(message, "type"))
                            writer.uint32(/* id 1, wireType 0 =*/8).int32(message.type);
                        if (message.payload != null && Object.hasOwnProperty.call(message, "payload"))
                            writer.uint32(/* id 2, wireType 2 =*/18).string(message.payload);
                        return writer;
                    };

                    /**
                     * Decodes a Credentials message from the specified reader or buffer.
                     * @function decode
                     * @memberof viam.app.v1.RemoteAuth.Credentials
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {viam.app.v1.RemoteAuth.Credentials} Credentials
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    Credentials.decode = function decode(reader, length, error, long) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (long === undefined)
                            long = 0;
                        if (long > $Reader.recursionLimit)
                            throw Error("maximum nesting depth exceeded");
                        let end, message;
                        if (length === undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = new $root.viam.app.v1.RemoteAuth.Credentials();
                        while (reader.pos < end) {
                            let tag = reader.uint32();
                            if (tag === error)
                                break;
                            switch (tag >>> 3) {
                            case 1: {
                                    message.type = reader.int32();
                                    break;
                                }
                            case 2: {
                                    message.payload = reader.string();
                                    break;
                                }
                            default:
                                reader.skipType(tag & 7, long);
                                break;
                            }
                        }
                        if (length !== undefined) {
                            if (reader.pos !== end)
                                throw RangeError("index out of range");
                            reader.len = length;
                        }
                        return message;
                    };

                    return Credentials;
                })();

                return RemoteAuth;
            })();

            v1.RemoteConfig = (function() {

                /**
                 * Properties of a RemoteConfig.
                 * @memberof viam.app.v1
                 * @interface IRemoteConfig
                 * @property {string|null} [name] RemoteConfig name
                 * @property {string|null} [address] RemoteConfig address
                 * @property {viam.app.v1.IRemoteAuth|null} [auth] RemoteConfig auth
                 * @property {boolean|null} [insecure] RemoteConfig insecure
                 * @property {string|null} [secret] RemoteConfig secret
                 * @property {string|null} [prefix] RemoteConfig prefix
                 */

                /**
                 * Constructs a new RemoteConfig.
                 * @memberof viam.app.v1
                 * @classdesc Represents a RemoteConfig.
                 * @implements IRemoteConfig
                 * @constructor
                 * @param {viam.app.v1.IRemoteConfig=} [properties] Properties to set
                 */
                function RemoteConfig(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * RemoteConfig name.
                 * @member {string} name
                 * @memberof viam.app.v1.RemoteConfig
                 * @instance
                 */
                RemoteConfig.prototype.name = "";

                /**
                 * RemoteConfig address.
                 * @member {string} address
                 * @memberof viam.app.v1.RemoteConfig
                 * @instance
                 */
                RemoteConfig.prototype.address = "";

                /**
                 * RemoteConfig auth.
                 * @member {viam.app.v1.IRemoteAuth|null|undefined} auth
                 * @memberof viam.app.v1.RemoteConfig
                 * @instance
                 */
                RemoteConfig.prototype.auth = null;

                /**
                 * RemoteConfig insecure.
                 * @member {boolean} insecure
                 * @memberof viam.app.v1.RemoteConfig
                 * @instance
                 */
                RemoteConfig.prototype.insecure = false;

                /**
                 * RemoteConfig secret.
                 * @member {string} secret
                 * @memberof viam.app.v1.RemoteConfig
                 * @instance
                 */
                RemoteConfig.prototype.secret = "";

                /**
                 * RemoteConfig prefix.
                 * @member {string} prefix
                 * @memberof viam.app.v1.RemoteConfig
                 * @instance
                 */
                RemoteConfig.prototype.prefix = "";

                /**
                 * Creates a new RemoteConfig instance using the specified properties.
                 * @function create
                 * @memberof viam.app.v1.RemoteConfig
                 * @static
                 * @param {viam.app.v1.IRemoteConfig=} [properties] Properties to set
                 * @returns {viam.app.v1.RemoteConfig} RemoteConfig instance
                 */
                RemoteConfig.create = function create(properties) {
                    return new RemoteConfig(properties);
                };

                /**
                 * Encodes the specified RemoteConfig message. Does not implicitly {@link viam.app.v1.RemoteConfig.verify|verify} messages.
                 * @function encode
                 * @memberof viam.app.v1.RemoteConfig
                 * @static
                 * @param {viam.app.v1.IRemoteConfig} message RemoteConfig message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                RemoteConfig.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.name != null && Object.hasOwnProperty.call(message, "name"))
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                    if (message.address != null && Object.hasOwnProperty.call(message, "address"))
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.address);
                    if (message.auth != null && Object.hasOwnProperty.call(message, "auth"))
                        $root.viam.app.v1.RemoteAuth.encode(message.auth, writer.uint32(/* id 4, wireType 2 =*/34).fork(), q + 1).ldelim();
                    if (message.insecure != null && Object.hasOwnProperty.call(message, "insecure"))
                        writer.uint32(/* id 6, wireType 0 =*/48).bool(message.insecure);
                    if (message.secret != null && Object.hasOwnProperty.call(message, "secret"))
                        writer.uint32(/* id 10, wireType 2 =*/82).string(message.secret);
                    if (message.prefix != null && Object.hasOwnProperty.call(message, "prefix"))
                        writer.uint32(/* id 11, wireType 2 =*/90).string(message.prefix);
                    return writer;
                };

                /**
                 * Decodes a RemoteConfig message from the specified reader or buffer.
                 * @function decode
                 * @memberof viam.app.v1.RemoteConfig
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {viam.app.v1.RemoteConfig} RemoteConfig
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                RemoteConfig.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.viam.app.v1.RemoteConfig();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.name = reader.string();
                                break;
                            }
                        case 2: {
                                message.address = reader.string();
                                break;
                            }
                        case 4: {
                                message.auth = $root.viam.app.v1.RemoteAuth.decode(reader, reader.uint32(), undefined, long + 1);
                                break;
                            }
                        case 6: {
                                message.insecure = reader.bool();
                                break;
                            }
                        case 10: {
                                message.secret = reader.string();
                                break;
                            }
                        case 11: {
                                message.prefix = reader.string();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                return RemoteConfig;
            })();

            return v1;
        })();

        app.datasync = (function() {

            /**
             * Namespace datasync.
             * @memberof viam.app
             * @namespace
             */
            const datasync = {};

            datasync.v1 = (function() {

                /**
                 * Namespace v1.
                 * @memberof viam.app.datasync
                 * @namespace
                 */
                const v1 = {};

                v1.DataCaptureUploadRequest = (function() {

                    /**
                     * Properties of a DataCaptureUploadRequest.
                     * @memberof viam.app.datasync.v1
                     * @interface IDataCaptureUploadRequest
                     * @property {viam.app.datasync.v1.IUploadMetadata|null} [metadata] DataCaptureUploadRequest metadata
                     * @property {Array.<viam.app.datasync.v1.ISensorData>|null} [sensorContents] DataCaptureUploadRequest sensorContents
                     */

                    /**
                     * Constructs a new DataCaptureUploadRequest.
                     * @memberof viam.app.datasync.v1
                     * @classdesc Represents a DataCaptureUploadRequest.
                     * @implements IDataCaptureUploadRequest
                     * @constructor
                     * @param {viam.app.datasync.v1.IDataCaptureUploadRequest=} [properties] Properties to set
                     */
                    function DataCaptureUploadRequest(properties) {
                        this.sensorContents = [];
                        if (properties)
                            for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    }

                    /**
                     * DataCaptureUploadRequest metadata.
                     * @member {viam.app.datasync.v1.IUploadMetadata|null|undefined} metadata
                     * @memberof viam.app.datasync.v1.DataCaptureUploadRequest
                     * @instance
                     */
                    DataCaptureUploadRequest.prototype.metadata = null;

                    /**
                     * DataCaptureUploadRequest sensorContents.
                     * @member {Array.<viam.app.datasync.v1.ISensorData>} sensorContents
                     * @memberof viam.app.datasync.v1.DataCaptureUploadRequest
                     * @instance
                     */
                    DataCaptureUploadRequest.prototype.sensorContents = $util.emptyArray;

                    /**
                     * Creates a new DataCaptureUploadRequest instance using the specified properties.
                     * @function create
                     * @memberof viam.app.datasync.v1.DataCaptureUploadRequest
                     * @static
                     * @param {viam.app.datasync.v1.IDataCaptureUploadRequest=} [properties] Properties to set
                     * @returns {viam.app.datasync.v1.DataCaptureUploadRequest} DataCaptureUploadRequest instance
                     */
                    DataCaptureUploadRequest.create = function create(properties) {
                        return new DataCaptureUploadRequest(properties);
                    };

                    /**
                     * Encodes the specified DataCaptureUploadRequest message. Does not implicitly {@link viam.app.datasync.v1.DataCaptureUploadRequest.verify|verify} messages.
                     * @function encode
                     * @memberof viam.app.datasync.v1.DataCaptureUploadRequest
                     * @static
                     * @param {viam.app.datasync.v1.IDataCaptureUploadRequest} message DataCaptureUploadRequest message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    DataCaptureUploadRequest.encode = function encode(message, writer, q) {
                        if (!writer)
                            writer = $Writer.create();
                        if (q === undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw Error("max depth exceeded");
                        if (message.metadata != null && Object.hasOwnProperty.call(message, "metadata"))
                            $root.viam.app.datasync.v1.UploadMetadata.encode(message.metadata, writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                        if (message.sensorContents != null && message.sensorContents.length)
                            for (let i = 0; i < message.sensorContents.length; ++i)
                                $root.viam.app.datasync.v1.SensorData.encode(message.sensorContents[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                        return writer;
                    };

                    /**
                     * Decodes a DataCaptureUploadRequest message from the specified reader or buffer.
                     * @function decode
                     * @memberof viam.app.datasync.v1.DataCaptureUploadRequest
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {viam.app.datasync.v1.DataCaptureUploadRequest} DataCaptureUploadRequest
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    DataCaptureUploadRequest.decode = function decode(reader, length, error, long) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (long === undefined)
                            long = 0;
                        if (long > $Reader.recursionLimit)
                            throw Error("maximum nesting depth exceeded");
                        let end, message;
                        if (length === undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = new $root.viam.app.datasync.v1.DataCaptureUploadRequest();
                        while (reader.pos < end) {
                            let tag = reader.uint32();
                            if (tag === error)
                                break;
                            switch (tag >>> 3) {
                            case 1: {
                                    message.metadata = $root.viam.app.datasync.v1.UploadMetadata.decode(reader, reader.uint32(), undefined, long + 1);
                                    break;
                                }
                            case 2: {
                                    if (!(message.sensorContents && message.sensorContents.length))
                                        message.sensorContents = [];
                                    message.sensorContents.push($root.viam.app.datasync.v1.SensorData.decode(reader, reader.uint32(), undefined, long + 1));
                                    break;
                                }
                            default:
                                reader.skipType(tag & 7, long);
                                break;
                            }
                        }
                        if (length !== undefined) {
                            if (reader.pos !== end)
                                throw RangeError("index out of range");
                            reader.len = length;
                        }
                        return message;
                    };

                    return DataCaptureUploadRequest;
                })();

                v1.DataCaptureUploadResponse = (function() {

                    /**
                     * Properties of a DataCaptureUploadResponse.
                     * @memberof viam.app.datasync.v1
                     * @interface IDataCaptureUploadResponse
                     * @property {string|null} [fileId] DataCaptureUploadResponse fileId
                     * @property {string|null} [binaryDataId] DataCaptureUploadResponse binaryDataId
                     */

                    /**
                     * Constructs a new DataCaptureUploadResponse.
                     * @memberof viam.app.datasync.v1
                     * @classdesc Represents a DataCaptureUploadResponse.
                     * @implements IDataCaptureUploadResponse
                     * @constructor
                     * @param {viam.app.datasync.v1.IDataCaptureUploadResponse=} [properties] Properties to set
                     */
                    function DataCaptureUploadResponse(properties) {
                        if (properties)
                            for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    }

                    /**
                     * DataCaptureUploadResponse fileId.
                     * @member {string} fileId
                     * @memberof viam.app.datasync.v1.DataCaptureUploadResponse
                     * @instance
                     */
                    DataCaptureUploadResponse.prototype.fileId = "";

                    /**
                     * DataCaptureUploadResponse binaryDataId.
                     * @member {string} binaryDataId
                     * @memberof viam.app.datasync.v1.DataCaptureUploadResponse
                     * @instance
                     */
                    DataCaptureUploadResponse.prototype.binaryDataId = "";

                    /**
                     * Creates a new DataCaptureUploadResponse instance using the specified properties.
                     * @function create
                     * @memberof viam.app.datasync.v1.DataCaptureUploadResponse
                     * @static
                     * @param {viam.app.datasync.v1.IDataCaptureUploadResponse=} [properties] Properties to set
                     * @returns {viam.app.datasync.v1.DataCaptureUploadResponse} DataCaptureUploadResponse instance
                     */
                    DataCaptureUploadResponse.create = function create(properties) {
                        return new DataCaptureUploadResponse(properties);
                    };

                    /**
                     * Encodes the specified DataCaptureUploadResponse message. Does not implicitly {@link viam.app.datasync.v1.DataCaptureUploadResponse.verify|verify} messages.
                     * @function encode
                     * @memberof viam.app.datasync.v1.DataCaptureUploadResponse
                     * @static
                     * @param {viam.app.datasync.v1.IDataCaptureUploadResponse} message DataCaptureUploadResponse message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    DataCaptureUploadResponse.encode = function encode(message, writer, q) {
                        if (!writer)
                            writer = $Writer.create();
                        if (q === undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw Error("max depth exceeded");
                        if (message.fileId != null && Object.hasOwnProperty.call(message, "fileId"))
                            writer.uint32(/* id 1, wireType 2 =*/10).string(message.fileId);
                        if (message.binaryDataId != null && Object.hasOwnProperty.call(message, "binaryDataId"))
                            writer.uint32(/* id 2, wireType 2 =*/18).string(message.binaryDataId);
                        return writer;
                    };

                    /**
                     * Decodes a DataCaptureUploadResponse message from the specified reader or buffer.
                     * @function decode
                     * @memberof viam.app.datasync.v1.DataCaptureUploadResponse
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {viam.app.datasync.v1.DataCaptureUploadResponse} DataCaptureUploadResponse
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    DataCaptureUploadResponse.decode = function decode(reader, length, error, long) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (long === undefined)
                            long = 0;
                        if (long > $Reader.recursionLimit)
                            throw Error("maximum nesting depth exceeded");
                        let end, message;
                        if (length === undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = new $root.viam.app.datasync.v1.DataCaptureUploadResponse();
                        while (reader.pos < end) {
                            let tag = reader.uint32();
                            if (tag === error)
                                break;
                            switch (tag >>> 3) {
                            case 1: {
                                    message.fileId = reader.string();
                                    break;
                                }
                            case 2: {
                                    message.binaryDataId = reader.string();
                                    break;
                                }
                            default:
                                reader.skipType(tag & 7, long);
                                break;
                            }
                        }
                        if (length !== undefined) {
                            if (reader.pos !== end)
                                throw RangeError("index out of range");
                            reader.len = length;
                        }
                        return message;
                    };

                    return DataCaptureUploadResponse;
                })();

                /**
                 * DataType enum.
                 * @name viam.app.datasync.v1.DataType
                 * @enum {number}
                 * @property {number} DATA_TYPE_UNSPECIFIED=0 DATA_TYPE_UNSPECIFIED value
                 * @property {number} DATA_TYPE_BINARY_SENSOR=1 DATA_TYPE_BINARY_SENSOR value
                 * @property {number} DATA_TYPE_TABULAR_SENSOR=2 DATA_TYPE_TABULAR_SENSOR value
                 * @property {number} DATA_TYPE_FILE=3 DATA_TYPE_FILE value
                 */
                v1.DataType = (function() {
                    const valuesById = {}, values = Object.create(valuesById);
                    values[valuesById[0] = "DATA_TYPE_UNSPECIFIED"] = 0;
                    values[valuesById[1] = "DATA_TYPE_BINARY_SENSOR"] = 1;
                    values[valuesById[2] = "DATA_TYPE_TABULAR_SENSOR"] = 2;
                    values[valuesById[3] = "DATA_TYPE_FILE"] = 3;
                    return values;
                })();

                v1.UploadMetadata = (function() {

                    /**
                     * Properties of an UploadMetadata.
                     * @memberof viam.app.datasync.v1
                     * @interface IUploadMetadata
                     * @property {string|null} [partId] UploadMetadata partId
                     * @property {string|null} [componentType] UploadMetadata componentType
                     * @property {string|null} [componentName] UploadMetadata componentName
                     * @property {string|null} [methodName] UploadMetadata methodName
                     * @property {viam.app.datasync.v1.DataType|null} [type] UploadMetadata type
                     * @property {string|null} [fileName] UploadMetadata fileName
                     * @property {Object.<string,google.protobuf.IAny>|null} [methodParameters] UploadMetadata methodParameters
                     * @property {string|null} [fileExtension] UploadMetadata fileExtension
                     * @property {Array.<string>|null} [tags] UploadMetadata tags
                     * @property {Array.<string>|null} [datasetIds] UploadMetadata datasetIds
                     * @property {string|null} [mimeType] UploadMetadata mimeType
                     */

                    /**
                     * Constructs a new UploadMetadata.
                     * @memberof viam.app.datasync.v1
                     * @classdesc Represents an UploadMetadata.
                     * @implements IUploadMetadata
                     * @constructor
                     * @param {viam.app.datasync.v1.IUploadMetadata=} [properties] Properties to set
                     */
                    function UploadMetadata(properties) {
                        this.methodParameters = {};
                        this.tags = [];
                        this.datasetIds = [];
                        if (properties)
                            for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    }

                    /**
                     * UploadMetadata partId.
                     * @member {string} partId
                     * @memberof viam.app.datasync.v1.UploadMetadata
                     * @instance
                     */
                    UploadMetadata.prototype.partId = "";

                    /**
                     * UploadMetadata componentType.
                     * @member {string} componentType
                     * @memberof viam.app.datasync.v1.UploadMetadata
                     * @instance
                     */
                    UploadMetadata.prototype.componentType = "";

                    /**
                     * UploadMetadata componentName.
                     * @member {string} componentName
                     * @memberof viam.app.datasync.v1.UploadMetadata
                     * @instance
                     */
                    UploadMetadata.prototype.componentName = "";

                    /**
                     * UploadMetadata methodName.
                     * @member {string} methodName
                     * @memberof viam.app.datasync.v1.UploadMetadata
                     * @instance
                     */
                    UploadMetadata.prototype.methodName = "";

                    /**
                     * UploadMetadata type.
                     * @member {viam.app.datasync.v1.DataType} type
                     * @memberof viam.app.datasync.v1.UploadMetadata
                     * @instance
                     */
                    UploadMetadata.prototype.type = 0;

                    /**
                     * UploadMetadata fileName.
                     * @member {string} fileName
                     * @memberof viam.app.datasync.v1.UploadMetadata
                     * @instance
                     */
                    UploadMetadata.prototype.fileName = "";

                    /**
                     * UploadMetadata methodParameters.
                     * @member {Object.<string,google.protobuf.IAny>} methodParameters
                     * @memberof viam.app.datasync.v1.UploadMetadata
                     * @instance
                     */
                    UploadMetadata.prototype.methodParameters = $util.emptyObject;

                    /**
                     * UploadMetadata fileExtension.
                     * @member {string} fileExtension
                     * @memberof viam.app.datasync.v1.UploadMetadata
                     * @instance
                     */
                    UploadMetadata.prototype.fileExtension = "";

                    /**
                     * UploadMetadata tags.
                     * @member {Array.<string>} tags
                     * @memberof viam.app.datasync.v1.UploadMetadata
                     * @instance
                     */
                    UploadMetadata.prototype.tags = $util.emptyArray;

                    /**
                     * UploadMetadata datasetIds.
                     * @member {Array.<string>} datasetIds
                     * @memberof viam.app.datasync.v1.UploadMetadata
                     * @instance
                     */
                    UploadMetadata.prototype.datasetIds = $util.emptyArray;

                    /**
                     * UploadMetadata mimeType.
                     * @member {string} mimeType
                     * @memberof viam.app.datasync.v1.UploadMetadata
                     * @instance
                     */
                    UploadMetadata.prototype.mimeType = "";

                    /**
                     * Creates a new UploadMetadata instance using the specified properties.
                     * @function create
                     * @memberof viam.app.datasync.v1.UploadMetadata
                     * @static
                     * @param {viam.app.datasync.v1.IUploadMetadata=} [properties] Properties to set
                     * @returns {viam.app.datasync.v1.UploadMetadata} UploadMetadata instance
                     */
                    UploadMetadata.create = function create(properties) {
                        return new UploadMetadata(properties);
                    };

                    /**
                     * Encodes the specified UploadMetadata message. Does not implicitly {@link viam.app.datasync.v1.UploadMetadata.verify|verify} messages.
                     * @function encode
                     * @memberof viam.app.datasync.v1.UploadMetadata
                     * @static
                     * @param {viam.app.datasync.v1.IUploadMetadata} message UploadMetadata message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    UploadMetadata.encode = function encode(message, writer, q) {
                        if (!writer)
                            writer = $Writer.create();
                        if (q === undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw Error("max depth exceeded");
                        if (message.partId != null && Object.hasOwnProperty.call(message, "partId"))
                            writer.uint32(/* id 1, wireType 2 =*/10).string(message.partId);
                        if (message.componentType != null && Object.hasOwnProperty.call(message, "componentType"))
                            writer.uint32(/* id 2, wireType 2 =*/18).string(message.componentType);
                        if (message.componentName != null && Object.hasOwnProperty.call(message, "componentName"))
                            writer.uint32(/* id 3, wireType 2 =*/26).string(message.componentName);
                        if (message.methodName != null && Object.hasOwnProperty.call(message, "methodName"))
                            writer.uint32(/* id 5, wireType 2 =*/42).string(message.methodName);
                        if (message.type != null && Object.hasOwnProperty.call(message, "type"))
                            writer.uint32(/* id 6, wireType 0 =*/48).int32(message.type);
                        if (message.fileName != null && Object.hasOwnProperty.call(message, "fileName"))
                            writer.uint32(/* id 7, wireType 2 =*/58).string(message.fileName);
                        if (message.methodParameters != null && Object.hasOwnProperty.call(message, "methodParameters"))
                            for (let keys = Object.keys(message.methodParameters), i = 0; i < keys.length; ++i) {
                                writer.uint32(/* id 8, wireType 2 =*/66).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]);
                                $root.google.protobuf.Any.encode(message.methodParameters[keys[i]], writer.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim().ldelim();
                            }
                        if (message.fileExtension != null && Object.hasOwnProperty.call(message, "fileExtension"))
                            writer.uint32(/* id 9, wireType 2 =*/74).string(message.fileExtension);
                        if (message.tags != null && message.tags.length)
                            for (let i = 0; i < message.tags.length; ++i)
                                writer.uint32(/* id 10, wireType 2 =*/82).string(message.tags[i]);
                        if (message.datasetIds != null && message.datasetIds.length)
                            for (let i = 0; i < message.datasetIds.length; ++i)
                                writer.uint32(/* id 12, wireType 2 =*/98).string(message.datasetIds[i]);
                        if (message.mimeType != null && Object.hasOwnProperty.call(message, "mimeType"))
                            writer.uint32(/* id 13, wireType 2 =*/106).string(message.mimeType);
                        return writer;
                    };

                    /**
                     * Decodes an UploadMetadata message from the specified reader or buffer.
                     * @function decode
                     * @memberof viam.app.datasync.v1.UploadMetadata
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {viam.app.datasync.v1.UploadMetadata} UploadMetadata
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    UploadMetadata.decode = function decode(reader, length, error, long) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (long === undefined)
                            long = 0;
                        if (long > $Reader.recursionLimit)
                            throw Error("maximum nesting depth exceeded");
                        let end, message, key, value;
                        if (length === undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = new $root.viam.app.datasync.v1.UploadMetadata();
                        while (reader.pos < end) {
                            let tag = reader.uint32();
                            if (tag === error)
                                break;
                            switch (tag >>> 3) {
                            case 1: {
                                    message.partId = reader.string();
                                    break;
                                }
                            case 2: {
                                    message.componentType = reader.string();
                                    break;
                                }
                            case 3: {
                                    message.componentName = reader.string();
                                    break;
                                }
                            case 5: {
                                    message.methodName = reader.string();
                                    break;
                                }
                            case 6: {
                                    message.type = reader.int32();
                                    break;
                                }
                            case 7: {
                                    message.fileName = reader.string();
                                    break;
                                }
                            case 8: {
                                    if (message.methodParameters === $util.emptyObject)
                                        message.methodParameters = {};
                                    let end2 = reader.uint32() + reader.pos;
                                    if (end2 > reader.len)
                                        throw RangeError("index out of range");
                                    reader.len = end2;
                                    key = "";
                                    value = null;
                                    while (reader.pos < end2) {
                                        let tag2 = reader.uint32();
                                        switch (tag2 >>> 3) {
                                        case 1:
                                            key = reader.string();
                                            break;
                                        case 2:
                                            value = $root.google.protobuf.Any.decode(reader, reader.uint32(), undefined, long + 1);
                                            break;
                                        default:
                                            reader.skipType(tag2 & 7, long);
                                            break;
                                        }
                                    }
                                    if (reader.pos !== end2)
                                        throw RangeError("index out of range");
                                    reader.len = end;
                                    if (key === "__proto__")
                                        $util.makeProp(message.methodParameters, key);
                                    message.methodParameters[key] = value;
                                    break;
                                }
                            case 9: {
                                    message.fileExtension = reader.string();
                                    break;
                                }
                            case 10: {
                                    if (!(message.tags && message.tags.length))
                                        message.tags = [];
                                    message.tags.push(reader.string());
                                    break;
                                }
                            case 12: {
                                    if (!(message.datasetIds && message.datasetIds.length))
                                        message.datasetIds = [];
                                    message.datasetIds.push(reader.string());
                                    break;
                                }
                            case 13: {
                                    message.mimeType = reader.string();
                                    break;
                                }
                            default:
                                reader.skipType(tag & 7, long);
                                break;
                            }
                        }
                        if (length !== undefined) {
                            if (reader.pos !== end)
                                throw RangeError("index out of range");
                            reader.len = length;
                        }
                        return message;
                    };

                    return UploadMetadata;
                })();

                v1.SensorMetadata = (function() {

                    /**
                     * Properties of a SensorMetadata.
                     * @memberof viam.app.datasync.v1
                     * @interface ISensorMetadata
                     * @property {google.protobuf.ITimestamp|null} [timeRequested] SensorMetadata timeRequested
                     * @property {google.protobuf.ITimestamp|null} [timeReceived] SensorMetadata timeReceived
                     */

                    /**
                     * Constructs a new SensorMetadata.
                     * @memberof viam.app.datasync.v1
                     * @classdesc Represents a SensorMetadata.
                     * @implements ISensorMetadata
                     * @constructor
                     * @param {viam.app.datasync.v1.ISensorMetadata=} [properties] Properties to set
                     */
                    function SensorMetadata(properties) {
                        if (properties)
                            for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    }

                    /**
                     * SensorMetadata timeRequested.
                     * @member {google.protobuf.ITimestamp|null|undefined} timeRequested
                     * @memberof viam.app.datasync.v1.SensorMetadata
                     * @instance
                     */
                    SensorMetadata.prototype.timeRequested = null;

                    /**
                     * SensorMetadata timeReceived.
                     * @member {google.protobuf.ITimestamp|null|undefined} timeReceived
                     * @memberof viam.app.datasync.v1.SensorMetadata
                     * @instance
                     */
                    SensorMetadata.prototype.timeReceived = null;

                    /**
                     * Creates a new SensorMetadata instance using the specified properties.
                     * @function create
                     * @memberof viam.app.datasync.v1.SensorMetadata
                     * @static
                     * @param {viam.app.datasync.v1.ISensorMetadata=} [properties] Properties to set
                     * @returns {viam.app.datasync.v1.SensorMetadata} SensorMetadata instance
                     */
                    SensorMetadata.create = function create(properties) {
                        return new SensorMetadata(properties);
                    };

                    /**
                     * Encodes the specified SensorMetadata message. Does not implicitly {@link viam.app.datasync.v1.SensorMetadata.verify|verify} messages.
                     * @function encode
                     * @memberof viam.app.datasync.v1.SensorMetadata
                     * @static
                     * @param {viam.app.datasync.v1.ISensorMetadata} message SensorMetadata message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    SensorMetadata.encode = function encode(message, writer, q) {
                        if (!writer)
                            writer = $Writer.create();
                        if (q === undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw Error("max depth exceeded");
                        if (message.timeRequested != null && Object.hasOwnProperty.call(message, "timeRequested"))
                            $root.google.protobuf.Timestamp.encode(message.timeRequested, writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                        if (message.timeReceived != null && Object.hasOwnProperty.call(message, "timeReceived"))
                            $root.google.protobuf.Timestamp.encode(message.timeReceived, writer.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                        return writer;
                    };

                    /**
                     * Decodes a SensorMetadata message from the specified reader or buffer.
                     * @function decode
                     * @memberof viam.app.datasync.v1.SensorMetadata
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {viam.app.datasync.v1.SensorMetadata} SensorMetadata
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    SensorMetadata.decode = function decode(reader, length, error, long) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (long === undefined)
                            long = 0;
                        if (long > $Reader.recursionLimit)
                            throw Error("maximum nesting depth exceeded");
                        let end, message;
                        if (length === undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = new $root.viam.app.datasync.v1.SensorMetadata();
                        while (reader.pos < end) {
                            let tag = reader.uint32();
                            if (tag === error)
                                break;
                            switch (tag >>> 3) {
                            case 1: {
                                    message.timeRequested = $root.google.protobuf.Timestamp.decode(reader, reader.uint32(), undefined, long + 1);
                                    break;
                                }
                            case 2: {
                                    message.timeReceived = $root.google.protobuf.Timestamp.decode(reader, reader.uint32(), undefined, long + 1);
                                    break;
                                }
                            default:
                                reader.skipType(tag & 7, long);
                                break;
                            }
                        }
                        if (length !== undefined) {
                            if (reader.pos !== end)
                                throw RangeError("index out of range");
                            reader.len = length;
                        }
                        return message;
                    };

                    return SensorMetadata;
                })();

                v1.SensorData = (function() {

                    /**
                     * Properties of a SensorData.
                     * @memberof viam.app.datasync.v1
                     * @interface ISensorData
                     * @property {viam.app.datasync.v1.ISensorMetadata|null} [metadata] SensorData metadata
                     * @property {google.protobuf.IStruct|null} [struct] SensorData struct
                     * @property {Uint8Array|null} [binary] SensorData binary
                     */

                    /**
                     * Constructs a new SensorData.
                     * @memberof viam.app.datasync.v1
                     * @classdesc Represents a SensorData.
                     * @implements ISensorData
                     * @constructor
                     * @param {viam.app.datasync.v1.ISensorData=} [properties] Properties to set
                     */
                    function SensorData(properties) {
                        if (properties)
                            for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    }

                    /**
                     * SensorData metadata.
                     * @member {viam.app.datasync.v1.ISensorMetadata|null|undefined} metadata
                     * @memberof viam.app.datasync.v1.SensorData
                     * @instance
                     */
                    SensorData.prototype.metadata = null;

                    /**
                     * SensorData struct.
                     * @member {google.protobuf.IStruct|null|undefined} struct
                     * @memberof viam.app.datasync.v1.SensorData
                     * @instance
                     */
                    SensorData.prototype.struct = null;

                    /**
                     * SensorData binary.
                     * @member {Uint8Array|null|undefined} binary
                     * @memberof viam.app.datasync.v1.SensorData
                     * @instance
                     */
                    SensorData.prototype.binary = null;

                    // OneOf field names bound to virtual getters and setters
                    let $oneOfFields;

                    /**
                     * SensorData data.
                     * @member {"struct"|"binary"|undefined} data
                     * @memberof viam.app.datasync.v1.SensorData
                     * @instance
                     */
                    Object.defineProperty(SensorData.prototype, "data", {
                        get: $util.oneOfGetter($oneOfFields = ["struct", "binary"]),
                        set: $util.oneOfSetter($oneOfFields)
                    });

                    /**
                     * Creates a new SensorData instance using the specified properties.
                     * @function create
                     * @memberof viam.app.datasync.v1.SensorData
                     * @static
                     * @param {viam.app.datasync.v1.ISensorData=} [properties] Properties to set
                     * @returns {viam.app.datasync.v1.SensorData} SensorData instance
                     */
                    SensorData.create = function create(properties) {
                        return new SensorData(properties);
                    };

                    /**
                     * Encodes the specified SensorData message. Does not implicitly {@link viam.app.datasync.v1.SensorData.verify|verify} messages.
                     * @function encode
                     * @memberof viam.app.datasync.v1.SensorData
                     * @static
                     * @param {viam.app.datasync.v1.ISensorData} message SensorData message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    SensorData.encode = function encode(message, writer, q) {
                        if (!writer)
                            writer = $Writer.create();
                        if (q === undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw Error("max depth exceeded");
                        if (message.metadata != null && Object.hasOwnProperty.call(message, "metadata"))
                            $root.viam.app.datasync.v1.SensorMetadata.encode(message.metadata, writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                        if (message.struct != null && Object.hasOwnProperty.call(message, "struct"))
                            $root.google.protobuf.Struct.encode(message.struct, writer.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                        if (message.binary != null && Object.hasOwnProperty.call(message, "binary"))
                            writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.binary);
                        return writer;
                    };

                    /**
                     * Decodes a SensorData message from the specified reader or buffer.
                     * @function decode
                     * @memberof viam.app.datasync.v1.SensorData
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {viam.app.datasync.v1.SensorData} SensorData
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    SensorData.decode = function decode(reader, length, error, long) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (long === undefined)
                            long = 0;
                        if (long > $Reader.recursionLimit)
                            throw Error("maximum nesting depth exceeded");
                        let end, message;
                        if (length === undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = new $root.viam.app.datasync.v1.SensorData();
                        while (reader.pos < end) {
                            let tag = reader.uint32();
                            if (tag === error)
                                break;
                            switch (tag >>> 3) {
                            case 1: {
                                    message.metadata = $root.viam.app.datasync.v1.SensorMetadata.decode(reader, reader.uint32(), undefined, long + 1);
                                    break;
                                }
                            case 2: {
                                    message.struct = $root.google.protobuf.Struct.decode(reader, reader.uint32(), undefined, long + 1);
                                    break;
                                }
                            case 3: {
                                    message.binary = reader.bytes();
                                    break;
                                }
                            default:
                                reader.skipType(tag & 7, long);
                                break;
                            }
                        }
                        if (length !== undefined) {
                            if (reader.pos !== end)
                                throw RangeError("index out of range");
                            reader.len = length;
                        }
                        return message;
                    };

                    return SensorData;
                })();

                return v1;
            })();

            return datasync;
        })();

        return app;
    })();

    viam.component = (function() {

        /**
         * Namespace component.
         * @memberof viam
         * @namespace
         */
        const component = {};

        component.board = (function() {

            /**
             * Namespace board.
             * @memberof viam.component
             * @namespace
             */
            const board = {};

            board.v1 = (function() {

                /**
                 * Namespace v1.
                 * @memberof viam.component.board
                 * @namespace
                 */
                const v1 = {};

                v1.SetGPIORequest = (function() {

                    /**
                     * Properties of a SetGPIORequest.
                     * @memberof viam.component.board.v1
                     * @interface ISetGPIORequest
                     * @property {string|null} [name] SetGPIORequest name
                     * @property {string|null} [pin] SetGPIORequest pin
                     * @property {boolean|null} [high] SetGPIORequest high
                     * @property {google.protobuf.IStruct|null} [extra] SetGPIORequest extra
                     */

                    /**
                     * Constructs a new SetGPIORequest.
                     * @memberof viam.component.board.v1
                     * @classdesc Represents a SetGPIORequest.
                     * @implements ISetGPIORequest
                     * @constructor
                     * @param {viam.component.board.v1.ISetGPIORequest=} [properties] Properties to set
                     */
                    function SetGPIORequest(properties) {
                        if (properties)
                            for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    }

                    /**
                     * SetGPIORequest name.
                     * @member {string} name
                     * @memberof viam.component.board.v1.SetGPIORequest
                     * @instance
                     */
                    SetGPIORequest.prototype.name = "";

                    /**
                     * SetGPIORequest pin.
                     * @member {string} pin
                     * @memberof viam.component.board.v1.SetGPIORequest
                     * @instance
                     */
                    SetGPIORequest.prototype.pin = "";

                    /**
                     * SetGPIORequest high.
                     * @member {boolean} high
                     * @memberof viam.component.board.v1.SetGPIORequest
                     * @instance
                     */
                    SetGPIORequest.prototype.high = false;

                    /**
                     * SetGPIORequest extra.
                     * @member {google.protobuf.IStruct|null|undefined} extra
                     * @memberof viam.component.board.v1.SetGPIORequest
                     * @instance
                     */
                    SetGPIORequest.prototype.extra = null;

                    /**
                     * Creates a new SetGPIORequest instance using the specified properties.
                     * @function create
                     * @memberof viam.component.board.v1.SetGPIORequest
                     * @static
                     * @param {viam.component.board.v1.ISetGPIORequest=} [properties] Properties to set
                     * @returns {viam.component.board.v1.SetGPIORequest} SetGPIORequest instance
                     */
                    SetGPIORequest.create = function create(properties) {
                        return new SetGPIORequest(properties);
                    };

                    /**
                     * Encodes the specified SetGPIORequest message. Does not implicitly {@link viam.component.board.v1.SetGPIORequest.verify|verify} messages.
                     * @function encode
                     * @memberof viam.component.board.v1.SetGPIORequest
                     * @static
                     * @param {viam.component.board.v1.ISetGPIORequest} message SetGPIORequest message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    SetGPIORequest.encode = function encode(message, writer, q) {
                        if (!writer)
                            writer = $Writer.create();
                        if (q === undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw Error("max depth exceeded");
                        if (message.name != null && Object.hasOwnProperty.call(message, "name"))
                            writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                        if (message.pin != null && Object.hasOwnProperty.call(message, "pin"))
                            writer.uint32(/* id 2, wireType 2 =*/18).string(message.pin);
                        if (message.high != null && Object.hasOwnProperty.call(message, "high"))
                            writer.uint32(/* id 3, wireType 0 =*/24).bool(message.high);
                        if (message.extra != null && Object.hasOwnProperty.call(message, "extra"))
                            $root.google.protobuf.Struct.encode(message.extra, writer.uint32(/* id 99, wireType 2 =*/794).fork(), q + 1).ldelim();
                        return writer;
                    };

                    /**
                     * Decodes a SetGPIORequest message from the specified reader or buffer.
                     * @function decode
                     * @memberof viam.component.board.v1.SetGPIORequest
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {viam.component.board.v1.SetGPIORequest} SetGPIORequest
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    SetGPIORequest.decode = function decode(reader, length, error, long) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (long === undefined)
                            long = 0;
                        if (long > $Reader.recursionLimit)
                            throw Error("maximum nesting depth exceeded");
                        let end, message;
                        if (length === undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = new $root.viam.component.board.v1.SetGPIORequest();
                        while (reader.pos < end) {
                            let tag = reader.uint32();
                            if (tag === error)
                                break;
                            switch (tag >>> 3) {
                            case 1: {
                                    message.name = reader.string();
                                    break;
                                }
                            case 2: {
                                    message.pin = reader.string();
                                    break;
                                }
                            case 3: {
                                    message.high = reader.bool();
                                    break;
                                }
                            case 99: {
                                    message.extra = $root.google.protobuf.Struct.decode(reader, reader.uint32(), undefined, long + 1);
                                    break;
                                }
                            default:
                                reader.skipType(tag & 7, long);
                                break;
                            }
                        }
                        if (length !== undefined) {
                            if (reader.pos !== end)
                                throw RangeError("index out of range");
                            reader.len = length;
                        }
                        return message;
                    };

                    return SetGPIORequest;
                })();

                v1.SetGPIOResponse = (function() {

                    /**
                     * Properties of a SetGPIOResponse.
                     * @memberof viam.component.board.v1
                     * @interface ISetGPIOResponse
                     */

                    /**
                     * Constructs a new SetGPIOResponse.
                     * @memberof viam.component.board.v1
                     * @classdesc Represents a SetGPIOResponse.
                     * @implements ISetGPIOResponse
                     * @constructor
                     * @param {viam.component.board.v1.ISetGPIOResponse=} [properties] Properties to set
                     */
                    function SetGPIOResponse(properties) {
                        if (properties)
                            for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    }

                    /**
                     * Creates a new SetGPIOResponse instance using the specified properties.
                     * @function create
                     * @memberof viam.component.board.v1.SetGPIOResponse
                     * @static
                     * @param {viam.component.board.v1.ISetGPIOResponse=} [properties] Properties to set
                     * @returns {viam.component.board.v1.SetGPIOResponse} SetGPIOResponse instance
                     */
                    SetGPIOResponse.create = function create(properties) {
                        return new SetGPIOResponse(properties);
                    };

                    /**
                     * Encodes the specified SetGPIOResponse message. Does not implicitly {@link viam.component.board.v1.SetGPIOResponse.verify|verify} messages.
                     * @function encode
                     * @memberof viam.component.board.v1.SetGPIOResponse
                     * @static
                     * @param {viam.component.board.v1.ISetGPIOResponse} message SetGPIOResponse message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    SetGPIOResponse.encode = function encode(message, writer, q) {
                        if (!writer)
                            writer = $Writer.create();
                        if (q === undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw Error("max depth exceeded");
                        return writer;
                    };

                    /**
                     * Decodes a SetGPIOResponse message from the specified reader or buffer.
                     * @function decode
                     * @memberof viam.component.board.v1.SetGPIOResponse
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {viam.component.board.v1.SetGPIOResponse} SetGPIOResponse
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    SetGPIOResponse.decode = function decode(reader, length, error, long) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (long === undefined)
                            long = 0;
                        if (long > $Reader.recursionLimit)
                            throw Error("maximum nesting depth exceeded");
                        let end, message;
                        if (length === undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = new $root.viam.component.board.v1.SetGPIOResponse();
                        while (reader.pos < end) {
                            let tag = reader.uint32();
                            if (tag === error)
                                break;
                            switch (tag >>> 3) {
                            default:
                                reader.skipType(tag & 7, long);
                                break;
                            }
                        }
                        if (length !== undefined) {
                            if (reader.pos !== end)
                                throw RangeError("index out of range");
                            reader.len = length;
                        }
                        return message;
                    };

                    return SetGPIOResponse;
                })();

                v1.GetGPIORequest = (function() {

                    /**
                     * Properties of a GetGPIORequest.
                     * @memberof viam.component.board.v1
                     * @interface IGetGPIORequest
                     * @property {string|null} [name] GetGPIORequest name
                     * @property {string|null} [pin] GetGPIORequest pin
                     * @property {google.protobuf.IStruct|null} [extra] GetGPIORequest extra
                     */

                    /**
                     * Constructs a new GetGPIORequest.
                     * @memberof viam.component.board.v1
                     * @classdesc Represents a GetGPIORequest.
                     * @implements IGetGPIORequest
                     * @constructor
                     * @param {viam.component.board.v1.IGetGPIORequest=} [properties] Properties to set
                     */
                    function GetGPIORequest(properties) {
                        if (properties)
                            for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    }

                    /**
                     * GetGPIORequest name.
                     * @member {string} name
                     * @memberof viam.component.board.v1.GetGPIORequest
                     * @instance
                     */
                    GetGPIORequest.prototype.name = "";

                    /**
                     * GetGPIORequest pin.
                     * @member {string} pin
                     * @memberof viam.component.board.v1.GetGPIORequest
                     * @instance
                     */
                    GetGPIORequest.prototype.pin = "";

                    /**
                     * GetGPIORequest extra.
                     * @member {google.protobuf.IStruct|null|undefined} extra
                     * @memberof viam.component.board.v1.GetGPIORequest
                     * @instance
                     */
                    GetGPIORequest.prototype.extra = null;

                    /**
                     * Creates a new GetGPIORequest instance using the specified properties.
                     * @function create
                     * @memberof viam.component.board.v1.GetGPIORequest
                     * @static
                     * @param {viam.component.board.v1.IGetGPIORequest=} [properties] Properties to set
                     * @returns {viam.component.board.v1.GetGPIORequest} GetGPIORequest instance
                     */
                    GetGPIORequest.create = function create(properties) {
                        return new GetGPIORequest(properties);
                    };

                    /**
                     * Encodes the specified GetGPIORequest message. Does not implicitly {@link viam.component.board.v1.GetGPIORequest.verify|verify} messages.
                     * @function encode
                     * @memberof viam.component.board.v1.GetGPIORequest
                     * @static
                     * @param {viam.component.board.v1.IGetGPIORequest} message GetGPIORequest message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    GetGPIORequest.encode = function encode(message, writer, q) {
                        if (!writer)
                            writer = $Writer.create();
                        if (q === undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw Error("max depth exceeded");
                        if (message.name != null && Object.hasOwnProperty.call(message, "name"))
                            writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                        if (message.pin != null && Object.hasOwnProperty.call(message, "pin"))
                            writer.uint32(/* id 2, wireType 2 =*/18).string(message.pin);
                        if (message.extra != null && Object.hasOwnProperty.call(message, "extra"))
                            $root.google.protobuf.Struct.encode(message.extra, writer.uint32(/* id 99, wireType 2 =*/794).fork(), q + 1).ldelim();
                        return writer;
                    };

                    /**
                     * Decodes a GetGPIORequest message from the specified reader or buffer.
                     * @function decode
                     * @memberof viam.component.board.v1.GetGPIORequest
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {viam.component.board.v1.GetGPIORequest} GetGPIORequest
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    GetGPIORequest.decode = function decode(reader, length, error, long) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (long === undefined)
                            long = 0;
                        if (long > $Reader.recursionLimit)
                            throw Error("maximum nesting depth exceeded");
                        let end, message;
                        if (length === undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = new $root.viam.component.board.v1.GetGPIORequest();
                        while (reader.pos < end) {
                            let tag = reader.uint32();
                            if (tag === error)
                                break;
                            switch (tag >>> 3) {
                            case 1: {
                                    message.name = reader.string();
                                    break;
                                }
                            case 2: {
                                    message.pin = reader.string();
                                    break;
                                }
                            case 99: {
                                    message.extra = $root.google.protobuf.Struct.decode(reader, reader.uint32(), undefined, long + 1);
                                    break;
                                }
                            default:
                                reader.skipType(tag & 7, long);
                                break;
                            }
                        }
                        if (length !== undefined) {
                            if (reader.pos !== end)
                                throw RangeError("index out of range");
                            reader.len = length;
                        }
                        return message;
                    };

                    return GetGPIORequest;
                })();

                v1.GetGPIOResponse = (function() {

                    /**
                     * Properties of a GetGPIOResponse.
                     * @memberof viam.component.board.v1
                     * @interface IGetGPIOResponse
                     * @property {boolean|null} [high] GetGPIOResponse high
                     */

                    /**
                     * Constructs a new GetGPIOResponse.
                     * @memberof viam.component.board.v1
                     * @classdesc Represents a GetGPIOResponse.
                     * @implements IGetGPIOResponse
                     * @constructor
                     * @param {viam.component.board.v1.IGetGPIOResponse=} [properties] Properties to set
                     */
                    function GetGPIOResponse(properties) {
                        if (properties)
                            for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    }

                    /**
                     * GetGPIOResponse high.
                     * @member {boolean} high
                     * @memberof viam.component.board.v1.GetGPIOResponse
                     * @instance
                     */
                    GetGPIOResponse.prototype.high = false;

                    /**
                     * Creates a new GetGPIOResponse instance using the specified properties.
                     * @function create
                     * @memberof viam.component.board.v1.GetGPIOResponse
                     * @static
                     * @param {viam.component.board.v1.IGetGPIOResponse=} [properties] Properties to set
                     * @returns {viam.component.board.v1.GetGPIOResponse} GetGPIOResponse instance
                     */
                    GetGPIOResponse.create = function create(properties) {
                        return new GetGPIOResponse(properties);
                    };

                    /**
                     * Encodes the specified GetGPIOResponse message. Does not implicitly {@link viam.component.board.v1.GetGPIOResponse.verify|verify} messages.
                     * @function encode
                     * @memberof viam.component.board.v1.GetGPIOResponse
                     * @static
                     * @param {viam.component.board.v1.IGetGPIOResponse} message GetGPIOResponse message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    GetGPIOResponse.encode = function encode(message, writer, q) {
                        if (!writer)
                            writer = $Writer.create();
                        if (q === undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw Error("max depth exceeded");
                        if (message.high != null && Object.hasOwnProperty.call(message, "high"))
                            writer.uint32(/* id 1, wireType 0 =*/8).bool(message.high);
                        return writer;
                    };

                    /**
                     * Decodes a GetGPIOResponse message from the specified reader or buffer.
                     * @function decode
                     * @memberof viam.component.board.v1.GetGPIOResponse
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {viam.component.board.v1.GetGPIOResponse} GetGPIOResponse
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    GetGPIOResponse.decode = function decode(reader, length, error, long) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (long === undefined)
                            long = 0;
                        if (long > $Reader.recursionLimit)
                            throw Error("maximum nesting depth exceeded");
                        let end, message;
                        if (length === undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = new $root.viam.component.board.v1.GetGPIOResponse();
                        while (reader.pos < end) {
                            let tag = reader.uint32();
                            if (tag === error)
                                break;
                            switch (tag >>> 3) {
                            case 1: {
                                    message.high = reader.bool();
                                    break;
                                }
                            default:
                                reader.skipType(tag & 7, long);
                                break;
                            }
                        }
                        if (length !== undefined) {
                            if (reader.pos !== end)
                                throw RangeError("index out of range");
                            reader.len = length;
                        }
                        return message;
                    };

                    return GetGPIOResponse;
                })();

                v1.ReadAnalogReaderRequest = (function() {

                    /**
                     * Properties of a ReadAnalogReaderRequest.
                     * @memberof viam.component.board.v1
                     * @interface IReadAnalogReaderRequest
                     * @property {string|null} [boardName] ReadAnalogReaderRequest boardName
                     * @property {string|null} [analogReaderName] ReadAnalogReaderRequest analogReaderName
                     * @property {google.protobuf.IStruct|null} [extra] ReadAnalogReaderRequest extra
                     */

                    /**
                     * Constructs a new ReadAnalogReaderRequest.
                     * @memberof viam.component.board.v1
                     * @classdesc Represents a ReadAnalogReaderRequest.
                     * @implements IReadAnalogReaderRequest
                     * @constructor
                     * @param {viam.component.board.v1.IReadAnalogReaderRequest=} [properties] Properties to set
                     */
                    function ReadAnalogReaderRequest(properties) {
                        if (properties)
                            for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    }

                    /**
                     * ReadAnalogReaderRequest boardName.
                     * @member {string} boardName
                     * @memberof viam.component.board.v1.ReadAnalogReaderRequest
                     * @instance
                     */
                    ReadAnalogReaderRequest.prototype.boardName = "";

                    /**
                     * ReadAnalogReaderRequest analogReaderName.
                     * @member {string} analogReaderName
                     * @memberof viam.component.board.v1.ReadAnalogReaderRequest
                     * @instance
                     */
                    ReadAnalogReaderRequest.prototype.analogReaderName = "";

                    /**
                     * ReadAnalogReaderRequest extra.
                     * @member {google.protobuf.IStruct|null|undefined} extra
                     * @memberof viam.component.board.v1.ReadAnalogReaderRequest
                     * @instance
                     */
                    ReadAnalogReaderRequest.prototype.extra = null;

                    /**
                     * Creates a new ReadAnalogReaderRequest instance using the specified properties.
                     * @function create
                     * @memberof viam.component.board.v1.ReadAnalogReaderRequest
                     * @static
                     * @param {viam.component.board.v1.IReadAnalogReaderRequest=} [properties] Properties to set
                     * @returns {viam.component.board.v1.ReadAnalogReaderRequest} ReadAnalogReaderRequest instance
                     */
                    ReadAnalogReaderRequest.create = function create(properties) {
                        return new ReadAnalogReaderRequest(properties);
                    };

                    /**
                     * Encodes the specified ReadAnalogReaderRequest message. Does not implicitly {@link viam.component.board.v1.ReadAnalogReaderRequest.verify|verify} messages.
                     * @function encode
                     * @memberof viam.component.board.v1.ReadAnalogReaderRequest
                     * @static
                     * @param {viam.component.board.v1.IReadAnalogReaderRequest} message ReadAnalogReaderRequest message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    ReadAnalogReaderRequest.encode = function encode(message, writer, q) {
                        if (!writer)
                            writer = $Writer.create();
                        if (q === undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw Error("max depth exceeded");
                        if (message.boardName != null && Object.hasOwnProperty.call(message, "boardName"))
                            writer.uint32(/* id 1, wireType 2 =*/10).string(message.boardName);
                        if (message.analogReaderName != null && Object.hasOwnProperty.call(message, "analogReaderName"))
                            writer.uint32(/* id 2, wireType 2 =*/18).string(message.analogReaderName);
                        if (message.extra != null && Object.hasOwnProperty.call(message, "extra"))
                            $root.google.protobuf.Struct.encode(message.extra, writer.uint32(/* id 99, wireType 2 =*/794).fork(), q + 1).ldelim();
                        return writer;
                    };

                    /**
                     * Decodes a ReadAnalogReaderRequest message from the specified reader or buffer.
                     * @function decode
                     * @memberof viam.component.board.v1.ReadAnalogReaderRequest
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {viam.component.board.v1.ReadAnalogReaderRequest} ReadAnalogReaderRequest
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    ReadAnalogReaderRequest.decode = function decode(reader, length, error, long) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (long === undefined)
                            long = 0;
                        if (long > $Reader.recursionLimit)
                            throw Error("maximum nesting depth exceeded");
                        let end, message;
                        if (length === undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = new $root.viam.component.board.v1.ReadAnalogReaderRequest();
                        while (reader.pos < end) {
                            let tag = reader.uint32();
                            if (tag === error)
                                break;
                            switch (tag >>> 3) {
                            case 1: {
                                    message.boardName = reader.string();
                                    break;
                                }
                            case 2: {
                                    message.analogReaderName = reader.string();
                                    break;
                                }
                            case 99: {
                                    message.extra = $root.google.protobuf.Struct.decode(reader, reader.uint32(), undefined, long + 1);
                                    break;
                                }
                            default:
                                reader.skipType(tag & 7, long);
                                break;
                            }
                        }
                        if (length !== undefined) {
                            if (reader.pos !== end)
                                throw RangeError("index out of range");
                            reader.len = length;
                        }
                        return message;
                    };

                    return ReadAnalogReaderRequest;
                })();

                v1.ReadAnalogReaderResponse = (function() {

                    /**
                     * Properties of a ReadAnalogReaderResponse.
                     * @memberof viam.component.board.v1
                     * @interface IReadAnalogReaderResponse
                     * @property {number|null} [value] ReadAnalogReaderResponse value
                     * @property {number|null} [minRange] ReadAnalogReaderResponse minRange
                     * @property {number|null} [maxRange] ReadAnalogReaderResponse maxRange
                     * @property {number|null} [stepSize] ReadAnalogReaderResponse stepSize
                     */

                    /**
                     * Constructs a new ReadAnalogReaderResponse.
                     * @memberof viam.component.board.v1
                     * @classdesc Represents a ReadAnalogReaderResponse.
                     * @implements IReadAnalogReaderResponse
                     * @constructor
                     * @param {viam.component.board.v1.IReadAnalogReaderResponse=} [properties] Properties to set
                     */
                    function ReadAnalogReaderResponse(properties) {
                        if (properties)
                            for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    }

                    /**
                     * ReadAnalogReaderResponse value.
                     * @member {number} value
                     * @memberof viam.component.board.v1.ReadAnalogReaderResponse
                     * @instance
                     */
                    ReadAnalogReaderResponse.prototype.value = 0;

                    /**
                     * ReadAnalogReaderResponse minRange.
                     * @member {number} minRange
                     * @memberof viam.component.board.v1.ReadAnalogReaderResponse
                     * @instance
                     */
                    ReadAnalogReaderResponse.prototype.minRange = 0;

                    /**
                     * ReadAnalogReaderResponse maxRange.
                     * @member {number} maxRange
                     * @memberof viam.component.board.v1.ReadAnalogReaderResponse
                     * @instance
                     */
                    ReadAnalogReaderResponse.prototype.maxRange = 0;

                    /**
                     * ReadAnalogReaderResponse stepSize.
                     * @member {number} stepSize
                     * @memberof viam.component.board.v1.ReadAnalogReaderResponse
                     * @instance
                     */
                    ReadAnalogReaderResponse.prototype.stepSize = 0;

                    /**
                     * Creates a new ReadAnalogReaderResponse instance using the specified properties.
                     * @function create
                     * @memberof viam.component.board.v1.ReadAnalogReaderResponse
                     * @static
                     * @param {viam.component.board.v1.IReadAnalogReaderResponse=} [properties] Properties to set
                     * @returns {viam.component.board.v1.ReadAnalogReaderResponse} ReadAnalogReaderResponse instance
                     */
                    ReadAnalogReaderResponse.create = function create(properties) {
                        return new ReadAnalogReaderResponse(properties);
                    };

                    /**
                     * Encodes the specified ReadAnalogReaderResponse message. Does not implicitly {@link viam.component.board.v1.ReadAnalogReaderResponse.verify|verify} messages.
                     * @function encode
                     * @memberof viam.component.board.v1.ReadAnalogReaderResponse
                     * @static
                     * @param {viam.component.board.v1.IReadAnalogReaderResponse} message ReadAnalogReaderResponse message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    ReadAnalogReaderResponse.encode = function encode(message, writer, q) {
                        if (!writer)
                            writer = $Writer.create();
                        if (q === undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw Error("max depth exceeded");
                        if (message.value != null && Object.hasOwnProperty.call(message, "value"))
                            writer.uint32(/* id 1, wireType 0 =*/8).int32(message.value);
                        if (message.minRange != null && Object.hasOwnProperty.call(message, "minRange"))
                            writer.uint32(/* id 2, wireType 5 =*/21).float(message.minRange);
                        if (message.maxRange != null && Object.hasOwnProperty.call(message, "maxRange"))
                            writer.uint32(/* id 3, wireType 5 =*/29).float(message.maxRange);
                        if (message.stepSize != null && Object.hasOwnProperty.call(message, "stepSize"))
                            writer.uint32(/* id 4, wireType 5 =*/37).float(message.stepSize);
                        return writer;
                    };

                    /**
                     * Decodes a ReadAnalogReaderResponse message from the specified reader or buffer.
                     * @function decode
                     * @memberof viam.component.board.v1.ReadAnalogReaderResponse
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {viam.component.board.v1.ReadAnalogReaderResponse} ReadAnalogReaderResponse
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    ReadAnalogReaderResponse.decode = function decode(reader, length, error, long) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (long === undefined)
                            long = 0;
                        if (long > $Reader.recursionLimit)
                            throw Error("maximum nesting depth exceeded");
                        let end, message;
                        if (length === undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = new $root.viam.component.board.v1.ReadAnalogReaderResponse();
                        while (reader.pos < end) {
                            let tag = reader.uint32();
                            if (tag === error)
                                break;
                            switch (tag >>> 3) {
                            case 1: {
                                    message.value = reader.int32();
                                    break;
                                }
                            case 2: {
                                    message.minRange = reader.float();
                                    break;
                                }
                            case 3: {
                                    message.maxRange = reader.float();
                                    break;
                                }
                            case 4: {
                                    message.stepSize = reader.float();
                                    break;
                                }
                            default:
                                reader.skipType(tag & 7, long);
                                break;
                            }
                        }
                        if (length !== undefined) {
                            if (reader.pos !== end)
                                throw RangeError("index out of range");
                            reader.len = length;
                        }
                        return message;
                    };

                    return ReadAnalogReaderResponse;
                })();

                v1.GetDigitalInterruptValueRequest = (function() {

                    /**
                     * Properties of a GetDigitalInterruptValueRequest.
                     * @memberof viam.component.board.v1
                     * @interface IGetDigitalInterruptValueRequest
                     * @property {string|null} [boardName] GetDigitalInterruptValueRequest boardName
                     * @property {string|null} [digitalInterruptName] GetDigitalInterruptValueRequest digitalInterruptName
                     * @property {google.protobuf.IStruct|null} [extra] GetDigitalInterruptValueRequest extra
                     */

                    /**
                     * Constructs a new GetDigitalInterruptValueRequest.
                     * @memberof viam.component.board.v1
                     * @classdesc Represents a GetDigitalInterruptValueRequest.
                     * @implements IGetDigitalInterruptValueRequest
                     * @constructor
                     * @param {viam.component.board.v1.IGetDigitalInterruptValueRequest=} [properties] Properties to set
                     */
                    function GetDigitalInterruptValueRequest(properties) {
                        if (properties)
                            for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    }

                    /**
                     * GetDigitalInterruptValueRequest boardName.
                     * @member {string} boardName
                     * @memberof viam.component.board.v1.GetDigitalInterruptValueRequest
                     * @instance
                     */
                    GetDigitalInterruptValueRequest.prototype.boardName = "";

                    /**
                     * GetDigitalInterruptValueRequest digitalInterruptName.
                     * @member {string} digitalInterruptName
                     * @memberof viam.component.board.v1.GetDigitalInterruptValueRequest
                     * @instance
                     */
                    GetDigitalInterruptValueRequest.prototype.digitalInterruptName = "";

                    /**
                     * GetDigitalInterruptValueRequest extra.
                     * @member {google.protobuf.IStruct|null|undefined} extra
                     * @memberof viam.component.board.v1.GetDigitalInterruptValueRequest
                     * @instance
                     */
                    GetDigitalInterruptValueRequest.prototype.extra = null;

                    /**
                     * Creates a new GetDigitalInterruptValueRequest instance using the specified properties.
                     * @function create
                     * @memberof viam.component.board.v1.GetDigitalInterruptValueRequest
                     * @static
                     * @param {viam.component.board.v1.IGetDigitalInterruptValueRequest=} [properties] Properties to set
                     * @returns {viam.component.board.v1.GetDigitalInterruptValueRequest} GetDigitalInterruptValueRequest instance
                     */
                    GetDigitalInterruptValueRequest.create = function create(properties) {
                        return new GetDigitalInterruptValueRequest(properties);
                    };

                    /**
                     * Encodes the specified GetDigitalInterruptValueRequest message. Does not implicitly {@link viam.component.board.v1.GetDigitalInterruptValueRequest.verify|verify} messages.
                     * @function encode
                     * @memberof viam.component.board.v1.GetDigitalInterruptValueRequest
                     * @static
                     * @param {viam.component.board.v1.IGetDigitalInterruptValueRequest} message GetDigitalInterruptValueRequest message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    GetDigitalInterruptValueRequest.encode = function encode(message, writer, q) {
                        if (!writer)
                            writer = $Writer.create();
                        if (q === undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw Error("max depth exceeded");
                        if (message.boardName != null && Object.hasOwnProperty.call(message, "boardName"))
                            writer.uint32(/* id 1, wireType 2 =*/10).string(message.boardName);
                        if (message.digitalInterruptName != null && Object.hasOwnProperty.call(message, "digitalInterruptName"))
                            writer.uint32(/* id 2, wireType 2 =*/18).string(message.digitalInterruptName);
                        if (message.extra != null && Object.hasOwnProperty.call(message, "extra"))
                            $root.google.protobuf.Struct.encode(message.extra, writer.uint32(/* id 99, wireType 2 =*/794).fork(), q + 1).ldelim();
                        return writer;
                    };

                    /**
                     * Decodes a GetDigitalInterruptValueRequest message from the specified reader or buffer.
                     * @function decode
                     * @memberof viam.component.board.v1.GetDigitalInterruptValueRequest
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {viam.component.board.v1.GetDigitalInterruptValueRequest} GetDigitalInterruptValueRequest
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    GetDigitalInterruptValueRequest.decode = function decode(reader, length, error, long) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (long === undefined)
                            long = 0;
                        if (long > $Reader.recursionLimit)
                            throw Error("maximum nesting depth exceeded");
                        let end, message;
                        if (length === undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = new $root.viam.component.board.v1.GetDigitalInterruptValueRequest();
                        while (reader.pos < end) {
                            let tag = reader.uint32();
                            if (tag === error)
                                break;
                            switch (tag >>> 3) {
                            case 1: {
                                    message.boardName = reader.string();
                                    break;
                                }
                            case 2: {
                                    message.digitalInterruptName = reader.string();
                                    break;
                                }
                            case 99: {
                                    message.extra = $root.google.protobuf.Struct.decode(reader, reader.uint32(), undefined, long + 1);
                                    break;
                                }
                            default:
                                reader.skipType(tag & 7, long);
                                break;
                            }
                        }
                        if (length !== undefined) {
                            if (reader.pos !== end)
                                throw RangeError("index out of range");
                            reader.len = length;
                        }
                        return message;
                    };

                    return GetDigitalInterruptValueRequest;
                })();

                v1.GetDigitalInterruptValueResponse = (function() {

                    /**
                     * Properties of a GetDigitalInterruptValueResponse.
                     * @memberof viam.component.board.v1
                     * @interface IGetDigitalInterruptValueResponse
                     * @property {number|null} [value] GetDigitalInterruptValueResponse value
                     */

                    /**
                     * Constructs a new GetDigitalInterruptValueResponse.
                     * @memberof viam.component.board.v1
                     * @classdesc Represents a GetDigitalInterruptValueResponse.
                     * @implements IGetDigitalInterruptValueResponse
                     * @constructor
                     * @param {viam.component.board.v1.IGetDigitalInterruptValueResponse=} [properties] Properties to set
                     */
                    function GetDigitalInterruptValueResponse(properties) {
                        if (properties)
                            for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    }

                    /**
                     * GetDigitalInterruptValueResponse value.
                     * @member {number} value
                     * @memberof viam.component.board.v1.GetDigitalInterruptValueResponse
                     * @instance
                     */
                    GetDigitalInterruptValueResponse.prototype.value = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                    /**
                     * Creates a new GetDigitalInterruptValueResponse instance using the specified properties.
                     * @function create
                     * @memberof viam.component.board.v1.GetDigitalInterruptValueResponse
                     * @static
                     * @param {viam.component.board.v1.IGetDigitalInterruptValueResponse=} [properties] Properties to set
                     * @returns {viam.component.board.v1.GetDigitalInterruptValueResponse} GetDigitalInterruptValueResponse instance
                     */
                    GetDigitalInterruptValueResponse.create = function create(properties) {
                        return new GetDigitalInterruptValueResponse(properties);
                    };

                    /**
                     * Encodes the specified GetDigitalInterruptValueResponse message. Does not implicitly {@link viam.component.board.v1.GetDigitalInterruptValueResponse.verify|verify} messages.
                     * @function encode
                     * @memberof viam.component.board.v1.GetDigitalInterruptValueResponse
                     * @static
                     * @param {viam.component.board.v1.IGetDigitalInterruptValueResponse} message GetDigitalInterruptValueResponse message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    GetDigitalInterruptValueResponse.encode = function encode(message, writer, q) {
                        if (!writer)
                            writer = $Writer.create();
                        if (q === undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw Error("max depth exceeded");
                        if (message.value != null && Object.hasOwnProperty.call(message, "value"))
                            writer.uint32(/* id 1, wireType 0 =*/8).int64(message.value);
                        return writer;
                    };

                    /**
                     * Decodes a GetDigitalInterruptValueResponse message from the specified reader or buffer.
                     * @function decode
                     * @memberof viam.component.board.v1.GetDigitalInterruptValueResponse
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {viam.component.board.v1.GetDigitalInterruptValueResponse} GetDigitalInterruptValueResponse
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    GetDigitalInterruptValueResponse.decode = function decode(reader, length, error, long) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (long === undefined)
                            long = 0;
                        if (long > $Reader.recursionLimit)
                            throw Error("maximum nesting depth exceeded");
                        let end, message;
                        if (length === undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = new $root.viam.component.board.v1.GetDigitalInterruptValueResponse();
                        while (reader.pos < end) {
                            let tag = reader.uint32();
                            if (tag === error)
                                break;
                            switch (tag >>> 3) {
                            case 1: {
                                    message.value = reader.int64();
                                    break;
                                }
                            default:
                                reader.skipType(tag & 7, long);
                                break;
                            }
                        }
                        if (length !== undefined) {
                            if (reader.pos !== end)
                                throw RangeError("index out of range");
                            reader.len = length;
                        }
                        return message;
                    };

                    return GetDigitalInterruptValueResponse;
                })();

                v1.PWMRequest = (function() {

                    /**
                     * Properties of a PWMRequest.
                     * @memberof viam.component.board.v1
                     * @interface IPWMRequest
                     * @property {string|null} [name] PWMRequest name
                     * @property {string|null} [pin] PWMRequest pin
                     * @property {google.protobuf.IStruct|null} [extra] PWMRequest extra
                     */

                    /**
                     * Constructs a new PWMRequest.
                     * @memberof viam.component.board.v1
                     * @classdesc Represents a PWMRequest.
                     * @implements IPWMRequest
                     * @constructor
                     * @param {viam.component.board.v1.IPWMRequest=} [properties] Properties to set
                     */
                    function PWMRequest(properties) {
                        if (properties)
                            for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    }

                    /**
                     * PWMRequest name.
                     * @member {string} name
                     * @memberof viam.component.board.v1.PWMRequest
                     * @instance
                     */
                    PWMRequest.prototype.name = "";

                    /**
                     * PWMRequest pin.
                     * @member {string} pin
                     * @memberof viam.component.board.v1.PWMRequest
                     * @instance
                     */
                    PWMRequest.prototype.pin = "";

                    /**
                     * PWMRequest extra.
                     * @member {google.protobuf.IStruct|null|undefined} extra
                     * @memberof viam.component.board.v1.PWMRequest
                     * @instance
                     */
                    PWMRequest.prototype.extra = null;

                    /**
                     * Creates a new PWMRequest instance using the specified properties.
                     * @function create
                     * @memberof viam.component.board.v1.PWMRequest
                     * @static
                     * @param {viam.component.board.v1.IPWMRequest=} [properties] Properties to set
                     * @returns {viam.component.board.v1.PWMRequest} PWMRequest instance
                     */
                    PWMRequest.create = function create(properties) {
                        return new PWMRequest(properties);
                    };

                    /**
                     * Encodes the specified PWMRequest message. Does not implicitly {@link viam.component.board.v1.PWMRequest.verify|verify} messages.
                     * @function encode
                     * @memberof viam.component.board.v1.PWMRequest
                     * @static
                     * @param {viam.component.board.v1.IPWMRequest} message PWMRequest message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    PWMRequest.encode = function encode(message, writer, q) {
                        if (!writer)
                            writer = $Writer.create();
                        if (q === undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw Error("max depth exceeded");
                        if (message.name != null && Object.hasOwnProperty.call(message, "name"))
                            writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                        if (message.pin != null && Object.hasOwnProperty.call(message, "pin"))
                            writer.uint32(/* id 2, wireType 2 =*/18).string(message.pin);
                        if (message.extra != null && Object.hasOwnProperty.call(message, "extra"))
                            $root.google.protobuf.Struct.encode(message.extra, writer.uint32(/* id 99, wireType 2 =*/794).fork(), q + 1).ldelim();
                        return writer;
                    };

                    /**
                     * Decodes a PWMRequest message from the specified reader or buffer.
                     * @function decode
                     * @memberof viam.component.board.v1.PWMRequest
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {viam.component.board.v1.PWMRequest} PWMRequest
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    PWMRequest.decode = function decode(reader, length, error, long) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (long === undefined)
                            long = 0;
                        if (long > $Reader.recursionLimit)
                            throw Error("maximum nesting depth exceeded");
                        let end, message;
                        if (length === undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = new $root.viam.component.board.v1.PWMRequest();
                        while (reader.pos < end) {
                            let tag = reader.uint32();
                            if (tag === error)
                                break;
                            switch (tag >>> 3) {
                            case 1: {
                                    message.name = reader.string();
                                    break;
                                }
                            case 2: {
                                    message.pin = reader.string();
                                    break;
                                }
                            case 99: {
                                    message.extra = $root.google.protobuf.Struct.decode(reader, reader.uint32(), undefined, long + 1);
                                    break;
                                }
                            default:
                                reader.skipType(tag & 7, long);
                                break;
                            }
                        }
                        if (length !== undefined) {
                            if (reader.pos !== end)
                                throw RangeError("index out of range");
                            reader.len = length;
                        }
                        return message;
                    };

                    return PWMRequest;
                })();

                v1.PWMResponse = (function() {

                    /**
                     * Properties of a PWMResponse.
                     * @memberof viam.component.board.v1
                     * @interface IPWMResponse
                     * @property {number|null} [dutyCyclePct] PWMResponse dutyCyclePct
                     */

                    /**
                     * Constructs a new PWMResponse.
                     * @memberof viam.component.board.v1
                     * @classdesc Represents a PWMResponse.
                     * @implements IPWMResponse
                     * @constructor
                     * @param {viam.component.board.v1.IPWMResponse=} [properties] Properties to set
                     */
                    function PWMResponse(properties) {
                        if (properties)
                            for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    }

                    /**
                     * PWMResponse dutyCyclePct.
                     * @member {number} dutyCyclePct
                     * @memberof viam.component.board.v1.PWMResponse
                     * @instance
                     */
                    PWMResponse.prototype.dutyCyclePct = 0;

                    /**
                     * Creates a new PWMResponse instance using the specified properties.
                     * @function create
                     * @memberof viam.component.board.v1.PWMResponse
                     * @static
                     * @param {viam.component.board.v1.IPWMResponse=} [properties] Properties to set
                     * @returns {viam.component.board.v1.PWMResponse} PWMResponse instance
                     */
                    PWMResponse.create = function create(properties) {
                        return new PWMResponse(properties);
                    };

                    /**
                     * Encodes the specified PWMResponse message. Does not implicitly {@link viam.component.board.v1.PWMResponse.verify|verify} messages.
                     * @function encode
                     * @memberof viam.component.board.v1.PWMResponse
                     * @static
                     * @param {viam.component.board.v1.IPWMResponse} message PWMResponse message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    PWMResponse.encode = function encode(message, writer, q) {
                        if (!writer)
                            writer = $Writer.create();
                        if (q === undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw Error("max depth exceeded");
                        if (message.dutyCyclePct != null && Object.hasOwnProperty.call(message, "dutyCyclePct"))
                            writer.uint32(/* id 1, wireType 1 =*/9).double(message.dutyCyclePct);
                        return writer;
                    };

                    /**
                     * Decodes a PWMResponse message from the specified reader or buffer.
                     * @function decode
                     * @memberof viam.component.board.v1.PWMResponse
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {viam.component.board.v1.PWMResponse} PWMResponse
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    PWMResponse.decode = function decode(reader, length, error, long) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (long === undefined)
                            long = 0;
                        if (long > $Reader.recursionLimit)
                            throw Error("maximum nesting depth exceeded");
                        let end, message;
                        if (length === undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = new $root.viam.component.board.v1.PWMResponse();
                        while (reader.pos < end) {
                            let tag = reader.uint32();
                            if (tag === error)
                                break;
                            switch (tag >>> 3) {
                            case 1: {
                                    message.dutyCyclePct = reader.double();
                                    break;
                                }
                            default:
                                reader.skipType(tag & 7, long);
                                break;
                            }
                        }
                        if (length !== undefined) {
                            if (reader.pos !== end)
                                throw RangeError("index out of range");
                            reader.len = length;
                        }
                        return message;
                    };

                    return PWMResponse;
                })();

                v1.SetPWMRequest = (function() {

                    /**
                     * Properties of a SetPWMRequest.
                     * @memberof viam.component.board.v1
                     * @interface ISetPWMRequest
                     * @property {string|null} [name] SetPWMRequest name
                     * @property {string|null} [pin] SetPWMRequest pin
                     * @property {number|null} [dutyCyclePct] SetPWMRequest dutyCyclePct
                     * @property {google.protobuf.IStruct|null} [extra] SetPWMRequest extra
                     */

                    /**
                     * Constructs a new SetPWMRequest.
                     * @memberof viam.component.board.v1
                     * @classdesc Represents a SetPWMRequest.
                     * @implements ISetPWMRequest
                     * @constructor
                     * @param {viam.component.board.v1.ISetPWMRequest=} [properties] Properties to set
                     */
                    function SetPWMRequest(properties) {
                        if (properties)
                            for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    }

                    /**
                     * SetPWMRequest name.
                     * @member {string} name
                     * @memberof viam.component.board.v1.SetPWMRequest
                     * @instance
                     */
                    SetPWMRequest.prototype.name = "";

                    /**
                     * SetPWMRequest pin.
                     * @member {string} pin
                     * @memberof viam.component.board.v1.SetPWMRequest
                     * @instance
                     */
                    SetPWMRequest.prototype.pin = "";

                    /**
                     * SetPWMRequest dutyCyclePct.
                     * @member {number} dutyCyclePct
                     * @memberof viam.component.board.v1.SetPWMRequest
                     * @instance
                     */
                    SetPWMRequest.prototype.dutyCyclePct = 0;

                    /**
                     * SetPWMRequest extra.
                     * @member {google.protobuf.IStruct|null|undefined} extra
                     * @memberof viam.component.board.v1.SetPWMRequest
                     * @instance
                     */
                    SetPWMRequest.prototype.extra = null;

                    /**
                     * Creates a new SetPWMRequest instance using the specified properties.
                     * @function create
                     * @memberof viam.component.board.v1.SetPWMRequest
                     * @static
                     * @param {viam.component.board.v1.ISetPWMRequest=} [properties] Properties to set
                     * @returns {viam.component.board.v1.SetPWMRequest} SetPWMRequest instance
                     */
                    SetPWMRequest.create = function create(properties) {
                        return new SetPWMRequest(properties);
                    };

                    /**
                     * Encodes the specified SetPWMRequest message. Does not implicitly {@link viam.component.board.v1.SetPWMRequest.verify|verify} messages.
                     * @function encode
                     * @memberof viam.component.board.v1.SetPWMRequest
                     * @static
                     * @param {viam.component.board.v1.ISetPWMRequest} message SetPWMRequest message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    SetPWMRequest.encode = function encode(message, writer, q) {
                        if (!writer)
                            writer = $Writer.create();
                        if (q === undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw Error("max depth exceeded");
                        if (message.name != null && Object.hasOwnProperty.call(message, "name"))
                            writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                        if (message.pin != null && Object.hasOwnProperty.call(message, "pin"))
                            writer.uint32(/* id 2, wireType 2 =*/18).string(message.pin);
                        if (message.dutyCyclePct != null && Object.hasOwnProperty.call(message, "dutyCyclePct"))
                            writer.uint32(/* id 3, wireType 1 =*/25).double(message.dutyCyclePct);
                        if (message.extra != null && Object.hasOwnProperty.call(message, "extra"))
                            $root.google.protobuf.Struct.encode(message.extra, writer.uint32(/* id 99, wireType 2 =*/794).fork(), q + 1).ldelim();
                        return writer;
                    };

                    /**
                     * Decodes a SetPWMRequest message from the specified reader or buffer.
                     * @function decode
                     * @memberof viam.component.board.v1.SetPWMRequest
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {viam.component.board.v1.SetPWMRequest} SetPWMRequest
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    SetPWMRequest.decode = function decode(reader, length, error, long) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (long === undefined)
                            long = 0;
                        if (long > $Reader.recursionLimit)
                            throw Error("maximum nesting depth exceeded");
                        let end, message;
                        if (length === undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = new $root.viam.component.board.v1.SetPWMRequest();
                        while (reader.pos < end) {
                            let tag = reader.uint32();
                            if (tag === error)
                                break;
                            switch (tag >>> 3) {
                            case 1: {
                                    message.name = reader.string();
                                    break;
                                }
                            case 2: {
                                    message.pin = reader.string();
                                    break;
                                }
                            case 3: {
                                    message.dutyCyclePct = reader.double();
                                    break;
                                }
                            case 99: {
                                    message.extra = $root.google.protobuf.Struct.decode(reader, reader.uint32(), undefined, long + 1);
                                    break;
                                }
                            default:
                                reader.skipType(tag & 7, long);
                                break;
                            }
                        }
                        if (length !== undefined) {
                            if (reader.pos !== end)
                                throw RangeError("index out of range");
                            reader.len = length;
                        }
                        return message;
                    };

                    return SetPWMRequest;
                })();

                v1.SetPWMResponse = (function() {

                    /**
                     * Properties of a SetPWMResponse.
                     * @memberof viam.component.board.v1
                     * @interface ISetPWMResponse
                     */

                    /**
                     * Constructs a new SetPWMResponse.
                     * @memberof viam.component.board.v1
                     * @classdesc Represents a SetPWMResponse.
                     * @implements ISetPWMResponse
                     * @constructor
                     * @param {viam.component.board.v1.ISetPWMResponse=} [properties] Properties to set
                     */
                    function SetPWMResponse(properties) {
                        if (properties)
                            for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    }

                    /**
                     * Creates a new SetPWMResponse instance using the specified properties.
                     * @function create
                     * @memberof viam.component.board.v1.SetPWMResponse
                     * @static
                     * @param {viam.component.board.v1.ISetPWMResponse=} [properties] Properties to set
                     * @returns {viam.component.board.v1.SetPWMResponse} SetPWMResponse instance
                     */
                    SetPWMResponse.create = function create(properties) {
                        return new SetPWMResponse(properties);
                    };

                    /**
                     * Encodes the specified SetPWMResponse message. Does not implicitly {@link viam.component.board.v1.SetPWMResponse.verify|verify} messages.
                     * @function encode
                     * @memberof viam.component.board.v1.SetPWMResponse
                     * @static
                     * @param {viam.component.board.v1.ISetPWMResponse} message SetPWMResponse message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    SetPWMResponse.encode = function encode(message, writer, q) {
                        if (!writer)
                            writer = $Writer.create();
                        if (q === undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw Error("max depth exceeded");
                        return writer;
                    };

                    /**
                     * Decodes a SetPWMResponse message from the specified reader or buffer.
                     * @function decode
                     * @memberof viam.component.board.v1.SetPWMResponse
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {viam.component.board.v1.SetPWMResponse} SetPWMResponse
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    SetPWMResponse.decode = function decode(reader, length, error, long) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (long === undefined)
                            long = 0;
                        if (long > $Reader.recursionLimit)
                            throw Error("maximum nesting depth exceeded");
                        let end, message;
                        if (length === undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = new $root.viam.component.board.v1.SetPWMResponse();
                        while (reader.pos < end) {
                            let tag = reader.uint32();
                            if (tag === error)
                                break;
                            switch (tag >>> 3) {
                            default:
                                reader.skipType(tag & 7, long);
                                break;
                            }
                        }
                        if (length !== undefined) {
                            if (reader.pos !== end)
                                throw RangeError("index out of range");
                            reader.len = length;
                        }
                        return message;
                    };

                    return SetPWMResponse;
                })();

                v1.PWMFrequencyRequest = (function() {

                    /**
                     * Properties of a PWMFrequencyRequest.
                     * @memberof viam.component.board.v1
                     * @interface IPWMFrequencyRequest
                     * @property {string|null} [name] PWMFrequencyRequest name
                     * @property {string|null} [pin] PWMFrequencyRequest pin
                     * @property {google.protobuf.IStruct|null} [extra] PWMFrequencyRequest extra
                     */

                    /**
                     * Constructs a new PWMFrequencyRequest.
                     * @memberof viam.component.board.v1
                     * @classdesc Represents a PWMFrequencyRequest.
                     * @implements IPWMFrequencyRequest
                     * @constructor
                     * @param {viam.component.board.v1.IPWMFrequencyRequest=} [properties] Properties to set
                     */
                    function PWMFrequencyRequest(properties) {
                        if (properties)
                            for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    }

                    /**
                     * PWMFrequencyRequest name.
                     * @member {string} name
                     * @memberof viam.component.board.v1.PWMFrequencyRequest
                     * @instance
                     */
                    PWMFrequencyRequest.prototype.name = "";

                    /**
                     * PWMFrequencyRequest pin.
                     * @member {string} pin
                     * @memberof viam.component.board.v1.PWMFrequencyRequest
                     * @instance
                     */
                    PWMFrequencyRequest.prototype.pin = "";

                    /**
                     * PWMFrequencyRequest extra.
                     * @member {google.protobuf.IStruct|null|undefined} extra
                     * @memberof viam.component.board.v1.PWMFrequencyRequest
                     * @instance
                     */
                    PWMFrequencyRequest.prototype.extra = null;

                    /**
                     * Creates a new PWMFrequencyRequest instance using the specified properties.
                     * @function create
                     * @memberof viam.component.board.v1.PWMFrequencyRequest
                     * @static
                     * @param {viam.component.board.v1.IPWMFrequencyRequest=} [properties] Properties to set
                     * @returns {viam.component.board.v1.PWMFrequencyRequest} PWMFrequencyRequest instance
                     */
                    PWMFrequencyRequest.create = function create(properties) {
                        return new PWMFrequencyRequest(properties);
                    };

                    /**
                     * Encodes the specified PWMFrequencyRequest message. Does not implicitly {@link viam.component.board.v1.PWMFrequencyRequest.verify|verify} messages.
                     * @function encode
                     * @memberof viam.component.board.v1.PWMFrequencyRequest
                     * @static
                     * @param {viam.component.board.v1.IPWMFrequencyRequest} message PWMFrequencyRequest message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    PWMFrequencyRequest.encode = function encode(message, writer, q) {
                        if (!writer)
                            writer = $Writer.create();
                        if (q === undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw Error("max depth exceeded");
                        if (message.name != null && Object.hasOwnProperty.call(message, "name"))
                            writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                        if (message.pin != null && Object.hasOwnProperty.call(message, "pin"))
                            writer.uint32(/* id 2, wireType 2 =*/18).string(message.pin);
                        if (message.extra != null && Object.hasOwnProperty.call(message, "extra"))
                            $root.google.protobuf.Struct.encode(message.extra, writer.uint32(/* id 99, wireType 2 =*/794).fork(), q + 1).ldelim();
                        return writer;
                    };

                    /**
                     * Decodes a PWMFrequencyRequest message from the specified reader or buffer.
                     * @function decode
                     * @memberof viam.component.board.v1.PWMFrequencyRequest
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {viam.component.board.v1.PWMFrequencyRequest} PWMFrequencyRequest
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    PWMFrequencyRequest.decode = function decode(reader, length, error, long) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (long === undefined)
                            long = 0;
                        if (long > $Reader.recursionLimit)
                            throw Error("maximum nesting depth exceeded");
                        let end, message;
                        if (length === undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = new $root.viam.component.board.v1.PWMFrequencyRequest();
                        while (reader.pos < end) {
                            let tag = reader.uint32();
                            if (tag === error)
                                break;
                            switch (tag >>> 3) {
                            case 1: {
                                    message.name = reader.string();
                                    break;
                                }
                            case 2: {
                                    message.pin = reader.string();
                                    break;
                                }
                            case 99: {
                                    message.extra = $root.google.protobuf.Struct.decode(reader, reader.uint32(), undefined, long + 1);
                                    break;
                                }
                            default:
                                reader.skipType(tag & 7, long);
                                break;
                            }
                        }
                        if (length !== undefined) {
                            if (reader.pos !== end)
                                throw RangeError("index out of range");
                            reader.len = length;
                        }
                        return message;
                    };

                    return PWMFrequencyRequest;
                })();

                v1.PWMFrequencyResponse = (function() {

                    /**
                     * Properties of a PWMFrequencyResponse.
                     * @memberof viam.component.board.v1
                     * @interface IPWMFrequencyResponse
                     * @property {number|null} [frequencyHz] PWMFrequencyResponse frequencyHz
                     */

                    /**
                     * Constructs a new PWMFrequencyResponse.
                     * @memberof viam.component.board.v1
                     * @classdesc Represents a PWMFrequencyResponse.
                     * @implements IPWMFrequencyResponse
                     * @constructor
                     * @param {viam.component.board.v1.IPWMFrequencyResponse=} [properties] Properties to set
                     */
                    function PWMFrequencyResponse(properties) {
                        if (properties)
                            for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    }

                    /**
                     * PWMFrequencyResponse frequencyHz.
                     * @member {number} frequencyHz
                     * @memberof viam.component.board.v1.PWMFrequencyResponse
                     * @instance
                     */
                    PWMFrequencyResponse.prototype.frequencyHz = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                    /**
                     * Creates a new PWMFrequencyResponse instance using the specified properties.
                     * @function create
                     * @memberof viam.component.board.v1.PWMFrequencyResponse
                     * @static
                     * @param {viam.component.board.v1.IPWMFrequencyResponse=} [properties] Properties to set
                     * @returns {viam.component.board.v1.PWMFrequencyResponse} PWMFrequencyResponse instance
                     */
                    PWMFrequencyResponse.create = function create(properties) {
                        return new PWMFrequencyResponse(properties);
                    };

                    /**
                     * Encodes the specified PWMFrequencyResponse message. Does not implicitly {@link viam.component.board.v1.PWMFrequencyResponse.verify|verify} messages.
                     * @function encode
                     * @memberof viam.component.board.v1.PWMFrequencyResponse
                     * @static
                     * @param {viam.component.board.v1.IPWMFrequencyResponse} message PWMFrequencyResponse message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    PWMFrequencyResponse.encode = function encode(message, writer, q) {
                        if (!writer)
                            writer = $Writer.create();
                        if (q === undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw Error("max depth exceeded");
                        if (message.frequencyHz != null && Object.hasOwnProperty.call(message, "frequencyHz"))
                            writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.frequencyHz);
                        return writer;
                    };

                    /**
                     * Decodes a PWMFrequencyResponse message from the specified reader or buffer.
                     * @function decode
                     * @memberof viam.component.board.v1.PWMFrequencyResponse
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {viam.component.board.v1.PWMFrequencyResponse} PWMFrequencyResponse
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    PWMFrequencyResponse.decode = function decode(reader, length, error, long) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (long === undefined)
                            long = 0;
                        if (long > $Reader.recursionLimit)
                            throw Error("maximum nesting depth exceeded");
                        let end, message;
                        if (length === undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = new $root.viam.component.board.v1.PWMFrequencyResponse();
                        while (reader.pos < end) {
                            let tag = reader.uint32();
                            if (tag === error)
                                break;
                            switch (tag >>> 3) {
                            case 1: {
                                    message.frequencyHz = reader.uint64();
                                    break;
                                }
                            default:
                                reader.skipType(tag & 7, long);
                                break;
                            }
                        }
                        if (length !== undefined) {
                            if (reader.pos !== end)
                                throw RangeError("index out of range");
                            reader.len = length;
                        }
                        return message;
                    };

                    return PWMFrequencyResponse;
                })();

                v1.SetPWMFrequencyRequest = (function() {

                    /**
                     * Properties of a SetPWMFrequencyRequest.
                     * @memberof viam.component.board.v1
                     * @interface ISetPWMFrequencyRequest
                     * @property {string|null} [name] SetPWMFrequencyRequest name
                     * @property {string|null} [pin] SetPWMFrequencyRequest pin
                     * @property {number|null} [frequencyHz] SetPWMFrequencyRequest frequencyHz
                     * @property {google.protobuf.IStruct|null} [extra] SetPWMFrequencyRequest extra
                     */

                    /**
                     * Constructs a new SetPWMFrequencyRequest.
                     * @memberof viam.component.board.v1
                     * @classdesc Represents a SetPWMFrequencyRequest.
                     * @implements ISetPWMFrequencyRequest
                     * @constructor
                     * @param {viam.component.board.v1.ISetPWMFrequencyRequest=} [properties] Properties to set
                     */
                    function SetPWMFrequencyRequest(properties) {
                        if (properties)
                            for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    }

                    /**
                     * SetPWMFrequencyRequest name.
                     * @member {string} name
                     * @memberof viam.component.board.v1.SetPWMFrequencyRequest
                     * @instance
                     */
                    SetPWMFrequencyRequest.prototype.name = "";

                    /**
                     * SetPWMFrequencyRequest pin.
                     * @member {string} pin
                     * @memberof viam.component.board.v1.SetPWMFrequencyRequest
                     * @instance
                     */
                    SetPWMFrequencyRequest.prototype.pin = "";

                    /**
                     * SetPWMFrequencyRequest frequencyHz.
                     * @member {number} frequencyHz
                     * @memberof viam.component.board.v1.SetPWMFrequencyRequest
                     * @instance
                     */
                    SetPWMFrequencyRequest.prototype.frequencyHz = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                    /**
                     * SetPWMFrequencyRequest extra.
                     * @member {google.protobuf.IStruct|null|undefined} extra
                     * @memberof viam.component.board.v1.SetPWMFrequencyRequest
                     * @instance
                     */
                    SetPWMFrequencyRequest.prototype.extra = null;

                    /**
                     * Creates a new SetPWMFrequencyRequest instance using the specified properties.
                     * @function create
                     * @memberof viam.component.board.v1.SetPWMFrequencyRequest
                     * @static
                     * @param {viam.component.board.v1.ISetPWMFrequencyRequest=} [properties] Properties to set
                     * @returns {viam.component.board.v1.SetPWMFrequencyRequest} SetPWMFrequencyRequest instance
                     */
                    SetPWMFrequencyRequest.create = function create(properties) {
                        return new SetPWMFrequencyRequest(properties);
                    };

                    /**
                     * Encodes the specified SetPWMFrequencyRequest message. Does not implicitly {@link viam.component.board.v1.SetPWMFrequencyRequest.verify|verify} messages.
                     * @function encode
                     * @memberof viam.component.board.v1.SetPWMFrequencyRequest
                     * @static
                     * @param {viam.component.board.v1.ISetPWMFrequencyRequest} message SetPWMFrequencyRequest message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    SetPWMFrequencyRequest.encode = function encode(message, writer, q) {
                        if (!writer)
                            writer = $Writer.create();
                        if (q === undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw Error("max depth exceeded");
                        if (message.name != null && Object.hasOwnProperty.call(message, "name"))
                            writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                        if (message.pin != null && Object.hasOwnProperty.call(message, "pin"))
                            writer.uint32(/* id 2, wireType 2 =*/18).string(message.pin);
                        if (message.frequencyHz != null && Object.hasOwnProperty.call(message, "frequencyHz"))
                            writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.frequencyHz);
                        if (message.extra != null && Object.hasOwnProperty.call(message, "extra"))
                            $root.google.protobuf.Struct.encode(message.extra, writer.uint32(/* id 99, wireType 2 =*/794).fork(), q + 1).ldelim();
                        return writer;
                    };

                    /**
                     * Decodes a SetPWMFrequencyRequest message from the specified reader or buffer.
                     * @function decode
                     * @memberof viam.component.board.v1.SetPWMFrequencyRequest
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {viam.component.board.v1.SetPWMFrequencyRequest} SetPWMFrequencyRequest
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    SetPWMFrequencyRequest.decode = function decode(reader, length, error, long) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (long === undefined)
                            long = 0;
                        if (long > $Reader.recursionLimit)
                            throw Error("maximum nesting depth exceeded");
                        let end, message;
                        if (length === undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = new $root.viam.component.board.v1.SetPWMFrequencyRequest();
                        while (reader.pos < end) {
                            let tag = reader.uint32();
                            if (tag === error)
                                break;
                            switch (tag >>> 3) {
                            case 1: {
                                    message.name = reader.string();
                                    break;
                                }
                            case 2: {
                                    message.pin = reader.string();
                                    break;
                                }
                            case 3: {
                                    message.frequencyHz = reader.uint64();
                                    break;
                                }
                            case 99: {
                                    message.extra = $root.google.protobuf.Struct.decode(reader, reader.uint32(), undefined, long + 1);
                                    break;
                                }
                            default:
                                reader.skipType(tag & 7, long);
                                break;
                            }
                        }
                        if (length !== undefined) {
                            if (reader.pos !== end)
                                throw RangeError("index out of range");
                            reader.len = length;
                        }
                        return message;
                    };

                    return SetPWMFrequencyRequest;
                })();

                v1.SetPWMFrequencyResponse = (function() {

                    /**
                     * Properties of a SetPWMFrequencyResponse.
                     * @memberof viam.component.board.v1
                     * @interface ISetPWMFrequencyResponse
                     */

                    /**
                     * Constructs a new SetPWMFrequencyResponse.
                     * @memberof viam.component.board.v1
                     * @classdesc Represents a SetPWMFrequencyResponse.
                     * @implements ISetPWMFrequencyResponse
                     * @constructor
                     * @param {viam.component.board.v1.ISetPWMFrequencyResponse=} [properties] Properties to set
                     */
                    function SetPWMFrequencyResponse(properties) {
                        if (properties)
                            for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    }

                    /**
                     * Creates a new SetPWMFrequencyResponse instance using the specified properties.
                     * @function create
                     * @memberof viam.component.board.v1.SetPWMFrequencyResponse
                     * @static
                     * @param {viam.component.board.v1.ISetPWMFrequencyResponse=} [properties] Properties to set
                     * @returns {viam.component.board.v1.SetPWMFrequencyResponse} SetPWMFrequencyResponse instance
                     */
                    SetPWMFrequencyResponse.create = function create(properties) {
                        return new SetPWMFrequencyResponse(properties);
                    };

                    /**
                     * Encodes the specified SetPWMFrequencyResponse message. Does not implicitly {@link viam.component.board.v1.SetPWMFrequencyResponse.verify|verify} messages.
                     * @function encode
                     * @memberof viam.component.board.v1.SetPWMFrequencyResponse
                     * @static
                     * @param {viam.component.board.v1.ISetPWMFrequencyResponse} message SetPWMFrequencyResponse message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    SetPWMFrequencyResponse.encode = function encode(message, writer, q) {
                        if (!writer)
                            writer = $Writer.create();
                        if (q === undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw Error("max depth exceeded");
                        return writer;
                    };

                    /**
                     * Decodes a SetPWMFrequencyResponse message from the specified reader or buffer.
                     * @function decode
                     * @memberof viam.component.board.v1.SetPWMFrequencyResponse
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {viam.component.board.v1.SetPWMFrequencyResponse} SetPWMFrequencyResponse
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    SetPWMFrequencyResponse.decode = function decode(reader, length, error, long) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (long === undefined)
                            long = 0;
                        if (long > $Reader.recursionLimit)
                            throw Error("maximum nesting depth exceeded");
                        let end, message;
                        if (length === undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = new $root.viam.component.board.v1.SetPWMFrequencyResponse();
                        while (reader.pos < end) {
                            let tag = reader.uint32();
                            if (tag === error)
                                break;
                            switch (tag >>> 3) {
                            default:
                                reader.skipType(tag & 7, long);
                                break;
                            }
                        }
                        if (length !== undefined) {
                            if (reader.pos !== end)
                                throw RangeError("index out of range");
                            reader.len = length;
                        }
                        return message;
                    };

                    return SetPWMFrequencyResponse;
                })();

                return v1;
            })();

            return board;
        })();

        component.encoder = (function() {

            /**
             * Namespace encoder.
             * @memberof viam.component
             * @namespace
             */
            const encoder = {};

            encoder.v1 = (function() {

                /**
                 * Namespace v1.
                 * @memberof viam.component.encoder
                 * @namespace
                 */
                const v1 = {};

                /**
                 * PositionType enum.
                 * @name viam.component.encoder.v1.PositionType
                 * @enum {number}
                 * @property {number} POSITION_TYPE_UNSPECIFIED=0 POSITION_TYPE_UNSPECIFIED value
                 * @property {number} POSITION_TYPE_TICKS_COUNT=1 POSITION_TYPE_TICKS_COUNT value
                 * @property {number} POSITION_TYPE_ANGLE_DEGREES=2 POSITION_TYPE_ANGLE_DEGREES value
                 */
                v1.PositionType = (function() {
                    const valuesById = {}, values = Object.create(valuesById);
                    values[valuesById[0] = "POSITION_TYPE_UNSPECIFIED"] = 0;
                    values[valuesById[1] = "POSITION_TYPE_TICKS_COUNT"] = 1;
                    values[valuesById[2] = "POSITION_TYPE_ANGLE_DEGREES"] = 2;
                    return values;
                })();

                v1.GetPositionRequest = (function() {

                    /**
                     * Properties of a GetPositionRequest.
                     * @memberof viam.component.encoder.v1
                     * @interface IGetPositionRequest
                     * @property {string|null} [name] GetPositionRequest name
                     * @property {viam.component.encoder.v1.PositionType|null} [positionType] GetPositionRequest positionType
                     * @property {google.protobuf.IStruct|null} [extra] GetPositionRequest extra
                     */

                    /**
                     * Constructs a new GetPositionRequest.
                     * @memberof viam.component.encoder.v1
                     * @classdesc Represents a GetPositionRequest.
                     * @implements IGetPositionRequest
                     * @constructor
                     * @param {viam.component.encoder.v1.IGetPositionRequest=} [properties] Properties to set
                     */
                    function GetPositionRequest(properties) {
                        if (properties)
                            for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    }

                    /**
                     * GetPositionRequest name.
                     * @member {string} name
                     * @memberof viam.component.encoder.v1.GetPositionRequest
                     * @instance
                     */
                    GetPositionRequest.prototype.name = "";

                    /**
                     * GetPositionRequest positionType.
                     * @member {viam.component.encoder.v1.PositionType|null|undefined} positionType
                     * @memberof viam.component.encoder.v1.GetPositionRequest
                     * @instance
                     */
                    GetPositionRequest.prototype.positionType = null;

                    /**
                     * GetPositionRequest extra.
                     * @member {google.protobuf.IStruct|null|undefined} extra
                     * @memberof viam.component.encoder.v1.GetPositionRequest
                     * @instance
                     */
                    GetPositionRequest.prototype.extra = null;

                    // OneOf field names bound to virtual getters and setters
                    let $oneOfFields;

                    // Virtual OneOf for proto3 optional field
                    Object.defineProperty(GetPositionRequest.prototype, "_positionType", {
                        get: $util.oneOfGetter($oneOfFields = ["positionType"]),
                        set: $util.oneOfSetter($oneOfFields)
                    });

                    /**
                     * Creates a new GetPositionRequest instance using the specified properties.
                     * @function create
                     * @memberof viam.component.encoder.v1.GetPositionRequest
                     * @static
                     * @param {viam.component.encoder.v1.IGetPositionRequest=} [properties] Properties to set
                     * @returns {viam.component.encoder.v1.GetPositionRequest} GetPositionRequest instance
                     */
                    GetPositionRequest.create = function create(properties) {
                        return new GetPositionRequest(properties);
                    };

                    /**
                     * Encodes the specified GetPositionRequest message. Does not implicitly {@link viam.component.encoder.v1.GetPositionRequest.verify|verify} messages.
                     * @function encode
                     * @memberof viam.component.encoder.v1.GetPositionRequest
                     * @static
                     * @param {viam.component.encoder.v1.IGetPositionRequest} message GetPositionRequest message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    GetPositionRequest.encode = function encode(message, writer, q) {
                        if (!writer)
                            writer = $Writer.create();
                        if (q === undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw Error("max depth exceeded");
                        if (message.name != null && Object.hasOwnProperty.call(message, "name"))
                            writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                        if (message.positionType != null && Object.hasOwnProperty.call(message, "positionType"))
                            writer.uint32(/* id 2, wireType 0 =*/16).int32(message.positionType);
                        if (message.extra != null && Object.hasOwnProperty.call(message, "extra"))
                            $root.google.protobuf.Struct.encode(message.extra, writer.uint32(/* id 99, wireType 2 =*/794).fork(), q + 1).ldelim();
                        return writer;
                    };

                    /**
                     * Decodes a GetPositionRequest message from the specified reader or buffer.
                     * @function decode
                     * @memberof viam.component.encoder.v1.GetPositionRequest
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {viam.component.encoder.v1.GetPositionRequest} GetPositionRequest
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    GetPositionRequest.decode = function decode(reader, length, error, long) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (long === undefined)
                            long = 0;
                        if (long > $Reader.recursionLimit)
                            throw Error("maximum nesting depth exceeded");
                        let end, message;
                        if (length === undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = new $root.viam.component.encoder.v1.GetPositionRequest();
                        while (reader.pos < end) {
                            let tag = reader.uint32();
                            if (tag === error)
                                break;
                            switch (tag >>> 3) {
                            case 1: {
                                    message.name = reader.string();
                                    break;
                                }
                            case 2: {
                                    message.positionType = reader.int32();
                                    break;
                                }
                            case 99: {
                                    message.extra = $root.google.protobuf.Struct.decode(reader, reader.uint32(), undefined, long + 1);
                                    break;
                                }
                            default:
                                reader.skipType(tag & 7, long);
                                break;
                            }
                        }
                        if (length !== undefined) {
                            if (reader.pos !== end)
                                throw RangeError("index out of range");
                            reader.len = length;
                        }
                        return message;
                    };

                    return GetPositionRequest;
                })();

                v1.GetPositionResponse = (function() {

                    /**
                     * Properties of a GetPositionResponse.
                     * @memberof viam.component.encoder.v1
                     * @interface IGetPositionResponse
                     * @property {number|null} [value] GetPositionResponse value
                     * @property {viam.component.encoder.v1.PositionType|null} [positionType] GetPositionResponse positionType
                     */

                    /**
                     * Constructs a new GetPositionResponse.
                     * @memberof viam.component.encoder.v1
                     * @classdesc Represents a GetPositionResponse.
                     * @implements IGetPositionResponse
                     * @constructor
                     * @param {viam.component.encoder.v1.IGetPositionResponse=} [properties] Properties to set
                     */
                    function GetPositionResponse(properties) {
                        if (properties)
                            for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    }

                    /**
                     * GetPositionResponse value.
                     * @member {number} value
                     * @memberof viam.component.encoder.v1.GetPositionResponse
                     * @instance
                     */
                    GetPositionResponse.prototype.value = 0;

                    /**
                     * GetPositionResponse positionType.
                     * @member {viam.component.encoder.v1.PositionType} positionType
                     * @memberof viam.component.encoder.v1.GetPositionResponse
                     * @instance
                     */
                    GetPositionResponse.prototype.positionType = 0;

                    /**
                     * Creates a new GetPositionResponse instance using the specified properties.
                     * @function create
                     * @memberof viam.component.encoder.v1.GetPositionResponse
                     * @static
                     * @param {viam.component.encoder.v1.IGetPositionResponse=} [properties] Properties to set
                     * @returns {viam.component.encoder.v1.GetPositionResponse} GetPositionResponse instance
                     */
                    GetPositionResponse.create = function create(properties) {
                        return new GetPositionResponse(properties);
                    };

                    /**
                     * Encodes the specified GetPositionResponse message. Does not implicitly {@link viam.component.encoder.v1.GetPositionResponse.verify|verify} messages.
                     * @function encode
                     * @memberof viam.component.encoder.v1.GetPositionResponse
                     * @static
                     * @param {viam.component.encoder.v1.IGetPositionResponse} message GetPositionResponse message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    GetPositionResponse.encode = function encode(message, writer, q) {
                        if (!writer)
                            writer = $Writer.create();
                        if (q === undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw Error("max depth exceeded");
                        if (message.value != null && Object.hasOwnProperty.call(message, "value"))
                            writer.uint32(/* id 1, wireType 5 =*/13).float(message.value);
                        if (message.positionType != null && Object.hasOwnProperty.call(message, "positionType"))
                            writer.uint32(/* id 2, wireType 0 =*/16).int32(message.positionType);
                        return writer;
                    };

                    /**
                     * Decodes a GetPositionResponse message from the specified reader or buffer.
                     * @function decode
                     * @memberof viam.component.encoder.v1.GetPositionResponse
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {viam.component.encoder.v1.GetPositionResponse} GetPositionResponse
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    GetPositionResponse.decode = function decode(reader, length, error, long) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (long === undefined)
                            long = 0;
                        if (long > $Reader.recursionLimit)
                            throw Error("maximum nesting depth exceeded");
                        let end, message;
                        if (length === undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = new $root.viam.component.encoder.v1.GetPositionResponse();
                        while (reader.pos < end) {
                            let tag = reader.uint32();
                            if (tag === error)
                                break;
                            switch (tag >>> 3) {
                            case 1: {
                                    message.value = reader.float();
                                    break;
                                }
                            case 2: {
                                    message.positionType = reader.int32();
                                    break;
                                }
                            default:
                                reader.skipType(tag & 7, long);
                                break;
                            }
                        }
                        if (length !== undefined) {
                            if (reader.pos !== end)
                                throw RangeError("index out of range");
                            reader.len = length;
                        }
                        return message;
                    };

                    return GetPositionResponse;
                })();

                v1.ResetPositionRequest = (function() {

                    /**
                     * Properties of a ResetPositionRequest.
                     * @memberof viam.component.encoder.v1
                     * @interface IResetPositionRequest
                     * @property {string|null} [name] ResetPositionRequest name
                     * @property {google.protobuf.IStruct|null} [extra] ResetPositionRequest extra
                     */

                    /**
                     * Constructs a new ResetPositionRequest.
                     * @memberof viam.component.encoder.v1
                     * @classdesc Represents a ResetPositionRequest.
                     * @implements IResetPositionRequest
                     * @constructor
                     * @param {viam.component.encoder.v1.IResetPositionRequest=} [properties] Properties to set
                     */
                    function ResetPositionRequest(properties) {
                        if (properties)
                            for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    }

                    /**
                     * ResetPositionRequest name.
                     * @member {string} name
                     * @memberof viam.component.encoder.v1.ResetPositionRequest
                     * @instance
                     */
                    ResetPositionRequest.prototype.name = "";

                    /**
                     * ResetPositionRequest extra.
                     * @member {google.protobuf.IStruct|null|undefined} extra
                     * @memberof viam.component.encoder.v1.ResetPositionRequest
                     * @instance
                     */
                    ResetPositionRequest.prototype.extra = null;

                    /**
                     * Creates a new ResetPositionRequest instance using the specified properties.
                     * @function create
                     * @memberof viam.component.encoder.v1.ResetPositionRequest
                     * @static
                     * @param {viam.component.encoder.v1.IResetPositionRequest=} [properties] Properties to set
                     * @returns {viam.component.encoder.v1.ResetPositionRequest} ResetPositionRequest instance
                     */
                    ResetPositionRequest.create = function create(properties) {
                        return new ResetPositionRequest(properties);
                    };

                    /**
                     * Encodes the specified ResetPositionRequest message. Does not implicitly {@link viam.component.encoder.v1.ResetPositionRequest.verify|verify} messages.
                     * @function encode
                     * @memberof viam.component.encoder.v1.ResetPositionRequest
                     * @static
                     * @param {viam.component.encoder.v1.IResetPositionRequest} message ResetPositionRequest message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    ResetPositionRequest.encode = function encode(message, writer, q) {
                        if (!writer)
                            writer = $Writer.create();
                        if (q === undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw Error("max depth exceeded");
                        if (message.name != null && Object.hasOwnProperty.call(message, "name"))
                            writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                        if (message.extra != null && Object.hasOwnProperty.call(message, "extra"))
                            $root.google.protobuf.Struct.encode(message.extra, writer.uint32(/* id 99, wireType 2 =*/794).fork(), q + 1).ldelim();
                        return writer;
                    };

                    /**
                     * Decodes a ResetPositionRequest message from the specified reader or buffer.
                     * @function decode
                     * @memberof viam.component.encoder.v1.ResetPositionRequest
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {viam.component.encoder.v1.ResetPositionRequest} ResetPositionRequest
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    ResetPositionRequest.decode = function decode(reader, length, error, long) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (long === undefined)
                            long = 0;
                        if (long > $Reader.recursionLimit)
                            throw Error("maximum nesting depth exceeded");
                        let end, message;
                        if (length === undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = new $root.viam.component.encoder.v1.ResetPositionRequest();
                        while (reader.pos < end) {
                            let tag = reader.uint32();
                            if (tag === error)
                                break;
                            switch (tag >>> 3) {
                            case 1: {
                                    message.name = reader.string();
                                    break;
                                }
                            case 99: {
                                    message.extra = $root.google.protobuf.Struct.decode(reader, reader.uint32(), undefined, long + 1);
                                    break;
                                }
                            default:
                                reader.skipType(tag & 7, long);
                                break;
                            }
                        }
                        if (length !== undefined) {
                            if (reader.pos !== end)
                                throw RangeError("index out of range");
                            reader.len = length;
                        }
                        return message;
                    };

                    return ResetPositionRequest;
                })();

                v1.ResetPositionResponse = (function() {

                    /**
                     * Properties of a ResetPositionResponse.
                     * @memberof viam.component.encoder.v1
                     * @interface IResetPositionResponse
                     */

                    /**
                     * Constructs a new ResetPositionResponse.
                     * @memberof viam.component.encoder.v1
                     * @classdesc Represents a ResetPositionResponse.
                     * @implements IResetPositionResponse
                     * @constructor
                     * @param {viam.component.encoder.v1.IResetPositionResponse=} [properties] Properties to set
                     */
                    function ResetPositionResponse(properties) {
                        if (properties)
                            for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    }

                    /**
                     * Creates a new ResetPositionResponse instance using the specified properties.
                     * @function create
                     * @memberof viam.component.encoder.v1.ResetPositionResponse
                     * @static
                     * @param {viam.component.encoder.v1.IResetPositionResponse=} [properties] Properties to set
                     * @returns {viam.component.encoder.v1.ResetPositionResponse} ResetPositionResponse instance
                     */
                    ResetPositionResponse.create = function create(properties) {
                        return new ResetPositionResponse(properties);
                    };

                    /**
                     * Encodes the specified ResetPositionResponse message. Does not implicitly {@link viam.component.encoder.v1.ResetPositionResponse.verify|verify} messages.
                     * @function encode
                     * @memberof viam.component.encoder.v1.ResetPositionResponse
                     * @static
                     * @param {viam.component.encoder.v1.IResetPositionResponse} message ResetPositionResponse message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    ResetPositionResponse.encode = function encode(message, writer, q) {
                        if (!writer)
                            writer = $Writer.create();
                        if (q === undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw Error("max depth exceeded");
                        return writer;
                    };

                    /**
                     * Decodes a ResetPositionResponse message from the specified reader or buffer.
                     * @function decode
                     * @memberof viam.component.encoder.v1.ResetPositionResponse
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {viam.component.encoder.v1.ResetPositionResponse} ResetPositionResponse
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    ResetPositionResponse.decode = function decode(reader, length, error, long) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (long === undefined)
                            long = 0;
                        if (long > $Reader.recursionLimit)
                            throw Error("maximum nesting depth exceeded");
                        let end, message;
                        if (length === undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = new $root.viam.component.encoder.v1.ResetPositionResponse();
                        while (reader.pos < end) {
                            let tag = reader.uint32();
                            if (tag === error)
                                break;
                            switch (tag >>> 3) {
                            default:
                                reader.skipType(tag & 7, long);
                                break;
                            }
                        }
                        if (length !== undefined) {
                            if (reader.pos !== end)
                                throw RangeError("index out of range");
                            reader.len = length;
                        }
                        return message;
                    };

                    return ResetPositionResponse;
                })();

                v1.GetPropertiesRequest = (function() {

                    /**
                     * Properties of a GetPropertiesRequest.
                     * @memberof viam.component.encoder.v1
                     * @interface IGetPropertiesRequest
                     * @property {string|null} [name] GetPropertiesRequest name
                     * @property {google.protobuf.IStruct|null} [extra] GetPropertiesRequest extra
                     */

                    /**
                     * Constructs a new GetPropertiesRequest.
                     * @memberof viam.component.encoder.v1
                     * @classdesc Represents a GetPropertiesRequest.
                     * @implements IGetPropertiesRequest
                     * @constructor
                     * @param {viam.component.encoder.v1.IGetPropertiesRequest=} [properties] Properties to set
                     */
                    function GetPropertiesRequest(properties) {
                        if (properties)
                            for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    }

                    /**
                     * GetPropertiesRequest name.
                     * @member {string} name
                     * @memberof viam.component.encoder.v1.GetPropertiesRequest
                     * @instance
                     */
                    GetPropertiesRequest.prototype.name = "";

                    /**
                     * GetPropertiesRequest extra.
                     * @member {google.protobuf.IStruct|null|undefined} extra
                     * @memberof viam.component.encoder.v1.GetPropertiesRequest
                     * @instance
                     */
                    GetPropertiesRequest.prototype.extra = null;

                    /**
                     * Creates a new GetPropertiesRequest instance using the specified properties.
                     * @function create
                     * @memberof viam.component.encoder.v1.GetPropertiesRequest
                     * @static
                     * @param {viam.component.encoder.v1.IGetPropertiesRequest=} [properties] Properties to set
                     * @returns {viam.component.encoder.v1.GetPropertiesRequest} GetPropertiesRequest instance
                     */
                    GetPropertiesRequest.create = function create(properties) {
                        return new GetPropertiesRequest(properties);
                    };

                    /**
                     * Encodes the specified GetPropertiesRequest message. Does not implicitly {@link viam.component.encoder.v1.GetPropertiesRequest.verify|verify} messages.
                     * @function encode
                     * @memberof viam.component.encoder.v1.GetPropertiesRequest
                     * @static
                     * @param {viam.component.encoder.v1.IGetPropertiesRequest} message GetPropertiesRequest message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    GetPropertiesRequest.encode = function encode(message, writer, q) {
                        if (!writer)
                            writer = $Writer.create();
                        if (q === undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw Error("max depth exceeded");
                        if (message.name != null && Object.hasOwnProperty.call(message, "name"))
                            writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                        if (message.extra != null && Object.hasOwnProperty.call(message, "extra"))
                            $root.google.protobuf.Struct.encode(message.extra, writer.uint32(/* id 99, wireType 2 =*/794).fork(), q + 1).ldelim();
                        return writer;
                    };

                    /**
                     * Decodes a GetPropertiesRequest message from the specified reader or buffer.
                     * @function decode
                     * @memberof viam.component.encoder.v1.GetPropertiesRequest
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {viam.component.encoder.v1.GetPropertiesRequest} GetPropertiesRequest
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    GetPropertiesRequest.decode = function decode(reader, length, error, long) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (long === undefined)
                            long = 0;
                        if (long > $Reader.recursionLimit)
                            throw Error("maximum nesting depth exceeded");
                        let end, message;
                        if (length === undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = new $root.viam.component.encoder.v1.GetPropertiesRequest();
                        while (reader.pos < end) {
                            let tag = reader.uint32();
                            if (tag === error)
                                break;
                            switch (tag >>> 3) {
                            case 1: {
                                    message.name = reader.string();
                                    break;
                                }
                            case 99: {
                                    message.extra = $root.google.protobuf.Struct.decode(reader, reader.uint32(), undefined, long + 1);
                                    break;
                                }
                            default:
                                reader.skipType(tag & 7, long);
                                break;
                            }
                        }
                        if (length !== undefined) {
                            if (reader.pos !== end)
                                throw RangeError("index out of range");
                            reader.len = length;
                        }
                        return message;
                    };

                    return GetPropertiesRequest;
                })();

                v1.GetPropertiesResponse = (function() {

                    /**
                     * Properties of a GetPropertiesResponse.
                     * @memberof viam.component.encoder.v1
                     * @interface IGetPropertiesResponse
                     * @property {boolean|null} [ticksCountSupported] GetPropertiesResponse ticksCountSupported
                     * @property {boolean|null} [angleDegreesSupported] GetPropertiesResponse angleDegreesSupported
                     */

                    /**
                     * Constructs a new GetPropertiesResponse.
                     * @memberof viam.component.encoder.v1
                     * @classdesc Represents a GetPropertiesResponse.
                     * @implements IGetPropertiesResponse
                     * @constructor
                     * @param {viam.component.encoder.v1.IGetPropertiesResponse=} [properties] Properties to set
                     */
                    function GetPropertiesResponse(properties) {
                        if (properties)
                            for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    }

                    /**
                     * GetPropertiesResponse ticksCountSupported.
                     * @member {boolean} ticksCountSupported
                     * @memberof viam.component.encoder.v1.GetPropertiesResponse
                     * @instance
                     */
                    GetPropertiesResponse.prototype.ticksCountSupported = false;

                    /**
                     * GetPropertiesResponse angleDegreesSupported.
                     * @member {boolean} angleDegreesSupported
                     * @memberof viam.component.encoder.v1.GetPropertiesResponse
                     * @instance
                     */
                    GetPropertiesResponse.prototype.angleDegreesSupported = false;

                    /**
                     * Creates a new GetPropertiesResponse instance using the specified properties.
                     * @function create
                     * @memberof viam.component.encoder.v1.GetPropertiesResponse
                     * @static
                     * @param {viam.component.encoder.v1.IGetPropertiesResponse=} [properties] Properties to set
                     * @returns {viam.component.encoder.v1.GetPropertiesResponse} GetPropertiesResponse instance
                     */
                    GetPropertiesResponse.create = function create(properties) {
                        return new GetPropertiesResponse(properties);
                    };

                    /**
                     * Encodes the specified GetPropertiesResponse message. Does not implicitly {@link viam.component.encoder.v1.GetPropertiesResponse.verify|verify} messages.
                     * @function encode
                     * @memberof viam.component.encoder.v1.GetPropertiesResponse
                     * @static
                     * @param {viam.component.encoder.v1.IGetPropertiesResponse} message GetPropertiesResponse message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    GetPropertiesResponse.encode = function encode(message, writer, q) {
                        if (!writer)
                            writer = $Writer.create();
                        if (q === undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw Error("max depth exceeded");
                        if (message.ticksCountSupported != null && Object.hasOwnProperty.call(message, "ticksCountSupported"))
                            writer.uint32(/* id 1, wireType 0 =*/8).bool(message.ticksCountSupported);
                        if (message.angleDegreesSupported != null && Object.hasOwnProperty.call(message, "angleDegreesSupported"))
                            writer.uint32(/* id 2, wireType 0 =*/16).bool(message.angleDegreesSupported);
                        return writer;
                    };

                    /**
                     * Decodes a GetPropertiesResponse message from the specified reader or buffer.
                     * @function decode
                     * @memberof viam.component.encoder.v1.GetPropertiesResponse
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {viam.component.encoder.v1.GetPropertiesResponse} GetPropertiesResponse
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    GetPropertiesResponse.decode = function decode(reader, length, error, long) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (long === undefined)
                            long = 0;
                        if (long > $Reader.recursionLimit)
                            throw Error("maximum nesting depth exceeded");
                        let end, message;
                        if (length === undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = new $root.viam.component.encoder.v1.GetPropertiesResponse();
                        while (reader.pos < end) {
                            let tag = reader.uint32();
                            if (tag === error)
                                break;
                            switch (tag >>> 3) {
                            case 1: {
                                    message.ticksCountSupported = reader.bool();
                                    break;
                                }
                            case 2: {
                                    message.angleDegreesSupported = reader.bool();
                                    break;
                                }
                            default:
                                reader.skipType(tag & 7, long);
                                break;
                            }
                        }
                        if (length !== undefined) {
                            if (reader.pos !== end)
                                throw RangeError("index out of range");
                            reader.len = length;
                        }
                        return message;
                    };

                    return GetPropertiesResponse;
                })();

                return v1;
            })();

            return encoder;
        })();

        component.motor = (function() {

            /**
             * Namespace motor.
             * @memberof viam.component
             * @namespace
             */
            const motor = {};

            motor.v1 = (function() {

                /**
                 * Namespace v1.
                 * @memberof viam.component.motor
                 * @namespace
                 */
                const v1 = {};

                v1.SetPowerRequest = (function() {

                    /**
                     * Properties of a SetPowerRequest.
                     * @memberof viam.component.motor.v1
                     * @interface ISetPowerRequest
                     * @property {string|null} [name] SetPowerRequest name
                     * @property {number|null} [powerPct] SetPowerRequest powerPct
                     * @property {google.protobuf.IStruct|null} [extra] SetPowerRequest extra
                     */

                    /**
                     * Constructs a new SetPowerRequest.
                     * @memberof viam.component.motor.v1
                     * @classdesc Represents a SetPowerRequest.
                     * @implements ISetPowerRequest
                     * @constructor
                     * @param {viam.component.motor.v1.ISetPowerRequest=} [properties] Properties to set
                     */
                    function SetPowerRequest(properties) {
                        if (properties)
                            for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    }

                    /**
                     * SetPowerRequest name.
                     * @member {string} name
                     * @memberof viam.component.motor.v1.SetPowerRequest
                     * @instance
                     */
                    SetPowerRequest.prototype.name = "";

                    /**
                     * SetPowerRequest powerPct.
                     * @member {number} powerPct
                     * @memberof viam.component.motor.v1.SetPowerRequest
                     * @instance
                     */
                    SetPowerRequest.prototype.powerPct = 0;

                    /**
                     * SetPowerRequest extra.
                     * @member {google.protobuf.IStruct|null|undefined} extra
                     * @memberof viam.component.motor.v1.SetPowerRequest
                     * @instance
                     */
                    SetPowerRequest.prototype.extra = null;

                    /**
                     * Creates a new SetPowerRequest instance using the specified properties.
                     * @function create
                     * @memberof viam.component.motor.v1.SetPowerRequest
                     * @static
                     * @param {viam.component.motor.v1.ISetPowerRequest=} [properties] Properties to set
                     * @returns {viam.component.motor.v1.SetPowerRequest} SetPowerRequest instance
                     */
                    SetPowerRequest.create = function create(properties) {
                        return new SetPowerRequest(properties);
                    };

                    /**
                     * Encodes the specified SetPowerRequest message. Does not implicitly {@link viam.component.motor.v1.SetPowerRequest.verify|verify} messages.
                     * @function encode
                     * @memberof viam.component.motor.v1.SetPowerRequest
                     * @static
                     * @param {viam.component.motor.v1.ISetPowerRequest} message SetPowerRequest message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    SetPowerRequest.encode = function encode(message, writer, q) {
                        if (!writer)
                            writer = $Writer.create();
                        if (q === undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw Error("max depth exceeded");
                        if (message.name != null && Object.hasOwnProperty.call(message, "name"))
                            writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                        if (message.powerPct != null && Object.hasOwnProperty.call(message, "powerPct"))
                            writer.uint32(/* id 2, wireType 1 =*/17).double(message.powerPct);
                        if (message.extra != null && Object.hasOwnProperty.call(message, "extra"))
                            $root.google.protobuf.Struct.encode(message.extra, writer.uint32(/* id 99, wireType 2 =*/794).fork(), q + 1).ldelim();
                        return writer;
                    };

                    /**
                     * Decodes a SetPowerRequest message from the specified reader or buffer.
                     * @function decode
                     * @memberof viam.component.motor.v1.SetPowerRequest
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {viam.component.motor.v1.SetPowerRequest} SetPowerRequest
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    SetPowerRequest.decode = function decode(reader, length, error, long) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (long === undefined)
                            long = 0;
                        if (long > $Reader.recursionLimit)
                            throw Error("maximum nesting depth exceeded");
                        let end, message;
                        if (length === undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = new $root.viam.component.motor.v1.SetPowerRequest();
                        while (reader.pos < end) {
                            let tag = reader.uint32();
                            if (tag === error)
                                break;
                            switch (tag >>> 3) {
                            case 1: {
                                    message.name = reader.string();
                                    break;
                                }
                            case 2: {
                                    message.powerPct = reader.double();
                                    break;
                                }
                            case 99: {
                                    message.extra = $root.google.protobuf.Struct.decode(reader, reader.uint32(), undefined, long + 1);
                                    break;
                                }
                            default:
                                reader.skipType(tag & 7, long);
                                break;
                            }
                        }
                        if (length !== undefined) {
                            if (reader.pos !== end)
                                throw RangeError("index out of range");
                            reader.len = length;
                        }
                        return message;
                    };

                    return SetPowerRequest;
                })();

                v1.SetPowerResponse = (function() {

                    /**
                     * Properties of a SetPowerResponse.
                     * @memberof viam.component.motor.v1
                     * @interface ISetPowerResponse
                     */

                    /**
                     * Constructs a new SetPowerResponse.
                     * @memberof viam.component.motor.v1
                     * @classdesc Represents a SetPowerResponse.
                     * @implements ISetPowerResponse
                     * @constructor
                     * @param {viam.component.motor.v1.ISetPowerResponse=} [properties] Properties to set
                     */
                    function SetPowerResponse(properties) {
                        if (properties)
                            for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    }

                    /**
                     * Creates a new SetPowerResponse instance using the specified properties.
                     * @function create
                     * @memberof viam.component.motor.v1.SetPowerResponse
                     * @static
                     * @param {viam.component.motor.v1.ISetPowerResponse=} [properties] Properties to set
                     * @returns {viam.component.motor.v1.SetPowerResponse} SetPowerResponse instance
                     */
                    SetPowerResponse.create = function create(properties) {
                        return new SetPowerResponse(properties);
                    };

                    /**
                     * Encodes the specified SetPowerResponse message. Does not implicitly {@link viam.component.motor.v1.SetPowerResponse.verify|verify} messages.
                     * @function encode
                     * @memberof viam.component.motor.v1.SetPowerResponse
                     * @static
                     * @param {viam.component.motor.v1.ISetPowerResponse} message SetPowerResponse message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    SetPowerResponse.encode = function encode(message, writer, q) {
                        if (!writer)
                            writer = $Writer.create();
                        if (q === undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw Error("max depth exceeded");
                        return writer;
                    };

                    /**
                     * Decodes a SetPowerResponse message from the specified reader or buffer.
                     * @function decode
                     * @memberof viam.component.motor.v1.SetPowerResponse
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {viam.component.motor.v1.SetPowerResponse} SetPowerResponse
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    SetPowerResponse.decode = function decode(reader, length, error, long) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (long === undefined)
                            long = 0;
                        if (long > $Reader.recursionLimit)
                            throw Error("maximum nesting depth exceeded");
                        let end, message;
                        if (length === undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = new $root.viam.component.motor.v1.SetPowerResponse();
                        while (reader.pos < end) {
                            let tag = reader.uint32();
                            if (tag === error)
                                break;
                            switch (tag >>> 3) {
                            default:
                                reader.skipType(tag & 7, long);
                                break;
                            }
                        }
                        if (length !== undefined) {
                            if (reader.pos !== end)
                                throw RangeError("index out of range");
                            reader.len = length;
                        }
                        return message;
                    };

                    return SetPowerResponse;
                })();

                v1.GoForRequest = (function() {

                    /**
                     * Properties of a GoForRequest.
                     * @memberof viam.component.motor.v1
                     * @interface IGoForRequest
                     * @property {string|null} [name] GoForRequest name
                     * @property {number|null} [rpm] GoForRequest rpm
                     * @property {number|null} [revolutions] GoForRequest revolutions
                     * @property {google.protobuf.IStruct|null} [extra] GoForRequest extra
                     */

                    /**
                     * Constructs a new GoForRequest.
                     * @memberof viam.component.motor.v1
                     * @classdesc Represents a GoForRequest.
                     * @implements IGoForRequest
                     * @constructor
                     * @param {viam.component.motor.v1.IGoForRequest=} [properties] Properties to set
                     */
                    function GoForRequest(properties) {
                        if (properties)
                            for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    }

                    /**
                     * GoForRequest name.
                     * @member {string} name
                     * @memberof viam.component.motor.v1.GoForRequest
                     * @instance
                     */
                    GoForRequest.prototype.name = "";

                    /**
                     * GoForRequest rpm.
                     * @member {number} rpm
                     * @memberof viam.component.motor.v1.GoForRequest
                     * @instance
                     */
                    GoForRequest.prototype.rpm = 0;

                    /**
                     * GoForRequest revolutions.
                     * @member {number} revolutions
                     * @memberof viam.component.motor.v1.GoForRequest
                     * @instance
                     */
                    GoForRequest.prototype.revolutions = 0;

                    /**
                     * GoForRequest extra.
                     * @member {google.protobuf.IStruct|null|undefined} extra
                     * @memberof viam.component.motor.v1.GoForRequest
                     * @instance
                     */
                    GoForRequest.prototype.extra = null;

                    /**
                     * Creates a new GoForRequest instance using the specified properties.
                     * @function create
                     * @memberof viam.component.motor.v1.GoForRequest
                     * @static
                     * @param {viam.component.motor.v1.IGoForRequest=} [properties] Properties to set
                     * @returns {viam.component.motor.v1.GoForRequest} GoForRequest instance
                     */
                    GoForRequest.create = function create(properties) {
                        return new GoForRequest(properties);
                    };

                    /**
                     * Encodes the specified GoForRequest message. Does not implicitly {@link viam.component.motor.v1.GoForRequest.verify|verify} messages.
                     * @function encode
                     * @memberof viam.component.motor.v1.GoForRequest
                     * @static
                     * @param {viam.component.motor.v1.IGoForRequest} message GoForRequest message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    GoForRequest.encode = function encode(message, writer, q) {
                        if (!writer)
                            writer = $Writer.create();
                        if (q === undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw Error("max depth exceeded");
                        if (message.name != null && Object.hasOwnProperty.call(message, "name"))
                            writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                        if (message.rpm != null && Object.hasOwnProperty.call(message, "rpm"))
                            writer.uint32(/* id 2, wireType 1 =*/17).double(message.rpm);
                        if (message.revolutions != null && Object.hasOwnProperty.call(message, "revolutions"))
                            writer.uint32(/* id 3, wireType 1 =*/25).double(message.revolutions);
                        if (message.extra != null && Object.hasOwnProperty.call(message, "extra"))
                            $root.google.protobuf.Struct.encode(message.extra, writer.uint32(/* id 99, wireType 2 =*/794).fork(), q + 1).ldelim();
                        return writer;
                    };

                    /**
                     * Decodes a GoForRequest message from the specified reader or buffer.
                     * @function decode
                     * @memberof viam.component.motor.v1.GoForRequest
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {viam.component.motor.v1.GoForRequest} GoForRequest
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    GoForRequest.decode = function decode(reader, length, error, long) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (long === undefined)
                            long = 0;
                        if (long > $Reader.recursionLimit)
                            throw Error("maximum nesting depth exceeded");
                        let end, message;
                        if (length === undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = new $root.viam.component.motor.v1.GoForRequest();
                        while (reader.pos < end) {
                            let tag = reader.uint32();
                            if (tag === error)
                                break;
                            switch (tag >>> 3) {
                            case 1: {
                                    message.name = reader.string();
                                    break;
                                }
                            case 2: {
                                    message.rpm = reader.double();
                                    break;
                                }
                            case 3: {
                                    message.revolutions = reader.double();
                                    break;
                                }
                            case 99: {
                                    message.extra = $root.google.protobuf.Struct.decode(reader, reader.uint32(), undefined, long + 1);
                                    break;
                                }
                            default:
                                reader.skipType(tag & 7, long);
                                break;
                            }
                        }
                        if (length !== undefined) {
                            if (reader.pos !== end)
                                throw RangeError("index out of range");
                            reader.len = length;
                        }
                        return message;
                    };

                    return GoForRequest;
                })();

                v1.GoForResponse = (function() {

                    /**
                     * Properties of a GoForResponse.
                     * @memberof viam.component.motor.v1
                     * @interface IGoForResponse
                     */

                    /**
                     * Constructs a new GoForResponse.
                     * @memberof viam.component.motor.v1
                     * @classdesc Represents a GoForResponse.
                     * @implements IGoForResponse
                     * @constructor
                     * @param {viam.component.motor.v1.IGoForResponse=} [properties] Properties to set
                     */
                    function GoForResponse(properties) {
                        if (properties)
                            for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    }

                    /**
                     * Creates a new GoForResponse instance using the specified properties.
                     * @function create
                     * @memberof viam.component.motor.v1.GoForResponse
                     * @static
                     * @param {viam.component.motor.v1.IGoForResponse=} [properties] Properties to set
                     * @returns {viam.component.motor.v1.GoForResponse} GoForResponse instance
                     */
                    GoForResponse.create = function create(properties) {
                        return new GoForResponse(properties);
                    };

                    /**
                     * Encodes the specified GoForResponse message. Does not implicitly {@link viam.component.motor.v1.GoForResponse.verify|verify} messages.
                     * @function encode
                     * @memberof viam.component.motor.v1.GoForResponse
                     * @static
                     * @param {viam.component.motor.v1.IGoForResponse} message GoForResponse message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    GoForResponse.encode = function encode(message, writer, q) {
                        if (!writer)
                            writer = $Writer.create();
                        if (q === undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw Error("max depth exceeded");
                        return writer;
                    };

                    /**
                     * Decodes a GoForResponse message from the specified reader or buffer.
                     * @function decode
                     * @memberof viam.component.motor.v1.GoForResponse
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {viam.component.motor.v1.GoForResponse} GoForResponse
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    GoForResponse.decode = function decode(reader, length, error, long) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (long === undefined)
                            long = 0;
                        if (long > $Reader.recursionLimit)
                            throw Error("maximum nesting depth exceeded");
                        let end, message;
                        if (length === undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = new $root.viam.component.motor.v1.GoForResponse();
                        while (reader.pos < end) {
                            let tag = reader.uint32();
                            if (tag === error)
                                break;
                            switch (tag >>> 3) {
                            default:
                                reader.skipType(tag & 7, long);
                                break;
                            }
                        }
                        if (length !== undefined) {
                            if (reader.pos !== end)
                                throw RangeError("index out of range");
                            reader.len = length;
                        }
                        return message;
                    };

                    return GoForResponse;
                })();

                v1.GoToRequest = (function() {

                    /**
                     * Properties of a GoToRequest.
                     * @memberof viam.component.motor.v1
                     * @interface IGoToRequest
                     * @property {string|null} [name] GoToRequest name
                     * @property {number|null} [rpm] GoToRequest rpm
                     * @property {number|null} [positionRevolutions] GoToRequest positionRevolutions
                     * @property {google.protobuf.IStruct|null} [extra] GoToRequest extra
                     */

                    /**
                     * Constructs a new GoToRequest.
                     * @memberof viam.component.motor.v1
                     * @classdesc Represents a GoToRequest.
                     * @implements IGoToRequest
                     * @constructor
                     * @param {viam.component.motor.v1.IGoToRequest=} [properties] Properties to set
                     */
                    function GoToRequest(properties) {
                        if (properties)
                            for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    }

                    /**
                     * GoToRequest name.
                     * @member {string} name
                     * @memberof viam.component.motor.v1.GoToRequest
                     * @instance
                     */
                    GoToRequest.prototype.name = "";

                    /**
                     * GoToRequest rpm.
                     * @member {number} rpm
                     * @memberof viam.component.motor.v1.GoToRequest
                     * @instance
                     */
                    GoToRequest.prototype.rpm = 0;

                    /**
                     * GoToRequest positionRevolutions.
                     * @member {number} positionRevolutions
                     * @memberof viam.component.motor.v1.GoToRequest
                     * @instance
                     */
                    GoToRequest.prototype.positionRevolutions = 0;

                    /**
                     * GoToRequest extra.
                     * @member {google.protobuf.IStruct|null|undefined} extra
                     * @memberof viam.component.motor.v1.GoToRequest
                     * @instance
                     */
                    GoToRequest.prototype.extra = null;

                    /**
                     * Creates a new GoToRequest instance using the specified properties.
                     * @function create
                     * @memberof viam.component.motor.v1.GoToRequest
                     * @static
                     * @param {viam.component.motor.v1.IGoToRequest=} [properties] Properties to set
                     * @returns {viam.component.motor.v1.GoToRequest} GoToRequest instance
                     */
                    GoToRequest.create = function create(properties) {
                        return new GoToRequest(properties);
                    };

                    /**
                     * Encodes the specified GoToRequest message. Does not implicitly {@link viam.component.motor.v1.GoToRequest.verify|verify} messages.
                     * @function encode
                     * @memberof viam.component.motor.v1.GoToRequest
                     * @static
                     * @param {viam.component.motor.v1.IGoToRequest} message GoToRequest message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    GoToRequest.encode = function encode(message, writer, q) {
                        if (!writer)
                            writer = $Writer.create();
                        if (q === undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw Error("max depth exceeded");
                        if (message.name != null && Object.hasOwnProperty.call(message, "name"))
                            writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                        if (message.rpm != null && Object.hasOwnProperty.call(message, "rpm"))
                            writer.uint32(/* id 2, wireType 1 =*/17).double(message.rpm);
                        if (message.positionRevolutions != null && Object.hasOwnProperty.call(message, "positionRevolutions"))
                            writer.uint32(/* id 3, wireType 1 =*/25).double(message.positionRevolutions);
                        if (message.extra != null && Object.hasOwnProperty.call(message, "extra"))
                            $root.google.protobuf.Struct.encode(message.extra, writer.uint32(/* id 99, wireType 2 =*/794).fork(), q + 1).ldelim();
                        return writer;
                    };

                    /**
                     * Decodes a GoToRequest message from the specified reader or buffer.
                     * @function decode
                     * @memberof viam.component.motor.v1.GoToRequest
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {viam.component.motor.v1.GoToRequest} GoToRequest
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    GoToRequest.decode = function decode(reader, length, error, long) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (long === undefined)
                            long = 0;
                        if (long > $Reader.recursionLimit)
                            throw Error("maximum nesting depth exceeded");
                        let end, message;
                        if (length === undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = new $root.viam.component.motor.v1.GoToRequest();
                        while (reader.pos < end) {
                            let tag = reader.uint32();
                            if (tag === error)
                                break;
                            switch (tag >>> 3) {
                            case 1: {
                                    message.name = reader.string();
                                    break;
                                }
                            case 2: {
                                    message.rpm = reader.double();
                                    break;
                                }
                            case 3: {
                                    message.positionRevolutions = reader.double();
                                    break;
                                }
                            case 99: {
                                    message.extra = $root.google.protobuf.Struct.decode(reader, reader.uint32(), undefined, long + 1);
                                    break;
                                }
                            default:
                                reader.skipType(tag & 7, long);
                                break;
                            }
                        }
                        if (length !== undefined) {
                            if (reader.pos !== end)
                                throw RangeError("index out of range");
                            reader.len = length;
                        }
                        return message;
                    };

                    return GoToRequest;
                })();

                v1.GoToResponse = (function() {

                    /**
                     * Properties of a GoToResponse.
                     * @memberof viam.component.motor.v1
                     * @interface IGoToResponse
                     */

                    /**
                     * Constructs a new GoToResponse.
                     * @memberof viam.component.motor.v1
                     * @classdesc Represents a GoToResponse.
                     * @implements IGoToResponse
                     * @constructor
                     * @param {viam.component.motor.v1.IGoToResponse=} [properties] Properties to set
                     */
                    function GoToResponse(properties) {
                        if (properties)
                            for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    }

                    /**
                     * Creates a new GoToResponse instance using the specified properties.
                     * @function create
                     * @memberof viam.component.motor.v1.GoToResponse
                     * @static
                     * @param {viam.component.motor.v1.IGoToResponse=} [properties] Properties to set
                     * @returns {viam.component.motor.v1.GoToResponse} GoToResponse instance
                     */
                    GoToResponse.create = function create(properties) {
                        return new GoToResponse(properties);
                    };

                    /**
                     * Encodes the specified GoToResponse message. Does not implicitly {@link viam.component.motor.v1.GoToResponse.verify|verify} messages.
                     * @function encode
                     * @memberof viam.component.motor.v1.GoToResponse
                     * @static
                     * @param {viam.component.motor.v1.IGoToResponse} message GoToResponse message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    GoToResponse.encode = function encode(message, writer, q) {
                        if (!writer)
                            writer = $Writer.create();
                        if (q === undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw Error("max depth exceeded");
                        return writer;
                    };

                    /**
                     * Decodes a GoToResponse message from the specified reader or buffer.
                     * @function decode
                     * @memberof viam.component.motor.v1.GoToResponse
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {viam.component.motor.v1.GoToResponse} GoToResponse
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    GoToResponse.decode = function decode(reader, length, error, long) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (long === undefined)
                            long = 0;
                        if (long > $Reader.recursionLimit)
                            throw Error("maximum nesting depth exceeded");
                        let end, message;
                        if (length === undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = new $root.viam.component.motor.v1.GoToResponse();
                        while (reader.pos < end) {
                            let tag = reader.uint32();
                            if (tag === error)
                                break;
                            switch (tag >>> 3) {
                            default:
                                reader.skipType(tag & 7, long);
                                break;
                            }
                        }
                        if (length !== undefined) {
                            if (reader.pos !== end)
                                throw RangeError("index out of range");
                            reader.len = length;
                        }
                        return message;
                    };

                    return GoToResponse;
                })();

                v1.SetRPMRequest = (function() {

                    /**
                     * Properties of a SetRPMRequest.
                     * @memberof viam.component.motor.v1
                     * @interface ISetRPMRequest
                     * @property {string|null} [name] SetRPMRequest name
                     * @property {number|null} [rpm] SetRPMRequest rpm
                     * @property {google.protobuf.IStruct|null} [extra] SetRPMRequest extra
                     */

                    /**
                     * Constructs a new SetRPMRequest.
                     * @memberof viam.component.motor.v1
                     * @classdesc Represents a SetRPMRequest.
                     * @implements ISetRPMRequest
                     * @constructor
                     * @param {viam.component.motor.v1.ISetRPMRequest=} [properties] Properties to set
                     */
                    function SetRPMRequest(properties) {
                        if (properties)
                            for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    }

                    /**
                     * SetRPMRequest name.
                     * @member {string} name
                     * @memberof viam.component.motor.v1.SetRPMRequest
                     * @instance
                     */
                    SetRPMRequest.prototype.name = "";

                    /**
                     * SetRPMRequest rpm.
                     * @member {number} rpm
                     * @memberof viam.component.motor.v1.SetRPMRequest
                     * @instance
                     */
                    SetRPMRequest.prototype.rpm = 0;

                    /**
                     * SetRPMRequest extra.
                     * @member {google.protobuf.IStruct|null|undefined} extra
                     * @memberof viam.component.motor.v1.SetRPMRequest
                     * @instance
                     */
                    SetRPMRequest.prototype.extra = null;

                    /**
                     * Creates a new SetRPMRequest instance using the specified properties.
                     * @function create
                     * @memberof viam.component.motor.v1.SetRPMRequest
                     * @static
                     * @param {viam.component.motor.v1.ISetRPMRequest=} [properties] Properties to set
                     * @returns {viam.component.motor.v1.SetRPMRequest} SetRPMRequest instance
                     */
                    SetRPMRequest.create = function create(properties) {
                        return new SetRPMRequest(properties);
                    };

                    /**
                     * Encodes the specified SetRPMRequest message. Does not implicitly {@link viam.component.motor.v1.SetRPMRequest.verify|verify} messages.
                     * @function encode
                     * @memberof viam.component.motor.v1.SetRPMRequest
                     * @static
                     * @param {viam.component.motor.v1.ISetRPMRequest} message SetRPMRequest message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    SetRPMRequest.encode = function encode(message, writer, q) {
                        if (!writer)
                            writer = $Writer.create();
                        if (q === undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw Error("max depth exceeded");
                        if (message.name != null && Object.hasOwnProperty.call(message, "name"))
                            writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                        if (message.rpm != null && Object.hasOwnProperty.call(message, "rpm"))
                            writer.uint32(/* id 2, wireType 1 =*/17).double(message.rpm);
                        if (message.extra != null && Object.hasOwnProperty.call(message, "extra"))
                            $root.google.protobuf.Struct.encode(message.extra, writer.uint32(/* id 99, wireType 2 =*/794).fork(), q + 1).ldelim();
                        return writer;
                    };

                    /**
                     * Decodes a SetRPMRequest message from the specified reader or buffer.
                     * @function decode
                     * @memberof viam.component.motor.v1.SetRPMRequest
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {viam.component.motor.v1.SetRPMRequest} SetRPMRequest
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    SetRPMRequest.decode = function decode(reader, length, error, long) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (long === undefined)
                            long = 0;
                        if (long > $Reader.recursionLimit)
                            throw Error("maximum nesting depth exceeded");
                        let end, message;
                        if (length === undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = new $root.viam.component.motor.v1.SetRPMRequest();
                        while (reader.pos < end) {
                            let tag = reader.uint32();
                            if (tag === error)
                                break;
                            switch (tag >>> 3) {
                            case 1: {
                                    message.name = reader.string();
                                    break;
                                }
                            case 2: {
                                    message.rpm = reader.double();
                                    break;
                                }
                            case 99: {
                                    message.extra = $root.google.protobuf.Struct.decode(reader, reader.uint32(), undefined, long + 1);
                                    break;
                                }
                            default:
                                reader.skipType(tag & 7, long);
                                break;
                            }
                        }
                        if (length !== undefined) {
                            if (reader.pos !== end)
                                throw RangeError("index out of range");
                            reader.len = length;
                        }
                        return message;
                    };

                    return SetRPMRequest;
                })();

                v1.SetRPMResponse = (function() {

                    /**
                     * Properties of a SetRPMResponse.
                     * @memberof viam.component.motor.v1
                     * @interface ISetRPMResponse
                     */

                    /**
                     * Constructs a new SetRPMResponse.
                     * @memberof viam.component.motor.v1
                     * @classdesc Represents a SetRPMResponse.
                     * @implements ISetRPMResponse
                     * @constructor
                     * @param {viam.component.motor.v1.ISetRPMResponse=} [properties] Properties to set
                     */
                    function SetRPMResponse(properties) {
                        if (properties)
                            for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    }

                    /**
                     * Creates a new SetRPMResponse instance using the specified properties.
                     * @function create
                     * @memberof viam.component.motor.v1.SetRPMResponse
                     * @static
                     * @param {viam.component.motor.v1.ISetRPMResponse=} [properties] Properties to set
                     * @returns {viam.component.motor.v1.SetRPMResponse} SetRPMResponse instance
                     */
                    SetRPMResponse.create = function create(properties) {
                        return new SetRPMResponse(properties);
                    };

                    /**
                     * Encodes the specified SetRPMResponse message. Does not implicitly {@link viam.component.motor.v1.SetRPMResponse.verify|verify} messages.
                     * @function encode
                     * @memberof viam.component.motor.v1.SetRPMResponse
                     * @static
                     * @param {viam.component.motor.v1.ISetRPMResponse} message SetRPMResponse message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    SetRPMResponse.encode = function encode(message, writer, q) {
                        if (!writer)
                            writer = $Writer.create();
                        if (q === undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw Error("max depth exceeded");
                        return writer;
                    };

                    /**
                     * Decodes a SetRPMResponse message from the specified reader or buffer.
                     * @function decode
                     * @memberof viam.component.motor.v1.SetRPMResponse
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {viam.component.motor.v1.SetRPMResponse} SetRPMResponse
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    SetRPMResponse.decode = function decode(reader, length, error, long) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (long === undefined)
                            long = 0;
                        if (long > $Reader.recursionLimit)
                            throw Error("maximum nesting depth exceeded");
                        let end, message;
                        if (length === undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = new $root.viam.component.motor.v1.SetRPMResponse();
                        while (reader.pos < end) {
                            let tag = reader.uint32();
                            if (tag === error)
                                break;
                            switch (tag >>> 3) {
                            default:
                                reader.skipType(tag & 7, long);
                                break;
                            }
                        }
                        if (length !== undefined) {
                            if (reader.pos !== end)
                                throw RangeError("index out of range");
                            reader.len = length;
                        }
                        return message;
                    };

                    return SetRPMResponse;
                })();

                v1.ResetZeroPositionRequest = (function() {

                    /**
                     * Properties of a ResetZeroPositionRequest.
                     * @memberof viam.component.motor.v1
                     * @interface IResetZeroPositionRequest
                     * @property {string|null} [name] ResetZeroPositionRequest name
                     * @property {number|null} [offset] ResetZeroPositionRequest offset
                     * @property {google.protobuf.IStruct|null} [extra] ResetZeroPositionRequest extra
                     */

                    /**
                     * Constructs a new ResetZeroPositionRequest.
                     * @memberof viam.component.motor.v1
                     * @classdesc Represents a ResetZeroPositionRequest.
                     * @implements IResetZeroPositionRequest
                     * @constructor
                     * @param {viam.component.motor.v1.IResetZeroPositionRequest=} [properties] Properties to set
                     */
                    function ResetZeroPositionRequest(properties) {
                        if (properties)
                            for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    }

                    /**
                     * ResetZeroPositionRequest name.
                     * @member {string} name
                     * @memberof viam.component.motor.v1.ResetZeroPositionRequest
                     * @instance
                     */
                    ResetZeroPositionRequest.prototype.name = "";

                    /**
                     * ResetZeroPositionRequest offset.
                     * @member {number} offset
                     * @memberof viam.component.motor.v1.ResetZeroPositionRequest
                     * @instance
                     */
                    ResetZeroPositionRequest.prototype.offset = 0;

                    /**
                     * ResetZeroPositionRequest extra.
                     * @member {google.protobuf.IStruct|null|undefined} extra
                     * @memberof viam.component.motor.v1.ResetZeroPositionRequest
                     * @instance
                     */
                    ResetZeroPositionRequest.prototype.extra = null;

                    /**
                     * Creates a new ResetZeroPositionRequest instance using the specified properties.
                     * @function create
                     * @memberof viam.component.motor.v1.ResetZeroPositionRequest
                     * @static
                     * @param {viam.component.motor.v1.IResetZeroPositionRequest=} [properties] Properties to set
                     * @returns {viam.component.motor.v1.ResetZeroPositionRequest} ResetZeroPositionRequest instance
                     */
                    ResetZeroPositionRequest.create = function create(properties) {
                        return new ResetZeroPositionRequest(properties);
                    };

                    /**
                     * Encodes the specified ResetZeroPositionRequest message. Does not implicitly {@link viam.component.motor.v1.ResetZeroPositionRequest.verify|verify} messages.
                     * @function encode
                     * @memberof viam.component.motor.v1.ResetZeroPositionRequest
                     * @static
                     * @param {viam.component.motor.v1.IResetZeroPositionRequest} message ResetZeroPositionRequest message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    ResetZeroPositionRequest.encode = function encode(message, writer, q) {
                        if (!writer)
                            writer = $Writer.create();
                        if (q === undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw Error("max depth exceeded");
                        if (message.name != null && Object.hasOwnProperty.call(message, "name"))
                            writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                        if (message.offset != null && Object.hasOwnProperty.call(message, "offset"))
                            writer.uint32(/* id 2, wireType 1 =*/17).double(message.offset);
                        if (message.extra != null && Object.hasOwnProperty.call(message, "extra"))
                            $root.google.protobuf.Struct.encode(message.extra, writer.uint32(/* id 99, wireType 2 =*/794).fork(), q + 1).ldelim();
                        return writer;
                    };

                    /**
                     * Decodes a ResetZeroPositionRequest message from the specified reader or buffer.
                     * @function decode
                     * @memberof viam.component.motor.v1.ResetZeroPositionRequest
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {viam.component.motor.v1.ResetZeroPositionRequest} ResetZeroPositionRequest
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    ResetZeroPositionRequest.decode = function decode(reader, length, error, long) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (long === undefined)
                            long = 0;
                        if (long > $Reader.recursionLimit)
                            throw Error("maximum nesting depth exceeded");
                        let end, message;
                        if (length === undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = new $root.viam.component.motor.v1.ResetZeroPositionRequest();
                        while (reader.pos < end) {
                            let tag = reader.uint32();
                            if (tag === error)
                                break;
                            switch (tag >>> 3) {
                            case 1: {
                                    message.name = reader.string();
                                    break;
                                }
                            case 2: {
                                    message.offset = reader.double();
                                    break;
                                }
                            case 99: {
                                    message.extra = $root.google.protobuf.Struct.decode(reader, reader.uint32(), undefined, long + 1);
                                    break;
                                }
                            default:
                                reader.skipType(tag & 7, long);
                                break;
                            }
                        }
                        if (length !== undefined) {
                            if (reader.pos !== end)
                                throw RangeError("index out of range");
                            reader.len = length;
                        }
                        return message;
                    };

                    return ResetZeroPositionRequest;
                })();

                v1.ResetZeroPositionResponse = (function() {

                    /**
                     * Properties of a ResetZeroPositionResponse.
                     * @memberof viam.component.motor.v1
                     * @interface IResetZeroPositionResponse
                     */

                    /**
                     * Constructs a new ResetZeroPositionResponse.
                     * @memberof viam.component.motor.v1
                     * @classdesc Represents a ResetZeroPositionResponse.
                     * @implements IResetZeroPositionResponse
                     * @constructor
                     * @param {viam.component.motor.v1.IResetZeroPositionResponse=} [properties] Properties to set
                     */
                    function ResetZeroPositionResponse(properties) {
                        if (properties)
                            for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    }

                    /**
                     * Creates a new ResetZeroPositionResponse instance using the specified properties.
                     * @function create
                     * @memberof viam.component.motor.v1.ResetZeroPositionResponse
                     * @static
                     * @param {viam.component.motor.v1.IResetZeroPositionResponse=} [properties] Properties to set
                     * @returns {viam.component.motor.v1.ResetZeroPositionResponse} ResetZeroPositionResponse instance
                     */
                    ResetZeroPositionResponse.create = function create(properties) {
                        return new ResetZeroPositionResponse(properties);
                    };

                    /**
                     * Encodes the specified ResetZeroPositionResponse message. Does not implicitly {@link viam.component.motor.v1.ResetZeroPositionResponse.verify|verify} messages.
                     * @function encode
                     * @memberof viam.component.motor.v1.ResetZeroPositionResponse
                     * @static
                     * @param {viam.component.motor.v1.IResetZeroPositionResponse} message ResetZeroPositionResponse message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    ResetZeroPositionResponse.encode = function encode(message, writer, q) {
                        if (!writer)
                            writer = $Writer.create();
                        if (q === undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw Error("max depth exceeded");
                        return writer;
                    };

                    /**
                     * Decodes a ResetZeroPositionResponse message from the specified reader or buffer.
                     * @function decode
                     * @memberof viam.component.motor.v1.ResetZeroPositionResponse
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {viam.component.motor.v1.ResetZeroPositionResponse} ResetZeroPositionResponse
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    ResetZeroPositionResponse.decode = function decode(reader, length, error, long) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (long === undefined)
                            long = 0;
                        if (long > $Reader.recursionLimit)
                            throw Error("maximum nesting depth exceeded");
                        let end, message;
                        if (length === undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = new $root.viam.component.motor.v1.ResetZeroPositionResponse();
                        while (reader.pos < end) {
                            let tag = reader.uint32();
                            if (tag === error)
                                break;
                            switch (tag >>> 3) {
                            default:
                                reader.skipType(tag & 7, long);
                                break;
                            }
                        }
                        if (length !== undefined) {
                            if (reader.pos !== end)
                                throw RangeError("index out of range");
                            reader.len = length;
                        }
                        return message;
                    };

                    return ResetZeroPositionResponse;
                })();

                v1.GetPositionRequest = (function() {

                    /**
                     * Properties of a GetPositionRequest.
                     * @memberof viam.component.motor.v1
                     * @interface IGetPositionRequest
                     * @property {string|null} [name] GetPositionRequest name
                     * @property {google.protobuf.IStruct|null} [extra] GetPositionRequest extra
                     */

                    /**
                     * Constructs a new GetPositionRequest.
                     * @memberof viam.component.motor.v1
                     * @classdesc Represents a GetPositionRequest.
                     * @implements IGetPositionRequest
                     * @constructor
                     * @param {viam.component.motor.v1.IGetPositionRequest=} [properties] Properties to set
                     */
                    function GetPositionRequest(properties) {
                        if (properties)
                            for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    }

                    /**
                     * GetPositionRequest name.
                     * @member {string} name
                     * @memberof viam.component.motor.v1.GetPositionRequest
                     * @instance
                     */
                    GetPositionRequest.prototype.name = "";

                    /**
                     * GetPositionRequest extra.
                     * @member {google.protobuf.IStruct|null|undefined} extra
                     * @memberof viam.component.motor.v1.GetPositionRequest
                     * @instance
                     */
                    GetPositionRequest.prototype.extra = null;

                    /**
                     * Creates a new GetPositionRequest instance using the specified properties.
                     * @function create
                     * @memberof viam.component.motor.v1.GetPositionRequest
                     * @static
                     * @param {viam.component.motor.v1.IGetPositionRequest=} [properties] Properties to set
                     * @returns {viam.component.motor.v1.GetPositionRequest} GetPositionRequest instance
                     */
                    GetPositionRequest.create = function create(properties) {
                        return new GetPositionRequest(properties);
                    };

                    /**
                     * Encodes the specified GetPositionRequest message. Does not implicitly {@link viam.component.motor.v1.GetPositionRequest.verify|verify} messages.
                     * @function encode
                     * @memberof viam.component.motor.v1.GetPositionRequest
                     * @static
                     * @param {viam.component.motor.v1.IGetPositionRequest} message GetPositionRequest message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    GetPositionRequest.encode = function encode(message, writer, q) {
                        if (!writer)
                            writer = $Writer.create();
                        if (q === undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw Error("max depth exceeded");
                        if (message.name != null && Object.hasOwnProperty.call(message, "name"))
                            writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                        if (message.extra != null && Object.hasOwnProperty.call(message, "extra"))
                            $root.google.protobuf.Struct.encode(message.extra, writer.uint32(/* id 99, wireType 2 =*/794).fork(), q + 1).ldelim();
                        return writer;
                    };

                    /**
                     * Decodes a GetPositionRequest message from the specified reader or buffer.
                     * @function decode
                     * @memberof viam.component.motor.v1.GetPositionRequest
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {viam.component.motor.v1.GetPositionRequest} GetPositionRequest
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    GetPositionRequest.decode = function decode(reader, length, error, long) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (long === undefined)
                            long = 0;
                        if (long > $Reader.recursionLimit)
                            throw Error("maximum nesting depth exceeded");
                        let end, message;
                        if (length === undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = new $root.viam.component.motor.v1.GetPositionRequest();
                        while (reader.pos < end) {
                            let tag = reader.uint32();
                            if (tag === error)
                                break;
                            switch (tag >>> 3) {
                            case 1: {
                                    message.name = reader.string();
                                    break;
                                }
                            case 99: {
                                    message.extra = $root.google.protobuf.Struct.decode(reader, reader.uint32(), undefined, long + 1);
                                    break;
                                }
                            default:
                                reader.skipType(tag & 7, long);
                                break;
                            }
                        }
                        if (length !== undefined) {
                            if (reader.pos !== end)
                                throw RangeError("index out of range");
                            reader.len = length;
                        }
                        return message;
                    };

                    return GetPositionRequest;
                })();

                v1.GetPositionResponse = (function() {

                    /**
                     * Properties of a GetPositionResponse.
                     * @memberof viam.component.motor.v1
                     * @interface IGetPositionResponse
                     * @property {number|null} [position] GetPositionResponse position
                     */

                    /**
                     * Constructs a new GetPositionResponse.
                     * @memberof viam.component.motor.v1
                     * @classdesc Represents a GetPositionResponse.
                     * @implements IGetPositionResponse
                     * @constructor
                     * @param {viam.component.motor.v1.IGetPositionResponse=} [properties] Properties to set
                     */
                    function GetPositionResponse(properties) {
                        if (properties)
                            for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    }

                    /**
                     * GetPositionResponse position.
                     * @member {number} position
                     * @memberof viam.component.motor.v1.GetPositionResponse
                     * @instance
                     */
                    GetPositionResponse.prototype.position = 0;

                    /**
                     * Creates a new GetPositionResponse instance using the specified properties.
                     * @function create
                     * @memberof viam.component.motor.v1.GetPositionResponse
                     * @static
                     * @param {viam.component.motor.v1.IGetPositionResponse=} [properties] Properties to set
                     * @returns {viam.component.motor.v1.GetPositionResponse} GetPositionResponse instance
                     */
                    GetPositionResponse.create = function create(properties) {
                        return new GetPositionResponse(properties);
                    };

                    /**
                     * Encodes the specified GetPositionResponse message. Does not implicitly {@link viam.component.motor.v1.GetPositionResponse.verify|verify} messages.
                     * @function encode
                     * @memberof viam.component.motor.v1.GetPositionResponse
                     * @static
                     * @param {viam.component.motor.v1.IGetPositionResponse} message GetPositionResponse message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    GetPositionResponse.encode = function encode(message, writer, q) {
                        if (!writer)
                            writer = $Writer.create();
                        if (q === undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw Error("max depth exceeded");
                        if (message.position != null && Object.hasOwnProperty.call(message, "position"))
                            writer.uint32(/* id 1, wireType 1 =*/9).double(message.position);
                        return writer;
                    };

                    /**
                     * Decodes a GetPositionResponse message from the specified reader or buffer.
                     * @function decode
                     * @memberof viam.component.motor.v1.GetPositionResponse
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {viam.component.motor.v1.GetPositionResponse} GetPositionResponse
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    GetPositionResponse.decode = function decode(reader, length, error, long) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (long === undefined)
                            long = 0;
                        if (long > $Reader.recursionLimit)
                            throw Error("maximum nesting depth exceeded");
                        let end, message;
                        if (length === undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = new $root.viam.component.motor.v1.GetPositionResponse();
                        while (reader.pos < end) {
                            let tag = reader.uint32();
                            if (tag === error)
                                break;
                            switch (tag >>> 3) {
                            case 1: {
                                    message.position = reader.double();
                                    break;
                                }
                            default:
                                reader.skipType(tag & 7, long);
                                break;
                            }
                        }
                        if (length !== undefined) {
                            if (reader.pos !== end)
                                throw RangeError("index out of range");
                            reader.len = length;
                        }
                        return message;
                    };

                    return GetPositionResponse;
                })();

                v1.GetPropertiesRequest = (function() {

                    /**
                     * Properties of a GetPropertiesRequest.
                     * @memberof viam.component.motor.v1
                     * @interface IGetPropertiesRequest
                     * @property {string|null} [name] GetPropertiesRequest name
                     * @property {google.protobuf.IStruct|null} [extra] GetPropertiesRequest extra
                     */

                    /**
                     * Constructs a new GetPropertiesRequest.
                     * @memberof viam.component.motor.v1
                     * @classdesc Represents a GetPropertiesRequest.
                     * @implements IGetPropertiesRequest
                     * @constructor
                     * @param {viam.component.motor.v1.IGetPropertiesRequest=} [properties] Properties to set
                     */
                    function GetPropertiesRequest(properties) {
                        if (properties)
                            for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    }

                    /**
                     * GetPropertiesRequest name.
                     * @member {string} name
                     * @memberof viam.component.motor.v1.GetPropertiesRequest
                     * @instance
                     */
                    GetPropertiesRequest.prototype.name = "";

                    /**
                     * GetPropertiesRequest extra.
                     * @member {google.protobuf.IStruct|null|undefined} extra
                     * @memberof viam.component.motor.v1.GetPropertiesRequest
                     * @instance
                     */
                    GetPropertiesRequest.prototype.extra = null;

                    /**
                     * Creates a new GetPropertiesRequest instance using the specified properties.
                     * @function create
                     * @memberof viam.component.motor.v1.GetPropertiesRequest
                     * @static
                     * @param {viam.component.motor.v1.IGetPropertiesRequest=} [properties] Properties to set
                     * @returns {viam.component.motor.v1.GetPropertiesRequest} GetPropertiesRequest instance
                     */
                    GetPropertiesRequest.create = function create(properties) {
                        return new GetPropertiesRequest(properties);
                    };

                    /**
                     * Encodes the specified GetPropertiesRequest message. Does not implicitly {@link viam.component.motor.v1.GetPropertiesRequest.verify|verify} messages.
                     * @function encode
                     * @memberof viam.component.motor.v1.GetPropertiesRequest
                     * @static
                     * @param {viam.component.motor.v1.IGetPropertiesRequest} message GetPropertiesRequest message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    GetPropertiesRequest.encode = function encode(message, writer, q) {
                        if (!writer)
                            writer = $Writer.create();
                        if (q === undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw Error("max depth exceeded");
                        if (message.name != null && Object.hasOwnProperty.call(message, "name"))
                            writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                        if (message.extra != null && Object.hasOwnProperty.call(message, "extra"))
                            $root.google.protobuf.Struct.encode(message.extra, writer.uint32(/* id 99, wireType 2 =*/794).fork(), q + 1).ldelim();
                        return writer;
                    };

                    /**
                     * Decodes a GetPropertiesRequest message from the specified reader or buffer.
                     * @function decode
                     * @memberof viam.component.motor.v1.GetPropertiesRequest
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {viam.component.motor.v1.GetPropertiesRequest} GetPropertiesRequest
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    GetPropertiesRequest.decode = function decode(reader, length, error, long) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (long === undefined)
                            long = 0;
                        if (long > $Reader.recursionLimit)
                            throw Error("maximum nesting depth exceeded");
                        let end, message;
                        if (length === undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = new $root.viam.component.motor.v1.GetPropertiesRequest();
                        while (reader.pos < end) {
                            let tag = reader.uint32();
                            if (tag === error)
                                break;
                            switch (tag >>> 3) {
                            case 1: {
                                    message.name = reader.string();
                                    break;
                                }
                            case 99: {
                                    message.extra = $root.google.protobuf.Struct.decode(reader, reader.uint32(), undefined, long + 1);
                                    break;
                                }
                            default:
                                reader.skipType(tag & 7, long);
                                break;
                            }
                        }
                        if (length !== undefined) {
                            if (reader.pos !== end)
                                throw RangeError("index out of range");
                            reader.len = length;
                        }
                        return message;
                    };

                    return GetPropertiesRequest;
                })();

                v1.GetPropertiesResponse = (function() {

                    /**
                     * Properties of a GetPropertiesResponse.
                     * @memberof viam.component.motor.v1
                     * @interface IGetPropertiesResponse
                     * @property {boolean|null} [positionReporting] GetPropertiesResponse positionReporting
                     */

                    /**
                     * Constructs a new GetPropertiesResponse.
                     * @memberof viam.component.motor.v1
                     * @classdesc Represents a GetPropertiesResponse.
                     * @implements IGetPropertiesResponse
                     * @constructor
                     * @param {viam.component.motor.v1.IGetPropertiesResponse=} [properties] Properties to set
                     */
                    function GetPropertiesResponse(properties) {
                        if (properties)
                            for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    }

                    /**
                     * GetPropertiesResponse positionReporting.
                     * @member {boolean} positionReporting
                     * @memberof viam.component.motor.v1.GetPropertiesResponse
                     * @instance
                     */
                    GetPropertiesResponse.prototype.positionReporting = false;

                    /**
                     * Creates a new GetPropertiesResponse instance using the specified properties.
                     * @function create
                     * @memberof viam.component.motor.v1.GetPropertiesResponse
                     * @static
                     * @param {viam.component.motor.v1.IGetPropertiesResponse=} [properties] Properties to set
                     * @returns {viam.component.motor.v1.GetPropertiesResponse} GetPropertiesResponse instance
                     */
                    GetPropertiesResponse.create = function create(properties) {
                        return new GetPropertiesResponse(properties);
                    };

                    /**
                     * Encodes the specified GetPropertiesResponse message. Does not implicitly {@link viam.component.motor.v1.GetPropertiesResponse.verify|verify} messages.
                     * @function encode
                     * @memberof viam.component.motor.v1.GetPropertiesResponse
                     * @static
                     * @param {viam.component.motor.v1.IGetPropertiesResponse} message GetPropertiesResponse message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    GetPropertiesResponse.encode = function encode(message, writer, q) {
                        if (!writer)
                            writer = $Writer.create();
                        if (q === undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw Error("max depth exceeded");
                        if (message.positionReporting != null && Object.hasOwnProperty.call(message, "positionReporting"))
                            writer.uint32(/* id 1, wireType 0 =*/8).bool(message.positionReporting);
                        return writer;
                    };

                    /**
                     * Decodes a GetPropertiesResponse message from the specified reader or buffer.
                     * @function decode
                     * @memberof viam.component.motor.v1.GetPropertiesResponse
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {viam.component.motor.v1.GetPropertiesResponse} GetPropertiesResponse
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    GetPropertiesResponse.decode = function decode(reader, length, error, long) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (long === undefined)
                            long = 0;
                        if (long > $Reader.recursionLimit)
                            throw Error("maximum nesting depth exceeded");
                        let end, message;
                        if (length === undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = new $root.viam.component.motor.v1.GetPropertiesResponse();
                        while (reader.pos < end) {
                            let tag = reader.uint32();
                            if (tag === error)
                                break;
                            switch (tag >>> 3) {
                            case 1: {
                                    message.positionReporting = reader.bool();
                                    break;
                                }
                            default:
                                reader.skipType(tag & 7, long);
                                break;
                            }
                        }
                        if (length !== undefined) {
                            if (reader.pos !== end)
                                throw RangeError("index out of range");
                            reader.len = length;
                        }
                        return message;
                    };

                    return GetPropertiesResponse;
                })();

                v1.StopRequest = (function() {

                    /**
                     * Properties of a StopRequest.
                     * @memberof viam.component.motor.v1
                     * @interface IStopRequest
                     * @property {string|null} [name] StopRequest name
                     * @property {google.protobuf.IStruct|null} [extra] StopRequest extra
                     */

                    /**
                     * Constructs a new StopRequest.
                     * @memberof viam.component.motor.v1
                     * @classdesc Represents a StopRequest.
                     * @implements IStopRequest
                     * @constructor
                     * @param {viam.component.motor.v1.IStopRequest=} [properties] Properties to set
                     */
                    function StopRequest(properties) {
                        if (properties)
                            for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    }

                    /**
                     * StopRequest name.
                     * @member {string} name
                     * @memberof viam.component.motor.v1.StopRequest
                     * @instance
                     */
                    StopRequest.prototype.name = "";

                    /**
                     * StopRequest extra.
                     * @member {google.protobuf.IStruct|null|undefined} extra
                     * @memberof viam.component.motor.v1.StopRequest
                     * @instance
                     */
                    StopRequest.prototype.extra = null;

                    /**
                     * Creates a new StopRequest instance using the specified properties.
                     * @function create
                     * @memberof viam.component.motor.v1.StopRequest
                     * @static
                     * @param {viam.component.motor.v1.IStopRequest=} [properties] Properties to set
                     * @returns {viam.component.motor.v1.StopRequest} StopRequest instance
                     */
                    StopRequest.create = function create(properties) {
                        return new StopRequest(properties);
                    };

                    /**
                     * Encodes the specified StopRequest message. Does not implicitly {@link viam.component.motor.v1.StopRequest.verify|verify} messages.
                     * @function encode
                     * @memberof viam.component.motor.v1.StopRequest
                     * @static
                     * @param {viam.component.motor.v1.IStopRequest} message StopRequest message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    StopRequest.encode = function encode(message, writer, q) {
                        if (!writer)
                            writer = $Writer.create();
                        if (q === undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw Error("max depth exceeded");
                        if (message.name != null && Object.hasOwnProperty.call(message, "name"))
                            writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                        if (message.extra != null && Object.hasOwnProperty.call(message, "extra"))
                            $root.google.protobuf.Struct.encode(message.extra, writer.uint32(/* id 99, wireType 2 =*/794).fork(), q + 1).ldelim();
                        return writer;
                    };

                    /**
                     * Decodes a StopRequest message from the specified reader or buffer.
                     * @function decode
                     * @memberof viam.component.motor.v1.StopRequest
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {viam.component.motor.v1.StopRequest} StopRequest
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    StopRequest.decode = function decode(reader, length, error, long) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (long === undefined)
                            long = 0;
                        if (long > $Reader.recursionLimit)
                            throw Error("maximum nesting depth exceeded");
                        let end, message;
                        if (length === undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = new $root.viam.component.motor.v1.StopRequest();
                        while (reader.pos < end) {
                            let tag = reader.uint32();
                            if (tag === error)
                                break;
                            switch (tag >>> 3) {
                            case 1: {
                                    message.name = reader.string();
                                    break;
                                }
                            case 99: {
                                    message.extra = $root.google.protobuf.Struct.decode(reader, reader.uint32(), undefined, long + 1);
                                    break;
                                }
                            default:
                                reader.skipType(tag & 7, long);
                                break;
                            }
                        }
                        if (length !== undefined) {
                            if (reader.pos !== end)
                                throw RangeError("index out of range");
                            reader.len = length;
                        }
                        return message;
                    };

                    return StopRequest;
                })();

                v1.StopResponse = (function() {

                    /**
                     * Properties of a StopResponse.
                     * @memberof viam.component.motor.v1
                     * @interface IStopResponse
                     */

                    /**
                     * Constructs a new StopResponse.
                     * @memberof viam.component.motor.v1
                     * @classdesc Represents a StopResponse.
                     * @implements IStopResponse
                     * @constructor
                     * @param {viam.component.motor.v1.IStopResponse=} [properties] Properties to set
                     */
                    function StopResponse(properties) {
                        if (properties)
                            for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    }

                    /**
                     * Creates a new StopResponse instance using the specified properties.
                     * @function create
                     * @memberof viam.component.motor.v1.StopResponse
                     * @static
                     * @param {viam.component.motor.v1.IStopResponse=} [properties] Properties to set
                     * @returns {viam.component.motor.v1.StopResponse} StopResponse instance
                     */
                    StopResponse.create = function create(properties) {
                        return new StopResponse(properties);
                    };

                    /**
                     * Encodes the specified StopResponse message. Does not implicitly {@link viam.component.motor.v1.StopResponse.verify|verify} messages.
                     * @function encode
                     * @memberof viam.component.motor.v1.StopResponse
                     * @static
                     * @param {viam.component.motor.v1.IStopResponse} message StopResponse message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    StopResponse.encode = function encode(message, writer, q) {
                        if (!writer)
                            writer = $Writer.create();
                        if (q === undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw Error("max depth exceeded");
                        return writer;
                    };

                    /**
                     * Decodes a StopResponse message from the specified reader or buffer.
                     * @function decode
                     * @memberof viam.component.motor.v1.StopResponse
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {viam.component.motor.v1.StopResponse} StopResponse
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    StopResponse.decode = function decode(reader, length, error, long) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (long === undefined)
                            long = 0;
                        if (long > $Reader.recursionLimit)
                            throw Error("maximum nesting depth exceeded");
                        let end, message;
                        if (length === undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = new $root.viam.component.motor.v1.StopResponse();
                        while (reader.pos < end) {
                            let tag = reader.uint32();
                            if (tag === error)
                                break;
                            switch (tag >>> 3) {
                            default:
                                reader.skipType(tag & 7, long);
                                break;
                            }
                        }
                        if (length !== undefined) {
                            if (reader.pos !== end)
                                throw RangeError("index out of range");
                            reader.len = length;
                        }
                        return message;
                    };

                    return StopResponse;
                })();

                v1.IsPoweredRequest = (function() {

                    /**
                     * Properties of an IsPoweredRequest.
                     * @memberof viam.component.motor.v1
                     * @interface IIsPoweredRequest
                     * @property {string|null} [name] IsPoweredRequest name
                     * @property {google.protobuf.IStruct|null} [extra] IsPoweredRequest extra
                     */

                    /**
                     * Constructs a new IsPoweredRequest.
                     * @memberof viam.component.motor.v1
                     * @classdesc Represents an IsPoweredRequest.
                     * @implements IIsPoweredRequest
                     * @constructor
                     * @param {viam.component.motor.v1.IIsPoweredRequest=} [properties] Properties to set
                     */
                    function IsPoweredRequest(properties) {
                        if (properties)
                            for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    }

                    /**
                     * IsPoweredRequest name.
                     * @member {string} name
                     * @memberof viam.component.motor.v1.IsPoweredRequest
                     * @instance
                     */
                    IsPoweredRequest.prototype.name = "";

                    /**
                     * IsPoweredRequest extra.
                     * @member {google.protobuf.IStruct|null|undefined} extra
                     * @memberof viam.component.motor.v1.IsPoweredRequest
                     * @instance
                     */
                    IsPoweredRequest.prototype.extra = null;

                    /**
                     * Creates a new IsPoweredRequest instance using the specified properties.
                     * @function create
                     * @memberof viam.component.motor.v1.IsPoweredRequest
                     * @static
                     * @param {viam.component.motor.v1.IIsPoweredRequest=} [properties] Properties to set
                     * @returns {viam.component.motor.v1.IsPoweredRequest} IsPoweredRequest instance
                     */
                    IsPoweredRequest.create = function create(properties) {
                        return new IsPoweredRequest(properties);
                    };

                    /**
                     * Encodes the specified IsPoweredRequest message. Does not implicitly {@link viam.component.motor.v1.IsPoweredRequest.verify|verify} messages.
                     * @function encode
                     * @memberof viam.component.motor.v1.IsPoweredRequest
                     * @static
                     * @param {viam.component.motor.v1.IIsPoweredRequest} message IsPoweredRequest message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    IsPoweredRequest.encode = function encode(message, writer, q) {
                        if (!writer)
                            writer = $Writer.create();
                        if (q === undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw Error("max depth exceeded");
                        if (message.name != null && Object.hasOwnProperty.call(message, "name"))
                            writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                        if (message.extra != null && Object.hasOwnProperty.call(message, "extra"))
                            $root.google.protobuf.Struct.encode(message.extra, writer.uint32(/* id 99, wireType 2 =*/794).fork(), q + 1).ldelim();
                        return writer;
                    };

                    /**
                     * Decodes an IsPoweredRequest message from the specified reader or buffer.
                     * @function decode
                     * @memberof viam.component.motor.v1.IsPoweredRequest
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {viam.component.motor.v1.IsPoweredRequest} IsPoweredRequest
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    IsPoweredRequest.decode = function decode(reader, length, error, long) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (long === undefined)
                            long = 0;
                        if (long > $Reader.recursionLimit)
                            throw Error("maximum nesting depth exceeded");
                        let end, message;
                        if (length === undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = new $root.viam.component.motor.v1.IsPoweredRequest();
                        while (reader.pos < end) {
                            let tag = reader.uint32();
                            if (tag === error)
                                break;
                            switch (tag >>> 3) {
                            case 1: {
                                    message.name = reader.string();
                                    break;
                                }
                            case 99: {
                                    message.extra = $root.google.protobuf.Struct.decode(reader, reader.uint32(), undefined, long + 1);
                                    break;
                                }
                            default:
                                reader.skipType(tag & 7, long);
                                break;
                            }
                        }
                        if (length !== undefined) {
                            if (reader.pos !== end)
                                throw RangeError("index out of range");
                            reader.len = length;
                        }
                        return message;
                    };

                    return IsPoweredRequest;
                })();

                v1.IsPoweredResponse = (function() {

                    /**
                     * Properties of an IsPoweredResponse.
                     * @memberof viam.component.motor.v1
                     * @interface IIsPoweredResponse
                     * @property {boolean|null} [isOn] IsPoweredResponse isOn
                     * @property {number|null} [powerPct] IsPoweredResponse powerPct
                     */

                    /**
                     * Constructs a new IsPoweredResponse.
                     * @memberof viam.component.motor.v1
                     * @classdesc Represents an IsPoweredResponse.
                     * @implements IIsPoweredResponse
                     * @constructor
                     * @param {viam.component.motor.v1.IIsPoweredResponse=} [properties] Properties to set
                     */
                    function IsPoweredResponse(properties) {
                        if (properties)
                            for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    }

                    /**
                     * IsPoweredResponse isOn.
                     * @member {boolean} isOn
                     * @memberof viam.component.motor.v1.IsPoweredResponse
                     * @instance
                     */
                    IsPoweredResponse.prototype.isOn = false;

                    /**
                     * IsPoweredResponse powerPct.
                     * @member {number} powerPct
                     * @memberof viam.component.motor.v1.IsPoweredResponse
                     * @instance
                     */
                    IsPoweredResponse.prototype.powerPct = 0;

                    /**
                     * Creates a new IsPoweredResponse instance using the specified properties.
                     * @function create
                     * @memberof viam.component.motor.v1.IsPoweredResponse
                     * @static
                     * @param {viam.component.motor.v1.IIsPoweredResponse=} [properties] Properties to set
                     * @returns {viam.component.motor.v1.IsPoweredResponse} IsPoweredResponse instance
                     */
                    IsPoweredResponse.create = function create(properties) {
                        return new IsPoweredResponse(properties);
                    };

                    /**
                     * Encodes the specified IsPoweredResponse message. Does not implicitly {@link viam.component.motor.v1.IsPoweredResponse.verify|verify} messages.
                     * @function encode
                     * @memberof viam.component.motor.v1.IsPoweredResponse
                     * @static
                     * @param {viam.component.motor.v1.IIsPoweredResponse} message IsPoweredResponse message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    IsPoweredResponse.encode = function encode(message, writer, q) {
                        if (!writer)
                            writer = $Writer.create();
                        if (q === undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw Error("max depth exceeded");
                        if (message.isOn != null && Object.hasOwnProperty.call(message, "isOn"))
                            writer.uint32(/* id 1, wireType 0 =*/8).bool(message.isOn);
                        if (message.powerPct != null && Object.hasOwnProperty.call(message, "powerPct"))
                            writer.uint32(/* id 2, wireType 1 =*/17).double(message.powerPct);
                        return writer;
                    };

                    /**
                     * Decodes an IsPoweredResponse message from the specified reader or buffer.
                     * @function decode
                     * @memberof viam.component.motor.v1.IsPoweredResponse
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {viam.component.motor.v1.IsPoweredResponse} IsPoweredResponse
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    IsPoweredResponse.decode = function decode(reader, length, error, long) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (long === undefined)
                            long = 0;
                        if (long > $Reader.recursionLimit)
                            throw Error("maximum nesting depth exceeded");
                        let end, message;
                        if (length === undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = new $root.viam.component.motor.v1.IsPoweredResponse();
                        while (reader.pos < end) {
                            let tag = reader.uint32();
                            if (tag === error)
                                break;
                            switch (tag >>> 3) {
                            case 1: {
                                    message.isOn = reader.bool();
                                    break;
                                }
                            case 2: {
                                    message.powerPct = reader.double();
                                    break;
                                }
                            default:
                                reader.skipType(tag & 7, long);
                                break;
                            }
                        }
                        if (length !== undefined) {
                            if (reader.pos !== end)
                                throw RangeError("index out of range");
                            reader.len = length;
                        }
                        return message;
                    };

                    return IsPoweredResponse;
                })();

                v1.IsMovingRequest = (function() {

                    /**
                     * Properties of an IsMovingRequest.
                     * @memberof viam.component.motor.v1
                     * @interface IIsMovingRequest
                     * @property {string|null} [name] IsMovingRequest name
                     */

                    /**
                     * Constructs a new IsMovingRequest.
                     * @memberof viam.component.motor.v1
                     * @classdesc Represents an IsMovingRequest.
                     * @implements IIsMovingRequest
                     * @constructor
                     * @param {viam.component.motor.v1.IIsMovingRequest=} [properties] Properties to set
                     */
                    function IsMovingRequest(properties) {
                        if (properties)
                            for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    }

                    /**
                     * IsMovingRequest name.
                     * @member {string} name
                     * @memberof viam.component.motor.v1.IsMovingRequest
                     * @instance
                     */
                    IsMovingRequest.prototype.name = "";

                    /**
                     * Creates a new IsMovingRequest instance using the specified properties.
                     * @function create
                     * @memberof viam.component.motor.v1.IsMovingRequest
                     * @static
                     * @param {viam.component.motor.v1.IIsMovingRequest=} [properties] Properties to set
                     * @returns {viam.component.motor.v1.IsMovingRequest} IsMovingRequest instance
                     */
                    IsMovingRequest.create = function create(properties) {
                        return new IsMovingRequest(properties);
                    };

                    /**
                     * Encodes the specified IsMovingRequest message. Does not implicitly {@link viam.component.motor.v1.IsMovingRequest.verify|verify} messages.
                     * @function encode
                     * @memberof viam.component.motor.v1.IsMovingRequest
                     * @static
                     * @param {viam.component.motor.v1.IIsMovingRequest} message IsMovingRequest message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    IsMovingRequest.encode = function encode(message, writer, q) {
                        if (!writer)
                            writer = $Writer.create();
                        if (q === undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw Error("max depth exceeded");
                        if (message.name != null && Object.hasOwnProperty.call(message, "name"))
                            writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                        return writer;
                    };

                    /**
                     * Decodes an IsMovingRequest message from the specified reader or buffer.
                     * @function decode
                     * @memberof viam.component.motor.v1.IsMovingRequest
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {viam.component.motor.v1.IsMovingRequest} IsMovingRequest
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    IsMovingRequest.decode = function decode(reader, length, error, long) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (long === undefined)
                            long = 0;
                        if (long > $Reader.recursionLimit)
                            throw Error("maximum nesting depth exceeded");
                        let end, message;
                        if (length === undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = new $root.viam.component.motor.v1.IsMovingRequest();
                        while (reader.pos < end) {
                            let tag = reader.uint32();
                            if (tag === error)
                                break;
                            switch (tag >>> 3) {
                            case 1: {
                                    message.name = reader.string();
                                    break;
                                }
                            default:
                                reader.skipType(tag & 7, long);
                                break;
                            }
                        }
                        if (length !== undefined) {
                            if (reader.pos !== end)
                                throw RangeError("index out of range");
                            reader.len = length;
                        }
                        return message;
                    };

                    return IsMovingRequest;
                })();

                v1.IsMovingResponse = (function() {

                    /**
                     * Properties of an IsMovingResponse.
                     * @memberof viam.component.motor.v1
                     * @interface IIsMovingResponse
                     * @property {boolean|null} [isMoving] IsMovingResponse isMoving
                     */

                    /**
                     * Constructs a new IsMovingResponse.
                     * @memberof viam.component.motor.v1
                     * @classdesc Represents an IsMovingResponse.
                     * @implements IIsMovingResponse
                     * @constructor
                     * @param {viam.component.motor.v1.IIsMovingResponse=} [properties] Properties to set
                     */
                    function IsMovingResponse(properties) {
                        if (properties)
                            for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    }

                    /**
                     * IsMovingResponse isMoving.
                     * @member {boolean} isMoving
                     * @memberof viam.component.motor.v1.IsMovingResponse
                     * @instance
                     */
                    IsMovingResponse.prototype.isMoving = false;

                    /**
                     * Creates a new IsMovingResponse instance using the specified properties.
                     * @function create
                     * @memberof viam.component.motor.v1.IsMovingResponse
                     * @static
                     * @param {viam.component.motor.v1.IIsMovingResponse=} [properties] Properties to set
                     * @returns {viam.component.motor.v1.IsMovingResponse} IsMovingResponse instance
                     */
                    IsMovingResponse.create = function create(properties) {
                        return new IsMovingResponse(properties);
                    };

                    /**
                     * Encodes the specified IsMovingResponse message. Does not implicitly {@link viam.component.motor.v1.IsMovingResponse.verify|verify} messages.
                     * @function encode
                     * @memberof viam.component.motor.v1.IsMovingResponse
                     * @static
                     * @param {viam.component.motor.v1.IIsMovingResponse} message IsMovingResponse message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    IsMovingResponse.encode = function encode(message, writer, q) {
                        if (!writer)
                            writer = $Writer.create();
                        if (q === undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw Error("max depth exceeded");
                        if (message.isMoving != null && Object.hasOwnProperty.call(message, "isMoving"))
                            writer.uint32(/* id 1, wireType 0 =*/8).bool(message.isMoving);
                        return writer;
                    };

                    /**
                     * Decodes an IsMovingResponse message from the specified reader or buffer.
                     * @function decode
                     * @memberof viam.component.motor.v1.IsMovingResponse
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {viam.component.motor.v1.IsMovingResponse} IsMovingResponse
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    IsMovingResponse.decode = function decode(reader, length, error, long) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (long === undefined)
                            long = 0;
                        if (long > $Reader.recursionLimit)
                            throw Error("maximum nesting depth exceeded");
                        let end, message;
                        if (length === undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = new $root.viam.component.motor.v1.IsMovingResponse();
                        while (reader.pos < end) {
                            let tag = reader.uint32();
                            if (tag === error)
                                break;
                            switch (tag >>> 3) {
                            case 1: {
                                    message.isMoving = reader.bool();
                                    break;
                                }
                            default:
                                reader.skipType(tag & 7, long);
                                break;
                            }
                        }
                        if (length !== undefined) {
                            if (reader.pos !== end)
                                throw RangeError("index out of range");
                            reader.len = length;
                        }
                        return message;
                    };

                    return IsMovingResponse;
                })();

                return v1;
            })();

            return motor;
        })();

        component.movementsensor = (function() {

            /**
             * Namespace movementsensor.
             * @memberof viam.component
             * @namespace
             */
            const movementsensor = {};

            movementsensor.v1 = (function() {

                /**
                 * Namespace v1.
                 * @memberof viam.component.movementsensor
                 * @namespace
                 */
                const v1 = {};

                v1.GetPropertiesRequest = (function() {

                    /**
                     * Properties of a GetPropertiesRequest.
                     * @memberof viam.component.movementsensor.v1
                     * @interface IGetPropertiesRequest
                     * @property {string|null} [name] GetPropertiesRequest name
                     * @property {google.protobuf.IStruct|null} [extra] GetPropertiesRequest extra
                     */

                    /**
                     * Constructs a new GetPropertiesRequest.
                     * @memberof viam.component.movementsensor.v1
                     * @classdesc Represents a GetPropertiesRequest.
                     * @implements IGetPropertiesRequest
                     * @constructor
                     * @param {viam.component.movementsensor.v1.IGetPropertiesRequest=} [properties] Properties to set
                     */
                    function GetPropertiesRequest(properties) {
                        if (properties)
                            for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    }

                    /**
                     * GetPropertiesRequest name.
                     * @member {string} name
                     * @memberof viam.component.movementsensor.v1.GetPropertiesRequest
                     * @instance
                     */
                    GetPropertiesRequest.prototype.name = "";

                    /**
                     * GetPropertiesRequest extra.
                     * @member {google.protobuf.IStruct|null|undefined} extra
                     * @memberof viam.component.movementsensor.v1.GetPropertiesRequest
                     * @instance
                     */
                    GetPropertiesRequest.prototype.extra = null;

                    /**
                     * Creates a new GetPropertiesRequest instance using the specified properties.
                     * @function create
                     * @memberof viam.component.movementsensor.v1.GetPropertiesRequest
                     * @static
                     * @param {viam.component.movementsensor.v1.IGetPropertiesRequest=} [properties] Properties to set
                     * @returns {viam.component.movementsensor.v1.GetPropertiesRequest} GetPropertiesRequest instance
                     */
                    GetPropertiesRequest.create = function create(properties) {
                        return new GetPropertiesRequest(properties);
                    };

                    /**
                     * Encodes the specified GetPropertiesRequest message. Does not implicitly {@link viam.component.movementsensor.v1.GetPropertiesRequest.verify|verify} messages.
                     * @function encode
                     * @memberof viam.component.movementsensor.v1.GetPropertiesRequest
                     * @static
                     * @param {viam.component.movementsensor.v1.IGetPropertiesRequest} message GetPropertiesRequest message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    GetPropertiesRequest.encode = function encode(message, writer, q) {
                        if (!writer)
                            writer = $Writer.create();
                        if (q === undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw Error("max depth exceeded");
                        if (message.name != null && Object.hasOwnProperty.call(message, "name"))
                            writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                        if (message.extra != null && Object.hasOwnProperty.call(message, "extra"))
                            $root.google.protobuf.Struct.encode(message.extra, writer.uint32(/* id 99, wireType 2 =*/794).fork(), q + 1).ldelim();
                        return writer;
                    };

                    /**
                     * Decodes a GetPropertiesRequest message from the specified reader or buffer.
                     * @function decode
                     * @memberof viam.component.movementsensor.v1.GetPropertiesRequest
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {viam.component.movementsensor.v1.GetPropertiesRequest} GetPropertiesRequest
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    GetPropertiesRequest.decode = function decode(reader, length, error, long) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (long === undefined)
                            long = 0;
                        if (long > $Reader.recursionLimit)
                            throw Error("maximum nesting depth exceeded");
                        let end, message;
                        if (length === undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = new $root.viam.component.movementsensor.v1.GetPropertiesRequest();
                        while (reader.pos < end) {
                            let tag = reader.uint32();
                            if (tag === error)
                                break;
                            switch (tag >>> 3) {
                            case 1: {
                                    message.name = reader.string();
                                    break;
                                }
                            case 99: {
                                    message.extra = $root.google.protobuf.Struct.decode(reader, reader.uint32(), undefined, long + 1);
                                    break;
                                }
                            default:
                                reader.skipType(tag & 7, long);
                                break;
                            }
                        }
                        if (length !== undefined) {
                            if (reader.pos !== end)
                                throw RangeError("index out of range");
                            reader.len = length;
                        }
                        return message;
                    };

                    return GetPropertiesRequest;
                })();

                v1.GetPropertiesResponse = (function() {

                    /**
                     * Properties of a GetPropertiesResponse.
                     * @memberof viam.component.movementsensor.v1
                     * @interface IGetPropertiesResponse
                     * @property {boolean|null} [linearVelocitySupported] GetPropertiesResponse linearVelocitySupported
                     * @property {boolean|null} [angularVelocitySupported] GetPropertiesResponse angularVelocitySupported
                     * @property {boolean|null} [orientationSupported] GetPropertiesResponse orientationSupported
                     * @property {boolean|null} [positionSupported] GetPropertiesResponse positionSupported
                     * @property {boolean|null} [compassHeadingSupported] GetPropertiesResponse compassHeadingSupported
                     * @property {boolean|null} [linearAccelerationSupported] GetPropertiesResponse linearAccelerationSupported
                     */

                    /**
                     * Constructs a new GetPropertiesResponse.
                     * @memberof viam.component.movementsensor.v1
                     * @classdesc Represents a GetPropertiesResponse.
                     * @implements IGetPropertiesResponse
                     * @constructor
                     * @param {viam.component.movementsensor.v1.IGetPropertiesResponse=} [properties] Properties to set
                     */
                    function GetPropertiesResponse(properties) {
                        if (properties)
                            for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    }

                    /**
                     * GetPropertiesResponse linearVelocitySupported.
                     * @member {boolean} linearVelocitySupported
                     * @memberof viam.component.movementsensor.v1.GetPropertiesResponse
                     * @instance
                     */
                    GetPropertiesResponse.prototype.linearVelocitySupported = false;

                    /**
                     * GetPropertiesResponse angularVelocitySupported.
                     * @member {boolean} angularVelocitySupported
                     * @memberof viam.component.movementsensor.v1.GetPropertiesResponse
                     * @instance
                     */
                    GetPropertiesResponse.prototype.angularVelocitySupported = false;

                    /**
                     * GetPropertiesResponse orientationSupported.
                     * @member {boolean} orientationSupported
                     * @memberof viam.component.movementsensor.v1.GetPropertiesResponse
                     * @instance
                     */
                    GetPropertiesResponse.prototype.orientationSupported = false;

                    /**
                     * GetPropertiesResponse positionSupported.
                     * @member {boolean} positionSupported
                     * @memberof viam.component.movementsensor.v1.GetPropertiesResponse
                     * @instance
                     */
                    GetPropertiesResponse.prototype.positionSupported = false;

                    /**
                     * GetPropertiesResponse compassHeadingSupported.
                     * @member {boolean} compassHeadingSupported
                     * @memberof viam.component.movementsensor.v1.GetPropertiesResponse
                     * @instance
                     */
                    GetPropertiesResponse.prototype.compassHeadingSupported = false;

                    /**
                     * GetPropertiesResponse linearAccelerationSupported.
                     * @member {boolean} linearAccelerationSupported
                     * @memberof viam.component.movementsensor.v1.GetPropertiesResponse
                     * @instance
                     */
                    GetPropertiesResponse.prototype.linearAccelerationSupported = false;

                    /**
                     * Creates a new GetPropertiesResponse instance using the specified properties.
                     * @function create
                     * @memberof viam.component.movementsensor.v1.GetPropertiesResponse
                     * @static
                     * @param {viam.component.movementsensor.v1.IGetPropertiesResponse=} [properties] Properties to set
                     * @returns {viam.component.movementsensor.v1.GetPropertiesResponse} GetPropertiesResponse instance
                     */
                    GetPropertiesResponse.create = function create(properties) {
                        return new GetPropertiesResponse(properties);
                    };

                    /**
                     * Encodes the specified GetPropertiesResponse message. Does not implicitly {@link viam.component.movementsensor.v1.GetPropertiesResponse.verify|verify} messages.
                     * @function encode
                     * @memberof viam.component.movementsensor.v1.GetPropertiesResponse
                     * @static
                     * @param {viam.component.movementsensor.v1.IGetPropertiesResponse} message GetPropertiesResponse message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    GetPropertiesResponse.encode = function encode(message, writer, q) {
                        if (!writer)
                            writer = $Writer.create();
                        if (q === undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw Error("max depth exceeded");
                        if (message.linearVelocitySupported != null && Object.hasOwnProperty.call(message, "linearVelocitySupported"))
                            writer.uint32(/* id 1, wireType 0 =*/8).bool(message.linearVelocitySupported);
                        if (message.angularVelocitySupported != null && Object.hasOwnProperty.call(message, "angularVelocitySupported"))
                            writer.uint32(/* id 2, wireType 0 =*/16).bool(message.angularVelocitySupported);
                        if (message.orientationSupported != null && Object.hasOwnProperty.call(message, "orientationSupported"))
                            writer.uint32(/* id 3, wireType 0 =*/24).bool(message.orientationSupported);
                        if (message.positionSupported != null && Object.hasOwnProperty.call(message, "positionSupported"))
                            writer.uint32(/* id 4, wireType 0 =*/32).bool(message.positionSupported);
                        if (message.compassHeadingSupported != null && Object.hasOwnProperty.call(message, "compassHeadingSupported"))
                            writer.uint32(/* id 5, wireType 0 =*/40).bool(message.compassHeadingSupported);
                        if (message.linearAccelerationSupported != null && Object.hasOwnProperty.call(message, "linearAccelerationSupported"))
                            writer.uint32(/* id 6, wireType 0 =*/48).bool(message.linearAccelerationSupported);
                        return writer;
                    };

                    /**
                     * Decodes a GetPropertiesResponse message from the specified reader or buffer.
                     * @function decode
                     * @memberof viam.component.movementsensor.v1.GetPropertiesResponse
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {viam.component.movementsensor.v1.GetPropertiesResponse} GetPropertiesResponse
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    GetPropertiesResponse.decode = function decode(reader, length, error, long) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (long === undefined)
                            long = 0;
                        if (long > $Reader.recursionLimit)
                            throw Error("maximum nesting depth exceeded");
                        let end, message;
                        if (length === undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = new $root.viam.component.movementsensor.v1.GetPropertiesResponse();
                        while (reader.pos < end) {
                            let tag = reader.uint32();
                            if (tag === error)
                                break;
                            switch (tag >>> 3) {
                            case 1: {
                                    message.linearVelocitySupported = reader.bool();
                                    break;
                                }
                            case 2: {
                                    message.angularVelocitySupported = reader.bool();
                                    break;
                                }
                            case 3: {
                                    message.orientationSupported = reader.bool();
                                    break;
                                }
                            case 4: {
                                    message.positionSupported = reader.bool();
                                    break;
                                }
                            case 5: {
                                    message.compassHeadingSupported = reader.bool();
                                    break;
                                }
                            case 6: {
                                    message.linearAccelerationSupported = reader.bool();
                                    break;
                                }
                            default:
                                reader.skipType(tag & 7, long);
                                break;
                            }
                        }
                        if (length !== undefined) {
                            if (reader.pos !== end)
                                throw RangeError("index out of range");
                            reader.len = length;
                        }
                        return message;
                    };

                    return GetPropertiesResponse;
                })();

                v1.GetAngularVelocityRequest = (function() {

                    /**
                     * Properties of a GetAngularVelocityRequest.
                     * @memberof viam.component.movementsensor.v1
                     * @interface IGetAngularVelocityRequest
                     * @property {string|null} [name] GetAngularVelocityRequest name
                     * @property {google.protobuf.IStruct|null} [extra] GetAngularVelocityRequest extra
                     */

                    /**
                     * Constructs a new GetAngularVelocityRequest.
                     * @memberof viam.component.movementsensor.v1
                     * @classdesc Represents a GetAngularVelocityRequest.
                     * @implements IGetAngularVelocityRequest
                     * @constructor
                     * @param {viam.component.movementsensor.v1.IGetAngularVelocityRequest=} [properties] Properties to set
                     */
                    function GetAngularVelocityRequest(properties) {
                        if (properties)
                            for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    }

                    /**
                     * GetAngularVelocityRequest name.
                     * @member {string} name
                     * @memberof viam.component.movementsensor.v1.GetAngularVelocityRequest
                     * @instance
                     */
                    GetAngularVelocityRequest.prototype.name = "";

                    /**
                     * GetAngularVelocityRequest extra.
                     * @member {google.protobuf.IStruct|null|undefined} extra
                     * @memberof viam.component.movementsensor.v1.GetAngularVelocityRequest
                     * @instance
                     */
                    GetAngularVelocityRequest.prototype.extra = null;

                    /**
                     * Creates a new GetAngularVelocityRequest instance using the specified properties.
                     * @function create
                     * @memberof viam.component.movementsensor.v1.GetAngularVelocityRequest
                     * @static
                     * @param {viam.component.movementsensor.v1.IGetAngularVelocityRequest=} [properties] Properties to set
                     * @returns {viam.component.movementsensor.v1.GetAngularVelocityRequest} GetAngularVelocityRequest instance
                     */
                    GetAngularVelocityRequest.create = function create(properties) {
                        return new GetAngularVelocityRequest(properties);
                    };

                    /**
                     * Encodes the specified GetAngularVelocityRequest message. Does not implicitly {@link viam.component.movementsensor.v1.GetAngularVelocityRequest.verify|verify} messages.
                     * @function encode
                     * @memberof viam.component.movementsensor.v1.GetAngularVelocityRequest
                     * @static
                     * @param {viam.component.movementsensor.v1.IGetAngularVelocityRequest} message GetAngularVelocityRequest message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    GetAngularVelocityRequest.encode = function encode(message, writer, q) {
                        if (!writer)
                            writer = $Writer.create();
                        if (q === undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw Error("max depth exceeded");
                        if (message.name != null && Object.hasOwnProperty.call(message, "name"))
                            writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                        if (message.extra != null && Object.hasOwnProperty.call(message, "extra"))
                            $root.google.protobuf.Struct.encode(message.extra, writer.uint32(/* id 99, wireType 2 =*/794).fork(), q + 1).ldelim();
                        return writer;
                    };

                    /**
                     * Decodes a GetAngularVelocityRequest message from the specified reader or buffer.
                     * @function decode
                     * @memberof viam.component.movementsensor.v1.GetAngularVelocityRequest
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {viam.component.movementsensor.v1.GetAngularVelocityRequest} GetAngularVelocityRequest
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    GetAngularVelocityRequest.decode = function decode(reader, length, error, long) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (long === undefined)
                            long = 0;
                        if (long > $Reader.recursionLimit)
                            throw Error("maximum nesting depth exceeded");
                        let end, message;
                        if (length === undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = new $root.viam.component.movementsensor.v1.GetAngularVelocityRequest();
                        while (reader.pos < end) {
                            let tag = reader.uint32();
                            if (tag === error)
                                break;
                            switch (tag >>> 3) {
                            case 1: {
                                    message.name = reader.string();
                                    break;
                                }
                            case 99: {
                                    message.extra = $root.google.protobuf.Struct.decode(reader, reader.uint32(), undefined, long + 1);
                                    break;
                                }
                            default:
                                reader.skipType(tag & 7, long);
                                break;
                            }
                        }
                        if (length !== undefined) {
                            if (reader.pos !== end)
                                throw RangeError("index out of range");
                            reader.len = length;
                        }
                        return message;
                    };

                    return GetAngularVelocityRequest;
                })();

                v1.GetAngularVelocityResponse = (function() {

                    /**
                     * Properties of a GetAngularVelocityResponse.
                     * @memberof viam.component.movementsensor.v1
                     * @interface IGetAngularVelocityResponse
                     * @property {viam.common.v1.IVector3|null} [angularVelocity] GetAngularVelocityResponse angularVelocity
                     */

                    /**
                     * Constructs a new GetAngularVelocityResponse.
                     * @memberof viam.component.movementsensor.v1
                     * @classdesc Represents a GetAngularVelocityResponse.
                     * @implements IGetAngularVelocityResponse
                     * @constructor
                     * @param {viam.component.movementsensor.v1.IGetAngularVelocityResponse=} [properties] Properties to set
                     */
                    function GetAngularVelocityResponse(properties) {
                        if (properties)
                            for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    }

                    /**
                     * GetAngularVelocityResponse angularVelocity.
                     * @member {viam.common.v1.IVector3|null|undefined} angularVelocity
                     * @memberof viam.component.movementsensor.v1.GetAngularVelocityResponse
                     * @instance
                     */
                    GetAngularVelocityResponse.prototype.angularVelocity = null;

                    /**
                     * Creates a new GetAngularVelocityResponse instance using the specified properties.
                     * @function create
                     * @memberof viam.component.movementsensor.v1.GetAngularVelocityResponse
                     * @static
                     * @param {viam.component.movementsensor.v1.IGetAngularVelocityResponse=} [properties] Properties to set
                     * @returns {viam.component.movementsensor.v1.GetAngularVelocityResponse} GetAngularVelocityResponse instance
                     */
                    GetAngularVelocityResponse.create = function create(properties) {
                        return new GetAngularVelocityResponse(properties);
                    };

                    /**
                     * Encodes the specified GetAngularVelocityResponse message. Does not implicitly {@link viam.component.movementsensor.v1.GetAngularVelocityResponse.verify|verify} messages.
                     * @function encode
                     * @memberof viam.component.movementsensor.v1.GetAngularVelocityResponse
                     * @static
                     * @param {viam.component.movementsensor.v1.IGetAngularVelocityResponse} message GetAngularVelocityResponse message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    GetAngularVelocityResponse.encode = function encode(message, writer, q) {
                        if (!writer)
                            writer = $Writer.create();
                        if (q === undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw Error("max depth exceeded");
                        if (message.angularVelocity != null && Object.hasOwnProperty.call(message, "angularVelocity"))
                            $root.viam.common.v1.Vector3.encode(message.angularVelocity, writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                        return writer;
                    };

                    /**
                     * Decodes a GetAngularVelocityResponse message from the specified reader or buffer.
                     * @function decode
                     * @memberof viam.component.movementsensor.v1.GetAngularVelocityResponse
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {viam.component.movementsensor.v1.GetAngularVelocityResponse} GetAngularVelocityResponse
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    GetAngularVelocityResponse.decode = function decode(reader, length, error, long) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (long === undefined)
                            long = 0;
                        if (long > $Reader.recursionLimit)
                            throw Error("maximum nesting depth exceeded");
                        let end, message;
                        if (length === undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = new $root.viam.component.movementsensor.v1.GetAngularVelocityResponse();
                        while (reader.pos < end) {
                            let tag = reader.uint32();
                            if (tag === error)
                                break;
                            switch (tag >>> 3) {
                            case 1: {
                                    message.angularVelocity = $root.viam.common.v1.Vector3.decode(reader, reader.uint32(), undefined, long + 1);
                                    break;
                                }
                            default:
                                reader.skipType(tag & 7, long);
                                break;
                            }
                        }
                        if (length !== undefined) {
                            if (reader.pos !== end)
                                throw RangeError("index out of range");
                            reader.len = length;
                        }
                        return message;
                    };

                    return GetAngularVelocityResponse;
                })();

                v1.GetLinearAccelerationRequest = (function() {

                    /**
                     * Properties of a GetLinearAccelerationRequest.
                     * @memberof viam.component.movementsensor.v1
                     * @interface IGetLinearAccelerationRequest
                     * @property {string|null} [name] GetLinearAccelerationRequest name
                     * @property {google.protobuf.IStruct|null} [extra] GetLinearAccelerationRequest extra
                     */

                    /**
                     * Constructs a new GetLinearAccelerationRequest.
                     * @memberof viam.component.movementsensor.v1
                     * @classdesc Represents a GetLinearAccelerationRequest.
                     * @implements IGetLinearAccelerationRequest
                     * @constructor
                     * @param {viam.component.movementsensor.v1.IGetLinearAccelerationRequest=} [properties] Properties to set
                     */
                    function GetLinearAccelerationRequest(properties) {
                        if (properties)
                            for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    }

                    /**
                     * GetLinearAccelerationRequest name.
                     * @member {string} name
                     * @memberof viam.component.movementsensor.v1.GetLinearAccelerationRequest
                     * @instance
                     */
                    GetLinearAccelerationRequest.prototype.name = "";

                    /**
                     * GetLinearAccelerationRequest extra.
                     * @member {google.protobuf.IStruct|null|undefined} extra
                     * @memberof viam.component.movementsensor.v1.GetLinearAccelerationRequest
                     * @instance
                     */
                    GetLinearAccelerationRequest.prototype.extra = null;

                    /**
                     * Creates a new GetLinearAccelerationRequest instance using the specified properties.
                     * @function create
                     * @memberof viam.component.movementsensor.v1.GetLinearAccelerationRequest
                     * @static
                     * @param {viam.component.movementsensor.v1.IGetLinearAccelerationRequest=} [properties] Properties to set
                     * @returns {viam.component.movementsensor.v1.GetLinearAccelerationRequest} GetLinearAccelerationRequest instance
                     */
                    GetLinearAccelerationRequest.create = function create(properties) {
                        return new GetLinearAccelerationRequest(properties);
                    };

                    /**
                     * Encodes the specified GetLinearAccelerationRequest message. Does not implicitly {@link viam.component.movementsensor.v1.GetLinearAccelerationRequest.verify|verify} messages.
                     * @function encode
                     * @memberof viam.component.movementsensor.v1.GetLinearAccelerationRequest
                     * @static
                     * @param {viam.component.movementsensor.v1.IGetLinearAccelerationRequest} message GetLinearAccelerationRequest message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    GetLinearAccelerationRequest.encode = function encode(message, writer, q) {
                        if (!writer)
                            writer = $Writer.create();
                        if (q === undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw Error("max depth exceeded");
                        if (message.name != null && Object.hasOwnProperty.call(message, "name"))
                            writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                        if (message.extra != null && Object.hasOwnProperty.call(message, "extra"))
                            $root.google.protobuf.Struct.encode(message.extra, writer.uint32(/* id 99, wireType 2 =*/794).fork(), q + 1).ldelim();
                        return writer;
                    };

                    /**
                     * Decodes a GetLinearAccelerationRequest message from the specified reader or buffer.
                     * @function decode
                     * @memberof viam.component.movementsensor.v1.GetLinearAccelerationRequest
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {viam.component.movementsensor.v1.GetLinearAccelerationRequest} GetLinearAccelerationRequest
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    GetLinearAccelerationRequest.decode = function decode(reader, length, error, long) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (long === undefined)
                            long = 0;
                        if (long > $Reader.recursionLimit)
                            throw Error("maximum nesting depth exceeded");
                        let end, message;
                        if (length === undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = new $root.viam.component.movementsensor.v1.GetLinearAccelerationRequest();
                        while (reader.pos < end) {
                            let tag = reader.uint32();
                            if (tag === error)
                                break;
                            switch (tag >>> 3) {
                            case 1: {
                                    message.name = reader.string();
                                    break;
                                }
                            case 99: {
                                    message.extra = $root.google.protobuf.Struct.decode(reader, reader.uint32(), undefined, long + 1);
                                    break;
                                }
                            default:
                                reader.skipType(tag & 7, long);
                                break;
                            }
                        }
                        if (length !== undefined) {
                            if (reader.pos !== end)
                                throw RangeError("index out of range");
                            reader.len = length;
                        }
                        return message;
                    };

                    return GetLinearAccelerationRequest;
                })();

                v1.GetLinearAccelerationResponse = (function() {

                    /**
                     * Properties of a GetLinearAccelerationResponse.
                     * @memberof viam.component.movementsensor.v1
                     * @interface IGetLinearAccelerationResponse
                     * @property {viam.common.v1.IVector3|null} [linearAcceleration] GetLinearAccelerationResponse linearAcceleration
                     */

                    /**
                     * Constructs a new GetLinearAccelerationResponse.
                     * @memberof viam.component.movementsensor.v1
                     * @classdesc Represents a GetLinearAccelerationResponse.
                     * @implements IGetLinearAccelerationResponse
                     * @constructor
                     * @param {viam.component.movementsensor.v1.IGetLinearAccelerationResponse=} [properties] Properties to set
                     */
                    function GetLinearAccelerationResponse(properties) {
                        if (properties)
                            for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    }

                    /**
                     * GetLinearAccelerationResponse linearAcceleration.
                     * @member {viam.common.v1.IVector3|null|undefined} linearAcceleration
                     * @memberof viam.component.movementsensor.v1.GetLinearAccelerationResponse
                     * @instance
                     */
                    GetLinearAccelerationResponse.prototype.linearAcceleration = null;

                    /**
                     * Creates a new GetLinearAccelerationResponse instance using the specified properties.
                     * @function create
                     * @memberof viam.component.movementsensor.v1.GetLinearAccelerationResponse
                     * @static
                     * @param {viam.component.movementsensor.v1.IGetLinearAccelerationResponse=} [properties] Properties to set
                     * @returns {viam.component.movementsensor.v1.GetLinearAccelerationResponse} GetLinearAccelerationResponse instance
                     */
                    GetLinearAccelerationResponse.create = function create(properties) {
                        return new GetLinearAccelerationResponse(properties);
                    };

                    /**
                     * Encodes the specified GetLinearAccelerationResponse message. Does not implicitly {@link viam.component.movementsensor.v1.GetLinearAccelerationResponse.verify|verify} messages.
                     * @function encode
                     * @memberof viam.component.movementsensor.v1.GetLinearAccelerationResponse
                     * @static
                     * @param {viam.component.movementsensor.v1.IGetLinearAccelerationResponse} message GetLinearAccelerationResponse message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    GetLinearAccelerationResponse.encode = function encode(message, writer, q) {
                        if (!writer)
                            writer = $Writer.create();
                        if (q === undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw Error("max depth exceeded");
                        if (message.linearAcceleration != null && Object.hasOwnProperty.call(message, "linearAcceleration"))
                            $root.viam.common.v1.Vector3.encode(message.linearAcceleration, writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                        return writer;
                    };

                    /**
                     * Decodes a GetLinearAccelerationResponse message from the specified reader or buffer.
                     * @function decode
                     * @memberof viam.component.movementsensor.v1.GetLinearAccelerationResponse
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {viam.component.movementsensor.v1.GetLinearAccelerationResponse} GetLinearAccelerationResponse
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    GetLinearAccelerationResponse.decode = function decode(reader, length, error, long) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (long === undefined)
                            long = 0;
                        if (long > $Reader.recursionLimit)
                            throw Error("maximum nesting depth exceeded");
                        let end, message;
                        if (length === undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = new $root.viam.component.movementsensor.v1.GetLinearAccelerationResponse();
                        while (reader.pos < end) {
                            let tag = reader.uint32();
                            if (tag === error)
                                break;
                            switch (tag >>> 3) {
                            case 1: {
                                    message.linearAcceleration = $root.viam.common.v1.Vector3.decode(reader, reader.uint32(), undefined, long + 1);
                                    break;
                                }
                            default:
                                reader.skipType(tag & 7, long);
                                break;
                            }
                        }
                        if (length !== undefined) {
                            if (reader.pos !== end)
                                throw RangeError("index out of range");
                            reader.len = length;
                        }
                        return message;
                    };

                    return GetLinearAccelerationResponse;
                })();

                v1.GetLinearVelocityRequest = (function() {

                    /**
                     * Properties of a GetLinearVelocityRequest.
                     * @memberof viam.component.movementsensor.v1
                     * @interface IGetLinearVelocityRequest
                     * @property {string|null} [name] GetLinearVelocityRequest name
                     * @property {google.protobuf.IStruct|null} [extra] GetLinearVelocityRequest extra
                     */

                    /**
                     * Constructs a new GetLinearVelocityRequest.
                     * @memberof viam.component.movementsensor.v1
                     * @classdesc Represents a GetLinearVelocityRequest.
                     * @implements IGetLinearVelocityRequest
                     * @constructor
                     * @param {viam.component.movementsensor.v1.IGetLinearVelocityRequest=} [properties] Properties to set
                     */
                    function GetLinearVelocityRequest(properties) {
                        if (properties)
                            for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    }

                    /**
                     * GetLinearVelocityRequest name.
                     * @member {string} name
                     * @memberof viam.component.movementsensor.v1.GetLinearVelocityRequest
                     * @instance
                     */
                    GetLinearVelocityRequest.prototype.name = "";

                    /**
                     * GetLinearVelocityRequest extra.
                     * @member {google.protobuf.IStruct|null|undefined} extra
                     * @memberof viam.component.movementsensor.v1.GetLinearVelocityRequest
                     * @instance
                     */
                    GetLinearVelocityRequest.prototype.extra = null;

                    /**
                     * Creates a new GetLinearVelocityRequest instance using the specified properties.
                     * @function create
                     * @memberof viam.component.movementsensor.v1.GetLinearVelocityRequest
                     * @static
                     * @param {viam.component.movementsensor.v1.IGetLinearVelocityRequest=} [properties] Properties to set
                     * @returns {viam.component.movementsensor.v1.GetLinearVelocityRequest} GetLinearVelocityRequest instance
                     */
                    GetLinearVelocityRequest.create = function create(properties) {
                        return new GetLinearVelocityRequest(properties);
                    };

                    /**
                     * Encodes the specified GetLinearVelocityRequest message. Does not implicitly {@link viam.component.movementsensor.v1.GetLinearVelocityRequest.verify|verify} messages.
                     * @function encode
                     * @memberof viam.component.movementsensor.v1.GetLinearVelocityRequest
                     * @static
                     * @param {viam.component.movementsensor.v1.IGetLinearVelocityRequest} message GetLinearVelocityRequest message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    GetLinearVelocityRequest.encode = function encode(message, writer, q) {
                        if (!writer)
                            writer = $Writer.create();
                        if (q === undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw Error("max depth exceeded");
                        if (message.name != null && Object.hasOwnProperty.call(message, "name"))
                            writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                        if (message.extra != null && Object.hasOwnProperty.call(message, "extra"))
                            $root.google.protobuf.Struct.encode(message.extra, writer.uint32(/* id 99, wireType 2 =*/794).fork(), q + 1).ldelim();
                        return writer;
                    };

                    /**
                     * Decodes a GetLinearVelocityRequest message from the specified reader or buffer.
                     * @function decode
                     * @memberof viam.component.movementsensor.v1.GetLinearVelocityRequest
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {viam.component.movementsensor.v1.GetLinearVelocityRequest} GetLinearVelocityRequest
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    GetLinearVelocityRequest.decode = function decode(reader, length, error, long) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (long === undefined)
                            long = 0;
                        if (long > $Reader.recursionLimit)
                            throw Error("maximum nesting depth exceeded");
                        let end, message;
                        if (length === undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = new $root.viam.component.movementsensor.v1.GetLinearVelocityRequest();
                        while (reader.pos < end) {
                            let tag = reader.uint32();
                            if (tag === error)
                                break;
                            switch (tag >>> 3) {
                            case 1: {
                                    message.name = reader.string();
                                    break;
                                }
                            case 99: {
                                    message.extra = $root.google.protobuf.Struct.decode(reader, reader.uint32(), undefined, long + 1);
                                    break;
                                }
                            default:
                                reader.skipType(tag & 7, long);
                                break;
                            }
                        }
                        if (length !== undefined) {
                            if (reader.pos !== end)
                                throw RangeError("index out of range");
                            reader.len = length;
                        }
                        return message;
                    };

                    return GetLinearVelocityRequest;
                })();

                v1.GetLinearVelocityResponse = (function() {

                    /**
                     * Properties of a GetLinearVelocityResponse.
                     * @memberof viam.component.movementsensor.v1
                     * @interface IGetLinearVelocityResponse
                     * @property {viam.common.v1.IVector3|null} [linearVelocity] GetLinearVelocityResponse linearVelocity
                     */

                    /**
                     * Constructs a new GetLinearVelocityResponse.
                     * @memberof viam.component.movementsensor.v1
                     * @classdesc Represents a GetLinearVelocityResponse.
                     * @implements IGetLinearVelocityResponse
                     * @constructor
                     * @param {viam.component.movementsensor.v1.IGetLinearVelocityResponse=} [properties] Properties to set
                     */
                    function GetLinearVelocityResponse(properties) {
                        if (properties)
                            for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    }

                    /**
                     * GetLinearVelocityResponse linearVelocity.
                     * @member {viam.common.v1.IVector3|null|undefined} linearVelocity
                     * @memberof viam.component.movementsensor.v1.GetLinearVelocityResponse
                     * @instance
                     */
                    GetLinearVelocityResponse.prototype.linearVelocity = null;

                    /**
                     * Creates a new GetLinearVelocityResponse instance using the specified properties.
                     * @function create
                     * @memberof viam.component.movementsensor.v1.GetLinearVelocityResponse
                     * @static
                     * @param {viam.component.movementsensor.v1.IGetLinearVelocityResponse=} [properties] Properties to set
                     * @returns {viam.component.movementsensor.v1.GetLinearVelocityResponse} GetLinearVelocityResponse instance
                     */
                    GetLinearVelocityResponse.create = function create(properties) {
                        return new GetLinearVelocityResponse(properties);
                    };

                    /**
                     * Encodes the specified GetLinearVelocityResponse message. Does not implicitly {@link viam.component.movementsensor.v1.GetLinearVelocityResponse.verify|verify} messages.
                     * @function encode
                     * @memberof viam.component.movementsensor.v1.GetLinearVelocityResponse
                     * @static
                     * @param {viam.component.movementsensor.v1.IGetLinearVelocityResponse} message GetLinearVelocityResponse message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    GetLinearVelocityResponse.encode = function encode(message, writer, q) {
                        if (!writer)
                            writer = $Writer.create();
                        if (q === undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw Error("max depth exceeded");
                        if (message.linearVelocity != null && Object.hasOwnProperty.call(message, "linearVelocity"))
                            $root.viam.common.v1.Vector3.encode(message.linearVelocity, writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                        return writer;
                    };

                    /**
                     * Decodes a GetLinearVelocityResponse message from the specified reader or buffer.
                     * @function decode
                     * @memberof viam.component.movementsensor.v1.GetLinearVelocityResponse
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {viam.component.movementsensor.v1.GetLinearVelocityResponse} GetLinearVelocityResponse
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    GetLinearVelocityResponse.decode = function decode(reader, length, error, long) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (long === undefined)
                            long = 0;
                        if (long > $Reader.recursionLimit)
                            throw Error("maximum nesting depth exceeded");
                        let end, message;
                        if (length === undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = new $root.viam.component.movementsensor.v1.GetLinearVelocityResponse();
                        while (reader.pos < end) {
                            let tag = reader.uint32();
                            if (tag === error)
                                break;
                            switch (tag >>> 3) {
                            case 1: {
                                    message.linearVelocity = $root.viam.common.v1.Vector3.decode(reader, reader.uint32(), undefined, long + 1);
                                    break;
                                }
                            default:
                                reader.skipType(tag & 7, long);
                                break;
                            }
                        }
                        if (length !== undefined) {
                            if (reader.pos !== end)
                                throw RangeError("index out of range");
                            reader.len = length;
                        }
                        return message;
                    };

                    return GetLinearVelocityResponse;
                })();

                v1.GetPositionRequest = (function() {

                    /**
                     * Properties of a GetPositionRequest.
                     * @memberof viam.component.movementsensor.v1
                     * @interface IGetPositionRequest
                     * @property {string|null} [name] GetPositionRequest name
                     * @property {google.protobuf.IStruct|null} [extra] GetPositionRequest extra
                     */

                    /**
                     * Constructs a new GetPositionRequest.
                     * @memberof viam.component.movementsensor.v1
                     * @classdesc Represents a GetPositionRequest.
                     * @implements IGetPositionRequest
                     * @constructor
                     * @param {viam.component.movementsensor.v1.IGetPositionRequest=} [properties] Properties to set
                     */
                    function GetPositionRequest(properties) {
                        if (properties)
                            for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    }

                    /**
                     * GetPositionRequest name.
                     * @member {string} name
                     * @memberof viam.component.movementsensor.v1.GetPositionRequest
                     * @instance
                     */
                    GetPositionRequest.prototype.name = "";

                    /**
                     * GetPositionRequest extra.
                     * @member {google.protobuf.IStruct|null|undefined} extra
                     * @memberof viam.component.movementsensor.v1.GetPositionRequest
                     * @instance
                     */
                    GetPositionRequest.prototype.extra = null;

                    /**
                     * Creates a new GetPositionRequest instance using the specified properties.
                     * @function create
                     * @memberof viam.component.movementsensor.v1.GetPositionRequest
                     * @static
                     * @param {viam.component.movementsensor.v1.IGetPositionRequest=} [properties] Properties to set
                     * @returns {viam.component.movementsensor.v1.GetPositionRequest} GetPositionRequest instance
                     */
                    GetPositionRequest.create = function create(properties) {
                        return new GetPositionRequest(properties);
                    };

                    /**
                     * Encodes the specified GetPositionRequest message. Does not implicitly {@link viam.component.movementsensor.v1.GetPositionRequest.verify|verify} messages.
                     * @function encode
                     * @memberof viam.component.movementsensor.v1.GetPositionRequest
                     * @static
                     * @param {viam.component.movementsensor.v1.IGetPositionRequest} message GetPositionRequest message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    GetPositionRequest.encode = function encode(message, writer, q) {
                        if (!writer)
                            writer = $Writer.create();
                        if (q === undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw Error("max depth exceeded");
                        if (message.name != null && Object.hasOwnProperty.call(message, "name"))
                            writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                        if (message.extra != null && Object.hasOwnProperty.call(message, "extra"))
                            $root.google.protobuf.Struct.encode(message.extra, writer.uint32(/* id 99, wireType 2 =*/794).fork(), q + 1).ldelim();
                        return writer;
                    };

                    /**
                     * Decodes a GetPositionRequest message from the specified reader or buffer.
                     * @function decode
                     * @memberof viam.component.movementsensor.v1.GetPositionRequest
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {viam.component.movementsensor.v1.GetPositionRequest} GetPositionRequest
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    GetPositionRequest.decode = function decode(reader, length, error, long) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (long === undefined)
                            long = 0;
                        if (long > $Reader.recursionLimit)
                            throw Error("maximum nesting depth exceeded");
                        let end, message;
                        if (length === undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = new $root.viam.component.movementsensor.v1.GetPositionRequest();
                        while (reader.pos < end) {
                            let tag = reader.uint32();
                            if (tag === error)
                                break;
                            switch (tag >>> 3) {
                            case 1: {
                                    message.name = reader.string();
                                    break;
                                }
                            case 99: {
                                    message.extra = $root.google.protobuf.Struct.decode(reader, reader.uint32(), undefined, long + 1);
                                    break;
                                }
                            default:
                                reader.skipType(tag & 7, long);
                                break;
                            }
                        }
                        if (length !== undefined) {
                            if (reader.pos !== end)
                                throw RangeError("index out of range");
                            reader.len = length;
                        }
                        return message;
                    };

                    return GetPositionRequest;
                })();

                v1.GetPositionResponse = (function() {

                    /**
                     * Properties of a GetPositionResponse.
                     * @memberof viam.component.movementsensor.v1
                     * @interface IGetPositionResponse
                     * @property {viam.common.v1.IGeoPoint|null} [coordinate] GetPositionResponse coordinate
                     * @property {number|null} [altitudeM] GetPositionResponse altitudeM
                     */

                    /**
                     * Constructs a new GetPositionResponse.
                     * @memberof viam.component.movementsensor.v1
                     * @classdesc Represents a GetPositionResponse.
                     * @implements IGetPositionResponse
                     * @constructor
                     * @param {viam.component.movementsensor.v1.IGetPositionResponse=} [properties] Properties to set
                     */
                    function GetPositionResponse(properties) {
                        if (properties)
                            for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    }

                    /**
                     * GetPositionResponse coordinate.
                     * @member {viam.common.v1.IGeoPoint|null|undefined} coordinate
                     * @memberof viam.component.movementsensor.v1.GetPositionResponse
                     * @instance
                     */
                    GetPositionResponse.prototype.coordinate = null;

                    /**
                     * GetPositionResponse altitudeM.
                     * @member {number} altitudeM
                     * @memberof viam.component.movementsensor.v1.GetPositionResponse
                     * @instance
                     */
                    GetPositionResponse.prototype.altitudeM = 0;

                    /**
                     * Creates a new GetPositionResponse instance using the specified properties.
                     * @function create
                     * @memberof viam.component.movementsensor.v1.GetPositionResponse
                     * @static
                     * @param {viam.component.movementsensor.v1.IGetPositionResponse=} [properties] Properties to set
                     * @returns {viam.component.movementsensor.v1.GetPositionResponse} GetPositionResponse instance
                     */
                    GetPositionResponse.create = function create(properties) {
                        return new GetPositionResponse(properties);
                    };

                    /**
                     * Encodes the specified GetPositionResponse message. Does not implicitly {@link viam.component.movementsensor.v1.GetPositionResponse.verify|verify} messages.
                     * @function encode
                     * @memberof viam.component.movementsensor.v1.GetPositionResponse
                     * @static
                     * @param {viam.component.movementsensor.v1.IGetPositionResponse} message GetPositionResponse message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    GetPositionResponse.encode = function encode(message, writer, q) {
                        if (!writer)
                            writer = $Writer.create();
                        if (q === undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw Error("max depth exceeded");
                        if (message.coordinate != null && Object.hasOwnProperty.call(message, "coordinate"))
                            $root.viam.common.v1.GeoPoint.encode(message.coordinate, writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                        if (message.altitudeM != null && Object.hasOwnProperty.call(message, "altitudeM"))
                            writer.uint32(/* id 2, wireType 5 =*/21).float(message.altitudeM);
                        return writer;
                    };

                    /**
                     * Decodes a GetPositionResponse message from the specified reader or buffer.
                     * @function decode
                     * @memberof viam.component.movementsensor.v1.GetPositionResponse
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {viam.component.movementsensor.v1.GetPositionResponse} GetPositionResponse
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    GetPositionResponse.decode = function decode(reader, length, error, long) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (long === undefined)
                            long = 0;
                        if (long > $Reader.recursionLimit)
                            throw Error("maximum nesting depth exceeded");
                        let end, message;
                        if (length === undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = new $root.viam.component.movementsensor.v1.GetPositionResponse();
                        while (reader.pos < end) {
                            let tag = reader.uint32();
                            if (tag === error)
                                break;
                            switch (tag >>> 3) {
                            case 1: {
                                    message.coordinate = $root.viam.common.v1.GeoPoint.decode(reader, reader.uint32(), undefined, long + 1);
                                    break;
                                }
                            case 2: {
                                    message.altitudeM = reader.float();
                                    break;
                                }
                            default:
                                reader.skipType(tag & 7, long);
                                break;
                            }
                        }
                        if (length !== undefined) {
                            if (reader.pos !== end)
                                throw RangeError("index out of range");
                            reader.len = length;
                        }
                        return message;
                    };

                    return GetPositionResponse;
                })();

                v1.GetCompassHeadingRequest = (function() {

                    /**
                     * Properties of a GetCompassHeadingRequest.
                     * @memberof viam.component.movementsensor.v1
                     * @interface IGetCompassHeadingRequest
                     * @property {string|null} [name] GetCompassHeadingRequest name
                     * @property {google.protobuf.IStruct|null} [extra] GetCompassHeadingRequest extra
                     */

                    /**
                     * Constructs a new GetCompassHeadingRequest.
                     * @memberof viam.component.movementsensor.v1
                     * @classdesc Represents a GetCompassHeadingRequest.
                     * @implements IGetCompassHeadingRequest
                     * @constructor
                     * @param {viam.component.movementsensor.v1.IGetCompassHeadingRequest=} [properties] Properties to set
                     */
                    function GetCompassHeadingRequest(properties) {
                        if (properties)
                            for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    }

                    /**
                     * GetCompassHeadingRequest name.
                     * @member {string} name
                     * @memberof viam.component.movementsensor.v1.GetCompassHeadingRequest
                     * @instance
                     */
                    GetCompassHeadingRequest.prototype.name = "";

                    /**
                     * GetCompassHeadingRequest extra.
                     * @member {google.protobuf.IStruct|null|undefined} extra
                     * @memberof viam.component.movementsensor.v1.GetCompassHeadingRequest
                     * @instance
                     */
                    GetCompassHeadingRequest.prototype.extra = null;

                    /**
                     * Creates a new GetCompassHeadingRequest instance using the specified properties.
                     * @function create
                     * @memberof viam.component.movementsensor.v1.GetCompassHeadingRequest
                     * @static
                     * @param {viam.component.movementsensor.v1.IGetCompassHeadingRequest=} [properties] Properties to set
                     * @returns {viam.component.movementsensor.v1.GetCompassHeadingRequest} GetCompassHeadingRequest instance
                     */
                    GetCompassHeadingRequest.create = function create(properties) {
                        return new GetCompassHeadingRequest(properties);
                    };

                    /**
                     * Encodes the specified GetCompassHeadingRequest message. Does not implicitly {@link viam.component.movementsensor.v1.GetCompassHeadingRequest.verify|verify} messages.
                     * @function encode
                     * @memberof viam.component.movementsensor.v1.GetCompassHeadingRequest
                     * @static
                     * @param {viam.component.movementsensor.v1.IGetCompassHeadingRequest} message GetCompassHeadingRequest message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    GetCompassHeadingRequest.encode = function encode(message, writer, q) {
                        if (!writer)
                            writer = $Writer.create();
                        if (q === undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw Error("max depth exceeded");
                        if (message.name != null && Object.hasOwnProperty.call(message, "name"))
                            writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                        if (message.extra != null && Object.hasOwnProperty.call(message, "extra"))
                            $root.google.protobuf.Struct.encode(message.extra, writer.uint32(/* id 99, wireType 2 =*/794).fork(), q + 1).ldelim();
                        return writer;
                    };

                    /**
                     * Decodes a GetCompassHeadingRequest message from the specified reader or buffer.
                     * @function decode
                     * @memberof viam.component.movementsensor.v1.GetCompassHeadingRequest
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {viam.component.movementsensor.v1.GetCompassHeadingRequest} GetCompassHeadingRequest
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    GetCompassHeadingRequest.decode = function decode(reader, length, error, long) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (long === undefined)
                            long = 0;
                        if (long > $Reader.recursionLimit)
                            throw Error("maximum nesting depth exceeded");
                        let end, message;
                        if (length === undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = new $root.viam.component.movementsensor.v1.GetCompassHeadingRequest();
                        while (reader.pos < end) {
                            let tag = reader.uint32();
                            if (tag === error)
                                break;
                            switch (tag >>> 3) {
                            case 1: {
                                    message.name = reader.string();
                                    break;
                                }
                            case 99: {
                                    message.extra = $root.google.protobuf.Struct.decode(reader, reader.uint32(), undefined, long + 1);
                                    break;
                                }
                            default:
                                reader.skipType(tag & 7, long);
                                break;
                            }
                        }
                        if (length !== undefined) {
                            if (reader.pos !== end)
                                throw RangeError("index out of range");
                            reader.len = length;
                        }
                        return message;
                    };

                    return GetCompassHeadingRequest;
                })();

                v1.GetCompassHeadingResponse = (function() {

                    /**
                     * Properties of a GetCompassHeadingResponse.
                     * @memberof viam.component.movementsensor.v1
                     * @interface IGetCompassHeadingResponse
                     * @property {number|null} [value] GetCompassHeadingResponse value
                     */

                    /**
                     * Constructs a new GetCompassHeadingResponse.
                     * @memberof viam.component.movementsensor.v1
                     * @classdesc Represents a GetCompassHeadingResponse.
                     * @implements IGetCompassHeadingResponse
                     * @constructor
                     * @param {viam.component.movementsensor.v1.IGetCompassHeadingResponse=} [properties] Properties to set
                     */
                    function GetCompassHeadingResponse(properties) {
                        if (properties)
                            for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    }

                    /**
                     * GetCompassHeadingResponse value.
                     * @member {number} value
                     * @memberof viam.component.movementsensor.v1.GetCompassHeadingResponse
                     * @instance
                     */
                    GetCompassHeadingResponse.prototype.value = 0;

                    /**
                     * Creates a new GetCompassHeadingResponse instance using the specified properties.
                     * @function create
                     * @memberof viam.component.movementsensor.v1.GetCompassHeadingResponse
                     * @static
                     * @param {viam.component.movementsensor.v1.IGetCompassHeadingResponse=} [properties] Properties to set
                     * @returns {viam.component.movementsensor.v1.GetCompassHeadingResponse} GetCompassHeadingResponse instance
                     */
                    GetCompassHeadingResponse.create = function create(properties) {
                        return new GetCompassHeadingResponse(properties);
                    };

                    /**
                     * Encodes the specified GetCompassHeadingResponse message. Does not implicitly {@link viam.component.movementsensor.v1.GetCompassHeadingResponse.verify|verify} messages.
                     * @function encode
                     * @memberof viam.component.movementsensor.v1.GetCompassHeadingResponse
                     * @static
                     * @param {viam.component.movementsensor.v1.IGetCompassHeadingResponse} message GetCompassHeadingResponse message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    GetCompassHeadingResponse.encode = function encode(message, writer, q) {
                        if (!writer)
                            writer = $Writer.create();
                        if (q === undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw Error("max depth exceeded");
                        if (message.value != null && Object.hasOwnProperty.call(message, "value"))
                            writer.uint32(/* id 1, wireType 1 =*/9).double(message.value);
                        return writer;
                    };

                    /**
                     * Decodes a GetCompassHeadingResponse message from the specified reader or buffer.
                     * @function decode
                     * @memberof viam.component.movementsensor.v1.GetCompassHeadingResponse
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {viam.component.movementsensor.v1.GetCompassHeadingResponse} GetCompassHeadingResponse
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    GetCompassHeadingResponse.decode = function decode(reader, length, error, long) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (long === undefined)
                            long = 0;
                        if (long > $Reader.recursionLimit)
                            throw Error("maximum nesting depth exceeded");
                        let end, message;
                        if (length === undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = new $root.viam.component.movementsensor.v1.GetCompassHeadingResponse();
                        while (reader.pos < end) {
                            let tag = reader.uint32();
                            if (tag === error)
                                break;
                            switch (tag >>> 3) {
                            case 1: {
                                    message.value = reader.double();
                                    break;
                                }
                            default:
                                reader.skipType(tag & 7, long);
                                break;
                            }
                        }
                        if (length !== undefined) {
                            if (reader.pos !== end)
                                throw RangeError("index out of range");
                            reader.len = length;
                        }
                        return message;
                    };

                    return GetCompassHeadingResponse;
                })();

                v1.GetOrientationRequest = (function() {

                    /**
                     * Properties of a GetOrientationRequest.
                     * @memberof viam.component.movementsensor.v1
                     * @interface IGetOrientationRequest
                     * @property {string|null} [name] GetOrientationRequest name
                     * @property {google.protobuf.IStruct|null} [extra] GetOrientationRequest extra
                     */

                    /**
                     * Constructs a new GetOrientationRequest.
                     * @memberof viam.component.movementsensor.v1
                     * @classdesc Represents a GetOrientationRequest.
                     * @implements IGetOrientationRequest
                     * @constructor
                     * @param {viam.component.movementsensor.v1.IGetOrientationRequest=} [properties] Properties to set
                     */
                    function GetOrientationRequest(properties) {
                        if (properties)
                            for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    }

                    /**
                     * GetOrientationRequest name.
                     * @member {string} name
                     * @memberof viam.component.movementsensor.v1.GetOrientationRequest
                     * @instance
                     */
                    GetOrientationRequest.prototype.name = "";

                    /**
                     * GetOrientationRequest extra.
                     * @member {google.protobuf.IStruct|null|undefined} extra
                     * @memberof viam.component.movementsensor.v1.GetOrientationRequest
                     * @instance
                     */
                    GetOrientationRequest.prototype.extra = null;

                    /**
                     * Creates a new GetOrientationRequest instance using the specified properties.
                     * @function create
                     * @memberof viam.component.movementsensor.v1.GetOrientationRequest
                     * @static
                     * @param {viam.component.movementsensor.v1.IGetOrientationRequest=} [properties] Properties to set
                     * @returns {viam.component.movementsensor.v1.GetOrientationRequest} GetOrientationRequest instance
                     */
                    GetOrientationRequest.create = function create(properties) {
                        return new GetOrientationRequest(properties);
                    };

                    /**
                     * Encodes the specified GetOrientationRequest message. Does not implicitly {@link viam.component.movementsensor.v1.GetOrientationRequest.verify|verify} messages.
                     * @function encode
                     * @memberof viam.component.movementsensor.v1.GetOrientationRequest
                     * @static
                     * @param {viam.component.movementsensor.v1.IGetOrientationRequest} message GetOrientationRequest message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    GetOrientationRequest.encode = function encode(message, writer, q) {
                        if (!writer)
                            writer = $Writer.create();
                        if (q === undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw Error("max depth exceeded");
                        if (message.name != null && Object.hasOwnProperty.call(message, "name"))
                            writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                        if (message.extra != null && Object.hasOwnProperty.call(message, "extra"))
                            $root.google.protobuf.Struct.encode(message.extra, writer.uint32(/* id 99, wireType 2 =*/794).fork(), q + 1).ldelim();
                        return writer;
                    };

                    /**
                     * Decodes a GetOrientationRequest message from the specified reader or buffer.
                     * @function decode
                     * @memberof viam.component.movementsensor.v1.GetOrientationRequest
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {viam.component.movementsensor.v1.GetOrientationRequest} GetOrientationRequest
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    GetOrientationRequest.decode = function decode(reader, length, error, long) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (long === undefined)
                            long = 0;
                        if (long > $Reader.recursionLimit)
                            throw Error("maximum nesting depth exceeded");
                        let end, message;
                        if (length === undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = new $root.viam.component.movementsensor.v1.GetOrientationRequest();
                        while (reader.pos < end) {
                            let tag = reader.uint32();
                            if (tag === error)
                                break;
                            switch (tag >>> 3) {
                            case 1: {
                                    message.name = reader.string();
                                    break;
                                }
                            case 99: {
                                    message.extra = $root.google.protobuf.Struct.decode(reader, reader.uint32(), undefined, long + 1);
                                    break;
                                }
                            default:
                                reader.skipType(tag & 7, long);
                                break;
                            }
                        }
                        if (length !== undefined) {
                            if (reader.pos !== end)
                                throw RangeError("index out of range");
                            reader.len = length;
                        }
                        return message;
                    };

                    return GetOrientationRequest;
                })();

                v1.GetOrientationResponse = (function() {

                    /**
                     * Properties of a GetOrientationResponse.
                     * @memberof viam.component.movementsensor.v1
                     * @interface IGetOrientationResponse
                     * @property {viam.common.v1.IOrientation|null} [orientation] GetOrientationResponse orientation
                     */

                    /**
                     * Constructs a new GetOrientationResponse.
                     * @memberof viam.component.movementsensor.v1
                     * @classdesc Represents a GetOrientationResponse.
                     * @implements IGetOrientationResponse
                     * @constructor
                     * @param {viam.component.movementsensor.v1.IGetOrientationResponse=} [properties] Properties to set
                     */
                    function GetOrientationResponse(properties) {
                        if (properties)
                            for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    }

                    /**
                     * GetOrientationResponse orientation.
                     * @member {viam.common.v1.IOrientation|null|undefined} orientation
                     * @memberof viam.component.movementsensor.v1.GetOrientationResponse
                     * @instance
                     */
                    GetOrientationResponse.prototype.orientation = null;

                    /**
                     * Creates a new GetOrientationResponse instance using the specified properties.
                     * @function create
                     * @memberof viam.component.movementsensor.v1.GetOrientationResponse
                     * @static
                     * @param {viam.component.movementsensor.v1.IGetOrientationResponse=} [properties] Properties to set
                     * @returns {viam.component.movementsensor.v1.GetOrientationResponse} GetOrientationResponse instance
                     */
                    GetOrientationResponse.create = function create(properties) {
                        return new GetOrientationResponse(properties);
                    };

                    /**
                     * Encodes the specified GetOrientationResponse message. Does not implicitly {@link viam.component.movementsensor.v1.GetOrientationResponse.verify|verify} messages.
                     * @function encode
                     * @memberof viam.component.movementsensor.v1.GetOrientationResponse
                     * @static
                     * @param {viam.component.movementsensor.v1.IGetOrientationResponse} message GetOrientationResponse message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    GetOrientationResponse.encode = function encode(message, writer, q) {
                        if (!writer)
                            writer = $Writer.create();
                        if (q === undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw Error("max depth exceeded");
                        if (message.orientation != null && Object.hasOwnProperty.call(message, "orientation"))
                            $root.viam.common.v1.Orientation.encode(message.orientation, writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                        return writer;
                    };

                    /**
                     * Decodes a GetOrientationResponse message from the specified reader or buffer.
                     * @function decode
                     * @memberof viam.component.movementsensor.v1.GetOrientationResponse
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {viam.component.movementsensor.v1.GetOrientationResponse} GetOrientationResponse
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    GetOrientationResponse.decode = function decode(reader, length, error, long) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (long === undefined)
                            long = 0;
                        if (long > $Reader.recursionLimit)
                            throw Error("maximum nesting depth exceeded");
                        let end, message;
                        if (length === undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = new $root.viam.component.movementsensor.v1.GetOrientationResponse();
                        while (reader.pos < end) {
                            let tag = reader.uint32();
                            if (tag === error)
                                break;
                            switch (tag >>> 3) {
                            case 1: {
                                    message.orientation = $root.viam.common.v1.Orientation.decode(reader, reader.uint32(), undefined, long + 1);
                                    break;
                                }
                            default:
                                reader.skipType(tag & 7, long);
                                break;
                            }
                        }
                        if (length !== undefined) {
                            if (reader.pos !== end)
                                throw RangeError("index out of range");
                            reader.len = length;
                        }
                        return message;
                    };

                    return GetOrientationResponse;
                })();

                v1.GetAccuracyRequest = (function() {

                    /**
                     * Properties of a GetAccuracyRequest.
                     * @memberof viam.component.movementsensor.v1
                     * @interface IGetAccuracyRequest
                     * @property {string|null} [name] GetAccuracyRequest name
                     * @property {google.protobuf.IStruct|null} [extra] GetAccuracyRequest extra
                     */

                    /**
                     * Constructs a new GetAccuracyRequest.
                     * @memberof viam.component.movementsensor.v1
                     * @classdesc Represents a GetAccuracyRequest.
                     * @implements IGetAccuracyRequest
                     * @constructor
                     * @param {viam.component.movementsensor.v1.IGetAccuracyRequest=} [properties] Properties to set
                     */
                    function GetAccuracyRequest(properties) {
                        if (properties)
                            for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    }

                    /**
                     * GetAccuracyRequest name.
                     * @member {string} name
                     * @memberof viam.component.movementsensor.v1.GetAccuracyRequest
                     * @instance
                     */
                    GetAccuracyRequest.prototype.name = "";

                    /**
                     * GetAccuracyRequest extra.
                     * @member {google.protobuf.IStruct|null|undefined} extra
                     * @memberof viam.component.movementsensor.v1.GetAccuracyRequest
                     * @instance
                     */
                    GetAccuracyRequest.prototype.extra = null;

                    /**
                     * Creates a new GetAccuracyRequest instance using the specified properties.
                     * @function create
                     * @memberof viam.component.movementsensor.v1.GetAccuracyRequest
                     * @static
                     * @param {viam.component.movementsensor.v1.IGetAccuracyRequest=} [properties] Properties to set
                     * @returns {viam.component.movementsensor.v1.GetAccuracyRequest} GetAccuracyRequest instance
                     */
                    GetAccuracyRequest.create = function create(properties) {
                        return new GetAccuracyRequest(properties);
                    };

                    /**
                     * Encodes the specified GetAccuracyRequest message. Does not implicitly {@link viam.component.movementsensor.v1.GetAccuracyRequest.verify|verify} messages.
                     * @function encode
                     * @memberof viam.component.movementsensor.v1.GetAccuracyRequest
                     * @static
                     * @param {viam.component.movementsensor.v1.IGetAccuracyRequest} message GetAccuracyRequest message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    GetAccuracyRequest.encode = function encode(message, writer, q) {
                        if (!writer)
                            writer = $Writer.create();
                        if (q === undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw Error("max depth exceeded");
                        if (message.name != null && Object.hasOwnProperty.call(message, "name"))
                            writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                        if (message.extra != null && Object.hasOwnProperty.call(message, "extra"))
                            $root.google.protobuf.Struct.encode(message.extra, writer.uint32(/* id 99, wireType 2 =*/794).fork(), q + 1).ldelim();
                        return writer;
                    };

                    /**
                     * Decodes a GetAccuracyRequest message from the specified reader or buffer.
                     * @function decode
                     * @memberof viam.component.movementsensor.v1.GetAccuracyRequest
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {viam.component.movementsensor.v1.GetAccuracyRequest} GetAccuracyRequest
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    GetAccuracyRequest.decode = function decode(reader, length, error, long) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (long === undefined)
                            long = 0;
                        if (long > $Reader.recursionLimit)
                            throw Error("maximum nesting depth exceeded");
                        let end, message;
                        if (length === undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = new $root.viam.component.movementsensor.v1.GetAccuracyRequest();
                        while (reader.pos < end) {
                            let tag = reader.uint32();
                            if (tag === error)
                                break;
                            switch (tag >>> 3) {
                            case 1: {
                                    message.name = reader.string();
                                    break;
                                }
                            case 99: {
                                    message.extra = $root.google.protobuf.Struct.decode(reader, reader.uint32(), undefined, long + 1);
                                    break;
                                }
                            default:
                                reader.skipType(tag & 7, long);
                                break;
                            }
                        }
                        if (length !== undefined) {
                            if (reader.pos !== end)
                                throw RangeError("index out of range");
                            reader.len = length;
                        }
                        return message;
                    };

                    return GetAccuracyRequest;
                })();

                v1.GetAccuracyResponse = (function() {

                    /**
                     * Properties of a GetAccuracyResponse.
                     * @memberof viam.component.movementsensor.v1
                     * @interface IGetAccuracyResponse
                     * @property {Object.<string,number>|null} [accuracy] GetAccuracyResponse accuracy
                     * @property {number|null} [positionHdop] GetAccuracyResponse positionHdop
                     * @property {number|null} [positionVdop] GetAccuracyResponse positionVdop
                     * @property {number|null} [positionNmeaGgaFix] GetAccuracyResponse positionNmeaGgaFix
                     * @property {number|null} [compassDegreesError] GetAccuracyResponse compassDegreesError
                     */

                    /**
                     * Constructs a new GetAccuracyResponse.
                     * @memberof viam.component.movementsensor.v1
                     * @classdesc Represents a GetAccuracyResponse.
                     * @implements IGetAccuracyResponse
                     * @constructor
                     * @param {viam.component.movementsensor.v1.IGetAccuracyResponse=} [properties] Properties to set
                     */
                    function GetAccuracyResponse(properties) {
                        this.accuracy = {};
                        if (properties)
                            for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    }

                    /**
                     * GetAccuracyResponse accuracy.
                     * @member {Object.<string,number>} accuracy
                     * @memberof viam.component.movementsensor.v1.GetAccuracyResponse
                     * @instance
                     */
                    GetAccuracyResponse.prototype.accuracy = $util.emptyObject;

                    /**
                     * GetAccuracyResponse positionHdop.
                     * @member {number|null|undefined} positionHdop
                     * @memberof viam.component.movementsensor.v1.GetAccuracyResponse
                     * @instance
                     */
                    GetAccuracyResponse.prototype.positionHdop = null;

                    /**
                     * GetAccuracyResponse positionVdop.
                     * @member {number|null|undefined} positionVdop
                     * @memberof viam.component.movementsensor.v1.GetAccuracyResponse
                     * @instance
                     */
                    GetAccuracyResponse.prototype.positionVdop = null;

                    /**
                     * GetAccuracyResponse positionNmeaGgaFix.
                     * @member {number|null|undefined} positionNmeaGgaFix
                     * @memberof viam.component.movementsensor.v1.GetAccuracyResponse
                     * @instance
                     */
                    GetAccuracyResponse.prototype.positionNmeaGgaFix = null;

                    /**
                     * GetAccuracyResponse compassDegreesError.
                     * @member {number|null|undefined} compassDegreesError
                     * @memberof viam.component.movementsensor.v1.GetAccuracyResponse
                     * @instance
                     */
                    GetAccuracyResponse.prototype.compassDegreesError = null;

                    // OneOf field names bound to virtual getters and setters
                    let $oneOfFields;

                    // Virtual OneOf for proto3 optional field
                    Object.defineProperty(GetAccuracyResponse.prototype, "_positionHdop", {
                        get: $util.oneOfGetter($oneOfFields = ["positionHdop"]),
                        set: $util.oneOfSetter($oneOfFields)
                    });

                    // Virtual OneOf for proto3 optional field
                    Object.defineProperty(GetAccuracyResponse.prototype, "_positionVdop", {
                        get: $util.oneOfGetter($oneOfFields = ["positionVdop"]),
                        set: $util.oneOfSetter($oneOfFields)
                    });

                    // Virtual OneOf for proto3 optional field
                    Object.defineProperty(GetAccuracyResponse.prototype, "_positionNmeaGgaFix", {
                        get: $util.oneOfGetter($oneOfFields = ["positionNmeaGgaFix"]),
                        set: $util.oneOfSetter($oneOfFields)
                    });

                    // Virtual OneOf for proto3 optional field
                    Object.defineProperty(GetAccuracyResponse.prototype, "_compassDegreesError", {
                        get: $util.oneOfGetter($oneOfFields = ["compassDegreesError"]),
                        set: $util.oneOfSetter($oneOfFields)
                    });

                    /**
                     * Creates a new GetAccuracyResponse instance using the specified properties.
                     * @function create
                     * @memberof viam.component.movementsensor.v1.GetAccuracyResponse
                     * @static
                     * @param {viam.component.movementsensor.v1.IGetAccuracyResponse=} [properties] Properties to set
                     * @returns {viam.component.movementsensor.v1.GetAccuracyResponse} GetAccuracyResponse instance
                     */
                    GetAccuracyResponse.create = function create(properties) {
                        return new GetAccuracyResponse(properties);
                    };

                    /**
                     * Encodes the specified GetAccuracyResponse message. Does not implicitly {@link viam.component.movementsensor.v1.GetAccuracyResponse.verify|verify} messages.
                     * @function encode
                     * @memberof viam.component.movementsensor.v1.GetAccuracyResponse
                     * @static
                     * @param {viam.component.movementsensor.v1.IGetAccuracyResponse} message GetAccuracyResponse message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    GetAccuracyResponse.encode = function encode(message, writer, q) {
                        if (!writer)
                            writer = $Writer.create();
                        if (q === undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw Error("max depth exceeded");
                        if (message.accuracy != null && Object.hasOwnProperty.call(message, "accuracy"))
                            for (let keys = Object.keys(message.accuracy), i = 0; i < keys.length; ++i)
                                writer.uint32(/* id 1, wireType 2 =*/10).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]).uint32(/* id 2, wireType 5 =*/21).float(message.accuracy[keys[i]]).ldelim();
                        if (message.positionHdop != null && Object.hasOwnProperty.call(message, "positionHdop"))
                            writer.uint32(/* id 2, wireType 5 =*/21).float(message.positionHdop);
                        if (message.positionVdop != null && Object.hasOwnProperty.call(message, "positionVdop"))
                            writer.uint32(/* id 3, wireType 5 =*/29).float(message.positionVdop);
                        if (message.positionNmeaGgaFix != null && Object.hasOwnProperty.call(message, "positionNmeaGgaFix"))
                            writer.uint32(/* id 4, wireType 0 =*/32).int32(message.positionNmeaGgaFix);
                        if (message.compassDegreesError != null && Object.hasOwnProperty.call(message, "compassDegreesError"))
                            writer.uint32(/* id 5, wireType 5 =*/45).float(message.compassDegreesError);
                        return writer;
                    };

                    /**
                     * Decodes a GetAccuracyResponse message from the specified reader or buffer.
                     * @function decode
                     * @memberof viam.component.movementsensor.v1.GetAccuracyResponse
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {viam.component.movementsensor.v1.GetAccuracyResponse} GetAccuracyResponse
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    GetAccuracyResponse.decode = function decode(reader, length, error, long) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (long === undefined)
                            long = 0;
                        if (long > $Reader.recursionLimit)
                            throw Error("maximum nesting depth exceeded");
                        let end, message, key, value;
                        if (length === undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = new $root.viam.component.movementsensor.v1.GetAccuracyResponse();
                        while (reader.pos < end) {
                            let tag = reader.uint32();
                            if (tag === error)
                                break;
                            switch (tag >>> 3) {
                            case 1: {
                                    if (message.accuracy === $util.emptyObject)
                                        message.accuracy = {};
                                    let end2 = reader.uint32() + reader.pos;
                                    if (end2 > reader.len)
                                        throw RangeError("index out of range");
                                    reader.len = end2;
                                    key = "";
                                    value = 0;
                                    while (reader.pos < end2) {
                                        let tag2 = reader.uint32();
                                        switch (tag2 >>> 3) {
                                        case 1:
                                            key = reader.string();
                                            break;
                                        case 2:
                                            value = reader.float();
                                            break;
                                        default:
                                            reader.skipType(tag2 & 7, long);
                                            break;
                                        }
                                    }
                                    if (reader.pos !== end2)
                                        throw RangeError("index out of range");
                                    reader.len = end;
                                    if (key === "__proto__")
                                        $util.makeProp(message.accuracy, key);
                                    message.accuracy[key] = value;
                                    break;
                                }
                            case 2: {
                                    message.positionHdop = reader.float();
                                    break;
                                }
                            case 3: {
                                    message.positionVdop = reader.float();
                                    break;
                                }
                            case 4: {
                                    message.positionNmeaGgaFix = reader.int32();
                                    break;
                                }
                            case 5: {
                                    message.compassDegreesError = reader.float();
                                    break;
                                }
                            default:
                                reader.skipType(tag & 7, long);
                                break;
                            }
                        }
                        if (length !== undefined) {
                            if (reader.pos !== end)
                                throw RangeError("index out of range");
                            reader.len = length;
                        }
                        return message;
                    };

                    return GetAccuracyResponse;
                })();

                return v1;
            })();

            return movementsensor;
        })();

        component.powersensor = (function() {

            /**
             * Namespace powersensor.
             * @memberof viam.component
             * @namespace
             */
            const powersensor = {};

            powersensor.v1 = (function() {

                /**
                 * Namespace v1.
                 * @memberof viam.component.powersensor
                 * @namespace
                 */
                const v1 = {};

                v1.GetVoltageRequest = (function() {

                    /**
                     * Properties of a GetVoltageRequest.
                     * @memberof viam.component.powersensor.v1
                     * @interface IGetVoltageRequest
                     * @property {string|null} [name] GetVoltageRequest name
                     * @property {google.protobuf.IStruct|null} [extra] GetVoltageRequest extra
                     */

                    /**
                     * Constructs a new GetVoltageRequest.
                     * @memberof viam.component.powersensor.v1
                     * @classdesc Represents a GetVoltageRequest.
                     * @implements IGetVoltageRequest
                     * @constructor
                     * @param {viam.component.powersensor.v1.IGetVoltageRequest=} [properties] Properties to set
                     */
                    function GetVoltageRequest(properties) {
                        if (properties)
                            for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    }

                    /**
                     * GetVoltageRequest name.
                     * @member {string} name
                     * @memberof viam.component.powersensor.v1.GetVoltageRequest
                     * @instance
                     */
                    GetVoltageRequest.prototype.name = "";

                    /**
                     * GetVoltageRequest extra.
                     * @member {google.protobuf.IStruct|null|undefined} extra
                     * @memberof viam.component.powersensor.v1.GetVoltageRequest
                     * @instance
                     */
                    GetVoltageRequest.prototype.extra = null;

                    /**
                     * Creates a new GetVoltageRequest instance using the specified properties.
                     * @function create
                     * @memberof viam.component.powersensor.v1.GetVoltageRequest
                     * @static
                     * @param {viam.component.powersensor.v1.IGetVoltageRequest=} [properties] Properties to set
                     * @returns {viam.component.powersensor.v1.GetVoltageRequest} GetVoltageRequest instance
                     */
                    GetVoltageRequest.create = function create(properties) {
                        return new GetVoltageRequest(properties);
                    };

                    /**
                     * Encodes the specified GetVoltageRequest message. Does not implicitly {@link viam.component.powersensor.v1.GetVoltageRequest.verify|verify} messages.
                     * @function encode
                     * @memberof viam.component.powersensor.v1.GetVoltageRequest
                     * @static
                     * @param {viam.component.powersensor.v1.IGetVoltageRequest} message GetVoltageRequest message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    GetVoltageRequest.encode = function encode(message, writer, q) {
                        if (!writer)
                            writer = $Writer.create();
                        if (q === undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw Error("max depth exceeded");
                        if (message.name != null && Object.hasOwnProperty.call(message, "name"))
                            writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                        if (message.extra != null && Object.hasOwnProperty.call(message, "extra"))
                            $root.google.protobuf.Struct.encode(message.extra, writer.uint32(/* id 99, wireType 2 =*/794).fork(), q + 1).ldelim();
                        return writer;
                    };

                    /**
                     * Decodes a GetVoltageRequest message from the specified reader or buffer.
                     * @function decode
                     * @memberof viam.component.powersensor.v1.GetVoltageRequest
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {viam.component.powersensor.v1.GetVoltageRequest} GetVoltageRequest
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    GetVoltageRequest.decode = function decode(reader, length, error, long) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (long === undefined)
                            long = 0;
                        if (long > $Reader.recursionLimit)
                            throw Error("maximum nesting depth exceeded");
                        let end, message;
                        if (length === undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = new $root.viam.component.powersensor.v1.GetVoltageRequest();
                        while (reader.pos < end) {
                            let tag = reader.uint32();
                            if (tag === error)
                                break;
                            switch (tag >>> 3) {
                            case 1: {
                                    message.name = reader.string();
                                    break;
                                }
                            case 99: {
                                    message.extra = $root.google.protobuf.Struct.decode(reader, reader.uint32(), undefined, long + 1);
                                    break;
                                }
                            default:
                                reader.skipType(tag & 7, long);
                                break;
                            }
                        }
                        if (length !== undefined) {
                            if (reader.pos !== end)
                                throw RangeError("index out of range");
                            reader.len = length;
                        }
                        return message;
                    };

                    return GetVoltageRequest;
                })();

                v1.GetVoltageResponse = (function() {

                    /**
                     * Properties of a GetVoltageResponse.
                     * @memberof viam.component.powersensor.v1
                     * @interface IGetVoltageResponse
                     * @property {number|null} [volts] GetVoltageResponse volts
                     * @property {boolean|null} [isAc] GetVoltageResponse isAc
                     */

                    /**
                     * Constructs a new GetVoltageResponse.
                     * @memberof viam.component.powersensor.v1
                     * @classdesc Represents a GetVoltageResponse.
                     * @implements IGetVoltageResponse
                     * @constructor
                     * @param {viam.component.powersensor.v1.IGetVoltageResponse=} [properties] Properties to set
                     */
                    function GetVoltageResponse(properties) {
                        if (properties)
                            for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    }

                    /**
                     * GetVoltageResponse volts.
                     * @member {number} volts
                     * @memberof viam.component.powersensor.v1.GetVoltageResponse
                     * @instance
                     */
                    GetVoltageResponse.prototype.volts = 0;

                    /**
                     * GetVoltageResponse isAc.
                     * @member {boolean} isAc
                     * @memberof viam.component.powersensor.v1.GetVoltageResponse
                     * @instance
                     */
                    GetVoltageResponse.prototype.isAc = false;

                    /**
                     * Creates a new GetVoltageResponse instance using the specified properties.
                     * @function create
                     * @memberof viam.component.powersensor.v1.GetVoltageResponse
                     * @static
                     * @param {viam.component.powersensor.v1.IGetVoltageResponse=} [properties] Properties to set
                     * @returns {viam.component.powersensor.v1.GetVoltageResponse} GetVoltageResponse instance
                     */
                    GetVoltageResponse.create = function create(properties) {
                        return new GetVoltageResponse(properties);
                    };

                    /**
                     * Encodes the specified GetVoltageResponse message. Does not implicitly {@link viam.component.powersensor.v1.GetVoltageResponse.verify|verify} messages.
                     * @function encode
                     * @memberof viam.component.powersensor.v1.GetVoltageResponse
                     * @static
                     * @param {viam.component.powersensor.v1.IGetVoltageResponse} message GetVoltageResponse message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    GetVoltageResponse.encode = function encode(message, writer, q) {
                        if (!writer)
                            writer = $Writer.create();
                        if (q === undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw Error("max depth exceeded");
                        if (message.volts != null && Object.hasOwnProperty.call(message, "volts"))
                            writer.uint32(/* id 1, wireType 1 =*/9).double(message.volts);
                        if (message.isAc != null && Object.hasOwnProperty.call(message, "isAc"))
                            writer.uint32(/* id 2, wireType 0 =*/16).bool(message.isAc);
                        return writer;
                    };

                    /**
                     * Decodes a GetVoltageResponse message from the specified reader or buffer.
                     * @function decode
                     * @memberof viam.component.powersensor.v1.GetVoltageResponse
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {viam.component.powersensor.v1.GetVoltageResponse} GetVoltageResponse
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    GetVoltageResponse.decode = function decode(reader, length, error, long) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (long === undefined)
                            long = 0;
                        if (long > $Reader.recursionLimit)
                            throw Error("maximum nesting depth exceeded");
                        let end, message;
                        if (length === undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = new $root.viam.component.powersensor.v1.GetVoltageResponse();
                        while (reader.pos < end) {
                            let tag = reader.uint32();
                            if (tag === error)
                                break;
                            switch (tag >>> 3) {
                            case 1: {
                                    message.volts = reader.double();
                                    break;
                                }
                            case 2: {
                                    message.isAc = reader.bool();
                                    break;
                                }
                            default:
                                reader.skipType(tag & 7, long);
                                break;
                            }
                        }
                        if (length !== undefined) {
                            if (reader.pos !== end)
                                throw RangeError("index out of range");
                            reader.len = length;
                        }
                        return message;
                    };

                    return GetVoltageResponse;
                })();

                v1.GetCurrentRequest = (function() {

                    /**
                     * Properties of a GetCurrentRequest.
                     * @memberof viam.component.powersensor.v1
                     * @interface IGetCurrentRequest
                     * @property {string|null} [name] GetCurrentRequest name
                     * @property {google.protobuf.IStruct|null} [extra] GetCurrentRequest extra
                     */

                    /**
                     * Constructs a new GetCurrentRequest.
                     * @memberof viam.component.powersensor.v1
                     * @classdesc Represents a GetCurrentRequest.
                     * @implements IGetCurrentRequest
                     * @constructor
                     * @param {viam.component.powersensor.v1.IGetCurrentRequest=} [properties] Properties to set
                     */
                    function GetCurrentRequest(properties) {
                        if (properties)
                            for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    }

                    /**
                     * GetCurrentRequest name.
                     * @member {string} name
                     * @memberof viam.component.powersensor.v1.GetCurrentRequest
                     * @instance
                     */
                    GetCurrentRequest.prototype.name = "";

                    /**
                     * GetCurrentRequest extra.
                     * @member {google.protobuf.IStruct|null|undefined} extra
                     * @memberof viam.component.powersensor.v1.GetCurrentRequest
                     * @instance
                     */
                    GetCurrentRequest.prototype.extra = null;

                    /**
                     * Creates a new GetCurrentRequest instance using the specified properties.
                     * @function create
                     * @memberof viam.component.powersensor.v1.GetCurrentRequest
                     * @static
                     * @param {viam.component.powersensor.v1.IGetCurrentRequest=} [properties] Properties to set
                     * @returns {viam.component.powersensor.v1.GetCurrentRequest} GetCurrentRequest instance
                     */
                    GetCurrentRequest.create = function create(properties) {
                        return new GetCurrentRequest(properties);
                    };

                    /**
                     * Encodes the specified GetCurrentRequest message. Does not implicitly {@link viam.component.powersensor.v1.GetCurrentRequest.verify|verify} messages.
                     * @function encode
                     * @memberof viam.component.powersensor.v1.GetCurrentRequest
                     * @static
                     * @param {viam.component.powersensor.v1.IGetCurrentRequest} message GetCurrentRequest message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    GetCurrentRequest.encode = function encode(message, writer, q) {
                        if (!writer)
                            writer = $Writer.create();
                        if (q === undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw Error("max depth exceeded");
                        if (message.name != null && Object.hasOwnProperty.call(message, "name"))
                            writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                        if (message.extra != null && Object.hasOwnProperty.call(message, "extra"))
                            $root.google.protobuf.Struct.encode(message.extra, writer.uint32(/* id 99, wireType 2 =*/794).fork(), q + 1).ldelim();
                        return writer;
                    };

                    /**
                     * Decodes a GetCurrentRequest message from the specified reader or buffer.
                     * @function decode
                     * @memberof viam.component.powersensor.v1.GetCurrentRequest
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {viam.component.powersensor.v1.GetCurrentRequest} GetCurrentRequest
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    GetCurrentRequest.decode = function decode(reader, length, error, long) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (long === undefined)
                            long = 0;
                        if (long > $Reader.recursionLimit)
                            throw Error("maximum nesting depth exceeded");
                        let end, message;
                        if (length === undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = new $root.viam.component.powersensor.v1.GetCurrentRequest();
                        while (reader.pos < end) {
                            let tag = reader.uint32();
                            if (tag === error)
                                break;
                            switch (tag >>> 3) {
                            case 1: {
                                    message.name = reader.string();
                                    break;
                                }
                            case 99: {
                                    message.extra = $root.google.protobuf.Struct.decode(reader, reader.uint32(), undefined, long + 1);
                                    break;
                                }
                            default:
                                reader.skipType(tag & 7, long);
                                break;
                            }
                        }
                        if (length !== undefined) {
                            if (reader.pos !== end)
                                throw RangeError("index out of range");
                            reader.len = length;
                        }
                        return message;
                    };

                    return GetCurrentRequest;
                })();

                v1.GetCurrentResponse = (function() {

                    /**
                     * Properties of a GetCurrentResponse.
                     * @memberof viam.component.powersensor.v1
                     * @interface IGetCurrentResponse
                     * @property {number|null} [amperes] GetCurrentResponse amperes
                     * @property {boolean|null} [isAc] GetCurrentResponse isAc
                     */

                    /**
                     * Constructs a new GetCurrentResponse.
                     * @memberof viam.component.powersensor.v1
                     * @classdesc Represents a GetCurrentResponse.
                     * @implements IGetCurrentResponse
                     * @constructor
                     * @param {viam.component.powersensor.v1.IGetCurrentResponse=} [properties] Properties to set
                     */
                    function GetCurrentResponse(properties) {
                        if (properties)
                            for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    }

                    /**
                     * GetCurrentResponse amperes.
                     * @member {number} amperes
                     * @memberof viam.component.powersensor.v1.GetCurrentResponse
                     * @instance
                     */
                    GetCurrentResponse.prototype.amperes = 0;

                    /**
                     * GetCurrentResponse isAc.
                     * @member {boolean} isAc
                     * @memberof viam.component.powersensor.v1.GetCurrentResponse
                     * @instance
                     */
                    GetCurrentResponse.prototype.isAc = false;

                    /**
                     * Creates a new GetCurrentResponse instance using the specified properties.
                     * @function create
                     * @memberof viam.component.powersensor.v1.GetCurrentResponse
                     * @static
                     * @param {viam.component.powersensor.v1.IGetCurrentResponse=} [properties] Properties to set
                     * @returns {viam.component.powersensor.v1.GetCurrentResponse} GetCurrentResponse instance
                     */
                    GetCurrentResponse.create = function create(properties) {
                        return new GetCurrentResponse(properties);
                    };

                    /**
                     * Encodes the specified GetCurrentResponse message. Does not implicitly {@link viam.component.powersensor.v1.GetCurrentResponse.verify|verify} messages.
                     * @function encode
                     * @memberof viam.component.powersensor.v1.GetCurrentResponse
                     * @static
                     * @param {viam.component.powersensor.v1.IGetCurrentResponse} message GetCurrentResponse message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    GetCurrentResponse.encode = function encode(message, writer, q) {
                        if (!writer)
                            writer = $Writer.create();
                        if (q === undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw Error("max depth exceeded");
                        if (message.amperes != null && Object.hasOwnProperty.call(message, "amperes"))
                            writer.uint32(/* id 1, wireType 1 =*/9).double(message.amperes);
                        if (message.isAc != null && Object.hasOwnProperty.call(message, "isAc"))
                            writer.uint32(/* id 2, wireType 0 =*/16).bool(message.isAc);
                        return writer;
                    };

                    /**
                     * Decodes a GetCurrentResponse message from the specified reader or buffer.
                     * @function decode
                     * @memberof viam.component.powersensor.v1.GetCurrentResponse
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {viam.component.powersensor.v1.GetCurrentResponse} GetCurrentResponse
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    GetCurrentResponse.decode = function decode(reader, length, error, long) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (long === undefined)
                            long = 0;
                        if (long > $Reader.recursionLimit)
                            throw Error("maximum nesting depth exceeded");
                        let end, message;
                        if (length === undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = new $root.viam.component.powersensor.v1.GetCurrentResponse();
                        while (reader.pos < end) {
                            let tag = reader.uint32();
                            if (tag === error)
                                break;
                            switch (tag >>> 3) {
                            case 1: {
                                    message.amperes = reader.double();
                                    break;
                                }
                            case 2: {
                                    message.isAc = reader.bool();
                                    break;
                                }
                            default:
                                reader.skipType(tag & 7, long);
                                break;
                            }
                        }
                        if (length !== undefined) {
                            if (reader.pos !== end)
                                throw RangeError("index out of range");
                            reader.len = length;
                        }
                        return message;
                    };

                    return GetCurrentResponse;
                })();

                v1.GetPowerRequest = (function() {

                    /**
                     * Properties of a GetPowerRequest.
                     * @memberof viam.component.powersensor.v1
                     * @interface IGetPowerRequest
                     * @property {string|null} [name] GetPowerRequest name
                     * @property {google.protobuf.IStruct|null} [extra] GetPowerRequest extra
                     */

                    /**
                     * Constructs a new GetPowerRequest.
                     * @memberof viam.component.powersensor.v1
                     * @classdesc Represents a GetPowerRequest.
                     * @implements IGetPowerRequest
                     * @constructor
                     * @param {viam.component.powersensor.v1.IGetPowerRequest=} [properties] Properties to set
                     */
                    function GetPowerRequest(properties) {
                        if (properties)
                            for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    }

                    /**
                     * GetPowerRequest name.
                     * @member {string} name
                     * @memberof viam.component.powersensor.v1.GetPowerRequest
                     * @instance
                     */
                    GetPowerRequest.prototype.name = "";

                    /**
                     * GetPowerRequest extra.
                     * @member {google.protobuf.IStruct|null|undefined} extra
                     * @memberof viam.component.powersensor.v1.GetPowerRequest
                     * @instance
                     */
                    GetPowerRequest.prototype.extra = null;

                    /**
                     * Creates a new GetPowerRequest instance using the specified properties.
                     * @function create
                     * @memberof viam.component.powersensor.v1.GetPowerRequest
                     * @static
                     * @param {viam.component.powersensor.v1.IGetPowerRequest=} [properties] Properties to set
                     * @returns {viam.component.powersensor.v1.GetPowerRequest} GetPowerRequest instance
                     */
                    GetPowerRequest.create = function create(properties) {
                        return new GetPowerRequest(properties);
                    };

                    /**
                     * Encodes the specified GetPowerRequest message. Does not implicitly {@link viam.component.powersensor.v1.GetPowerRequest.verify|verify} messages.
                     * @function encode
                     * @memberof viam.component.powersensor.v1.GetPowerRequest
                     * @static
                     * @param {viam.component.powersensor.v1.IGetPowerRequest} message GetPowerRequest message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    GetPowerRequest.encode = function encode(message, writer, q) {
                        if (!writer)
                            writer = $Writer.create();
                        if (q === undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw Error("max depth exceeded");
                        if (message.name != null && Object.hasOwnProperty.call(message, "name"))
                            writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                        if (message.extra != null && Object.hasOwnProperty.call(message, "extra"))
                            $root.google.protobuf.Struct.encode(message.extra, writer.uint32(/* id 99, wireType 2 =*/794).fork(), q + 1).ldelim();
                        return writer;
                    };

                    /**
                     * Decodes a GetPowerRequest message from the specified reader or buffer.
                     * @function decode
                     * @memberof viam.component.powersensor.v1.GetPowerRequest
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {viam.component.powersensor.v1.GetPowerRequest} GetPowerRequest
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    GetPowerRequest.decode = function decode(reader, length, error, long) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (long === undefined)
                            long = 0;
                        if (long > $Reader.recursionLimit)
                            throw Error("maximum nesting depth exceeded");
                        let end, message;
                        if (length === undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = new $root.viam.component.powersensor.v1.GetPowerRequest();
                        while (reader.pos < end) {
                            let tag = reader.uint32();
                            if (tag === error)
                                break;
                            switch (tag >>> 3) {
                            case 1: {
                                    message.name = reader.string();
                                    break;
                                }
                            case 99: {
                                    message.extra = $root.google.protobuf.Struct.decode(reader, reader.uint32(), undefined, long + 1);
                                    break;
                                }
                            default:
                                reader.skipType(tag & 7, long);
                                break;
                            }
                        }
                        if (length !== undefined) {
                            if (reader.pos !== end)
                                throw RangeError("index out of range");
                            reader.len = length;
                        }
                        return message;
                    };

                    return GetPowerRequest;
                })();

                v1.GetPowerResponse = (function() {

                    /**
                     * Properties of a GetPowerResponse.
                     * @memberof viam.component.powersensor.v1
                     * @interface IGetPowerResponse
                     * @property {number|null} [watts] GetPowerResponse watts
                     */

                    /**
                     * Constructs a new GetPowerResponse.
                     * @memberof viam.component.powersensor.v1
                     * @classdesc Represents a GetPowerResponse.
                     * @implements IGetPowerResponse
                     * @constructor
                     * @param {viam.component.powersensor.v1.IGetPowerResponse=} [properties] Properties to set
                     */
                    function GetPowerResponse(properties) {
                        if (properties)
                            for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    }

                    /**
                     * GetPowerResponse watts.
                     * @member {number} watts
                     * @memberof viam.component.powersensor.v1.GetPowerResponse
                     * @instance
                     */
                    GetPowerResponse.prototype.watts = 0;

                    /**
                     * Creates a new GetPowerResponse instance using the specified properties.
                     * @function create
                     * @memberof viam.component.powersensor.v1.GetPowerResponse
                     * @static
                     * @param {viam.component.powersensor.v1.IGetPowerResponse=} [properties] Properties to set
                     * @returns {viam.component.powersensor.v1.GetPowerResponse} GetPowerResponse instance
                     */
                    GetPowerResponse.create = function create(properties) {
                        return new GetPowerResponse(properties);
                    };

                    /**
                     * Encodes the specified GetPowerResponse message. Does not implicitly {@link viam.component.powersensor.v1.GetPowerResponse.verify|verify} messages.
                     * @function encode
                     * @memberof viam.component.powersensor.v1.GetPowerResponse
                     * @static
                     * @param {viam.component.powersensor.v1.IGetPowerResponse} message GetPowerResponse message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    GetPowerResponse.encode = function encode(message, writer, q) {
                        if (!writer)
                            writer = $Writer.create();
                        if (q === undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw Error("max depth exceeded");
                        if (message.watts != null && Object.hasOwnProperty.call(message, "watts"))
                            writer.uint32(/* id 1, wireType 1 =*/9).double(message.watts);
                        return writer;
                    };

                    /**
                     * Decodes a GetPowerResponse message from the specified reader or buffer.
                     * @function decode
                     * @memberof viam.component.powersensor.v1.GetPowerResponse
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {viam.component.powersensor.v1.GetPowerResponse} GetPowerResponse
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    GetPowerResponse.decode = function decode(reader, length, error, long) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (long === undefined)
                            long = 0;
                        if (long > $Reader.recursionLimit)
                            throw Error("maximum nesting depth exceeded");
                        let end, message;
                        if (length === undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = new $root.viam.component.powersensor.v1.GetPowerResponse();
                        while (reader.pos < end) {
                            let tag = reader.uint32();
                            if (tag === error)
                                break;
                            switch (tag >>> 3) {
                            case 1: {
                                    message.watts = reader.double();
                                    break;
                                }
                            default:
                                reader.skipType(tag & 7, long);
                                break;
                            }
                        }
                        if (length !== undefined) {
                            if (reader.pos !== end)
                                throw RangeError("index out of range");
                            reader.len = length;
                        }
                        return message;
                    };

                    return GetPowerResponse;
                })();

                return v1;
            })();

            return powersensor;
        })();

        component.sensor = (function() {

            /**
             * Namespace sensor.
             * @memberof viam.component
             * @namespace
             */
            const sensor = {};

            sensor.v1 = (function() {

                /**
                 * Namespace v1.
                 * @memberof viam.component.sensor
                 * @namespace
                 */
                const v1 = {};

                return v1;
            })();

            return sensor;
        })();

        component.servo = (function() {

            /**
             * Namespace servo.
             * @memberof viam.component
             * @namespace
             */
            const servo = {};

            servo.v1 = (function() {

                /**
                 * Namespace v1.
                 * @memberof viam.component.servo
                 * @namespace
                 */
                const v1 = {};

                v1.MoveRequest = (function() {

                    /**
                     * Properties of a MoveRequest.
                     * @memberof viam.component.servo.v1
                     * @interface IMoveRequest
                     * @property {string|null} [name] MoveRequest name
                     * @property {number|null} [angleDeg] MoveRequest angleDeg
                     * @property {google.protobuf.IStruct|null} [extra] MoveRequest extra
                     */

                    /**
                     * Constructs a new MoveRequest.
                     * @memberof viam.component.servo.v1
                     * @classdesc Represents a MoveRequest.
                     * @implements IMoveRequest
                     * @constructor
                     * @param {viam.component.servo.v1.IMoveRequest=} [properties] Properties to set
                     */
                    function MoveRequest(properties) {
                        if (properties)
                            for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    }

                    /**
                     * MoveRequest name.
                     * @member {string} name
                     * @memberof viam.component.servo.v1.MoveRequest
                     * @instance
                     */
                    MoveRequest.prototype.name = "";

                    /**
                     * MoveRequest angleDeg.
                     * @member {number} angleDeg
                     * @memberof viam.component.servo.v1.MoveRequest
                     * @instance
                     */
                    MoveRequest.prototype.angleDeg = 0;

                    /**
                     * MoveRequest extra.
                     * @member {google.protobuf.IStruct|null|undefined} extra
                     * @memberof viam.component.servo.v1.MoveRequest
                     * @instance
                     */
                    MoveRequest.prototype.extra = null;

                    /**
                     * Creates a new MoveRequest instance using the specified properties.
                     * @function create
                     * @memberof viam.component.servo.v1.MoveRequest
                     * @static
                     * @param {viam.component.servo.v1.IMoveRequest=} [properties] Properties to set
                     * @returns {viam.component.servo.v1.MoveRequest} MoveRequest instance
                     */
                    MoveRequest.create = function create(properties) {
                        return new MoveRequest(properties);
                    };

                    /**
                     * Encodes the specified MoveRequest message. Does not implicitly {@link viam.component.servo.v1.MoveRequest.verify|verify} messages.
                     * @function encode
                     * @memberof viam.component.servo.v1.MoveRequest
                     * @static
                     * @param {viam.component.servo.v1.IMoveRequest} message MoveRequest message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    MoveRequest.encode = function encode(message, writer, q) {
                        if (!writer)
                            writer = $Writer.create();
                        if (q === undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw Error("max depth exceeded");
                        if (message.name != null && Object.hasOwnProperty.call(message, "name"))
                            writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                        if (message.angleDeg != null && Object.hasOwnProperty.call(message, "angleDeg"))
                            writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.angleDeg);
                        if (message.extra != null && Object.hasOwnProperty.call(message, "extra"))
                            $root.google.protobuf.Struct.encode(message.extra, writer.uint32(/* id 99, wireType 2 =*/794).fork(), q + 1).ldelim();
                        return writer;
                    };

                    /**
                     * Decodes a MoveRequest message from the specified reader or buffer.
                     * @function decode
                     * @memberof viam.component.servo.v1.MoveRequest
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {viam.component.servo.v1.MoveRequest} MoveRequest
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    MoveRequest.decode = function decode(reader, length, error, long) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (long === undefined)
                            long = 0;
                        if (long > $Reader.recursionLimit)
                            throw Error("maximum nesting depth exceeded");
                        let end, message;
                        if (length === undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = new $root.viam.component.servo.v1.MoveRequest();
                        while (reader.pos < end) {
                            let tag = reader.uint32();
                            if (tag === error)
                                break;
                            switch (tag >>> 3) {
                            case 1: {
                                    message.name = reader.string();
                                    break;
                                }
                            case 2: {
                                    message.angleDeg = reader.uint32();
                                    break;
                                }
                            case 99: {
                                    message.extra = $root.google.protobuf.Struct.decode(reader, reader.uint32(), undefined, long + 1);
                                    break;
                                }
                            default:
                                reader.skipType(tag & 7, long);
                                break;
                            }
                        }
                        if (length !== undefined) {
                            if (reader.pos !== end)
                                throw RangeError("index out of range");
                            reader.len = length;
                        }
                        return message;
                    };

                    return MoveRequest;
                })();

                v1.MoveResponse = (function() {

                    /**
                     * Properties of a MoveResponse.
                     * @memberof viam.component.servo.v1
                     * @interface IMoveResponse
                     */

                    /**
                     * Constructs a new MoveResponse.
                     * @memberof viam.component.servo.v1
                     * @classdesc Represents a MoveResponse.
                     * @implements IMoveResponse
                     * @constructor
                     * @param {viam.component.servo.v1.IMoveResponse=} [properties] Properties to set
                     */
                    function MoveResponse(properties) {
                        if (properties)
                            for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    }

                    /**
                     * Creates a new MoveResponse instance using the specified properties.
                     * @function create
                     * @memberof viam.component.servo.v1.MoveResponse
                     * @static
                     * @param {viam.component.servo.v1.IMoveResponse=} [properties] Properties to set
                     * @returns {viam.component.servo.v1.MoveResponse} MoveResponse instance
                     */
                    MoveResponse.create = function create(properties) {
                        return new MoveResponse(properties);
                    };

                    /**
                     * Encodes the specified MoveResponse message. Does not implicitly {@link viam.component.servo.v1.MoveResponse.verify|verify} messages.
                     * @function encode
                     * @memberof viam.component.servo.v1.MoveResponse
                     * @static
                     * @param {viam.component.servo.v1.IMoveResponse} message MoveResponse message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    MoveResponse.encode = function encode(message, writer, q) {
                        if (!writer)
                            writer = $Writer.create();
                        if (q === undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw Error("max depth exceeded");
                        return writer;
                    };

                    /**
                     * Decodes a MoveResponse message from the specified reader or buffer.
                     * @function decode
                     * @memberof viam.component.servo.v1.MoveResponse
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {viam.component.servo.v1.MoveResponse} MoveResponse
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    MoveResponse.decode = function decode(reader, length, error, long) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (long === undefined)
                            long = 0;
                        if (long > $Reader.recursionLimit)
                            throw Error("maximum nesting depth exceeded");
                        let end, message;
                        if (length === undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = new $root.viam.component.servo.v1.MoveResponse();
                        while (reader.pos < end) {
                            let tag = reader.uint32();
                            if (tag === error)
                                break;
                            switch (tag >>> 3) {
                            default:
                                reader.skipType(tag & 7, long);
                                break;
                            }
                        }
                        if (length !== undefined) {
                            if (reader.pos !== end)
                                throw RangeError("index out of range");
                            reader.len = length;
                        }
                        return message;
                    };

                    return MoveResponse;
                })();

                v1.GetPositionRequest = (function() {

                    /**
                     * Properties of a GetPositionRequest.
                     * @memberof viam.component.servo.v1
                     * @interface IGetPositionRequest
                     * @property {string|null} [name] GetPositionRequest name
                     * @property {google.protobuf.IStruct|null} [extra] GetPositionRequest extra
                     */

                    /**
                     * Constructs a new GetPositionRequest.
                     * @memberof viam.component.servo.v1
                     * @classdesc Represents a GetPositionRequest.
                     * @implements IGetPositionRequest
                     * @constructor
                     * @param {viam.component.servo.v1.IGetPositionRequest=} [properties] Properties to set
                     */
                    function GetPositionRequest(properties) {
                        if (properties)
                            for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    }

                    /**
                     * GetPositionRequest name.
                     * @member {string} name
                     * @memberof viam.component.servo.v1.GetPositionRequest
                     * @instance
                     */
                    GetPositionRequest.prototype.name = "";

                    /**
                     * GetPositionRequest extra.
                     * @member {google.protobuf.IStruct|null|undefined} extra
                     * @memberof viam.component.servo.v1.GetPositionRequest
                     * @instance
                     */
                    GetPositionRequest.prototype.extra = null;

                    /**
                     * Creates a new GetPositionRequest instance using the specified properties.
                     * @function create
                     * @memberof viam.component.servo.v1.GetPositionRequest
                     * @static
                     * @param {viam.component.servo.v1.IGetPositionRequest=} [properties] Properties to set
                     * @returns {viam.component.servo.v1.GetPositionRequest} GetPositionRequest instance
                     */
                    GetPositionRequest.create = function create(properties) {
                        return new GetPositionRequest(properties);
                    };

                    /**
                     * Encodes the specified GetPositionRequest message. Does not implicitly {@link viam.component.servo.v1.GetPositionRequest.verify|verify} messages.
                     * @function encode
                     * @memberof viam.component.servo.v1.GetPositionRequest
                     * @static
                     * @param {viam.component.servo.v1.IGetPositionRequest} message GetPositionRequest message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    GetPositionRequest.encode = function encode(message, writer, q) {
                        if (!writer)
                            writer = $Writer.create();
                        if (q === undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw Error("max depth exceeded");
                        if (message.name != null && Object.hasOwnProperty.call(message, "name"))
                            writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                        if (message.extra != null && Object.hasOwnProperty.call(message, "extra"))
                            $root.google.protobuf.Struct.encode(message.extra, writer.uint32(/* id 99, wireType 2 =*/794).fork(), q + 1).ldelim();
                        return writer;
                    };

                    /**
                     * Decodes a GetPositionRequest message from the specified reader or buffer.
                     * @function decode
                     * @memberof viam.component.servo.v1.GetPositionRequest
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {viam.component.servo.v1.GetPositionRequest} GetPositionRequest
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    GetPositionRequest.decode = function decode(reader, length, error, long) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (long === undefined)
                            long = 0;
                        if (long > $Reader.recursionLimit)
                            throw Error("maximum nesting depth exceeded");
                        let end, message;
                        if (length === undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = new $root.viam.component.servo.v1.GetPositionRequest();
                        while (reader.pos < end) {
                            let tag = reader.uint32();
                            if (tag === error)
                                break;
                            switch (tag >>> 3) {
                            case 1: {
                                    message.name = reader.string();
                                    break;
                                }
                            case 99: {
                                    message.extra = $root.google.protobuf.Struct.decode(reader, reader.uint32(), undefined, long + 1);
                                    break;
                                }
                            default:
                                reader.skipType(tag & 7, long);
                                break;
                            }
                        }
                        if (length !== undefined) {
                            if (reader.pos !== end)
                                throw RangeError("index out of range");
                            reader.len = length;
                        }
                        return message;
                    };

                    return GetPositionRequest;
                })();

                v1.GetPositionResponse = (function() {

                    /**
                     * Properties of a GetPositionResponse.
                     * @memberof viam.component.servo.v1
                     * @interface IGetPositionResponse
                     * @property {number|null} [positionDeg] GetPositionResponse positionDeg
                     */

                    /**
                     * Constructs a new GetPositionResponse.
                     * @memberof viam.component.servo.v1
                     * @classdesc Represents a GetPositionResponse.
                     * @implements IGetPositionResponse
                     * @constructor
                     * @param {viam.component.servo.v1.IGetPositionResponse=} [properties] Properties to set
                     */
                    function GetPositionResponse(properties) {
                        if (properties)
                            for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    }

                    /**
                     * GetPositionResponse positionDeg.
                     * @member {number} positionDeg
                     * @memberof viam.component.servo.v1.GetPositionResponse
                     * @instance
                     */
                    GetPositionResponse.prototype.positionDeg = 0;

                    /**
                     * Creates a new GetPositionResponse instance using the specified properties.
                     * @function create
                     * @memberof viam.component.servo.v1.GetPositionResponse
                     * @static
                     * @param {viam.component.servo.v1.IGetPositionResponse=} [properties] Properties to set
                     * @returns {viam.component.servo.v1.GetPositionResponse} GetPositionResponse instance
                     */
                    GetPositionResponse.create = function create(properties) {
                        return new GetPositionResponse(properties);
                    };

                    /**
                     * Encodes the specified GetPositionResponse message. Does not implicitly {@link viam.component.servo.v1.GetPositionResponse.verify|verify} messages.
                     * @function encode
                     * @memberof viam.component.servo.v1.GetPositionResponse
                     * @static
                     * @param {viam.component.servo.v1.IGetPositionResponse} message GetPositionResponse message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    GetPositionResponse.encode = function encode(message, writer, q) {
                        if (!writer)
                            writer = $Writer.create();
                        if (q === undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw Error("max depth exceeded");
                        if (message.positionDeg != null && Object.hasOwnProperty.call(message, "positionDeg"))
                            writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.positionDeg);
                        return writer;
                    };

                    /**
                     * Decodes a GetPositionResponse message from the specified reader or buffer.
                     * @function decode
                     * @memberof viam.component.servo.v1.GetPositionResponse
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {viam.component.servo.v1.GetPositionResponse} GetPositionResponse
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    GetPositionResponse.decode = function decode(reader, length, error, long) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (long === undefined)
                            long = 0;
                        if (long > $Reader.recursionLimit)
                            throw Error("maximum nesting depth exceeded");
                        let end, message;
                        if (length === undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = new $root.viam.component.servo.v1.GetPositionResponse();
                        while (reader.pos < end) {
                            let tag = reader.uint32();
                            if (tag === error)
                                break;
                            switch (tag >>> 3) {
                            case 1: {
                                    message.positionDeg = reader.uint32();
                                    break;
                                }
                            default:
                                reader.skipType(tag & 7, long);
                                break;
                            }
                        }
                        if (length !== undefined) {
                            if (reader.pos !== end)
                                throw RangeError("index out of range");
                            reader.len = length;
                        }
                        return message;
                    };

                    return GetPositionResponse;
                })();

                v1.StopRequest = (function() {

                    /**
                     * Properties of a StopRequest.
                     * @memberof viam.component.servo.v1
                     * @interface IStopRequest
                     * @property {string|null} [name] StopRequest name
                     * @property {google.protobuf.IStruct|null} [extra] StopRequest extra
                     */

                    /**
                     * Constructs a new StopRequest.
                     * @memberof viam.component.servo.v1
                     * @classdesc Represents a StopRequest.
                     * @implements IStopRequest
                     * @constructor
                     * @param {viam.component.servo.v1.IStopRequest=} [properties] Properties to set
                     */
                    function StopRequest(properties) {
                        if (properties)
                            for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    }

                    /**
                     * StopRequest name.
                     * @member {string} name
                     * @memberof viam.component.servo.v1.StopRequest
                     * @instance
                     */
                    StopRequest.prototype.name = "";

                    /**
                     * StopRequest extra.
                     * @member {google.protobuf.IStruct|null|undefined} extra
                     * @memberof viam.component.servo.v1.StopRequest
                     * @instance
                     */
                    StopRequest.prototype.extra = null;

                    /**
                     * Creates a new StopRequest instance using the specified properties.
                     * @function create
                     * @memberof viam.component.servo.v1.StopRequest
                     * @static
                     * @param {viam.component.servo.v1.IStopRequest=} [properties] Properties to set
                     * @returns {viam.component.servo.v1.StopRequest} StopRequest instance
                     */
                    StopRequest.create = function create(properties) {
                        return new StopRequest(properties);
                    };

                    /**
                     * Encodes the specified StopRequest message. Does not implicitly {@link viam.component.servo.v1.StopRequest.verify|verify} messages.
                     * @function encode
                     * @memberof viam.component.servo.v1.StopRequest
                     * @static
                     * @param {viam.component.servo.v1.IStopRequest} message StopRequest message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    StopRequest.encode = function encode(message, writer, q) {
                        if (!writer)
                            writer = $Writer.create();
                        if (q === undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw Error("max depth exceeded");
                        if (message.name != null && Object.hasOwnProperty.call(message, "name"))
                            writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                        if (message.extra != null && Object.hasOwnProperty.call(message, "extra"))
                            $root.google.protobuf.Struct.encode(message.extra, writer.uint32(/* id 99, wireType 2 =*/794).fork(), q + 1).ldelim();
                        return writer;
                    };

                    /**
                     * Decodes a StopRequest message from the specified reader or buffer.
                     * @function decode
                     * @memberof viam.component.servo.v1.StopRequest
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {viam.component.servo.v1.StopRequest} StopRequest
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    StopRequest.decode = function decode(reader, length, error, long) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (long === undefined)
                            long = 0;
                        if (long > $Reader.recursionLimit)
                            throw Error("maximum nesting depth exceeded");
                        let end, message;
                        if (length === undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = new $root.viam.component.servo.v1.StopRequest();
                        while (reader.pos < end) {
                            let tag = reader.uint32();
                            if (tag === error)
                                break;
                            switch (tag >>> 3) {
                            case 1: {
                                    message.name = reader.string();
                                    break;
                                }
                            case 99: {
                                    message.extra = $root.google.protobuf.Struct.decode(reader, reader.uint32(), undefined, long + 1);
                                    break;
                                }
                            default:
                                reader.skipType(tag & 7, long);
                                break;
                            }
                        }
                        if (length !== undefined) {
                            if (reader.pos !== end)
                                throw RangeError("index out of range");
                            reader.len = length;
                        }
                        return message;
                    };

                    return StopRequest;
                })();

                v1.StopResponse = (function() {

                    /**
                     * Properties of a StopResponse.
                     * @memberof viam.component.servo.v1
                     * @interface IStopResponse
                     */

                    /**
                     * Constructs a new StopResponse.
                     * @memberof viam.component.servo.v1
                     * @classdesc Represents a StopResponse.
                     * @implements IStopResponse
                     * @constructor
                     * @param {viam.component.servo.v1.IStopResponse=} [properties] Properties to set
                     */
                    function StopResponse(properties) {
                        if (properties)
                            for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    }

                    /**
                     * Creates a new StopResponse instance using the specified properties.
                     * @function create
                     * @memberof viam.component.servo.v1.StopResponse
                     * @static
                     * @param {viam.component.servo.v1.IStopResponse=} [properties] Properties to set
                     * @returns {viam.component.servo.v1.StopResponse} StopResponse instance
                     */
                    StopResponse.create = function create(properties) {
                        return new StopResponse(properties);
                    };

                    /**
                     * Encodes the specified StopResponse message. Does not implicitly {@link viam.component.servo.v1.StopResponse.verify|verify} messages.
                     * @function encode
                     * @memberof viam.component.servo.v1.StopResponse
                     * @static
                     * @param {viam.component.servo.v1.IStopResponse} message StopResponse message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    StopResponse.encode = function encode(message, writer, q) {
                        if (!writer)
                            writer = $Writer.create();
                        if (q === undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw Error("max depth exceeded");
                        return writer;
                    };

                    /**
                     * Decodes a StopResponse message from the specified reader or buffer.
                     * @function decode
                     * @memberof viam.component.servo.v1.StopResponse
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {viam.component.servo.v1.StopResponse} StopResponse
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    StopResponse.decode = function decode(reader, length, error, long) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (long === undefined)
                            long = 0;
                        if (long > $Reader.recursionLimit)
                            throw Error("maximum nesting depth exceeded");
                        let end, message;
                        if (length === undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = new $root.viam.component.servo.v1.StopResponse();
                        while (reader.pos < end) {
                            let tag = reader.uint32();
                            if (tag === error)
                                break;
                            switch (tag >>> 3) {
                            default:
                                reader.skipType(tag & 7, long);
                                break;
                            }
                        }
                        if (length !== undefined) {
                            if (reader.pos !== end)
                                throw RangeError("index out of range");
                            reader.len = length;
                        }
                        return message;
                    };

                    return StopResponse;
                })();

                v1.IsMovingRequest = (function() {

                    /**
                     * Properties of an IsMovingRequest.
                     * @memberof viam.component.servo.v1
                     * @interface IIsMovingRequest
                     * @property {string|null} [name] IsMovingRequest name
                     */

                    /**
                     * Constructs a new IsMovingRequest.
                     * @memberof viam.component.servo.v1
                     * @classdesc Represents an IsMovingRequest.
                     * @implements IIsMovingRequest
                     * @constructor
                     * @param {viam.component.servo.v1.IIsMovingRequest=} [properties] Properties to set
                     */
                    function IsMovingRequest(properties) {
                        if (properties)
                            for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    }

                    /**
                     * IsMovingRequest name.
                     * @member {string} name
                     * @memberof viam.component.servo.v1.IsMovingRequest
                     * @instance
                     */
                    IsMovingRequest.prototype.name = "";

                    /**
                     * Creates a new IsMovingRequest instance using the specified properties.
                     * @function create
                     * @memberof viam.component.servo.v1.IsMovingRequest
                     * @static
                     * @param {viam.component.servo.v1.IIsMovingRequest=} [properties] Properties to set
                     * @returns {viam.component.servo.v1.IsMovingRequest} IsMovingRequest instance
                     */
                    IsMovingRequest.create = function create(properties) {
                        return new IsMovingRequest(properties);
                    };

                    /**
                     * Encodes the specified IsMovingRequest message. Does not implicitly {@link viam.component.servo.v1.IsMovingRequest.verify|verify} messages.
                     * @function encode
                     * @memberof viam.component.servo.v1.IsMovingRequest
                     * @static
                     * @param {viam.component.servo.v1.IIsMovingRequest} message IsMovingRequest message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    IsMovingRequest.encode = function encode(message, writer, q) {
                        if (!writer)
                            writer = $Writer.create();
                        if (q === undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw Error("max depth exceeded");
                        if (message.name != null && Object.hasOwnProperty.call(message, "name"))
                            writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                        return writer;
                    };

                    /**
                     * Decodes an IsMovingRequest message from the specified reader or buffer.
                     * @function decode
                     * @memberof viam.component.servo.v1.IsMovingRequest
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {viam.component.servo.v1.IsMovingRequest} IsMovingRequest
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    IsMovingRequest.decode = function decode(reader, length, error, long) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (long === undefined)
                            long = 0;
                        if (long > $Reader.recursionLimit)
                            throw Error("maximum nesting depth exceeded");
                        let end, message;
                        if (length === undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = new $root.viam.component.servo.v1.IsMovingRequest();
                        while (reader.pos < end) {
                            let tag = reader.uint32();
                            if (tag === error)
                                break;
                            switch (tag >>> 3) {
                            case 1: {
                                    message.name = reader.string();
                                    break;
                                }
                            default:
                                reader.skipType(tag & 7, long);
                                break;
                            }
                        }
                        if (length !== undefined) {
                            if (reader.pos !== end)
                                throw RangeError("index out of range");
                            reader.len = length;
                        }
                        return message;
                    };

                    return IsMovingRequest;
                })();

                v1.IsMovingResponse = (function() {

                    /**
                     * Properties of an IsMovingResponse.
                     * @memberof viam.component.servo.v1
                     * @interface IIsMovingResponse
                     * @property {boolean|null} [isMoving] IsMovingResponse isMoving
                     */

                    /**
                     * Constructs a new IsMovingResponse.
                     * @memberof viam.component.servo.v1
                     * @classdesc Represents an IsMovingResponse.
                     * @implements IIsMovingResponse
                     * @constructor
                     * @param {viam.component.servo.v1.IIsMovingResponse=} [properties] Properties to set
                     */
                    function IsMovingResponse(properties) {
                        if (properties)
                            for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    }

                    /**
                     * IsMovingResponse isMoving.
                     * @member {boolean} isMoving
                     * @memberof viam.component.servo.v1.IsMovingResponse
                     * @instance
                     */
                    IsMovingResponse.prototype.isMoving = false;

                    /**
                     * Creates a new IsMovingResponse instance using the specified properties.
                     * @function create
                     * @memberof viam.component.servo.v1.IsMovingResponse
                     * @static
                     * @param {viam.component.servo.v1.IIsMovingResponse=} [properties] Properties to set
                     * @returns {viam.component.servo.v1.IsMovingResponse} IsMovingResponse instance
                     */
                    IsMovingResponse.create = function create(properties) {
                        return new IsMovingResponse(properties);
                    };

                    /**
                     * Encodes the specified IsMovingResponse message. Does not implicitly {@link viam.component.servo.v1.IsMovingResponse.verify|verify} messages.
                     * @function encode
                     * @memberof viam.component.servo.v1.IsMovingResponse
                     * @static
                     * @param {viam.component.servo.v1.IIsMovingResponse} message IsMovingResponse message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    IsMovingResponse.encode = function encode(message, writer, q) {
                        if (!writer)
                            writer = $Writer.create();
                        if (q === undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw Error("max depth exceeded");
                        if (message.isMoving != null && Object.hasOwnProperty.call(message, "isMoving"))
                            writer.uint32(/* id 1, wireType 0 =*/8).bool(message.isMoving);
                        return writer;
                    };

                    /**
                     * Decodes an IsMovingResponse message from the specified reader or buffer.
                     * @function decode
                     * @memberof viam.component.servo.v1.IsMovingResponse
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {viam.component.servo.v1.IsMovingResponse} IsMovingResponse
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    IsMovingResponse.decode = function decode(reader, length, error, long) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (long === undefined)
                            long = 0;
                        if (long > $Reader.recursionLimit)
                            throw Error("maximum nesting depth exceeded");
                        let end, message;
                        if (length === undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = new $root.viam.component.servo.v1.IsMovingResponse();
                        while (reader.pos < end) {
                            let tag = reader.uint32();
                            if (tag === error)
                                break;
                            switch (tag >>> 3) {
                            case 1: {
                                    message.isMoving = reader.bool();
                                    break;
                                }
                            default:
                                reader.skipType(tag & 7, long);
                                break;
                            }
                        }
                        if (length !== undefined) {
                            if (reader.pos !== end)
                                throw RangeError("index out of range");
                            reader.len = length;
                        }
                        return message;
                    };

                    return IsMovingResponse;
                })();

                return v1;
            })();

            return servo;
        })();

        return component;
    })();

    viam.common = (function() {

        /**
         * Namespace common.
         * @memberof viam
         * @namespace
         */
        const common = {};

        common.v1 = (function() {

            /**
             * Namespace v1.
             * @memberof viam.common
             * @namespace
             */
            const v1 = {};

            v1.ResourceName = (function() {

                /**
                 * Properties of a ResourceName.
                 * @memberof viam.common.v1
                 * @interface IResourceName
                 * @property {string|null} [namespace] ResourceName namespace
                 * @property {string|null} [type] ResourceName type
                 * @property {string|null} [subtype] ResourceName subtype
                 * @property {string|null} [name] ResourceName name
                 */

                /**
                 * Constructs a new ResourceName.
                 * @memberof viam.common.v1
                 * @classdesc Represents a ResourceName.
                 * @implements IResourceName
                 * @constructor
                 * @param {viam.common.v1.IResourceName=} [properties] Properties to set
                 */
                function ResourceName(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * ResourceName namespace.
                 * @member {string} namespace
                 * @memberof viam.common.v1.ResourceName
                 * @instance
                 */
                ResourceName.prototype.namespace = "";

                /**
                 * ResourceName type.
                 * @member {string} type
                 * @memberof viam.common.v1.ResourceName
                 * @instance
                 */
                ResourceName.prototype.type = "";

                /**
                 * ResourceName subtype.
                 * @member {string} subtype
                 * @memberof viam.common.v1.ResourceName
                 * @instance
                 */
                ResourceName.prototype.subtype = "";

                /**
                 * ResourceName name.
                 * @member {string} name
                 * @memberof viam.common.v1.ResourceName
                 * @instance
                 */
                ResourceName.prototype.name = "";

                /**
                 * Creates a new ResourceName instance using the specified properties.
                 * @function create
                 * @memberof viam.common.v1.ResourceName
                 * @static
                 * @param {viam.common.v1.IResourceName=} [properties] Properties to set
                 * @returns {viam.common.v1.ResourceName} ResourceName instance
                 */
                ResourceName.create = function create(properties) {
                    return new ResourceName(properties);
                };

                /**
                 * Encodes the specified ResourceName message. Does not implicitly {@link viam.common.v1.ResourceName.verify|verify} messages.
                 * @function encode
                 * @memberof viam.common.v1.ResourceName
                 * @static
                 * @param {viam.common.v1.IResourceName} message ResourceName message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ResourceName.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.namespace != null && Object.hasOwnProperty.call(message, "namespace"))
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.namespace);
                    if (message.type != null && Object.hasOwnProperty.call(message, "type"))
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.type);
                    if (message.subtype != null && Object.hasOwnProperty.call(message, "subtype"))
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.subtype);
                    if (message.name != null && Object.hasOwnProperty.call(message, "name"))
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.name);
                    return writer;
                };

                /**
                 * Decodes a ResourceName message from the specified reader or buffer.
                 * @function decode
                 * @memberof viam.common.v1.ResourceName
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {viam.common.v1.ResourceName} ResourceName
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ResourceName.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.viam.common.v1.ResourceName();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.namespace = reader.string();
                                break;
                            }
                        case 2: {
                                message.type = reader.string();
                                break;
                            }
                        case 3: {
                                message.subtype = reader.string();
                                break;
                            }
                        case 4: {
                                message.name = reader.string();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                return ResourceName;
            })();

            v1.GetReadingsRequest = (function() {

                /**
                 * Properties of a GetReadingsRequest.
                 * @memberof viam.common.v1
                 * @interface IGetReadingsRequest
                 * @property {string|null} [name] GetReadingsRequest name
                 * @property {google.protobuf.IStruct|null} [extra] GetReadingsRequest extra
                 */

                /**
                 * Constructs a new GetReadingsRequest.
                 * @memberof viam.common.v1
                 * @classdesc Represents a GetReadingsRequest.
                 * @implements IGetReadingsRequest
                 * @constructor
                 * @param {viam.common.v1.IGetReadingsRequest=} [properties] Properties to set
                 */
                function GetReadingsRequest(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * GetReadingsRequest name.
                 * @member {string} name
                 * @memberof viam.common.v1.GetReadingsRequest
                 * @instance
                 */
                GetReadingsRequest.prototype.name = "";

                /**
                 * GetReadingsRequest extra.
                 * @member {google.protobuf.IStruct|null|undefined} extra
                 * @memberof viam.common.v1.GetReadingsRequest
                 * @instance
                 */
                GetReadingsRequest.prototype.extra = null;

                /**
                 * Creates a new GetReadingsRequest instance using the specified properties.
                 * @function create
                 * @memberof viam.common.v1.GetReadingsRequest
                 * @static
                 * @param {viam.common.v1.IGetReadingsRequest=} [properties] Properties to set
                 * @returns {viam.common.v1.GetReadingsRequest} GetReadingsRequest instance
                 */
                GetReadingsRequest.create = function create(properties) {
                    return new GetReadingsRequest(properties);
                };

                /**
                 * Encodes the specified GetReadingsRequest message. Does not implicitly {@link viam.common.v1.GetReadingsRequest.verify|verify} messages.
                 * @function encode
                 * @memberof viam.common.v1.GetReadingsRequest
                 * @static
                 * @param {viam.common.v1.IGetReadingsRequest} message GetReadingsRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                GetReadingsRequest.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.name != null && Object.hasOwnProperty.call(message, "name"))
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                    if (message.extra != null && Object.hasOwnProperty.call(message, "extra"))
                        $root.google.protobuf.Struct.encode(message.extra, writer.uint32(/* id 99, wireType 2 =*/794).fork(), q + 1).ldelim();
                    return writer;
                };

                /**
                 * Decodes a GetReadingsRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof viam.common.v1.GetReadingsRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {viam.common.v1.GetReadingsRequest} GetReadingsRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                GetReadingsRequest.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.viam.common.v1.GetReadingsRequest();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.name = reader.string();
                                break;
                            }
                        case 99: {
                                message.extra = $root.google.protobuf.Struct.decode(reader, reader.uint32(), undefined, long + 1);
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                return GetReadingsRequest;
            })();

            v1.GetReadingsResponse = (function() {

                /**
                 * Properties of a GetReadingsResponse.
                 * @memberof viam.common.v1
                 * @interface IGetReadingsResponse
                 * @property {Object.<string,google.protobuf.IValue>|null} [readings] GetReadingsResponse readings
                 */

                /**
                 * Constructs a new GetReadingsResponse.
                 * @memberof viam.common.v1
                 * @classdesc Represents a GetReadingsResponse.
                 * @implements IGetReadingsResponse
                 * @constructor
                 * @param {viam.common.v1.IGetReadingsResponse=} [properties] Properties to set
                 */
                function GetReadingsResponse(properties) {
                    this.readings = {};
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * GetReadingsResponse readings.
                 * @member {Object.<string,google.protobuf.IValue>} readings
                 * @memberof viam.common.v1.GetReadingsResponse
                 * @instance
                 */
                GetReadingsResponse.prototype.readings = $util.emptyObject;

                /**
                 * Creates a new GetReadingsResponse instance using the specified properties.
                 * @function create
                 * @memberof viam.common.v1.GetReadingsResponse
                 * @static
                 * @param {viam.common.v1.IGetReadingsResponse=} [properties] Properties to set
                 * @returns {viam.common.v1.GetReadingsResponse} GetReadingsResponse instance
                 */
                GetReadingsResponse.create = function create(properties) {
                    return new GetReadingsResponse(properties);
                };

                /**
                 * Encodes the specified GetReadingsResponse message. Does not implicitly {@link viam.common.v1.GetReadingsResponse.verify|verify} messages.
                 * @function encode
                 * @memberof viam.common.v1.GetReadingsResponse
                 * @static
                 * @param {viam.common.v1.IGetReadingsResponse} message GetReadingsResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                GetReadingsResponse.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.readings != null && Object.hasOwnProperty.call(message, "readings"))
                        for (let keys = Object.keys(message.readings), i = 0; i < keys.length; ++i) {
                            writer.uint32(/* id 1, wireType 2 =*/10).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]);
                            $root.google.protobuf.Value.encode(message.readings[keys[i]], writer.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim().ldelim();
                        }
                    return writer;
                };

                /**
                 * Decodes a GetReadingsResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof viam.common.v1.GetReadingsResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {viam.common.v1.GetReadingsResponse} GetReadingsResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                GetReadingsResponse.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message, key, value;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.viam.common.v1.GetReadingsResponse();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                if (message.readings === $util.emptyObject)
                                    message.readings = {};
                                let end2 = reader.uint32() + reader.pos;
                                if (end2 > reader.len)
                                    throw RangeError("index out of range");
                                reader.len = end2;
                                key = "";
                                value = null;
                                while (reader.pos < end2) {
                                    let tag2 = reader.uint32();
                                    switch (tag2 >>> 3) {
                                    case 1:
                                        key = reader.string();
                                        break;
                                    case 2:
                                        value = $root.google.protobuf.Value.decode(reader, reader.uint32(), undefined, long + 1);
                                        break;
                                    default:
                                        reader.skipType(tag2 & 7, long);
                                        break;
                                    }
                                }
                                if (reader.pos !== end2)
                                    throw RangeError("index out of range");
                                reader.len = end;
                                if (key === "__proto__")
                                    $util.makeProp(message.readings, key);
                                message.readings[key] = value;
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                return GetReadingsResponse;
            })();

            v1.DoCommandRequest = (function() {

                /**
                 * Properties of a DoCommandRequest.
                 * @memberof viam.common.v1
                 * @interface IDoCommandRequest
                 * @property {string|null} [name] DoCommandRequest name
                 * @property {google.protobuf.IStruct|null} [command] DoCommandRequest command
                 */

                /**
                 * Constructs a new DoCommandRequest.
                 * @memberof viam.common.v1
                 * @classdesc Represents a DoCommandRequest.
                 * @implements IDoCommandRequest
                 * @constructor
                 * @param {viam.common.v1.IDoCommandRequest=} [properties] Properties to set
                 */
                function DoCommandRequest(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * DoCommandRequest name.
                 * @member {string} name
                 * @memberof viam.common.v1.DoCommandRequest
                 * @instance
                 */
                DoCommandRequest.prototype.name = "";

                /**
                 * DoCommandRequest command.
                 * @member {google.protobuf.IStruct|null|undefined} command
                 * @memberof viam.common.v1.DoCommandRequest
                 * @instance
                 */
                DoCommandRequest.prototype.command = null;

                /**
                 * Creates a new DoCommandRequest instance using the specified properties.
                 * @function create
                 * @memberof viam.common.v1.DoCommandRequest
                 * @static
                 * @param {viam.common.v1.IDoCommandRequest=} [properties] Properties to set
                 * @returns {viam.common.v1.DoCommandRequest} DoCommandRequest instance
                 */
                DoCommandRequest.create = function create(properties) {
                    return new DoCommandRequest(properties);
                };

                /**
                 * Encodes the specified DoCommandRequest message. Does not implicitly {@link viam.common.v1.DoCommandRequest.verify|verify} messages.
                 * @function encode
                 * @memberof viam.common.v1.DoCommandRequest
                 * @static
                 * @param {viam.common.v1.IDoCommandRequest} message DoCommandRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                DoCommandRequest.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.name != null && Object.hasOwnProperty.call(message, "name"))
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                    if (message.command != null && Object.hasOwnProperty.call(message, "command"))
                        $root.google.protobuf.Struct.encode(message.command, writer.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                    return writer;
                };

                /**
                 * Decodes a DoCommandRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof viam.common.v1.DoCommandRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {viam.common.v1.DoCommandRequest} DoCommandRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                DoCommandRequest.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.viam.common.v1.DoCommandRequest();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.name = reader.string();
                                break;
                            }
                        case 2: {
                                message.command = $root.google.protobuf.Struct.decode(reader, reader.uint32(), undefined, long + 1);
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                return DoCommandRequest;
            })();

            v1.DoCommandResponse = (function() {

                /**
                 * Properties of a DoCommandResponse.
                 * @memberof viam.common.v1
                 * @interface IDoCommandResponse
                 * @property {google.protobuf.IStruct|null} [result] DoCommandResponse result
                 */

                /**
                 * Constructs a new DoCommandResponse.
                 * @memberof viam.common.v1
                 * @classdesc Represents a DoCommandResponse.
                 * @implements IDoCommandResponse
                 * @constructor
                 * @param {viam.common.v1.IDoCommandResponse=} [properties] Properties to set
                 */
                function DoCommandResponse(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * DoCommandResponse result.
                 * @member {google.protobuf.IStruct|null|undefined} result
                 * @memberof viam.common.v1.DoCommandResponse
                 * @instance
                 */
                DoCommandResponse.prototype.result = null;

                /**
                 * Creates a new DoCommandResponse instance using the specified properties.
                 * @function create
                 * @memberof viam.common.v1.DoCommandResponse
                 * @static
                 * @param {viam.common.v1.IDoCommandResponse=} [properties] Properties to set
                 * @returns {viam.common.v1.DoCommandResponse} DoCommandResponse instance
                 */
                DoCommandResponse.create = function create(properties) {
                    return new DoCommandResponse(properties);
                };

                /**
                 * Encodes the specified DoCommandResponse message. Does not implicitly {@link viam.common.v1.DoCommandResponse.verify|verify} messages.
                 * @function encode
                 * @memberof viam.common.v1.DoCommandResponse
                 * @static
                 * @param {viam.common.v1.IDoCommandResponse} message DoCommandResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                DoCommandResponse.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.result != null && Object.hasOwnProperty.call(message, "result"))
                        $root.google.protobuf.Struct.encode(message.result, writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                    return writer;
                };

                /**
                 * Decodes a DoCommandResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof viam.common.v1.DoCommandResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {viam.common.v1.DoCommandResponse} DoCommandResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                DoCommandResponse.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.viam.common.v1.DoCommandResponse();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.result = $root.google.protobuf.Struct.decode(reader, reader.uint32(), undefined, long + 1);
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                return DoCommandResponse;
            })();

            v1.Vector3 = (function() {

                /**
                 * Properties of a Vector3.
                 * @memberof viam.common.v1
                 * @interface IVector3
                 * @property {number|null} [x] Vector3 x
                 * @property {number|null} [y] Vector3 y
                 * @property {number|null} [z] Vector3 z
                 */

                /**
                 * Constructs a new Vector3.
                 * @memberof viam.common.v1
                 * @classdesc Represents a Vector3.
                 * @implements IVector3
                 * @constructor
                 * @param {viam.common.v1.IVector3=} [properties] Properties to set
                 */
                function Vector3(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * Vector3 x.
                 * @member {number} x
                 * @memberof viam.common.v1.Vector3
                 * @instance
                 */
                Vector3.prototype.x = 0;

                /**
                 * Vector3 y.
                 * @member {number} y
                 * @memberof viam.common.v1.Vector3
                 * @instance
                 */
                Vector3.prototype.y = 0;

                /**
                 * Vector3 z.
                 * @member {number} z
                 * @memberof viam.common.v1.Vector3
                 * @instance
                 */
                Vector3.prototype.z = 0;

                /**
                 * Creates a new Vector3 instance using the specified properties.
                 * @function create
                 * @memberof viam.common.v1.Vector3
                 * @static
                 * @param {viam.common.v1.IVector3=} [properties] Properties to set
                 * @returns {viam.common.v1.Vector3} Vector3 instance
                 */
                Vector3.create = function create(properties) {
                    return new Vector3(properties);
                };

                /**
                 * Encodes the specified Vector3 message. Does not implicitly {@link viam.common.v1.Vector3.verify|verify} messages.
                 * @function encode
                 * @memberof viam.common.v1.Vector3
                 * @static
                 * @param {viam.common.v1.IVector3} message Vector3 message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Vector3.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.x != null && Object.hasOwnProperty.call(message, "x"))
                        writer.uint32(/* id 1, wireType 1 =*/9).double(message.x);
                    if (message.y != null && Object.hasOwnProperty.call(message, "y"))
                        writer.uint32(/* id 2, wireType 1 =*/17).double(message.y);
                    if (message.z != null && Object.hasOwnProperty.call(message, "z"))
                        writer.uint32(/* id 3, wireType 1 =*/25).double(message.z);
                    return writer;
                };

                /**
                 * Decodes a Vector3 message from the specified reader or buffer.
                 * @function decode
                 * @memberof viam.common.v1.Vector3
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {viam.common.v1.Vector3} Vector3
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Vector3.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.viam.common.v1.Vector3();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.x = reader.double();
                                break;
                            }
                        case 2: {
                                message.y = reader.double();
                                break;
                            }
                        case 3: {
                                message.z = reader.double();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                return Vector3;
            })();

            v1.Orientation = (function() {

                /**
                 * Properties of an Orientation.
                 * @memberof viam.common.v1
                 * @interface IOrientation
                 * @property {number|null} [oX] Orientation oX
                 * @property {number|null} [oY] Orientation oY
                 * @property {number|null} [oZ] Orientation oZ
                 * @property {number|null} [theta] Orientation theta
                 */

                /**
                 * Constructs a new Orientation.
                 * @memberof viam.common.v1
                 * @classdesc Represents an Orientation.
                 * @implements IOrientation
                 * @constructor
                 * @param {viam.common.v1.IOrientation=} [properties] Properties to set
                 */
                function Orientation(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * Orientation oX.
                 * @member {number} oX
                 * @memberof viam.common.v1.Orientation
                 * @instance
                 */
                Orientation.prototype.oX = 0;

                /**
                 * Orientation oY.
                 * @member {number} oY
                 * @memberof viam.common.v1.Orientation
                 * @instance
                 */
                Orientation.prototype.oY = 0;

                /**
                 * Orientation oZ.
                 * @member {number} oZ
                 * @memberof viam.common.v1.Orientation
                 * @instance
                 */
                Orientation.prototype.oZ = 0;

                /**
                 * Orientation theta.
                 * @member {number} theta
                 * @memberof viam.common.v1.Orientation
                 * @instance
                 */
                Orientation.prototype.theta = 0;

                /**
                 * Creates a new Orientation instance using the specified properties.
                 * @function create
                 * @memberof viam.common.v1.Orientation
                 * @static
                 * @param {viam.common.v1.IOrientation=} [properties] Properties to set
                 * @returns {viam.common.v1.Orientation} Orientation instance
                 */
                Orientation.create = function create(properties) {
                    return new Orientation(properties);
                };

                /**
                 * Encodes the specified Orientation message. Does not implicitly {@link viam.common.v1.Orientation.verify|verify} messages.
                 * @function encode
                 * @memberof viam.common.v1.Orientation
                 * @static
                 * @param {viam.common.v1.IOrientation} message Orientation message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Orientation.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.oX != null && Object.hasOwnProperty.call(message, "oX"))
                        writer.uint32(/* id 1, wireType 1 =*/9).double(message.oX);
                    if (message.oY != null && Object.hasOwnProperty.call(message, "oY"))
                        writer.uint32(/* id 2, wireType 1 =*/17).double(message.oY);
                    if (message.oZ != null && Object.hasOwnProperty.call(message, "oZ"))
                        writer.uint32(/* id 3, wireType 1 =*/25).double(message.oZ);
                    if (message.theta != null && Object.hasOwnProperty.call(message, "theta"))
                        writer.uint32(/* id 4, wireType 1 =*/33).double(message.theta);
                    return writer;
                };

                /**
                 * Decodes an Orientation message from the specified reader or buffer.
                 * @function decode
                 * @memberof viam.common.v1.Orientation
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {viam.common.v1.Orientation} Orientation
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Orientation.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.viam.common.v1.Orientation();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.oX = reader.double();
                                break;
                            }
                        case 2: {
                                message.oY = reader.double();
                                break;
                            }
                        case 3: {
                                message.oZ = reader.double();
                                break;
                            }
                        case 4: {
                                message.theta = reader.double();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                return Orientation;
            })();

            v1.GeoPoint = (function() {

                /**
                 * Properties of a GeoPoint.
                 * @memberof viam.common.v1
                 * @interface IGeoPoint
                 * @property {number|null} [latitude] GeoPoint latitude
                 * @property {number|null} [longitude] GeoPoint longitude
                 */

                /**
                 * Constructs a new GeoPoint.
                 * @memberof viam.common.v1
                 * @classdesc Represents a GeoPoint.
                 * @implements IGeoPoint
                 * @constructor
                 * @param {viam.common.v1.IGeoPoint=} [properties] Properties to set
                 */
                function GeoPoint(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * GeoPoint latitude.
                 * @member {number} latitude
                 * @memberof viam.common.v1.GeoPoint
                 * @instance
                 */
                GeoPoint.prototype.latitude = 0;

                /**
                 * GeoPoint longitude.
                 * @member {number} longitude
                 * @memberof viam.common.v1.GeoPoint
                 * @instance
                 */
                GeoPoint.prototype.longitude = 0;

                /**
                 * Creates a new GeoPoint instance using the specified properties.
                 * @function create
                 * @memberof viam.common.v1.GeoPoint
                 * @static
                 * @param {viam.common.v1.IGeoPoint=} [properties] Properties to set
                 * @returns {viam.common.v1.GeoPoint} GeoPoint instance
                 */
                GeoPoint.create = function create(properties) {
                    return new GeoPoint(properties);
                };

                /**
                 * Encodes the specified GeoPoint message. Does not implicitly {@link viam.common.v1.GeoPoint.verify|verify} messages.
                 * @function encode
                 * @memberof viam.common.v1.GeoPoint
                 * @static
                 * @param {viam.common.v1.IGeoPoint} message GeoPoint message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                GeoPoint.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.latitude != null && Object.hasOwnProperty.call(message, "latitude"))
                        writer.uint32(/* id 1, wireType 1 =*/9).double(message.latitude);
                    if (message.longitude != null && Object.hasOwnProperty.call(message, "longitude"))
                        writer.uint32(/* id 2, wireType 1 =*/17).double(message.longitude);
                    return writer;
                };

                /**
                 * Decodes a GeoPoint message from the specified reader or buffer.
                 * @function decode
                 * @memberof viam.common.v1.GeoPoint
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {viam.common.v1.GeoPoint} GeoPoint
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                GeoPoint.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.viam.common.v1.GeoPoint();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.latitude = reader.double();
                                break;
                            }
                        case 2: {
                                message.longitude = reader.double();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                return GeoPoint;
            })();

            return v1;
        })();

        return common;
    })();

    viam.service = (function() {

        /**
         * Namespace service.
         * @memberof viam
         * @namespace
         */
        const service = {};

        service.datamanager = (function() {

            /**
             * Namespace datamanager.
             * @memberof viam.service
             * @namespace
             */
            const datamanager = {};

            datamanager.v1 = (function() {

                /**
                 * Namespace v1.
                 * @memberof viam.service.datamanager
                 * @namespace
                 */
                const v1 = {};

                v1.SyncRequest = (function() {

                    /**
                     * Properties of a SyncRequest.
                     * @memberof viam.service.datamanager.v1
                     * @interface ISyncRequest
                     * @property {string|null} [name] SyncRequest name
                     * @property {google.protobuf.IStruct|null} [extra] SyncRequest extra
                     */

                    /**
                     * Constructs a new SyncRequest.
                     * @memberof viam.service.datamanager.v1
                     * @classdesc Represents a SyncRequest.
                     * @implements ISyncRequest
                     * @constructor
                     * @param {viam.service.datamanager.v1.ISyncRequest=} [properties] Properties to set
                     */
                    function SyncRequest(properties) {
                        if (properties)
                            for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    }

                    /**
                     * SyncRequest name.
                     * @member {string} name
                     * @memberof viam.service.datamanager.v1.SyncRequest
                     * @instance
                     */
                    SyncRequest.prototype.name = "";

                    /**
                     * SyncRequest extra.
                     * @member {google.protobuf.IStruct|null|undefined} extra
                     * @memberof viam.service.datamanager.v1.SyncRequest
                     * @instance
                     */
                    SyncRequest.prototype.extra = null;

                    /**
                     * Creates a new SyncRequest instance using the specified properties.
                     * @function create
                     * @memberof viam.service.datamanager.v1.SyncRequest
                     * @static
                     * @param {viam.service.datamanager.v1.ISyncRequest=} [properties] Properties to set
                     * @returns {viam.service.datamanager.v1.SyncRequest} SyncRequest instance
                     */
                    SyncRequest.create = function create(properties) {
                        return new SyncRequest(properties);
                    };

                    /**
                     * Encodes the specified SyncRequest message. Does not implicitly {@link viam.service.datamanager.v1.SyncRequest.verify|verify} messages.
                     * @function encode
                     * @memberof viam.service.datamanager.v1.SyncRequest
                     * @static
                     * @param {viam.service.datamanager.v1.ISyncRequest} message SyncRequest message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    SyncRequest.encode = function encode(message, writer, q) {
                        if (!writer)
                            writer = $Writer.create();
                        if (q === undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw Error("max depth exceeded");
                        if (message.name != null && Object.hasOwnProperty.call(message, "name"))
                            writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                        if (message.extra != null && Object.hasOwnProperty.call(message, "extra"))
                            $root.google.protobuf.Struct.encode(message.extra, writer.uint32(/* id 99, wireType 2 =*/794).fork(), q + 1).ldelim();
                        return writer;
                    };

                    /**
                     * Decodes a SyncRequest message from the specified reader or buffer.
                     * @function decode
                     * @memberof viam.service.datamanager.v1.SyncRequest
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {viam.service.datamanager.v1.SyncRequest} SyncRequest
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    SyncRequest.decode = function decode(reader, length, error, long) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (long === undefined)
                            long = 0;
                        if (long > $Reader.recursionLimit)
                            throw Error("maximum nesting depth exceeded");
                        let end, message;
                        if (length === undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = new $root.viam.service.datamanager.v1.SyncRequest();
                        while (reader.pos < end) {
                            let tag = reader.uint32();
                            if (tag === error)
                                break;
                            switch (tag >>> 3) {
                            case 1: {
                                    message.name = reader.string();
                                    break;
                                }
                            case 99: {
                                    message.extra = $root.google.protobuf.Struct.decode(reader, reader.uint32(), undefined, long + 1);
                                    break;
                                }
                            default:
                                reader.skipType(tag & 7, long);
                                break;
                            }
                        }
                        if (length !== undefined) {
                            if (reader.pos !== end)
                                throw RangeError("index out of range");
                            reader.len = length;
                        }
                        return message;
                    };

                    return SyncRequest;
                })();

                v1.SyncResponse = (function() {

                    /**
                     * Properties of a SyncResponse.
                     * @memberof viam.service.datamanager.v1
                     * @interface ISyncResponse
                     */

                    /**
                     * Constructs a new SyncResponse.
                     * @memberof viam.service.datamanager.v1
                     * @classdesc Represents a SyncResponse.
                     * @implements ISyncResponse
                     * @constructor
                     * @param {viam.service.datamanager.v1.ISyncResponse=} [properties] Properties to set
                     */
                    function SyncResponse(properties) {
                        if (properties)
                            for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    }

                    /**
                     * Creates a new SyncResponse instance using the specified properties.
                     * @function create
                     * @memberof viam.service.datamanager.v1.SyncResponse
                     * @static
                     * @param {viam.service.datamanager.v1.ISyncResponse=} [properties] Properties to set
                     * @returns {viam.service.datamanager.v1.SyncResponse} SyncResponse instance
                     */
                    SyncResponse.create = function create(properties) {
                        return new SyncResponse(properties);
                    };

                    /**
                     * Encodes the specified SyncResponse message. Does not implicitly {@link viam.service.datamanager.v1.SyncResponse.verify|verify} messages.
                     * @function encode
                     * @memberof viam.service.datamanager.v1.SyncResponse
                     * @static
                     * @param {viam.service.datamanager.v1.ISyncResponse} message SyncResponse message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    SyncResponse.encode = function encode(message, writer, q) {
                        if (!writer)
                            writer = $Writer.create();
                        if (q === undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw Error("max depth exceeded");
                        return writer;
                    };

                    /**
                     * Decodes a SyncResponse message from the specified reader or buffer.
                     * @function decode
                     * @memberof viam.service.datamanager.v1.SyncResponse
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {viam.service.datamanager.v1.SyncResponse} SyncResponse
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    SyncResponse.decode = function decode(reader, length, error, long) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (long === undefined)
                            long = 0;
                        if (long > $Reader.recursionLimit)
                            throw Error("maximum nesting depth exceeded");
                        let end, message;
                        if (length === undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = new $root.viam.service.datamanager.v1.SyncResponse();
                        while (reader.pos < end) {
                            let tag = reader.uint32();
                            if (tag === error)
                                break;
                            switch (tag >>> 3) {
                            default:
                                reader.skipType(tag & 7, long);
                                break;
                            }
                        }
                        if (length !== undefined) {
                            if (reader.pos !== end)
                                throw RangeError("index out of range");
                            reader.len = length;
                        }
                        return message;
                    };

                    return SyncResponse;
                })();

                return v1;
            })();

            return datamanager;
        })();

        return service;
    })();

    viam.robot = (function() {

        /**
         * Namespace robot.
         * @memberof viam
         * @namespace
         */
        const robot = {};

        robot.v1 = (function() {

            /**
             * Namespace v1.
             * @memberof viam.robot
             * @namespace
             */
            const v1 = {};

            v1.ResourceNamesRequest = (function() {

                /**
                 * Properties of a ResourceNamesRequest.
                 * @memberof viam.robot.v1
                 * @interface IResourceNamesRequest
                 */

                /**
                 * Constructs a new ResourceNamesRequest.
                 * @memberof viam.robot.v1
                 * @classdesc Represents a ResourceNamesRequest.
                 * @implements IResourceNamesRequest
                 * @constructor
                 * @param {viam.robot.v1.IResourceNamesRequest=} [properties] Properties to set
                 */
                function ResourceNamesRequest(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * Creates a new ResourceNamesRequest instance using the specified properties.
                 * @function create
                 * @memberof viam.robot.v1.ResourceNamesRequest
                 * @static
                 * @param {viam.robot.v1.IResourceNamesRequest=} [properties] Properties to set
                 * @returns {viam.robot.v1.ResourceNamesRequest} ResourceNamesRequest instance
                 */
                ResourceNamesRequest.create = function create(properties) {
                    return new ResourceNamesRequest(properties);
                };

                /**
                 * Encodes the specified ResourceNamesRequest message. Does not implicitly {@link viam.robot.v1.ResourceNamesRequest.verify|verify} messages.
                 * @function encode
                 * @memberof viam.robot.v1.ResourceNamesRequest
                 * @static
                 * @param {viam.robot.v1.IResourceNamesRequest} message ResourceNamesRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ResourceNamesRequest.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    return writer;
                };

                /**
                 * Decodes a ResourceNamesRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof viam.robot.v1.ResourceNamesRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {viam.robot.v1.ResourceNamesRequest} ResourceNamesRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ResourceNamesRequest.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.viam.robot.v1.ResourceNamesRequest();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                return ResourceNamesRequest;
            })();

            v1.ResourceNamesResponse = (function() {

                /**
                 * Properties of a ResourceNamesResponse.
                 * @memberof viam.robot.v1
                 * @interface IResourceNamesResponse
                 * @property {Array.<viam.common.v1.IResourceName>|null} [resources] ResourceNamesResponse resources
                 */

                /**
                 * Constructs a new ResourceNamesResponse.
                 * @memberof viam.robot.v1
                 * @classdesc Represents a ResourceNamesResponse.
                 * @implements IResourceNamesResponse
                 * @constructor
                 * @param {viam.robot.v1.IResourceNamesResponse=} [properties] Properties to set
                 */
                function ResourceNamesResponse(properties) {
                    this.resources = [];
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * ResourceNamesResponse resources.
                 * @member {Array.<viam.common.v1.IResourceName>} resources
                 * @memberof viam.robot.v1.ResourceNamesResponse
                 * @instance
                 */
                ResourceNamesResponse.prototype.resources = $util.emptyArray;

                /**
                 * Creates a new ResourceNamesResponse instance using the specified properties.
                 * @function create
                 * @memberof viam.robot.v1.ResourceNamesResponse
                 * @static
                 * @param {viam.robot.v1.IResourceNamesResponse=} [properties] Properties to set
                 * @returns {viam.robot.v1.ResourceNamesResponse} ResourceNamesResponse instance
                 */
                ResourceNamesResponse.create = function create(properties) {
                    return new ResourceNamesResponse(properties);
                };

                /**
                 * Encodes the specified ResourceNamesResponse message. Does not implicitly {@link viam.robot.v1.ResourceNamesResponse.verify|verify} messages.
                 * @function encode
                 * @memberof viam.robot.v1.ResourceNamesResponse
                 * @static
                 * @param {viam.robot.v1.IResourceNamesResponse} message ResourceNamesResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ResourceNamesResponse.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.resources != null && message.resources.length)
                        for (let i = 0; i < message.resources.length; ++i)
                            $root.viam.common.v1.ResourceName.encode(message.resources[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                    return writer;
                };

                /**
                 * Decodes a ResourceNamesResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof viam.robot.v1.ResourceNamesResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {viam.robot.v1.ResourceNamesResponse} ResourceNamesResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ResourceNamesResponse.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.viam.robot.v1.ResourceNamesResponse();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                if (!(message.resources && message.resources.length))
                                    message.resources = [];
                                message.resources.push($root.viam.common.v1.ResourceName.decode(reader, reader.uint32(), undefined, long + 1));
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                return ResourceNamesResponse;
            })();

            v1.Operation = (function() {

                /**
                 * Properties of an Operation.
                 * @memberof viam.robot.v1
                 * @interface IOperation
                 * @property {string|null} [id] Operation id
                 * @property {string|null} [method] Operation method
                 * @property {google.protobuf.IStruct|null} ["arguments"] Operation arguments
                 * @property {google.protobuf.ITimestamp|null} [started] Operation started
                 * @property {string|null} [sessionId] Operation sessionId
                 */

                /**
                 * Constructs a new Operation.
                 * @memberof viam.robot.v1
                 * @classdesc Represents an Operation.
                 * @implements IOperation
                 * @constructor
                 * @param {viam.robot.v1.IOperation=} [properties] Properties to set
                 */
                function Operation(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * Operation id.
                 * @member {string} id
                 * @memberof viam.robot.v1.Operation
                 * @instance
                 */
                Operation.prototype.id = "";

                /**
                 * Operation method.
                 * @member {string} method
                 * @memberof viam.robot.v1.Operation
                 * @instance
                 */
                Operation.prototype.method = "";

                /**
                 * Operation arguments.
                 * @member {google.protobuf.IStruct|null|undefined} arguments
                 * @memberof viam.robot.v1.Operation
                 * @instance
                 */
                Operation.prototype["arguments"] = null;

                /**
                 * Operation started.
                 * @member {google.protobuf.ITimestamp|null|undefined} started
                 * @memberof viam.robot.v1.Operation
                 * @instance
                 */
                Operation.prototype.started = null;

                /**
                 * Operation sessionId.
                 * @member {string|null|undefined} sessionId
                 * @memberof viam.robot.v1.Operation
                 * @instance
                 */
                Operation.prototype.sessionId = null;

                // OneOf field names bound to virtual getters and setters
                let $oneOfFields;

                // Virtual OneOf for proto3 optional field
                Object.defineProperty(Operation.prototype, "_sessionId", {
                    get: $util.oneOfGetter($oneOfFields = ["sessionId"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                /**
                 * Creates a new Operation instance using the specified properties.
                 * @function create
                 * @memberof viam.robot.v1.Operation
                 * @static
                 * @param {viam.robot.v1.IOperation=} [properties] Properties to set
                 * @returns {viam.robot.v1.Operation} Operation instance
                 */
                Operation.create = function create(properties) {
                    return new Operation(properties);
                };

                /**
                 * Encodes the specified Operation message. Does not implicitly {@link viam.robot.v1.Operation.verify|verify} messages.
                 * @function encode
                 * @memberof viam.robot.v1.Operation
                 * @static
                 * @param {viam.robot.v1.IOperation} message Operation message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Operation.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.id != null && Object.hasOwnProperty.call(message, "id"))
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.id);
                    if (message.method != null && Object.hasOwnProperty.call(message, "method"))
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.method);
                    if (message["arguments"] != null && Object.hasOwnProperty.call(message, "arguments"))
                        $root.google.protobuf.Struct.encode(message["arguments"], writer.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
                    if (message.started != null && Object.hasOwnProperty.call(message, "started"))
                        $root.google.protobuf.Timestamp.encode(message.started, writer.uint32(/* id 4, wireType 2 =*/34).fork(), q + 1).ldelim();
                    if (message.sessionId != null && Object.hasOwnProperty.call(message, "sessionId"))
                        writer.uint32(/* id 5, wireType 2 =*/42).string(message.sessionId);
                    return writer;
                };

                /**
                 * Decodes an Operation message from the specified reader or buffer.
                 * @function decode
                 * @memberof viam.robot.v1.Operation
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {viam.robot.v1.Operation} Operation
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Operation.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.viam.robot.v1.Operation();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.id = reader.string();
                                break;
                            }
                        case 2: {
                                message.method = reader.string();
                                break;
                            }
                        case 3: {
                                message["arguments"] = $root.google.protobuf.Struct.decode(reader, reader.uint32(), undefined, long + 1);
                                break;
                            }
                        case 4: {
                                message.started = $root.google.protobuf.Timestamp.decode(reader, reader.uint32(), undefined, long + 1);
                                break;
                            }
                        case 5: {
                                message.sessionId = reader.string();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                return Operation;
            })();

            v1.GetOperationsRequest = (function() {

                /**
                 * Properties of a GetOperationsRequest.
                 * @memberof viam.robot.v1
                 * @interface IGetOperationsRequest
                 */

                /**
                 * Constructs a new GetOperationsRequest.
                 * @memberof viam.robot.v1
                 * @classdesc Represents a GetOperationsRequest.
                 * @implements IGetOperationsRequest
                 * @constructor
                 * @param {viam.robot.v1.IGetOperationsRequest=} [properties] Properties to set
                 */
                function GetOperationsRequest(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * Creates a new GetOperationsRequest instance using the specified properties.
                 * @function create
                 * @memberof viam.robot.v1.GetOperationsRequest
                 * @static
                 * @param {viam.robot.v1.IGetOperationsRequest=} [properties] Properties to set
                 * @returns {viam.robot.v1.GetOperationsRequest} GetOperationsRequest instance
                 */
                GetOperationsRequest.create = function create(properties) {
                    return new GetOperationsRequest(properties);
                };

                /**
                 * Encodes the specified GetOperationsRequest message. Does not implicitly {@link viam.robot.v1.GetOperationsRequest.verify|verify} messages.
                 * @function encode
                 * @memberof viam.robot.v1.GetOperationsRequest
                 * @static
                 * @param {viam.robot.v1.IGetOperationsRequest} message GetOperationsRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                GetOperationsRequest.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    return writer;
                };

                /**
                 * Decodes a GetOperationsRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof viam.robot.v1.GetOperationsRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {viam.robot.v1.GetOperationsRequest} GetOperationsRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                GetOperationsRequest.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.viam.robot.v1.GetOperationsRequest();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                return GetOperationsRequest;
            })();

            v1.GetOperationsResponse = (function() {

                /**
                 * Properties of a GetOperationsResponse.
                 * @memberof viam.robot.v1
                 * @interface IGetOperationsResponse
                 * @property {Array.<viam.robot.v1.IOperation>|null} [operations] GetOperationsResponse operations
                 */

                /**
                 * Constructs a new GetOperationsResponse.
                 * @memberof viam.robot.v1
                 * @classdesc Represents a GetOperationsResponse.
                 * @implements IGetOperationsResponse
                 * @constructor
                 * @param {viam.robot.v1.IGetOperationsResponse=} [properties] Properties to set
                 */
                function GetOperationsResponse(properties) {
                    this.operations = [];
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * GetOperationsResponse operations.
                 * @member {Array.<viam.robot.v1.IOperation>} operations
                 * @memberof viam.robot.v1.GetOperationsResponse
                 * @instance
                 */
                GetOperationsResponse.prototype.operations = $util.emptyArray;

                /**
                 * Creates a new GetOperationsResponse instance using the specified properties.
                 * @function create
                 * @memberof viam.robot.v1.GetOperationsResponse
                 * @static
                 * @param {viam.robot.v1.IGetOperationsResponse=} [properties] Properties to set
                 * @returns {viam.robot.v1.GetOperationsResponse} GetOperationsResponse instance
                 */
                GetOperationsResponse.create = function create(properties) {
                    return new GetOperationsResponse(properties);
                };

                /**
                 * Encodes the specified GetOperationsResponse message. Does not implicitly {@link viam.robot.v1.GetOperationsResponse.verify|verify} messages.
                 * @function encode
                 * @memberof viam.robot.v1.GetOperationsResponse
                 * @static
                 * @param {viam.robot.v1.IGetOperationsResponse} message GetOperationsResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                GetOperationsResponse.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.operations != null && message.operations.length)
                        for (let i = 0; i < message.operations.length; ++i)
                            $root.viam.robot.v1.Operation.encode(message.operations[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                    return writer;
                };

                /**
                 * Decodes a GetOperationsResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof viam.robot.v1.GetOperationsResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {viam.robot.v1.GetOperationsResponse} GetOperationsResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                GetOperationsResponse.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.viam.robot.v1.GetOperationsResponse();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                if (!(message.operations && message.operations.length))
                                    message.operations = [];
                                message.operations.push($root.viam.robot.v1.Operation.decode(reader, reader.uint32(), undefined, long + 1));
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                return GetOperationsResponse;
            })();

            v1.GetCloudMetadataRequest = (function() {

                /**
                 * Properties of a GetCloudMetadataRequest.
                 * @memberof viam.robot.v1
                 * @interface IGetCloudMetadataRequest
                 */

                /**
                 * Constructs a new GetCloudMetadataRequest.
                 * @memberof viam.robot.v1
                 * @classdesc Represents a GetCloudMetadataRequest.
                 * @implements IGetCloudMetadataRequest
                 * @constructor
                 * @param {viam.robot.v1.IGetCloudMetadataRequest=} [properties] Properties to set
                 */
                function GetCloudMetadataRequest(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * Creates a new GetCloudMetadataRequest instance using the specified properties.
                 * @function create
                 * @memberof viam.robot.v1.GetCloudMetadataRequest
                 * @static
                 * @param {viam.robot.v1.IGetCloudMetadataRequest=} [properties] Properties to set
                 * @returns {viam.robot.v1.GetCloudMetadataRequest} GetCloudMetadataRequest instance
                 */
                GetCloudMetadataRequest.create = function create(properties) {
                    return new GetCloudMetadataRequest(properties);
                };

                /**
                 * Encodes the specified GetCloudMetadataRequest message. Does not implicitly {@link viam.robot.v1.GetCloudMetadataRequest.verify|verify} messages.
                 * @function encode
                 * @memberof viam.robot.v1.GetCloudMetadataRequest
                 * @static
                 * @param {viam.robot.v1.IGetCloudMetadataRequest} message GetCloudMetadataRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                GetCloudMetadataRequest.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    return writer;
                };

                /**
                 * Decodes a GetCloudMetadataRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof viam.robot.v1.GetCloudMetadataRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {viam.robot.v1.GetCloudMetadataRequest} GetCloudMetadataRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                GetCloudMetadataRequest.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.viam.robot.v1.GetCloudMetadataRequest();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                return GetCloudMetadataRequest;
            })();

            v1.GetCloudMetadataResponse = (function() {

                /**
                 * Properties of a GetCloudMetadataResponse.
                 * @memberof viam.robot.v1
                 * @interface IGetCloudMetadataResponse
                 * @property {string|null} [robotPartId] GetCloudMetadataResponse robotPartId
                 * @property {string|null} [primaryOrgId] GetCloudMetadataResponse primaryOrgId
                 * @property {string|null} [locationId] GetCloudMetadataResponse locationId
                 * @property {string|null} [machineId] GetCloudMetadataResponse machineId
                 * @property {string|null} [machinePartId] GetCloudMetadataResponse machinePartId
                 */

                /**
                 * Constructs a new GetCloudMetadataResponse.
                 * @memberof viam.robot.v1
                 * @classdesc Represents a GetCloudMetadataResponse.
                 * @implements IGetCloudMetadataResponse
                 * @constructor
                 * @param {viam.robot.v1.IGetCloudMetadataResponse=} [properties] Properties to set
                 */
                function GetCloudMetadataResponse(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * GetCloudMetadataResponse robotPartId.
                 * @member {string} robotPartId
                 * @memberof viam.robot.v1.GetCloudMetadataResponse
                 * @instance
                 */
                GetCloudMetadataResponse.prototype.robotPartId = "";

                /**
                 * GetCloudMetadataResponse primaryOrgId.
                 * @member {string} primaryOrgId
                 * @memberof viam.robot.v1.GetCloudMetadataResponse
                 * @instance
                 */
                GetCloudMetadataResponse.prototype.primaryOrgId = "";

                /**
                 * GetCloudMetadataResponse locationId.
                 * @member {string} locationId
                 * @memberof viam.robot.v1.GetCloudMetadataResponse
                 * @instance
                 */
                GetCloudMetadataResponse.prototype.locationId = "";

                /**
                 * GetCloudMetadataResponse machineId.
                 * @member {string} machineId
                 * @memberof viam.robot.v1.GetCloudMetadataResponse
                 * @instance
                 */
                GetCloudMetadataResponse.prototype.machineId = "";

                /**
                 * GetCloudMetadataResponse machinePartId.
                 * @member {string} machinePartId
                 * @memberof viam.robot.v1.GetCloudMetadataResponse
                 * @instance
                 */
                GetCloudMetadataResponse.prototype.machinePartId = "";

                /**
                 * Creates a new GetCloudMetadataResponse instance using the specified properties.
                 * @function create
                 * @memberof viam.robot.v1.GetCloudMetadataResponse
                 * @static
                 * @param {viam.robot.v1.IGetCloudMetadataResponse=} [properties] Properties to set
                 * @returns {viam.robot.v1.GetCloudMetadataResponse} GetCloudMetadataResponse instance
                 */
                GetCloudMetadataResponse.create = function create(properties) {
                    return new GetCloudMetadataResponse(properties);
                };

                /**
                 * Encodes the specified GetCloudMetadataResponse message. Does not implicitly {@link viam.robot.v1.GetCloudMetadataResponse.verify|verify} messages.
                 * @function encode
                 * @memberof viam.robot.v1.GetCloudMetadataResponse
                 * @static
                 * @param {viam.robot.v1.IGetCloudMetadataResponse} message GetCloudMetadataResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                GetCloudMetadataResponse.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.robotPartId != null && Object.hasOwnProperty.call(message, "robotPartId"))
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.robotPartId);
                    if (message.primaryOrgId != null && Object.hasOwnProperty.call(message, "primaryOrgId"))
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.primaryOrgId);
                    if (message.locationId != null && Object.hasOwnProperty.call(message, "locationId"))
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.locationId);
                    if (message.machineId != null && Object.hasOwnProperty.call(message, "machineId"))
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.machineId);
                    if (message.machinePartId != null && Object.hasOwnProperty.call(message, "machinePartId"))
                        writer.uint32(/* id 5, wireType 2 =*/42).string(message.machinePartId);
                    return writer;
                };

                /**
                 * Decodes a GetCloudMetadataResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof viam.robot.v1.GetCloudMetadataResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {viam.robot.v1.GetCloudMetadataResponse} GetCloudMetadataResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                GetCloudMetadataResponse.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.viam.robot.v1.GetCloudMetadataResponse();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.robotPartId = reader.string();
                                break;
                            }
                        case 2: {
                                message.primaryOrgId = reader.string();
                                break;
                            }
                        case 3: {
                                message.locationId = reader.string();
                                break;
                            }
                        case 4: {
                                message.machineId = reader.string();
                                break;
                            }
                        case 5: {
                                message.machinePartId = reader.string();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                return GetCloudMetadataResponse;
            })();

            v1.GetMachineStatusRequest = (function() {

                /**
                 * Properties of a GetMachineStatusRequest.
                 * @memberof viam.robot.v1
                 * @interface IGetMachineStatusRequest
                 */

                /**
                 * Constructs a new GetMachineStatusRequest.
                 * @memberof viam.robot.v1
                 * @classdesc Represents a GetMachineStatusRequest.
                 * @implements IGetMachineStatusRequest
                 * @constructor
                 * @param {viam.robot.v1.IGetMachineStatusRequest=} [properties] Properties to set
                 */
                function GetMachineStatusRequest(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * Creates a new GetMachineStatusRequest instance using the specified properties.
                 * @function create
                 * @memberof viam.robot.v1.GetMachineStatusRequest
                 * @static
                 * @param {viam.robot.v1.IGetMachineStatusRequest=} [properties] Properties to set
                 * @returns {viam.robot.v1.GetMachineStatusRequest} GetMachineStatusRequest instance
                 */
                GetMachineStatusRequest.create = function create(properties) {
                    return new GetMachineStatusRequest(properties);
                };

                /**
                 * Encodes the specified GetMachineStatusRequest message. Does not implicitly {@link viam.robot.v1.GetMachineStatusRequest.verify|verify} messages.
                 * @function encode
                 * @memberof viam.robot.v1.GetMachineStatusRequest
                 * @static
                 * @param {viam.robot.v1.IGetMachineStatusRequest} message GetMachineStatusRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                GetMachineStatusRequest.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    return writer;
                };

                /**
                 * Decodes a GetMachineStatusRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof viam.robot.v1.GetMachineStatusRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {viam.robot.v1.GetMachineStatusRequest} GetMachineStatusRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                GetMachineStatusRequest.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.viam.robot.v1.GetMachineStatusRequest();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                return GetMachineStatusRequest;
            })();

            v1.GetMachineStatusResponse = (function() {

                /**
                 * Properties of a GetMachineStatusResponse.
                 * @memberof viam.robot.v1
                 * @interface IGetMachineStatusResponse
                 * @property {Array.<viam.robot.v1.IResourceStatus>|null} [resources] GetMachineStatusResponse resources
                 * @property {viam.robot.v1.IConfigStatus|null} [config] GetMachineStatusResponse config
                 * @property {viam.robot.v1.GetMachineStatusResponse.State|null} [state] GetMachineStatusResponse state
                 */

                /**
                 * Constructs a new GetMachineStatusResponse.
                 * @memberof viam.robot.v1
                 * @classdesc Represents a GetMachineStatusResponse.
                 * @implements IGetMachineStatusResponse
                 * @constructor
                 * @param {viam.robot.v1.IGetMachineStatusResponse=} [properties] Properties to set
                 */
                function GetMachineStatusResponse(properties) {
                    this.resources = [];
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * GetMachineStatusResponse resources.
                 * @member {Array.<viam.robot.v1.IResourceStatus>} resources
                 * @memberof viam.robot.v1.GetMachineStatusResponse
                 * @instance
                 */
                GetMachineStatusResponse.prototype.resources = $util.emptyArray;

                /**
                 * GetMachineStatusResponse config.
                 * @member {viam.robot.v1.IConfigStatus|null|undefined} config
                 * @memberof viam.robot.v1.GetMachineStatusResponse
                 * @instance
                 */
                GetMachineStatusResponse.prototype.config = null;

                /**
                 * GetMachineStatusResponse state.
                 * @member {viam.robot.v1.GetMachineStatusResponse.State} state
                 * @memberof viam.robot.v1.GetMachineStatusResponse
                 * @instance
                 */
                GetMachineStatusResponse.prototype.state = 0;

                /**
                 * Creates a new GetMachineStatusResponse instance using the specified properties.
                 * @function create
                 * @memberof viam.robot.v1.GetMachineStatusResponse
                 * @static
                 * @param {viam.robot.v1.IGetMachineStatusResponse=} [properties] Properties to set
                 * @returns {viam.robot.v1.GetMachineStatusResponse} GetMachineStatusResponse instance
                 */
                GetMachineStatusResponse.create = function create(properties) {
                    return new GetMachineStatusResponse(properties);
                };

                /**
                 * Encodes the specified GetMachineStatusResponse message. Does not implicitly {@link viam.robot.v1.GetMachineStatusResponse.verify|verify} messages.
                 * @function encode
                 * @memberof viam.robot.v1.GetMachineStatusResponse
                 * @static
                 * @param {viam.robot.v1.IGetMachineStatusResponse} message GetMachineStatusResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                GetMachineStatusResponse.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.resources != null && message.resources.length)
                        for (let i = 0; i < message.resources.length; ++i)
                            $root.viam.robot.v1.ResourceStatus.encode(message.resources[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                    if (message.config != null && Object.hasOwnProperty.call(message, "config"))
                        $root.viam.robot.v1.ConfigStatus.encode(message.config, writer.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                    if (message.state != null && Object.hasOwnProperty.call(message, "state"))
                        writer.uint32(/* id 3, wireType 0 =*/24).int32(message.state);
                    return writer;
                };

                /**
                 * Decodes a GetMachineStatusResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof viam.robot.v1.GetMachineStatusResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {viam.robot.v1.GetMachineStatusResponse} GetMachineStatusResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                GetMachineStatusResponse.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.viam.robot.v1.GetMachineStatusResponse();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                if (!(message.resources && message.resources.length))
                                    message.resources = [];
                                message.resources.push($root.viam.robot.v1.ResourceStatus.decode(reader, reader.uint32(), undefined, long + 1));
                                break;
                            }
                        case 2: {
                                message.config = $root.viam.robot.v1.ConfigStatus.decode(reader, reader.uint32(), undefined, long + 1);
                                break;
                            }
                        case 3: {
                                message.state = reader.int32();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * State enum.
                 * @name viam.robot.v1.GetMachineStatusResponse.State
                 * @enum {number}
                 * @property {number} STATE_UNSPECIFIED=0 STATE_UNSPECIFIED value
                 * @property {number} STATE_INITIALIZING=1 STATE_INITIALIZING value
                 * @property {number} STATE_RUNNING=2 STATE_RUNNING value
                 */
                GetMachineStatusResponse.State = (function() {
                    const valuesById = {}, values = Object.create(valuesById);
                    values[valuesById[0] = "STATE_UNSPECIFIED"] = 0;
                    values[valuesById[1] = "STATE_INITIALIZING"] = 1;
                    values[valuesById[2] = "STATE_RUNNING"] = 2;
                    return values;
                })();

                return GetMachineStatusResponse;
            })();

            v1.ResourceStatus = (function() {

                /**
                 * Properties of a ResourceStatus.
                 * @memberof viam.robot.v1
                 * @interface IResourceStatus
                 * @property {viam.common.v1.IResourceName|null} [name] ResourceStatus name
                 * @property {viam.robot.v1.ResourceStatus.State|null} [state] ResourceStatus state
                 * @property {google.protobuf.ITimestamp|null} [lastUpdated] ResourceStatus lastUpdated
                 * @property {string|null} [revision] ResourceStatus revision
                 * @property {string|null} [error] ResourceStatus error
                 */

                /**
                 * Constructs a new ResourceStatus.
                 * @memberof viam.robot.v1
                 * @classdesc Represents a ResourceStatus.
                 * @implements IResourceStatus
                 * @constructor
                 * @param {viam.robot.v1.IResourceStatus=} [properties] Properties to set
                 */
                function ResourceStatus(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * ResourceStatus name.
                 * @member {viam.common.v1.IResourceName|null|undefined} name
                 * @memberof viam.robot.v1.ResourceStatus
                 * @instance
                 */
                ResourceStatus.prototype.name = null;

                /**
                 * ResourceStatus state.
                 * @member {viam.robot.v1.ResourceStatus.State} state
                 * @memberof viam.robot.v1.ResourceStatus
                 * @instance
                 */
                ResourceStatus.prototype.state = 0;

                /**
                 * ResourceStatus lastUpdated.
                 * @member {google.protobuf.ITimestamp|null|undefined} lastUpdated
                 * @memberof viam.robot.v1.ResourceStatus
                 * @instance
                 */
                ResourceStatus.prototype.lastUpdated = null;

                /**
                 * ResourceStatus revision.
                 * @member {string} revision
                 * @memberof viam.robot.v1.ResourceStatus
                 * @instance
                 */
                ResourceStatus.prototype.revision = "";

                /**
                 * ResourceStatus error.
                 * @member {string} error
                 * @memberof viam.robot.v1.ResourceStatus
                 * @instance
                 */
                ResourceStatus.prototype.error = "";

                /**
                 * Creates a new ResourceStatus instance using the specified properties.
                 * @function create
                 * @memberof viam.robot.v1.ResourceStatus
                 * @static
                 * @param {viam.robot.v1.IResourceStatus=} [properties] Properties to set
                 * @returns {viam.robot.v1.ResourceStatus} ResourceStatus instance
                 */
                ResourceStatus.create = function create(properties) {
                    return new ResourceStatus(properties);
                };

                /**
                 * Encodes the specified ResourceStatus message. Does not implicitly {@link viam.robot.v1.ResourceStatus.verify|verify} messages.
                 * @function encode
                 * @memberof viam.robot.v1.ResourceStatus
                 * @static
                 * @param {viam.robot.v1.IResourceStatus} message ResourceStatus message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ResourceStatus.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.name != null && Object.hasOwnProperty.call(message, "name"))
                        $root.viam.common.v1.ResourceName.encode(message.name, writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                    if (message.state != null && Object.hasOwnProperty.call(message, "state"))
                        writer.uint32(/* id 2, wireType 0 =*/16).int32(message.state);
                    if (message.lastUpdated != null && Object.hasOwnProperty.call(message, "lastUpdated"))
                        $root.google.protobuf.Timestamp.encode(message.lastUpdated, writer.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
                    if (message.revision != null && Object.hasOwnProperty.call(message, "revision"))
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.revision);
                    if (message.error != null && Object.hasOwnProperty.call(message, "error"))
                        writer.uint32(/* id 5, wireType 2 =*/42).string(message.error);
                    return writer;
                };

                /**
                 * Decodes a ResourceStatus message from the specified reader or buffer.
                 * @function decode
                 * @memberof viam.robot.v1.ResourceStatus
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {viam.robot.v1.ResourceStatus} ResourceStatus
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ResourceStatus.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.viam.robot.v1.ResourceStatus();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.name = $root.viam.common.v1.ResourceName.decode(reader, reader.uint32(), undefined, long + 1);
                                break;
                            }
                        case 2: {
                                message.state = reader.int32();
                                break;
                            }
                        case 3: {
                                message.lastUpdated = $root.google.protobuf.Timestamp.decode(reader, reader.uint32(), undefined, long + 1);
                                break;
                            }
                        case 4: {
                                message.revision = reader.string();
                                break;
                            }
                        case 5: {
                                message.error = reader.string();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * State enum.
                 * @name viam.robot.v1.ResourceStatus.State
                 * @enum {number}
                 * @property {number} STATE_UNSPECIFIED=0 STATE_UNSPECIFIED value
                 * @property {number} STATE_UNCONFIGURED=1 STATE_UNCONFIGURED value
                 * @property {number} STATE_CONFIGURING=2 STATE_CONFIGURING value
                 * @property {number} STATE_READY=3 STATE_READY value
                 * @property {number} STATE_REMOVING=4 STATE_REMOVING value
                 * @property {number} STATE_UNHEALTHY=5 STATE_UNHEALTHY value
                 */
                ResourceStatus.State = (function() {
                    const valuesById = {}, values = Object.create(valuesById);
                    values[valuesById[0] = "STATE_UNSPECIFIED"] = 0;
                    values[valuesById[1] = "STATE_UNCONFIGURED"] = 1;
                    values[valuesById[2] = "STATE_CONFIGURING"] = 2;
                    values[valuesById[3] = "STATE_READY"] = 3;
                    values[valuesById[4] = "STATE_REMOVING"] = 4;
                    values[valuesById[5] = "STATE_UNHEALTHY"] = 5;
                    return values;
                })();

                return ResourceStatus;
            })();

            v1.ConfigStatus = (function() {

                /**
                 * Properties of a ConfigStatus.
                 * @memberof viam.robot.v1
                 * @interface IConfigStatus
                 * @property {string|null} [revision] ConfigStatus revision
                 * @property {google.protobuf.ITimestamp|null} [lastUpdated] ConfigStatus lastUpdated
                 */

                /**
                 * Constructs a new ConfigStatus.
                 * @memberof viam.robot.v1
                 * @classdesc Represents a ConfigStatus.
                 * @implements IConfigStatus
                 * @constructor
                 * @param {viam.robot.v1.IConfigStatus=} [properties] Properties to set
                 */
                function ConfigStatus(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * ConfigStatus revision.
                 * @member {string} revision
                 * @memberof viam.robot.v1.ConfigStatus
                 * @instance
                 */
                ConfigStatus.prototype.revision = "";

                /**
                 * ConfigStatus lastUpdated.
                 * @member {google.protobuf.ITimestamp|null|undefined} lastUpdated
                 * @memberof viam.robot.v1.ConfigStatus
                 * @instance
                 */
                ConfigStatus.prototype.lastUpdated = null;

                /**
                 * Creates a new ConfigStatus instance using the specified properties.
                 * @function create
                 * @memberof viam.robot.v1.ConfigStatus
                 * @static
                 * @param {viam.robot.v1.IConfigStatus=} [properties] Properties to set
                 * @returns {viam.robot.v1.ConfigStatus} ConfigStatus instance
                 */
                ConfigStatus.create = function create(properties) {
                    return new ConfigStatus(properties);
                };

                /**
                 * Encodes the specified ConfigStatus message. Does not implicitly {@link viam.robot.v1.ConfigStatus.verify|verify} messages.
                 * @function encode
                 * @memberof viam.robot.v1.ConfigStatus
                 * @static
                 * @param {viam.robot.v1.IConfigStatus} message ConfigStatus message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ConfigStatus.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.revision != null && Object.hasOwnProperty.call(message, "revision"))
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.revision);
                    if (message.lastUpdated != null && Object.hasOwnProperty.call(message, "lastUpdated"))
                        $root.google.protobuf.Timestamp.encode(message.lastUpdated, writer.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                    return writer;
                };

                /**
                 * Decodes a ConfigStatus message from the specified reader or buffer.
                 * @function decode
                 * @memberof viam.robot.v1.ConfigStatus
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {viam.robot.v1.ConfigStatus} ConfigStatus
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ConfigStatus.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.viam.robot.v1.ConfigStatus();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.revision = reader.string();
                                break;
                            }
                        case 2: {
                                message.lastUpdated = $root.google.protobuf.Timestamp.decode(reader, reader.uint32(), undefined, long + 1);
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                return ConfigStatus;
            })();

            v1.GetVersionRequest = (function() {

                /**
                 * Properties of a GetVersionRequest.
                 * @memberof viam.robot.v1
                 * @interface IGetVersionRequest
                 */

                /**
                 * Constructs a new GetVersionRequest.
                 * @memberof viam.robot.v1
                 * @classdesc Represents a GetVersionRequest.
                 * @implements IGetVersionRequest
                 * @constructor
                 * @param {viam.robot.v1.IGetVersionRequest=} [properties] Properties to set
                 */
                function GetVersionRequest(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * Creates a new GetVersionRequest instance using the specified properties.
                 * @function create
                 * @memberof viam.robot.v1.GetVersionRequest
                 * @static
                 * @param {viam.robot.v1.IGetVersionRequest=} [properties] Properties to set
                 * @returns {viam.robot.v1.GetVersionRequest} GetVersionRequest instance
                 */
                GetVersionRequest.create = function create(properties) {
                    return new GetVersionRequest(properties);
                };

                /**
                 * Encodes the specified GetVersionRequest message. Does not implicitly {@link viam.robot.v1.GetVersionRequest.verify|verify} messages.
                 * @function encode
                 * @memberof viam.robot.v1.GetVersionRequest
                 * @static
                 * @param {viam.robot.v1.IGetVersionRequest} message GetVersionRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                GetVersionRequest.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    return writer;
                };

                /**
                 * Decodes a GetVersionRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof viam.robot.v1.GetVersionRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {viam.robot.v1.GetVersionRequest} GetVersionRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                GetVersionRequest.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.viam.robot.v1.GetVersionRequest();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                return GetVersionRequest;
            })();

            v1.GetVersionResponse = (function() {

                /**
                 * Properties of a GetVersionResponse.
                 * @memberof viam.robot.v1
                 * @interface IGetVersionResponse
                 * @property {string|null} [platform] GetVersionResponse platform
                 * @property {string|null} [version] GetVersionResponse version
                 * @property {string|null} [apiVersion] GetVersionResponse apiVersion
                 */

                /**
                 * Constructs a new GetVersionResponse.
                 * @memberof viam.robot.v1
                 * @classdesc Represents a GetVersionResponse.
                 * @implements IGetVersionResponse
                 * @constructor
                 * @param {viam.robot.v1.IGetVersionResponse=} [properties] Properties to set
                 */
                function GetVersionResponse(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * GetVersionResponse platform.
                 * @member {string} platform
                 * @memberof viam.robot.v1.GetVersionResponse
                 * @instance
                 */
                GetVersionResponse.prototype.platform = "";

                /**
                 * GetVersionResponse version.
                 * @member {string} version
                 * @memberof viam.robot.v1.GetVersionResponse
                 * @instance
                 */
                GetVersionResponse.prototype.version = "";

                /**
                 * GetVersionResponse apiVersion.
                 * @member {string} apiVersion
                 * @memberof viam.robot.v1.GetVersionResponse
                 * @instance
                 */
                GetVersionResponse.prototype.apiVersion = "";

                /**
                 * Creates a new GetVersionResponse instance using the specified properties.
                 * @function create
                 * @memberof viam.robot.v1.GetVersionResponse
                 * @static
                 * @param {viam.robot.v1.IGetVersionResponse=} [properties] Properties to set
                 * @returns {viam.robot.v1.GetVersionResponse} GetVersionResponse instance
                 */
                GetVersionResponse.create = function create(properties) {
                    return new GetVersionResponse(properties);
                };

                /**
                 * Encodes the specified GetVersionResponse message. Does not implicitly {@link viam.robot.v1.GetVersionResponse.verify|verify} messages.
                 * @function encode
                 * @memberof viam.robot.v1.GetVersionResponse
                 * @static
                 * @param {viam.robot.v1.IGetVersionResponse} message GetVersionResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                GetVersionResponse.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.platform != null && Object.hasOwnProperty.call(message, "platform"))
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.platform);
                    if (message.version != null && Object.hasOwnProperty.call(message, "version"))
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.version);
                    if (message.apiVersion != null && Object.hasOwnProperty.call(message, "apiVersion"))
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.apiVersion);
                    return writer;
                };

                /**
                 * Decodes a GetVersionResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof viam.robot.v1.GetVersionResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {viam.robot.v1.GetVersionResponse} GetVersionResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                GetVersionResponse.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.viam.robot.v1.GetVersionResponse();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.platform = reader.string();
                                break;
                            }
                        case 2: {
                                message.version = reader.string();
                                break;
                            }
                        case 3: {
                                message.apiVersion = reader.string();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                return GetVersionResponse;
            })();

            v1.ResourceRPCSubtypesRequest = (function() {

                /**
                 * Properties of a ResourceRPCSubtypesRequest.
                 * @memberof viam.robot.v1
                 * @interface IResourceRPCSubtypesRequest
                 */

                /**
                 * Constructs a new ResourceRPCSubtypesRequest.
                 * @memberof viam.robot.v1
                 * @classdesc Represents a ResourceRPCSubtypesRequest.
                 * @implements IResourceRPCSubtypesRequest
                 * @constructor
                 * @param {viam.robot.v1.IResourceRPCSubtypesRequest=} [properties] Properties to set
                 */
                function ResourceRPCSubtypesRequest(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * Creates a new ResourceRPCSubtypesRequest instance using the specified properties.
                 * @function create
                 * @memberof viam.robot.v1.ResourceRPCSubtypesRequest
                 * @static
                 * @param {viam.robot.v1.IResourceRPCSubtypesRequest=} [properties] Properties to set
                 * @returns {viam.robot.v1.ResourceRPCSubtypesRequest} ResourceRPCSubtypesRequest instance
                 */
                ResourceRPCSubtypesRequest.create = function create(properties) {
                    return new ResourceRPCSubtypesRequest(properties);
                };

                /**
                 * Encodes the specified ResourceRPCSubtypesRequest message. Does not implicitly {@link viam.robot.v1.ResourceRPCSubtypesRequest.verify|verify} messages.
                 * @function encode
                 * @memberof viam.robot.v1.ResourceRPCSubtypesRequest
                 * @static
                 * @param {viam.robot.v1.IResourceRPCSubtypesRequest} message ResourceRPCSubtypesRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ResourceRPCSubtypesRequest.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    return writer;
                };

                /**
                 * Decodes a ResourceRPCSubtypesRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof viam.robot.v1.ResourceRPCSubtypesRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {viam.robot.v1.ResourceRPCSubtypesRequest} ResourceRPCSubtypesRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ResourceRPCSubtypesRequest.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.viam.robot.v1.ResourceRPCSubtypesRequest();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                return ResourceRPCSubtypesRequest;
            })();

            v1.ResourceRPCSubtype = (function() {

                /**
                 * Properties of a ResourceRPCSubtype.
                 * @memberof viam.robot.v1
                 * @interface IResourceRPCSubtype
                 * @property {viam.common.v1.IResourceName|null} [subtype] ResourceRPCSubtype subtype
                 * @property {string|null} [protoService] ResourceRPCSubtype protoService
                 */

                /**
                 * Constructs a new ResourceRPCSubtype.
                 * @memberof viam.robot.v1
                 * @classdesc Represents a ResourceRPCSubtype.
                 * @implements IResourceRPCSubtype
                 * @constructor
                 * @param {viam.robot.v1.IResourceRPCSubtype=} [properties] Properties to set
                 */
                function ResourceRPCSubtype(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * ResourceRPCSubtype subtype.
                 * @member {viam.common.v1.IResourceName|null|undefined} subtype
                 * @memberof viam.robot.v1.ResourceRPCSubtype
                 * @instance
                 */
                ResourceRPCSubtype.prototype.subtype = null;

                /**
                 * ResourceRPCSubtype protoService.
                 * @member {string} protoService
                 * @memberof viam.robot.v1.ResourceRPCSubtype
                 * @instance
                 */
                ResourceRPCSubtype.prototype.protoService = "";

                /**
                 * Creates a new ResourceRPCSubtype instance using the specified properties.
                 * @function create
                 * @memberof viam.robot.v1.ResourceRPCSubtype
                 * @static
                 * @param {viam.robot.v1.IResourceRPCSubtype=} [properties] Properties to set
                 * @returns {viam.robot.v1.ResourceRPCSubtype} ResourceRPCSubtype instance
                 */
                ResourceRPCSubtype.create = function create(properties) {
                    return new ResourceRPCSubtype(properties);
                };

                /**
                 * Encodes the specified ResourceRPCSubtype message. Does not implicitly {@link viam.robot.v1.ResourceRPCSubtype.verify|verify} messages.
                 * @function encode
                 * @memberof viam.robot.v1.ResourceRPCSubtype
                 * @static
                 * @param {viam.robot.v1.IResourceRPCSubtype} message ResourceRPCSubtype message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ResourceRPCSubtype.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.subtype != null && Object.hasOwnProperty.call(message, "subtype"))
                        $root.viam.common.v1.ResourceName.encode(message.subtype, writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                    if (message.protoService != null && Object.hasOwnProperty.call(message, "protoService"))
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.protoService);
                    return writer;
                };

                /**
                 * Decodes a ResourceRPCSubtype message from the specified reader or buffer.
                 * @function decode
                 * @memberof viam.robot.v1.ResourceRPCSubtype
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {viam.robot.v1.ResourceRPCSubtype} ResourceRPCSubtype
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ResourceRPCSubtype.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.viam.robot.v1.ResourceRPCSubtype();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.subtype = $root.viam.common.v1.ResourceName.decode(reader, reader.uint32(), undefined, long + 1);
                                break;
                            }
                        case 2: {
                                message.protoService = reader.string();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                return ResourceRPCSubtype;
            })();

            v1.ResourceRPCSubtypesResponse = (function() {

                /**
                 * Properties of a ResourceRPCSubtypesResponse.
                 * @memberof viam.robot.v1
                 * @interface IResourceRPCSubtypesResponse
                 * @property {Array.<viam.robot.v1.IResourceRPCSubtype>|null} [resourceRpcSubtypes] ResourceRPCSubtypesResponse resourceRpcSubtypes
                 */

                /**
                 * Constructs a new ResourceRPCSubtypesResponse.
                 * @memberof viam.robot.v1
                 * @classdesc Represents a ResourceRPCSubtypesResponse.
                 * @implements IResourceRPCSubtypesResponse
                 * @constructor
                 * @param {viam.robot.v1.IResourceRPCSubtypesResponse=} [properties] Properties to set
                 */
                function ResourceRPCSubtypesResponse(properties) {
                    this.resourceRpcSubtypes = [];
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * ResourceRPCSubtypesResponse resourceRpcSubtypes.
                 * @member {Array.<viam.robot.v1.IResourceRPCSubtype>} resourceRpcSubtypes
                 * @memberof viam.robot.v1.ResourceRPCSubtypesResponse
                 * @instance
                 */
                ResourceRPCSubtypesResponse.prototype.resourceRpcSubtypes = $util.emptyArray;

                /**
                 * Creates a new ResourceRPCSubtypesResponse instance using the specified properties.
                 * @function create
                 * @memberof viam.robot.v1.ResourceRPCSubtypesResponse
                 * @static
                 * @param {viam.robot.v1.IResourceRPCSubtypesResponse=} [properties] Properties to set
                 * @returns {viam.robot.v1.ResourceRPCSubtypesResponse} ResourceRPCSubtypesResponse instance
                 */
                ResourceRPCSubtypesResponse.create = function create(properties) {
                    return new ResourceRPCSubtypesResponse(properties);
                };

                /**
                 * Encodes the specified ResourceRPCSubtypesResponse message. Does not implicitly {@link viam.robot.v1.ResourceRPCSubtypesResponse.verify|verify} messages.
                 * @function encode
                 * @memberof viam.robot.v1.ResourceRPCSubtypesResponse
                 * @static
                 * @param {viam.robot.v1.IResourceRPCSubtypesResponse} message ResourceRPCSubtypesResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ResourceRPCSubtypesResponse.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.resourceRpcSubtypes != null && message.resourceRpcSubtypes.length)
                        for (let i = 0; i < message.resourceRpcSubtypes.length; ++i)
                            $root.viam.robot.v1.ResourceRPCSubtype.encode(message.resourceRpcSubtypes[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                    return writer;
                };

                /**
                 * Decodes a ResourceRPCSubtypesResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof viam.robot.v1.ResourceRPCSubtypesResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {viam.robot.v1.ResourceRPCSubtypesResponse} ResourceRPCSubtypesResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ResourceRPCSubtypesResponse.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.viam.robot.v1.ResourceRPCSubtypesResponse();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                if (!(message.resourceRpcSubtypes && message.resourceRpcSubtypes.length))
                                    message.resourceRpcSubtypes = [];
                                message.resourceRpcSubtypes.push($root.viam.robot.v1.ResourceRPCSubtype.decode(reader, reader.uint32(), undefined, long + 1));
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                return ResourceRPCSubtypesResponse;
            })();

            return v1;
        })();

        return robot;
    })();

    return viam;
})();

export const google = $root.google = (() => {

    /**
     * Namespace google.
     * @exports google
     * @namespace
     */
    const google = {};

    google.protobuf = (function() {

        /**
         * Namespace protobuf.
         * @memberof google
         * @namespace
         */
        const protobuf = {};

        protobuf.Any = (function() {

            /**
             * Properties of an Any.
             * @memberof google.protobuf
             * @interface IAny
             * @property {string|null} [typeUrl] Any typeUrl
             * @property {Uint8Array|null} [value] Any value
             */

            /**
             * Constructs a new Any.
             * @memberof google.protobuf
             * @classdesc Represents an Any.
             * @implements IAny
             * @constructor
             * @param {google.protobuf.IAny=} [properties] Properties to set
             */
            function Any(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * Any typeUrl.
             * @member {string} typeUrl
             * @memberof google.protobuf.Any
             * @instance
             */
            Any.prototype.typeUrl = "";

            /**
             * Any value.
             * @member {Uint8Array} value
             * @memberof google.protobuf.Any
             * @instance
             */
            Any.prototype.value = $util.newBuffer([]);

            /**
             * Creates a new Any instance using the specified properties.
             * @function create
             * @memberof google.protobuf.Any
             * @static
             * @param {google.protobuf.IAny=} [properties] Properties to set
             * @returns {google.protobuf.Any} Any instance
             */
            Any.create = function create(properties) {
                return new Any(properties);
            };

            /**
             * Encodes the specified Any message. Does not implicitly {@link google.protobuf.Any.verify|verify} messages.
             * @function encode
             * @memberof google.protobuf.Any
             * @static
             * @param {google.protobuf.IAny} message Any message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Any.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.typeUrl != null && Object.hasOwnProperty.call(message, "typeUrl"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.typeUrl);
                if (message.value != null && Object.hasOwnProperty.call(message, "value"))
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.value);
                return writer;
            };

            /**
             * Decodes an Any message from the specified reader or buffer.
             * @function decode
             * @memberof google.protobuf.Any
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {google.protobuf.Any} Any
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Any.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.google.protobuf.Any();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.typeUrl = reader.string();
                            break;
                        }
                    case 2: {
                            message.value = reader.bytes();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            return Any;
        })();

        protobuf.Timestamp = (function() {

            /**
             * Properties of a Timestamp.
             * @memberof google.protobuf
             * @interface ITimestamp
             * @property {number|null} [seconds] Timestamp seconds
             * @property {number|null} [nanos] Timestamp nanos
             */

            /**
             * Constructs a new Timestamp.
             * @memberof google.protobuf
             * @classdesc Represents a Timestamp.
             * @implements ITimestamp
             * @constructor
             * @param {google.protobuf.ITimestamp=} [properties] Properties to set
             */
            function Timestamp(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * Timestamp seconds.
             * @member {number} seconds
             * @memberof google.protobuf.Timestamp
             * @instance
             */
            Timestamp.prototype.seconds = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Timestamp nanos.
             * @member {number} nanos
             * @memberof google.protobuf.Timestamp
             * @instance
             */
            Timestamp.prototype.nanos = 0;

            /**
             * Creates a new Timestamp instance using the specified properties.
             * @function create
             * @memberof google.protobuf.Timestamp
             * @static
             * @param {google.protobuf.ITimestamp=} [properties] Properties to set
             * @returns {google.protobuf.Timestamp} Timestamp instance
             */
            Timestamp.create = function create(properties) {
                return new Timestamp(properties);
            };

            /**
             * Encodes the specified Timestamp message. Does not implicitly {@link google.protobuf.Timestamp.verify|verify} messages.
             * @function encode
             * @memberof google.protobuf.Timestamp
             * @static
             * @param {google.protobuf.ITimestamp} message Timestamp message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Timestamp.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.seconds != null && Object.hasOwnProperty.call(message, "seconds"))
                    writer.uint32(/* id 1, wireType 0 =*/8).int64(message.seconds);
                if (message.nanos != null && Object.hasOwnProperty.call(message, "nanos"))
                    writer.uint32(/* id 2, wireType 0 =*/16).int32(message.nanos);
                return writer;
            };

            /**
             * Decodes a Timestamp message from the specified reader or buffer.
             * @function decode
             * @memberof google.protobuf.Timestamp
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {google.protobuf.Timestamp} Timestamp
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Timestamp.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.google.protobuf.Timestamp();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.seconds = reader.int64();
                            break;
                        }
                    case 2: {
                            message.nanos = reader.int32();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            return Timestamp;
        })();

        protobuf.Struct = (function() {

            /**
             * Properties of a Struct.
             * @memberof google.protobuf
             * @interface IStruct
             * @property {Object.<string,google.protobuf.IValue>|null} [fields] Struct fields
             */

            /**
             * Constructs a new Struct.
             * @memberof google.protobuf
             * @classdesc Represents a Struct.
             * @implements IStruct
             * @constructor
             * @param {google.protobuf.IStruct=} [properties] Properties to set
             */
            function Struct(properties) {
                this.fields = {};
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * Struct fields.
             * @member {Object.<string,google.protobuf.IValue>} fields
             * @memberof google.protobuf.Struct
             * @instance
             */
            Struct.prototype.fields = $util.emptyObject;

            /**
             * Creates a new Struct instance using the specified properties.
             * @function create
             * @memberof google.protobuf.Struct
             * @static
             * @param {google.protobuf.IStruct=} [properties] Properties to set
             * @returns {google.protobuf.Struct} Struct instance
             */
            Struct.create = function create(properties) {
                return new Struct(properties);
            };

            /**
             * Encodes the specified Struct message. Does not implicitly {@link google.protobuf.Struct.verify|verify} messages.
             * @function encode
             * @memberof google.protobuf.Struct
             * @static
             * @param {google.protobuf.IStruct} message Struct message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Struct.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.fields != null && Object.hasOwnProperty.call(message, "fields"))
                    for (let keys = Object.keys(message.fields), i = 0; i < keys.length; ++i) {
                        writer.uint32(/* id 1, wireType 2 =*/10).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]);
                        $root.google.protobuf.Value.encode(message.fields[keys[i]], writer.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim().ldelim();
                    }
                return writer;
            };

            /**
             * Decodes a Struct message from the specified reader or buffer.
             * @function decode
             * @memberof google.protobuf.Struct
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {google.protobuf.Struct} Struct
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Struct.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message, key, value;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.google.protobuf.Struct();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            if (message.fields === $util.emptyObject)
                                message.fields = {};
                            let end2 = reader.uint32() + reader.pos;
                            if (end2 > reader.len)
                                throw RangeError("index out of range");
                            reader.len = end2;
                            key = "";
                            value = null;
                            while (reader.pos < end2) {
                                let tag2 = reader.uint32();
                                switch (tag2 >>> 3) {
                                case 1:
                                    key = reader.string();
                                    break;
                                case 2:
                                    value = $root.google.protobuf.Value.decode(reader, reader.uint32(), undefined, long + 1);
                                    break;
                                default:
                                    reader.skipType(tag2 & 7, long);
                                    break;
                                }
                            }
                            if (reader.pos !== end2)
                                throw RangeError("index out of range");
                            reader.len = end;
                            if (key === "__proto__")
                                $util.makeProp(message.fields, key);
                            message.fields[key] = value;
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            return Struct;
        })();

        protobuf.Value = (function() {

            /**
             * Properties of a Value.
             * @memberof google.protobuf
             * @interface IValue
             * @property {google.protobuf.NullValue|null} [nullValue] Value nullValue
             * @property {number|null} [numberValue] Value numberValue
             * @property {string|null} [stringValue] Value stringValue
             * @property {boolean|null} [boolValue] Value boolValue
             * @property {google.protobuf.IStruct|null} [structValue] Value structValue
             * @property {google.protobuf.IListValue|null} [listValue] Value listValue
             */

            /**
             * Constructs a new Value.
             * @memberof google.protobuf
             * @classdesc Represents a Value.
             * @implements IValue
             * @constructor
             * @param {google.protobuf.IValue=} [properties] Properties to set
             */
            function Value(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * Value nullValue.
             * @member {google.protobuf.NullValue|null|undefined} nullValue
             * @memberof google.protobuf.Value
             * @instance
             */
            Value.prototype.nullValue = null;

            /**
             * Value numberValue.
             * @member {number|null|undefined} numberValue
             * @memberof google.protobuf.Value
             * @instance
             */
            Value.prototype.numberValue = null;

            /**
             * Value stringValue.
             * @member {string|null|undefined} stringValue
             * @memberof google.protobuf.Value
             * @instance
             */
            Value.prototype.stringValue = null;

            /**
             * Value boolValue.
             * @member {boolean|null|undefined} boolValue
             * @memberof google.protobuf.Value
             * @instance
             */
            Value.prototype.boolValue = null;

            /**
             * Value structValue.
             * @member {google.protobuf.IStruct|null|undefined} structValue
             * @memberof google.protobuf.Value
             * @instance
             */
            Value.prototype.structValue = null;

            /**
             * Value listValue.
             * @member {google.protobuf.IListValue|null|undefined} listValue
             * @memberof google.protobuf.Value
             * @instance
             */
            Value.prototype.listValue = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * Value kind.
             * @member {"nullValue"|"numberValue"|"stringValue"|"boolValue"|"structValue"|"listValue"|undefined} kind
             * @memberof google.protobuf.Value
             * @instance
             */
            Object.defineProperty(Value.prototype, "kind", {
                get: $util.oneOfGetter($oneOfFields = ["nullValue", "numberValue", "stringValue", "boolValue", "structValue", "listValue"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new Value instance using the specified properties.
             * @function create
             * @memberof google.protobuf.Value
             * @static
             * @param {google.protobuf.IValue=} [properties] Properties to set
             * @returns {google.protobuf.Value} Value instance
             */
            Value.create = function create(properties) {
                return new Value(properties);
            };

            /**
             * Encodes the specified Value message. Does not implicitly {@link google.protobuf.Value.verify|verify} messages.
             * @function encode
             * @memberof google.protobuf.Value
             * @static
             * @param {google.protobuf.IValue} message Value message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Value.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.nullValue != null && Object.hasOwnProperty.call(message, "nullValue"))
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.nullValue);
                if (message.numberValue != null && Object.hasOwnProperty.call(message, "numberValue"))
                    writer.uint32(/* id 2, wireType 1 =*/17).double(message.numberValue);
                if (message.stringValue != null && Object.hasOwnProperty.call(message, "stringValue"))
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.stringValue);
                if (message.boolValue != null && Object.hasOwnProperty.call(message, "boolValue"))
                    writer.uint32(/* id 4, wireType 0 =*/32).bool(message.boolValue);
                if (message.structValue != null && Object.hasOwnProperty.call(message, "structValue"))
                    $root.google.protobuf.Struct.encode(message.structValue, writer.uint32(/* id 5, wireType 2 =*/42).fork(), q + 1).ldelim();
                if (message.listValue != null && Object.hasOwnProperty.call(message, "listValue"))
                    $root.google.protobuf.ListValue.encode(message.listValue, writer.uint32(/* id 6, wireType 2 =*/50).fork(), q + 1).ldelim();
                return writer;
            };

            /**
             * Decodes a Value message from the specified reader or buffer.
             * @function decode
             * @memberof google.protobuf.Value
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {google.protobuf.Value} Value
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Value.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.google.protobuf.Value();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.nullValue = reader.int32();
                            break;
                        }
                    case 2: {
                            message.numberValue = reader.double();
                            break;
                        }
                    case 3: {
                            message.stringValue = reader.string();
                            break;
                        }
                    case 4: {
                            message.boolValue = reader.bool();
                            break;
                        }
                    case 5: {
                            message.structValue = $root.google.protobuf.Struct.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 6: {
                            message.listValue = $root.google.protobuf.ListValue.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            return Value;
        })();

        /**
         * NullValue enum.
         * @name google.protobuf.NullValue
         * @enum {number}
         * @property {number} NULL_VALUE=0 NULL_VALUE value
         */
        protobuf.NullValue = (function() {
            const valuesById = {}, values = Object.create(valuesById);
            values[valuesById[0] = "NULL_VALUE"] = 0;
            return values;
        })();

        protobuf.ListValue = (function() {

            /**
             * Properties of a ListValue.
             * @memberof google.protobuf
             * @interface IListValue
             * @property {Array.<google.protobuf.IValue>|null} [values] ListValue values
             */

            /**
             * Constructs a new ListValue.
             * @memberof google.protobuf
             * @classdesc Represents a ListValue.
             * @implements IListValue
             * @constructor
             * @param {google.protobuf.IListValue=} [properties] Properties to set
             */
            function ListValue(properties) {
                this.values = [];
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * ListValue values.
             * @member {Array.<google.protobuf.IValue>} values
             * @memberof google.protobuf.ListValue
             * @instance
             */
            ListValue.prototype.values = $util.emptyArray;

            /**
             * Creates a new ListValue instance using the specified properties.
             * @function create
             * @memberof google.protobuf.ListValue
             * @static
             * @param {google.protobuf.IListValue=} [properties] Properties to set
             * @returns {google.protobuf.ListValue} ListValue instance
             */
            ListValue.create = function create(properties) {
                return new ListValue(properties);
            };

            /**
             * Encodes the specified ListValue message. Does not implicitly {@link google.protobuf.ListValue.verify|verify} messages.
             * @function encode
             * @memberof google.protobuf.ListValue
             * @static
             * @param {google.protobuf.IListValue} message ListValue message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ListValue.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.values != null && message.values.length)
                    for (let i = 0; i < message.values.length; ++i)
                        $root.google.protobuf.Value.encode(message.values[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                return writer;
            };

            /**
             * Decodes a ListValue message from the specified reader or buffer.
             * @function decode
             * @memberof google.protobuf.ListValue
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {google.protobuf.ListValue} ListValue
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ListValue.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.google.protobuf.ListValue();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            if (!(message.values && message.values.length))
                                message.values = [];
                            message.values.push($root.google.protobuf.Value.decode(reader, reader.uint32(), undefined, long + 1));
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            return ListValue;
        })();

        protobuf.BoolValue = (function() {

            /**
             * Properties of a BoolValue.
             * @memberof google.protobuf
             * @interface IBoolValue
             * @property {boolean|null} [value] BoolValue value
             */

            /**
             * Constructs a new BoolValue.
             * @memberof google.protobuf
             * @classdesc Represents a BoolValue.
             * @implements IBoolValue
             * @constructor
             * @param {google.protobuf.IBoolValue=} [properties] Properties to set
             */
            function BoolValue(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * BoolValue value.
             * @member {boolean} value
             * @memberof google.protobuf.BoolValue
             * @instance
             */
            BoolValue.prototype.value = false;

            /**
             * Creates a new BoolValue instance using the specified properties.
             * @function create
             * @memberof google.protobuf.BoolValue
             * @static
             * @param {google.protobuf.IBoolValue=} [properties] Properties to set
             * @returns {google.protobuf.BoolValue} BoolValue instance
             */
            BoolValue.create = function create(properties) {
                return new BoolValue(properties);
            };

            /**
             * Encodes the specified BoolValue message. Does not implicitly {@link google.protobuf.BoolValue.verify|verify} messages.
             * @function encode
             * @memberof google.protobuf.BoolValue
             * @static
             * @param {google.protobuf.IBoolValue} message BoolValue message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            BoolValue.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.value != null && Object.hasOwnProperty.call(message, "value"))
                    writer.uint32(/* id 1, wireType 0 =*/8).bool(message.value);
                return writer;
            };

            /**
             * Decodes a BoolValue message from the specified reader or buffer.
             * @function decode
             * @memberof google.protobuf.BoolValue
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {google.protobuf.BoolValue} BoolValue
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            BoolValue.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.google.protobuf.BoolValue();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.value = reader.bool();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            return BoolValue;
        })();

        protobuf.Int64Value = (function() {

            /**
             * Properties of an Int64Value.
             * @memberof google.protobuf
             * @interface IInt64Value
             * @property {number|null} [value] Int64Value value
             */

            /**
             * Constructs a new Int64Value.
             * @memberof google.protobuf
             * @classdesc Represents an Int64Value.
             * @implements IInt64Value
             * @constructor
             * @param {google.protobuf.IInt64Value=} [properties] Properties to set
             */
            function Int64Value(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * Int64Value value.
             * @member {number} value
             * @memberof google.protobuf.Int64Value
             * @instance
             */
            Int64Value.prototype.value = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Creates a new Int64Value instance using the specified properties.
             * @function create
             * @memberof google.protobuf.Int64Value
             * @static
             * @param {google.protobuf.IInt64Value=} [properties] Properties to set
             * @returns {google.protobuf.Int64Value} Int64Value instance
             */
            Int64Value.create = function create(properties) {
                return new Int64Value(properties);
            };

            /**
             * Encodes the specified Int64Value message. Does not implicitly {@link google.protobuf.Int64Value.verify|verify} messages.
             * @function encode
             * @memberof google.protobuf.Int64Value
             * @static
             * @param {google.protobuf.IInt64Value} message Int64Value message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Int64Value.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.value != null && Object.hasOwnProperty.call(message, "value"))
                    writer.uint32(/* id 1, wireType 0 =*/8).int64(message.value);
                return writer;
            };

            /**
             * Decodes an Int64Value message from the specified reader or buffer.
             * @function decode
             * @memberof google.protobuf.Int64Value
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {google.protobuf.Int64Value} Int64Value
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Int64Value.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.google.protobuf.Int64Value();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.value = reader.int64();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            return Int64Value;
        })();

        protobuf.UInt64Value = (function() {

            /**
             * Properties of a UInt64Value.
             * @memberof google.protobuf
             * @interface IUInt64Value
             * @property {number|null} [value] UInt64Value value
             */

            /**
             * Constructs a new UInt64Value.
             * @memberof google.protobuf
             * @classdesc Represents a UInt64Value.
             * @implements IUInt64Value
             * @constructor
             * @param {google.protobuf.IUInt64Value=} [properties] Properties to set
             */
            function UInt64Value(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * UInt64Value value.
             * @member {number} value
             * @memberof google.protobuf.UInt64Value
             * @instance
             */
            UInt64Value.prototype.value = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new UInt64Value instance using the specified properties.
             * @function create
             * @memberof google.protobuf.UInt64Value
             * @static
             * @param {google.protobuf.IUInt64Value=} [properties] Properties to set
             * @returns {google.protobuf.UInt64Value} UInt64Value instance
             */
            UInt64Value.create = function create(properties) {
                return new UInt64Value(properties);
            };

            /**
             * Encodes the specified UInt64Value message. Does not implicitly {@link google.protobuf.UInt64Value.verify|verify} messages.
             * @function encode
             * @memberof google.protobuf.UInt64Value
             * @static
             * @param {google.protobuf.IUInt64Value} message UInt64Value message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            UInt64Value.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.value != null && Object.hasOwnProperty.call(message, "value"))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.value);
                return writer;
            };

            /**
             * Decodes a UInt64Value message from the specified reader or buffer.
             * @function decode
             * @memberof google.protobuf.UInt64Value
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {google.protobuf.UInt64Value} UInt64Value
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            UInt64Value.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.google.protobuf.UInt64Value();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.value = reader.uint64();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            return UInt64Value;
        })();

        protobuf.DoubleValue = (function() {

            /**
             * Properties of a DoubleValue.
             * @memberof google.protobuf
             * @interface IDoubleValue
             * @property {number|null} [value] DoubleValue value
             */

            /**
             * Constructs a new DoubleValue.
             * @memberof google.protobuf
             * @classdesc Represents a DoubleValue.
             * @implements IDoubleValue
             * @constructor
             * @param {google.protobuf.IDoubleValue=} [properties] Properties to set
             */
            function DoubleValue(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * DoubleValue value.
             * @member {number} value
             * @memberof google.protobuf.DoubleValue
             * @instance
             */
            DoubleValue.prototype.value = 0;

            /**
             * Creates a new DoubleValue instance using the specified properties.
             * @function create
             * @memberof google.protobuf.DoubleValue
             * @static
             * @param {google.protobuf.IDoubleValue=} [properties] Properties to set
             * @returns {google.protobuf.DoubleValue} DoubleValue instance
             */
            DoubleValue.create = function create(properties) {
                return new DoubleValue(properties);
            };

            /**
             * Encodes the specified DoubleValue message. Does not implicitly {@link google.protobuf.DoubleValue.verify|verify} messages.
             * @function encode
             * @memberof google.protobuf.DoubleValue
             * @static
             * @param {google.protobuf.IDoubleValue} message DoubleValue message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DoubleValue.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.value != null && Object.hasOwnProperty.call(message, "value"))
                    writer.uint32(/* id 1, wireType 1 =*/9).double(message.value);
                return writer;
            };

            /**
             * Decodes a DoubleValue message from the specified reader or buffer.
             * @function decode
             * @memberof google.protobuf.DoubleValue
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {google.protobuf.DoubleValue} DoubleValue
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DoubleValue.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.google.protobuf.DoubleValue();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.value = reader.double();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            return DoubleValue;
        })();

        protobuf.StringValue = (function() {

            /**
             * Properties of a StringValue.
             * @memberof google.protobuf
             * @interface IStringValue
             * @property {string|null} [value] StringValue value
             */

            /**
             * Constructs a new StringValue.
             * @memberof google.protobuf
             * @classdesc Represents a StringValue.
             * @implements IStringValue
             * @constructor
             * @param {google.protobuf.IStringValue=} [properties] Properties to set
             */
            function StringValue(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * StringValue value.
             * @member {string} value
             * @memberof google.protobuf.StringValue
             * @instance
             */
            StringValue.prototype.value = "";

            /**
             * Creates a new StringValue instance using the specified properties.
             * @function create
             * @memberof google.protobuf.StringValue
             * @static
             * @param {google.protobuf.IStringValue=} [properties] Properties to set
             * @returns {google.protobuf.StringValue} StringValue instance
             */
            StringValue.create = function create(properties) {
                return new StringValue(properties);
            };

            /**
             * Encodes the specified StringValue message. Does not implicitly {@link google.protobuf.StringValue.verify|verify} messages.
             * @function encode
             * @memberof google.protobuf.StringValue
             * @static
             * @param {google.protobuf.IStringValue} message StringValue message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            StringValue.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.value != null && Object.hasOwnProperty.call(message, "value"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.value);
                return writer;
            };

            /**
             * Decodes a StringValue message from the specified reader or buffer.
             * @function decode
             * @memberof google.protobuf.StringValue
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {google.protobuf.StringValue} StringValue
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            StringValue.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.google.protobuf.StringValue();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.value = reader.string();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            return StringValue;
        })();

        return protobuf;
    })();

    return google;
})();

export const proto = $root.proto = (() => {

    /**
     * Namespace proto.
     * @exports proto
     * @namespace
     */
    const proto = {};

    proto.rpc = (function() {

        /**
         * Namespace rpc.
         * @memberof proto
         * @namespace
         */
        const rpc = {};

        rpc.v1 = (function() {

            /**
             * Namespace v1.
             * @memberof proto.rpc
             * @namespace
             */
            const v1 = {};

            v1.Credentials = (function() {

                /**
                 * Properties of a Credentials.
                 * @memberof proto.rpc.v1
                 * @interface ICredentials
                 * @property {string|null} [type] Credentials type
                 * @property {string|null} [payload] Credentials payload
                 */

                /**
                 * Constructs a new Credentials.
                 * @memberof proto.rpc.v1
                 * @classdesc Represents a Credentials.
                 * @implements ICredentials
                 * @constructor
                 * @param {proto.rpc.v1.ICredentials=} [properties] Properties to set
                 */
                function Credentials(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * Credentials type.
                 * @member {string} type
                 * @memberof proto.rpc.v1.Credentials
                 * @instance
                 */
                Credentials.prototype.type = "";

                /**
                 * Credentials payload.
                 * @member {string} payload
                 * @memberof proto.rpc.v1.Credentials
                 * @instance
                 */
                Credentials.prototype.payload = "";

                /**
                 * Creates a new Credentials instance using the specified properties.
                 * @function create
                 * @memberof proto.rpc.v1.Credentials
                 * @static
                 * @param {proto.rpc.v1.ICredentials=} [properties] Properties to set
                 * @returns {proto.rpc.v1.Credentials} Credentials instance
                 */
                Credentials.create = function create(properties) {
                    return new Credentials(properties);
                };

                /**
                 * Encodes the specified Credentials message. Does not implicitly {@link proto.rpc.v1.Credentials.verify|verify} messages.
                 * @function encode
                 * @memberof proto.rpc.v1.Credentials
                 * @static
                 * @param {proto.rpc.v1.ICredentials} message Credentials message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Credentials.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.type != null && Object.hasOwnProperty.call(message, "type"))
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.type);
                    if (message.payload != null && Object.hasOwnProperty.call(message, "payload"))
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.payload);
                    return writer;
                };

                /**
                 * Decodes a Credentials message from the specified reader or buffer.
                 * @function decode
                 * @memberof proto.rpc.v1.Credentials
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {proto.rpc.v1.Credentials} Credentials
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Credentials.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.proto.rpc.v1.Credentials();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.type = reader.string();
                                break;
                            }
                        case 2: {
                                message.payload = reader.string();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                return Credentials;
            })();

            v1.AuthenticateRequest = (function() {

                /**
                 * Properties of an AuthenticateRequest.
                 * @memberof proto.rpc.v1
                 * @interface IAuthenticateRequest
                 * @property {string|null} [entity] AuthenticateRequest entity
                 * @property {proto.rpc.v1.ICredentials|null} [credentials] AuthenticateRequest credentials
                 */

                /**
                 * Constructs a new AuthenticateRequest.
                 * @memberof proto.rpc.v1
                 * @classdesc Represents an AuthenticateRequest.
                 * @implements IAuthenticateRequest
                 * @constructor
                 * @param {proto.rpc.v1.IAuthenticateRequest=} [properties] Properties to set
                 */
                function AuthenticateRequest(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * AuthenticateRequest entity.
                 * @member {string} entity
                 * @memberof proto.rpc.v1.AuthenticateRequest
                 * @instance
                 */
                AuthenticateRequest.prototype.entity = "";

                /**
                 * AuthenticateRequest credentials.
                 * @member {proto.rpc.v1.ICredentials|null|undefined} credentials
                 * @memberof proto.rpc.v1.AuthenticateRequest
                 * @instance
                 */
                AuthenticateRequest.prototype.credentials = null;

                /**
                 * Creates a new AuthenticateRequest instance using the specified properties.
                 * @function create
                 * @memberof proto.rpc.v1.AuthenticateRequest
                 * @static
                 * @param {proto.rpc.v1.IAuthenticateRequest=} [properties] Properties to set
                 * @returns {proto.rpc.v1.AuthenticateRequest} AuthenticateRequest instance
                 */
                AuthenticateRequest.create = function create(properties) {
                    return new AuthenticateRequest(properties);
                };

                /**
                 * Encodes the specified AuthenticateRequest message. Does not implicitly {@link proto.rpc.v1.AuthenticateRequest.verify|verify} messages.
                 * @function encode
                 * @memberof proto.rpc.v1.AuthenticateRequest
                 * @static
                 * @param {proto.rpc.v1.IAuthenticateRequest} message AuthenticateRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                AuthenticateRequest.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.entity != null && Object.hasOwnProperty.call(message, "entity"))
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.entity);
                    if (message.credentials != null && Object.hasOwnProperty.call(message, "credentials"))
                        $root.proto.rpc.v1.Credentials.encode(message.credentials, writer.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                    return writer;
                };

                /**
                 * Decodes an AuthenticateRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof proto.rpc.v1.AuthenticateRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {proto.rpc.v1.AuthenticateRequest} AuthenticateRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                AuthenticateRequest.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.proto.rpc.v1.AuthenticateRequest();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.entity = reader.string();
                                break;
                            }
                        case 2: {
                                message.credentials = $root.proto.rpc.v1.Credentials.decode(reader, reader.uint32(), undefined, long + 1);
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                return AuthenticateRequest;
            })();

            v1.AuthenticateResponse = (function() {

                /**
                 * Properties of an AuthenticateResponse.
                 * @memberof proto.rpc.v1
                 * @interface IAuthenticateResponse
                 * @property {string|null} [accessToken] AuthenticateResponse accessToken
                 */

                /**
                 * Constructs a new AuthenticateResponse.
                 * @memberof proto.rpc.v1
                 * @classdesc Represents an AuthenticateResponse.
                 * @implements IAuthenticateResponse
                 * @constructor
                 * @param {proto.rpc.v1.IAuthenticateResponse=} [properties] Properties to set
                 */
                function AuthenticateResponse(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * AuthenticateResponse accessToken.
                 * @member {string} accessToken
                 * @memberof proto.rpc.v1.AuthenticateResponse
                 * @instance
                 */
                AuthenticateResponse.prototype.accessToken = "";

                /**
                 * Creates a new AuthenticateResponse instance using the specified properties.
                 * @function create
                 * @memberof proto.rpc.v1.AuthenticateResponse
                 * @static
                 * @param {proto.rpc.v1.IAuthenticateResponse=} [properties] Properties to set
                 * @returns {proto.rpc.v1.AuthenticateResponse} AuthenticateResponse instance
                 */
                AuthenticateResponse.create = function create(properties) {
                    return new AuthenticateResponse(properties);
                };

                /**
                 * Encodes the specified AuthenticateResponse message. Does not implicitly {@link proto.rpc.v1.AuthenticateResponse.verify|verify} messages.
                 * @function encode
                 * @memberof proto.rpc.v1.AuthenticateResponse
                 * @static
                 * @param {proto.rpc.v1.IAuthenticateResponse} message AuthenticateResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                AuthenticateResponse.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.accessToken != null && Object.hasOwnProperty.call(message, "accessToken"))
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.accessToken);
                    return writer;
                };

                /**
                 * Decodes an AuthenticateResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof proto.rpc.v1.AuthenticateResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {proto.rpc.v1.AuthenticateResponse} AuthenticateResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                AuthenticateResponse.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.proto.rpc.v1.AuthenticateResponse();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.accessToken = reader.string();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                return AuthenticateResponse;
            })();

            return v1;
        })();

        return rpc;
    })();

    return proto;
})();

function fieldDefault(prototype, field, initial) {
  // Consts for the closures: captured parameters would stay writable, which preload keeps in RAM.
  const name = field;
  const value = initial;
  Object.defineProperty(prototype, name, {
    get() {
      return value;
    },
    set(assigned) {
      Object.defineProperty(this, name, { value: assigned, writable: true, enumerable: true, configurable: true });
    },
    enumerable: true,
    configurable: true,
  });
}

function defaultsAsAccessors(namespace) {
  for (const key of Object.keys(namespace)) {
    const value = namespace[key];
    if (typeof value === "function" && value.prototype) {
      for (const name of Object.getOwnPropertyNames(value.prototype)) {
        const field = Object.getOwnPropertyDescriptor(value.prototype, name);
        if ("value" in field && typeof field.value !== "function") fieldDefault(value.prototype, name, field.value);
      }
    }
    if (value !== null && (typeof value === "object" || typeof value === "function")) defaultsAsAccessors(value);
  }
}
defaultsAsAccessors($root);
