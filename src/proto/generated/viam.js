/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal";

$protobuf.util.Long = undefined;
$protobuf.configure();

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError;

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
                 * @typedef {Object} viam.app.v1.ConfigRequest.$Properties
                 * @property {string|null} [id] ConfigRequest id
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a ConfigRequest.
                 * @memberof viam.app.v1
                 * @interface IConfigRequest
                 * @augments viam.app.v1.ConfigRequest.$Properties
                 * @deprecated Use viam.app.v1.ConfigRequest.$Properties instead.
                 */

                /**
                 * Shape of a ConfigRequest.
                 * @typedef {viam.app.v1.ConfigRequest.$Properties} viam.app.v1.ConfigRequest.$Shape
                 */

                /**
                 * Constructs a new ConfigRequest.
                 * @memberof viam.app.v1
                 * @classdesc Represents a ConfigRequest.
                 * @constructor
                 * @param {viam.app.v1.ConfigRequest.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const ConfigRequest = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

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
                 * @param {viam.app.v1.ConfigRequest.$Properties=} [properties] Properties to set
                 * @returns {viam.app.v1.ConfigRequest} ConfigRequest instance
                 * @type {{
                 *   (properties: viam.app.v1.ConfigRequest.$Shape): viam.app.v1.ConfigRequest & viam.app.v1.ConfigRequest.$Shape;
                 *   (properties?: viam.app.v1.ConfigRequest.$Properties): viam.app.v1.ConfigRequest;
                 * }}
                 */
                ConfigRequest.create = function(properties) {
                    return new ConfigRequest(properties);
                };

                /**
                 * Encodes the specified ConfigRequest message. Does not implicitly {@link viam.app.v1.ConfigRequest.verify|verify} messages.
                 * @function encode
                 * @memberof viam.app.v1.ConfigRequest
                 * @static
                 * @param {viam.app.v1.ConfigRequest.$Properties} message ConfigRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ConfigRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.id);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a ConfigRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof viam.app.v1.ConfigRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {viam.app.v1.ConfigRequest & viam.app.v1.ConfigRequest.$Shape} ConfigRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ConfigRequest.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.viam.app.v1.ConfigRequest();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.id = value;
                                else
                                    delete message.id;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                return ConfigRequest;
            })();

            v1.ConfigResponse = (function() {

                /**
                 * Properties of a ConfigResponse.
                 * @typedef {Object} viam.app.v1.ConfigResponse.$Properties
                 * @property {viam.app.v1.RobotConfig.$Properties|null} [config] ConfigResponse config
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a ConfigResponse.
                 * @memberof viam.app.v1
                 * @interface IConfigResponse
                 * @augments viam.app.v1.ConfigResponse.$Properties
                 * @deprecated Use viam.app.v1.ConfigResponse.$Properties instead.
                 */

                /**
                 * Shape of a ConfigResponse.
                 * @typedef {{
                 *   config?: viam.app.v1.RobotConfig.$Shape|null;
                 *   $unknowns?: Array.<Uint8Array>;
                 * }} viam.app.v1.ConfigResponse.$Shape
                 */

                /**
                 * Constructs a new ConfigResponse.
                 * @memberof viam.app.v1
                 * @classdesc Represents a ConfigResponse.
                 * @constructor
                 * @param {viam.app.v1.ConfigResponse.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const ConfigResponse = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * ConfigResponse config.
                 * @member {viam.app.v1.RobotConfig.$Properties|null|undefined} config
                 * @memberof viam.app.v1.ConfigResponse
                 * @instance
                 */
                ConfigResponse.prototype.config = null;

                /**
                 * Creates a new ConfigResponse instance using the specified properties.
                 * @function create
                 * @memberof viam.app.v1.ConfigResponse
                 * @static
                 * @param {viam.app.v1.ConfigResponse.$Properties=} [properties] Properties to set
                 * @returns {viam.app.v1.ConfigResponse} ConfigResponse instance
                 * @type {{
                 *   (properties: viam.app.v1.ConfigResponse.$Shape): viam.app.v1.ConfigResponse & viam.app.v1.ConfigResponse.$Shape;
                 *   (properties?: viam.app.v1.ConfigResponse.$Properties): viam.app.v1.ConfigResponse;
                 * }}
                 */
                ConfigResponse.create = function(properties) {
                    return new ConfigResponse(properties);
                };

                /**
                 * Encodes the specified ConfigResponse message. Does not implicitly {@link viam.app.v1.ConfigResponse.verify|verify} messages.
                 * @function encode
                 * @memberof viam.app.v1.ConfigResponse
                 * @static
                 * @param {viam.app.v1.ConfigResponse.$Properties} message ConfigResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ConfigResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.config != null && $Object.hasOwnProperty.call(message, "config"))
                        $root.viam.app.v1.RobotConfig.encode(message.config, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a ConfigResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof viam.app.v1.ConfigResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {viam.app.v1.ConfigResponse & viam.app.v1.ConfigResponse.$Shape} ConfigResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ConfigResponse.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.viam.app.v1.ConfigResponse();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                message.config = $root.viam.app.v1.RobotConfig.decode(reader, reader.size(), $undefined, _depth + 1, message.config);
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                return ConfigResponse;
            })();

            v1.RobotConfig = (function() {

                /**
                 * Properties of a RobotConfig.
                 * @typedef {Object} viam.app.v1.RobotConfig.$Properties
                 * @property {viam.app.v1.CloudConfig.$Properties|null} [cloud] RobotConfig cloud
                 * @property {Array.<viam.app.v1.RemoteConfig.$Properties>|null} [remotes] RobotConfig remotes
                 * @property {Array.<viam.app.v1.ComponentConfig.$Properties>|null} [components] RobotConfig components
                 * @property {Array.<viam.app.v1.ServiceConfig.$Properties>|null} [services] RobotConfig services
                 * @property {string|null} [revision] RobotConfig revision
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a RobotConfig.
                 * @memberof viam.app.v1
                 * @interface IRobotConfig
                 * @augments viam.app.v1.RobotConfig.$Properties
                 * @deprecated Use viam.app.v1.RobotConfig.$Properties instead.
                 */

                /**
                 * Shape of a RobotConfig.
                 * @typedef {{
                 *   cloud?: viam.app.v1.CloudConfig.$Shape|null;
                 *   remotes?: Array.<viam.app.v1.RemoteConfig.$Shape>|null;
                 *   components?: Array.<viam.app.v1.ComponentConfig.$Shape>|null;
                 *   services?: Array.<viam.app.v1.ServiceConfig.$Shape>|null;
                 *   revision?: string|null;
                 *   $unknowns?: Array.<Uint8Array>;
                 * }} viam.app.v1.RobotConfig.$Shape
                 */

                /**
                 * Constructs a new RobotConfig.
                 * @memberof viam.app.v1
                 * @classdesc Represents a RobotConfig.
                 * @constructor
                 * @param {viam.app.v1.RobotConfig.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const RobotConfig = function (properties) {
                    this.remotes = [];
                    this.components = [];
                    this.services = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * RobotConfig cloud.
                 * @member {viam.app.v1.CloudConfig.$Properties|null|undefined} cloud
                 * @memberof viam.app.v1.RobotConfig
                 * @instance
                 */
                RobotConfig.prototype.cloud = null;

                /**
                 * RobotConfig remotes.
                 * @member {Array.<viam.app.v1.RemoteConfig.$Properties>} remotes
                 * @memberof viam.app.v1.RobotConfig
                 * @instance
                 */
                RobotConfig.prototype.remotes = $util.emptyArray;

                /**
                 * RobotConfig components.
                 * @member {Array.<viam.app.v1.ComponentConfig.$Properties>} components
                 * @memberof viam.app.v1.RobotConfig
                 * @instance
                 */
                RobotConfig.prototype.components = $util.emptyArray;

                /**
                 * RobotConfig services.
                 * @member {Array.<viam.app.v1.ServiceConfig.$Properties>} services
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
                 * @param {viam.app.v1.RobotConfig.$Properties=} [properties] Properties to set
                 * @returns {viam.app.v1.RobotConfig} RobotConfig instance
                 * @type {{
                 *   (properties: viam.app.v1.RobotConfig.$Shape): viam.app.v1.RobotConfig & viam.app.v1.RobotConfig.$Shape;
                 *   (properties?: viam.app.v1.RobotConfig.$Properties): viam.app.v1.RobotConfig;
                 * }}
                 */
                RobotConfig.create = function(properties) {
                    return new RobotConfig(properties);
                };

                /**
                 * Encodes the specified RobotConfig message. Does not implicitly {@link viam.app.v1.RobotConfig.verify|verify} messages.
                 * @function encode
                 * @memberof viam.app.v1.RobotConfig
                 * @static
                 * @param {viam.app.v1.RobotConfig.$Properties} message RobotConfig message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                RobotConfig.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.cloud != null && $Object.hasOwnProperty.call(message, "cloud"))
                        $root.viam.app.v1.CloudConfig.encode(message.cloud, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                    if (message.remotes != null && message.remotes.length)
                        for (let i = 0; i < message.remotes.length; ++i)
                            $root.viam.app.v1.RemoteConfig.encode(message.remotes[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                    if (message.components != null && message.components.length)
                        for (let i = 0; i < message.components.length; ++i)
                            $root.viam.app.v1.ComponentConfig.encode(message.components[i], writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                    if (message.services != null && message.services.length)
                        for (let i = 0; i < message.services.length; ++i)
                            $root.viam.app.v1.ServiceConfig.encode(message.services[i], writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                    if (message.revision != null && $Object.hasOwnProperty.call(message, "revision") && message.revision !== "")
                        writer.uint32(/* id 15, wireType 2 =*/122).string(message.revision);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a RobotConfig message from the specified reader or buffer.
                 * @function decode
                 * @memberof viam.app.v1.RobotConfig
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {viam.app.v1.RobotConfig & viam.app.v1.RobotConfig.$Shape} RobotConfig
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                RobotConfig.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.viam.app.v1.RobotConfig();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                message.cloud = $root.viam.app.v1.CloudConfig.decode(reader, reader.size(), $undefined, _depth + 1, message.cloud);
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.remotes && message.remotes.length))
                                    message.remotes = [];
                                message.remotes.push($root.viam.app.v1.RemoteConfig.decode(reader, reader.size(), $undefined, _depth + 1));
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.components && message.components.length))
                                    message.components = [];
                                message.components.push($root.viam.app.v1.ComponentConfig.decode(reader, reader.size(), $undefined, _depth + 1));
                                continue;
                            }
                        case 5: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.services && message.services.length))
                                    message.services = [];
                                message.services.push($root.viam.app.v1.ServiceConfig.decode(reader, reader.size(), $undefined, _depth + 1));
                                continue;
                            }
                        case 15: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.revision = value;
                                else
                                    delete message.revision;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                return RobotConfig;
            })();

            v1.CloudConfig = (function() {

                /**
                 * Properties of a CloudConfig.
                 * @typedef {Object} viam.app.v1.CloudConfig.$Properties
                 * @property {string|null} [id] CloudConfig id
                 * @property {string|null} [fqdn] CloudConfig fqdn
                 * @property {string|null} [localFqdn] CloudConfig localFqdn
                 * @property {string|null} [primaryOrgId] CloudConfig primaryOrgId
                 * @property {string|null} [locationId] CloudConfig locationId
                 * @property {string|null} [machineId] CloudConfig machineId
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a CloudConfig.
                 * @memberof viam.app.v1
                 * @interface ICloudConfig
                 * @augments viam.app.v1.CloudConfig.$Properties
                 * @deprecated Use viam.app.v1.CloudConfig.$Properties instead.
                 */

                /**
                 * Shape of a CloudConfig.
                 * @typedef {viam.app.v1.CloudConfig.$Properties} viam.app.v1.CloudConfig.$Shape
                 */

                /**
                 * Constructs a new CloudConfig.
                 * @memberof viam.app.v1
                 * @classdesc Represents a CloudConfig.
                 * @constructor
                 * @param {viam.app.v1.CloudConfig.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const CloudConfig = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

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
                 * @param {viam.app.v1.CloudConfig.$Properties=} [properties] Properties to set
                 * @returns {viam.app.v1.CloudConfig} CloudConfig instance
                 * @type {{
                 *   (properties: viam.app.v1.CloudConfig.$Shape): viam.app.v1.CloudConfig & viam.app.v1.CloudConfig.$Shape;
                 *   (properties?: viam.app.v1.CloudConfig.$Properties): viam.app.v1.CloudConfig;
                 * }}
                 */
                CloudConfig.create = function(properties) {
                    return new CloudConfig(properties);
                };

                /**
                 * Encodes the specified CloudConfig message. Does not implicitly {@link viam.app.v1.CloudConfig.verify|verify} messages.
                 * @function encode
                 * @memberof viam.app.v1.CloudConfig
                 * @static
                 * @param {viam.app.v1.CloudConfig.$Properties} message CloudConfig message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                CloudConfig.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.id);
                    if (message.fqdn != null && $Object.hasOwnProperty.call(message, "fqdn") && message.fqdn !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.fqdn);
                    if (message.localFqdn != null && $Object.hasOwnProperty.call(message, "localFqdn") && message.localFqdn !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.localFqdn);
                    if (message.primaryOrgId != null && $Object.hasOwnProperty.call(message, "primaryOrgId") && message.primaryOrgId !== "")
                        writer.uint32(/* id 10, wireType 2 =*/82).string(message.primaryOrgId);
                    if (message.locationId != null && $Object.hasOwnProperty.call(message, "locationId") && message.locationId !== "")
                        writer.uint32(/* id 11, wireType 2 =*/90).string(message.locationId);
                    if (message.machineId != null && $Object.hasOwnProperty.call(message, "machineId") && message.machineId !== "")
                        writer.uint32(/* id 12, wireType 2 =*/98).string(message.machineId);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a CloudConfig message from the specified reader or buffer.
                 * @function decode
                 * @memberof viam.app.v1.CloudConfig
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {viam.app.v1.CloudConfig & viam.app.v1.CloudConfig.$Shape} CloudConfig
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                CloudConfig.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.viam.app.v1.CloudConfig();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.id = value;
                                else
                                    delete message.id;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.fqdn = value;
                                else
                                    delete message.fqdn;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.localFqdn = value;
                                else
                                    delete message.localFqdn;
                                continue;
                            }
                        case 10: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.primaryOrgId = value;
                                else
                                    delete message.primaryOrgId;
                                continue;
                            }
                        case 11: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.locationId = value;
                                else
                                    delete message.locationId;
                                continue;
                            }
                        case 12: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.machineId = value;
                                else
                                    delete message.machineId;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                return CloudConfig;
            })();

            v1.ComponentConfig = (function() {

                /**
                 * Properties of a ComponentConfig.
                 * @typedef {Object} viam.app.v1.ComponentConfig.$Properties
                 * @property {string|null} [name] ComponentConfig name
                 * @property {string|null} [namespace] ComponentConfig namespace
                 * @property {string|null} [type] ComponentConfig type
                 * @property {string|null} [model] ComponentConfig model
                 * @property {Array.<string>|null} [dependsOn] ComponentConfig dependsOn
                 * @property {Array.<viam.app.v1.ResourceLevelServiceConfig.$Properties>|null} [serviceConfigs] ComponentConfig serviceConfigs
                 * @property {google.protobuf.Struct.$Properties|null} [attributes] ComponentConfig attributes
                 * @property {string|null} [api] ComponentConfig api
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a ComponentConfig.
                 * @memberof viam.app.v1
                 * @interface IComponentConfig
                 * @augments viam.app.v1.ComponentConfig.$Properties
                 * @deprecated Use viam.app.v1.ComponentConfig.$Properties instead.
                 */

                /**
                 * Shape of a ComponentConfig.
                 * @typedef {{
                 *   name?: string|null;
                 *   namespace?: string|null;
                 *   type?: string|null;
                 *   model?: string|null;
                 *   dependsOn?: Array.<string>|null;
                 *   serviceConfigs?: Array.<viam.app.v1.ResourceLevelServiceConfig.$Shape>|null;
                 *   attributes?: google.protobuf.Struct.$Shape|null;
                 *   api?: string|null;
                 *   $unknowns?: Array.<Uint8Array>;
                 * }} viam.app.v1.ComponentConfig.$Shape
                 */

                /**
                 * Constructs a new ComponentConfig.
                 * @memberof viam.app.v1
                 * @classdesc Represents a ComponentConfig.
                 * @constructor
                 * @param {viam.app.v1.ComponentConfig.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const ComponentConfig = function (properties) {
                    this.dependsOn = [];
                    this.serviceConfigs = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

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
                 * @member {Array.<viam.app.v1.ResourceLevelServiceConfig.$Properties>} serviceConfigs
                 * @memberof viam.app.v1.ComponentConfig
                 * @instance
                 */
                ComponentConfig.prototype.serviceConfigs = $util.emptyArray;

                /**
                 * ComponentConfig attributes.
                 * @member {google.protobuf.Struct.$Properties|null|undefined} attributes
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
                 * @param {viam.app.v1.ComponentConfig.$Properties=} [properties] Properties to set
                 * @returns {viam.app.v1.ComponentConfig} ComponentConfig instance
                 * @type {{
                 *   (properties: viam.app.v1.ComponentConfig.$Shape): viam.app.v1.ComponentConfig & viam.app.v1.ComponentConfig.$Shape;
                 *   (properties?: viam.app.v1.ComponentConfig.$Properties): viam.app.v1.ComponentConfig;
                 * }}
                 */
                ComponentConfig.create = function(properties) {
                    return new ComponentConfig(properties);
                };

                /**
                 * Encodes the specified ComponentConfig message. Does not implicitly {@link viam.app.v1.ComponentConfig.verify|verify} messages.
                 * @function encode
                 * @memberof viam.app.v1.ComponentConfig
                 * @static
                 * @param {viam.app.v1.ComponentConfig.$Properties} message ComponentConfig message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ComponentConfig.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                    if (message.namespace != null && $Object.hasOwnProperty.call(message, "namespace") && message.namespace !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.namespace);
                    if (message.type != null && $Object.hasOwnProperty.call(message, "type") && message.type !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.type);
                    if (message.model != null && $Object.hasOwnProperty.call(message, "model") && message.model !== "")
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.model);
                    if (message.dependsOn != null && message.dependsOn.length)
                        for (let i = 0; i < message.dependsOn.length; ++i)
                            writer.uint32(/* id 6, wireType 2 =*/50).string(message.dependsOn[i]);
                    if (message.serviceConfigs != null && message.serviceConfigs.length)
                        for (let i = 0; i < message.serviceConfigs.length; ++i)
                            $root.viam.app.v1.ResourceLevelServiceConfig.encode(message.serviceConfigs[i], writer.uint32(/* id 7, wireType 2 =*/58).fork(), _depth + 1).ldelim();
                    if (message.attributes != null && $Object.hasOwnProperty.call(message, "attributes"))
                        $root.google.protobuf.Struct.encode(message.attributes, writer.uint32(/* id 8, wireType 2 =*/66).fork(), _depth + 1).ldelim();
                    if (message.api != null && $Object.hasOwnProperty.call(message, "api") && message.api !== "")
                        writer.uint32(/* id 9, wireType 2 =*/74).string(message.api);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a ComponentConfig message from the specified reader or buffer.
                 * @function decode
                 * @memberof viam.app.v1.ComponentConfig
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {viam.app.v1.ComponentConfig & viam.app.v1.ComponentConfig.$Shape} ComponentConfig
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ComponentConfig.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.viam.app.v1.ComponentConfig();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.name = value;
                                else
                                    delete message.name;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.namespace = value;
                                else
                                    delete message.namespace;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.type = value;
                                else
                                    delete message.type;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.model = value;
                                else
                                    delete message.model;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.dependsOn && message.dependsOn.length))
                                    message.dependsOn = [];
                                message.dependsOn.push(reader.stringVerify());
                                continue;
                            }
                        case 7: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.serviceConfigs && message.serviceConfigs.length))
                                    message.serviceConfigs = [];
                                message.serviceConfigs.push($root.viam.app.v1.ResourceLevelServiceConfig.decode(reader, reader.size(), $undefined, _depth + 1));
                                continue;
                            }
                        case 8: {
                                if (wireType !== 2)
                                    break;
                                message.attributes = $root.google.protobuf.Struct.decode(reader, reader.size(), $undefined, _depth + 1, message.attributes);
                                continue;
                            }
                        case 9: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.api = value;
                                else
                                    delete message.api;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                return ComponentConfig;
            })();

            v1.ResourceLevelServiceConfig = (function() {

                /**
                 * Properties of a ResourceLevelServiceConfig.
                 * @typedef {Object} viam.app.v1.ResourceLevelServiceConfig.$Properties
                 * @property {string|null} [type] ResourceLevelServiceConfig type
                 * @property {google.protobuf.Struct.$Properties|null} [attributes] ResourceLevelServiceConfig attributes
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a ResourceLevelServiceConfig.
                 * @memberof viam.app.v1
                 * @interface IResourceLevelServiceConfig
                 * @augments viam.app.v1.ResourceLevelServiceConfig.$Properties
                 * @deprecated Use viam.app.v1.ResourceLevelServiceConfig.$Properties instead.
                 */

                /**
                 * Shape of a ResourceLevelServiceConfig.
                 * @typedef {{
                 *   type?: string|null;
                 *   attributes?: google.protobuf.Struct.$Shape|null;
                 *   $unknowns?: Array.<Uint8Array>;
                 * }} viam.app.v1.ResourceLevelServiceConfig.$Shape
                 */

                /**
                 * Constructs a new ResourceLevelServiceConfig.
                 * @memberof viam.app.v1
                 * @classdesc Represents a ResourceLevelServiceConfig.
                 * @constructor
                 * @param {viam.app.v1.ResourceLevelServiceConfig.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const ResourceLevelServiceConfig = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * ResourceLevelServiceConfig type.
                 * @member {string} type
                 * @memberof viam.app.v1.ResourceLevelServiceConfig
                 * @instance
                 */
                ResourceLevelServiceConfig.prototype.type = "";

                /**
                 * ResourceLevelServiceConfig attributes.
                 * @member {google.protobuf.Struct.$Properties|null|undefined} attributes
                 * @memberof viam.app.v1.ResourceLevelServiceConfig
                 * @instance
                 */
                ResourceLevelServiceConfig.prototype.attributes = null;

                /**
                 * Creates a new ResourceLevelServiceConfig instance using the specified properties.
                 * @function create
                 * @memberof viam.app.v1.ResourceLevelServiceConfig
                 * @static
                 * @param {viam.app.v1.ResourceLevelServiceConfig.$Properties=} [properties] Properties to set
                 * @returns {viam.app.v1.ResourceLevelServiceConfig} ResourceLevelServiceConfig instance
                 * @type {{
                 *   (properties: viam.app.v1.ResourceLevelServiceConfig.$Shape): viam.app.v1.ResourceLevelServiceConfig & viam.app.v1.ResourceLevelServiceConfig.$Shape;
                 *   (properties?: viam.app.v1.ResourceLevelServiceConfig.$Properties): viam.app.v1.ResourceLevelServiceConfig;
                 * }}
                 */
                ResourceLevelServiceConfig.create = function(properties) {
                    return new ResourceLevelServiceConfig(properties);
                };

                /**
                 * Encodes the specified ResourceLevelServiceConfig message. Does not implicitly {@link viam.app.v1.ResourceLevelServiceConfig.verify|verify} messages.
                 * @function encode
                 * @memberof viam.app.v1.ResourceLevelServiceConfig
                 * @static
                 * @param {viam.app.v1.ResourceLevelServiceConfig.$Properties} message ResourceLevelServiceConfig message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ResourceLevelServiceConfig.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.type != null && $Object.hasOwnProperty.call(message, "type") && message.type !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.type);
                    if (message.attributes != null && $Object.hasOwnProperty.call(message, "attributes"))
                        $root.google.protobuf.Struct.encode(message.attributes, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a ResourceLevelServiceConfig message from the specified reader or buffer.
                 * @function decode
                 * @memberof viam.app.v1.ResourceLevelServiceConfig
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {viam.app.v1.ResourceLevelServiceConfig & viam.app.v1.ResourceLevelServiceConfig.$Shape} ResourceLevelServiceConfig
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ResourceLevelServiceConfig.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.viam.app.v1.ResourceLevelServiceConfig();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.type = value;
                                else
                                    delete message.type;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                message.attributes = $root.google.protobuf.Struct.decode(reader, reader.size(), $undefined, _depth + 1, message.attributes);
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                return ResourceLevelServiceConfig;
            })();

            v1.ServiceConfig = (function() {

                /**
                 * Properties of a ServiceConfig.
                 * @typedef {Object} viam.app.v1.ServiceConfig.$Properties
                 * @property {string|null} [name] ServiceConfig name
                 * @property {string|null} [namespace] ServiceConfig namespace
                 * @property {string|null} [type] ServiceConfig type
                 * @property {google.protobuf.Struct.$Properties|null} [attributes] ServiceConfig attributes
                 * @property {Array.<string>|null} [dependsOn] ServiceConfig dependsOn
                 * @property {string|null} [model] ServiceConfig model
                 * @property {string|null} [api] ServiceConfig api
                 * @property {Array.<viam.app.v1.ResourceLevelServiceConfig.$Properties>|null} [serviceConfigs] ServiceConfig serviceConfigs
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a ServiceConfig.
                 * @memberof viam.app.v1
                 * @interface IServiceConfig
                 * @augments viam.app.v1.ServiceConfig.$Properties
                 * @deprecated Use viam.app.v1.ServiceConfig.$Properties instead.
                 */

                /**
                 * Shape of a ServiceConfig.
                 * @typedef {{
                 *   name?: string|null;
                 *   namespace?: string|null;
                 *   type?: string|null;
                 *   attributes?: google.protobuf.Struct.$Shape|null;
                 *   dependsOn?: Array.<string>|null;
                 *   model?: string|null;
                 *   api?: string|null;
                 *   serviceConfigs?: Array.<viam.app.v1.ResourceLevelServiceConfig.$Shape>|null;
                 *   $unknowns?: Array.<Uint8Array>;
                 * }} viam.app.v1.ServiceConfig.$Shape
                 */

                /**
                 * Constructs a new ServiceConfig.
                 * @memberof viam.app.v1
                 * @classdesc Represents a ServiceConfig.
                 * @constructor
                 * @param {viam.app.v1.ServiceConfig.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const ServiceConfig = function (properties) {
                    this.dependsOn = [];
                    this.serviceConfigs = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

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
                 * @member {google.protobuf.Struct.$Properties|null|undefined} attributes
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
                 * @member {Array.<viam.app.v1.ResourceLevelServiceConfig.$Properties>} serviceConfigs
                 * @memberof viam.app.v1.ServiceConfig
                 * @instance
                 */
                ServiceConfig.prototype.serviceConfigs = $util.emptyArray;

                /**
                 * Creates a new ServiceConfig instance using the specified properties.
                 * @function create
                 * @memberof viam.app.v1.ServiceConfig
                 * @static
                 * @param {viam.app.v1.ServiceConfig.$Properties=} [properties] Properties to set
                 * @returns {viam.app.v1.ServiceConfig} ServiceConfig instance
                 * @type {{
                 *   (properties: viam.app.v1.ServiceConfig.$Shape): viam.app.v1.ServiceConfig & viam.app.v1.ServiceConfig.$Shape;
                 *   (properties?: viam.app.v1.ServiceConfig.$Properties): viam.app.v1.ServiceConfig;
                 * }}
                 */
                ServiceConfig.create = function(properties) {
                    return new ServiceConfig(properties);
                };

                /**
                 * Encodes the specified ServiceConfig message. Does not implicitly {@link viam.app.v1.ServiceConfig.verify|verify} messages.
                 * @function encode
                 * @memberof viam.app.v1.ServiceConfig
                 * @static
                 * @param {viam.app.v1.ServiceConfig.$Properties} message ServiceConfig message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ServiceConfig.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                    if (message.namespace != null && $Object.hasOwnProperty.call(message, "namespace") && message.namespace !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.namespace);
                    if (message.type != null && $Object.hasOwnProperty.call(message, "type") && message.type !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.type);
                    if (message.attributes != null && $Object.hasOwnProperty.call(message, "attributes"))
                        $root.google.protobuf.Struct.encode(message.attributes, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                    if (message.dependsOn != null && message.dependsOn.length)
                        for (let i = 0; i < message.dependsOn.length; ++i)
                            writer.uint32(/* id 5, wireType 2 =*/42).string(message.dependsOn[i]);
                    if (message.model != null && $Object.hasOwnProperty.call(message, "model") && message.model !== "")
                        writer.uint32(/* id 6, wireType 2 =*/50).string(message.model);
                    if (message.api != null && $Object.hasOwnProperty.call(message, "api") && message.api !== "")
                        writer.uint32(/* id 9, wireType 2 =*/74).string(message.api);
                    if (message.serviceConfigs != null && message.serviceConfigs.length)
                        for (let i = 0; i < message.serviceConfigs.length; ++i)
                            $root.viam.app.v1.ResourceLevelServiceConfig.encode(message.serviceConfigs[i], writer.uint32(/* id 10, wireType 2 =*/82).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a ServiceConfig message from the specified reader or buffer.
                 * @function decode
                 * @memberof viam.app.v1.ServiceConfig
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {viam.app.v1.ServiceConfig & viam.app.v1.ServiceConfig.$Shape} ServiceConfig
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ServiceConfig.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.viam.app.v1.ServiceConfig();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.name = value;
                                else
                                    delete message.name;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.namespace = value;
                                else
                                    delete message.namespace;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.type = value;
                                else
                                    delete message.type;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                message.attributes = $root.google.protobuf.Struct.decode(reader, reader.size(), $undefined, _depth + 1, message.attributes);
                                continue;
                            }
                        case 5: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.dependsOn && message.dependsOn.length))
                                    message.dependsOn = [];
                                message.dependsOn.push(reader.stringVerify());
                                continue;
                            }
                        case 6: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.model = value;
                                else
                                    delete message.model;
                                continue;
                            }
                        case 9: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.api = value;
                                else
                                    delete message.api;
                                continue;
                            }
                        case 10: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.serviceConfigs && message.serviceConfigs.length))
                                    message.serviceConfigs = [];
                                message.serviceConfigs.push($root.viam.app.v1.ResourceLevelServiceConfig.decode(reader, reader.size(), $undefined, _depth + 1));
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
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
                const valuesById = $Object.create(null), values = $Object.create(valuesById);
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
                 * @typedef {Object} viam.app.v1.RemoteAuth.$Properties
                 * @property {viam.app.v1.RemoteAuth.Credentials.$Properties|null} [credentials] RemoteAuth credentials
                 * @property {string|null} [entity] RemoteAuth entity
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a RemoteAuth.
                 * @memberof viam.app.v1
                 * @interface IRemoteAuth
                 * @augments viam.app.v1.RemoteAuth.$Properties
                 * @deprecated Use viam.app.v1.RemoteAuth.$Properties instead.
                 */

                /**
                 * Shape of a RemoteAuth.
                 * @typedef {viam.app.v1.RemoteAuth.$Properties} viam.app.v1.RemoteAuth.$Shape
                 */

                /**
                 * Constructs a new RemoteAuth.
                 * @memberof viam.app.v1
                 * @classdesc Represents a RemoteAuth.
                 * @constructor
                 * @param {viam.app.v1.RemoteAuth.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const RemoteAuth = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * RemoteAuth credentials.
                 * @member {viam.app.v1.RemoteAuth.Credentials.$Properties|null|undefined} credentials
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
                 * @param {viam.app.v1.RemoteAuth.$Properties=} [properties] Properties to set
                 * @returns {viam.app.v1.RemoteAuth} RemoteAuth instance
                 * @type {{
                 *   (properties: viam.app.v1.RemoteAuth.$Shape): viam.app.v1.RemoteAuth & viam.app.v1.RemoteAuth.$Shape;
                 *   (properties?: viam.app.v1.RemoteAuth.$Properties): viam.app.v1.RemoteAuth;
                 * }}
                 */
                RemoteAuth.create = function(properties) {
                    return new RemoteAuth(properties);
                };

                /**
                 * Encodes the specified RemoteAuth message. Does not implicitly {@link viam.app.v1.RemoteAuth.verify|verify} messages.
                 * @function encode
                 * @memberof viam.app.v1.RemoteAuth
                 * @static
                 * @param {viam.app.v1.RemoteAuth.$Properties} message RemoteAuth message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                RemoteAuth.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.credentials != null && $Object.hasOwnProperty.call(message, "credentials"))
                        $root.viam.app.v1.RemoteAuth.Credentials.encode(message.credentials, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                    if (message.entity != null && $Object.hasOwnProperty.call(message, "entity") && message.entity !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.entity);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a RemoteAuth message from the specified reader or buffer.
                 * @function decode
                 * @memberof viam.app.v1.RemoteAuth
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {viam.app.v1.RemoteAuth & viam.app.v1.RemoteAuth.$Shape} RemoteAuth
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                RemoteAuth.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.viam.app.v1.RemoteAuth();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                message.credentials = $root.viam.app.v1.RemoteAuth.Credentials.decode(reader, reader.size(), $undefined, _depth + 1, message.credentials);
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.entity = value;
                                else
                                    delete message.entity;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                RemoteAuth.Credentials = (function() {

                    /**
                     * Properties of a Credentials.
                     * @typedef {Object} viam.app.v1.RemoteAuth.Credentials.$Properties
                     * @property {viam.app.v1.CredentialsType|null} [type] Credentials type
                     * @property {string|null} [payload] Credentials payload
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */

                    /**
                     * Properties of a Credentials.
                     * @memberof viam.app.v1.RemoteAuth
                     * @interface ICredentials
                     * @augments viam.app.v1.RemoteAuth.Credentials.$Properties
                     * @deprecated Use viam.app.v1.RemoteAuth.Credentials.$Properties instead.
                     */

                    /**
                     * Shape of a Credentials.
                     * @typedef {viam.app.v1.RemoteAuth.Credentials.$Properties} viam.app.v1.RemoteAuth.Credentials.$Shape
                     */

                    /**
                     * Constructs a new Credentials.
                     * @memberof viam.app.v1.RemoteAuth
                     * @classdesc Represents a Credentials.
                     * @constructor
                     * @param {viam.app.v1.RemoteAuth.Credentials.$Properties=} [properties] Properties to set
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */
                    const Credentials = function (properties) {
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

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
                     * @param {viam.app.v1.RemoteAuth.Credentials.$Properties=} [properties] Properties to set
                     * @returns {viam.app.v1.RemoteAuth.Credentials} Credentials instance
                     * @type {{
                     *   (properties: viam.app.v1.RemoteAuth.Credentials.$Shape): viam.app.v1.RemoteAuth.Credentials & viam.app.v1.RemoteAuth.Credentials.$Shape;
                     *   (properties?: viam.app.v1.RemoteAuth.Credentials.$Properties): viam.app.v1.RemoteAuth.Credentials;
                     * }}
                     */
                    Credentials.create = function(properties) {
                        return new Credentials(properties);
                    };

                    /**
                     * Encodes the specified Credentials message. Does not implicitly {@link viam.app.v1.RemoteAuth.Credentials.verify|verify} messages.
                     * @function encode
                     * @memberof viam.app.v1.RemoteAuth.Credentials
                     * @static
                     * @param {viam.app.v1.RemoteAuth.Credentials.$Properties} message Credentials message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    Credentials.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.type != null && $Object.hasOwnProperty.call(message, "type") && message.type !== 0)
                            writer.uint32(/* id 1, wireType 0 =*/8).int32(message.type);
                        if (message.payload != null && $Object.hasOwnProperty.call(message, "payload") && message.payload !== "")
                            writer.uint32(/* id 2, wireType 2 =*/18).string(message.payload);
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    /**
                     * Decodes a Credentials message from the specified reader or buffer.
                     * @function decode
                     * @memberof viam.app.v1.RemoteAuth.Credentials
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {viam.app.v1.RemoteAuth.Credentials & viam.app.v1.RemoteAuth.Credentials.$Shape} Credentials
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    Credentials.decode = function (reader, length, _end, _depth, _target) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $Reader.recursionLimit)
                            throw $Error("max depth exceeded");
                        let end, message, value;
                        if (length === $undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw $RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = _target || new $root.viam.app.v1.RemoteAuth.Credentials();
                        while (reader.pos < end) {
                            let start = reader.pos;
                            let tag = reader.tag();
                            if (tag === _end) {
                                _end = $undefined;
                                break;
                            }
                            let wireType = tag & 7;
                            switch (tag >>>= 3) {
                            case 1: {
                                    if (wireType !== 0)
                                        break;
                                    if (value = reader.int32())
                                        message.type = value;
                                    else
                                        delete message.type;
                                    continue;
                                }
                            case 2: {
                                    if (wireType !== 2)
                                        break;
                                    if ((value = reader.stringVerify()).length)
                                        message.payload = value;
                                    else
                                        delete message.payload;
                                    continue;
                                }
                            }
                            reader.skipType(wireType, _depth, tag);
                            if (!reader.discardUnknown) {
                                $util.makeProp(message, "$unknowns", false);
                                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                            }
                        }
                        if (length !== $undefined) {
                            if (reader.pos !== end)
                                throw $RangeError("index out of range");
                            reader.len = length;
                        }
                        if (_end !== $undefined)
                            throw $Error("missing end group");
                        return message;
                    };

                    return Credentials;
                })();

                return RemoteAuth;
            })();

            v1.RemoteConfig = (function() {

                /**
                 * Properties of a RemoteConfig.
                 * @typedef {Object} viam.app.v1.RemoteConfig.$Properties
                 * @property {string|null} [name] RemoteConfig name
                 * @property {string|null} [address] RemoteConfig address
                 * @property {viam.app.v1.RemoteAuth.$Properties|null} [auth] RemoteConfig auth
                 * @property {boolean|null} [insecure] RemoteConfig insecure
                 * @property {string|null} [secret] RemoteConfig secret
                 * @property {string|null} [prefix] RemoteConfig prefix
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a RemoteConfig.
                 * @memberof viam.app.v1
                 * @interface IRemoteConfig
                 * @augments viam.app.v1.RemoteConfig.$Properties
                 * @deprecated Use viam.app.v1.RemoteConfig.$Properties instead.
                 */

                /**
                 * Shape of a RemoteConfig.
                 * @typedef {viam.app.v1.RemoteConfig.$Properties} viam.app.v1.RemoteConfig.$Shape
                 */

                /**
                 * Constructs a new RemoteConfig.
                 * @memberof viam.app.v1
                 * @classdesc Represents a RemoteConfig.
                 * @constructor
                 * @param {viam.app.v1.RemoteConfig.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const RemoteConfig = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

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
                 * @member {viam.app.v1.RemoteAuth.$Properties|null|undefined} auth
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
                 * @param {viam.app.v1.RemoteConfig.$Properties=} [properties] Properties to set
                 * @returns {viam.app.v1.RemoteConfig} RemoteConfig instance
                 * @type {{
                 *   (properties: viam.app.v1.RemoteConfig.$Shape): viam.app.v1.RemoteConfig & viam.app.v1.RemoteConfig.$Shape;
                 *   (properties?: viam.app.v1.RemoteConfig.$Properties): viam.app.v1.RemoteConfig;
                 * }}
                 */
                RemoteConfig.create = function(properties) {
                    return new RemoteConfig(properties);
                };

                /**
                 * Encodes the specified RemoteConfig message. Does not implicitly {@link viam.app.v1.RemoteConfig.verify|verify} messages.
                 * @function encode
                 * @memberof viam.app.v1.RemoteConfig
                 * @static
                 * @param {viam.app.v1.RemoteConfig.$Properties} message RemoteConfig message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                RemoteConfig.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                    if (message.address != null && $Object.hasOwnProperty.call(message, "address") && message.address !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.address);
                    if (message.auth != null && $Object.hasOwnProperty.call(message, "auth"))
                        $root.viam.app.v1.RemoteAuth.encode(message.auth, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                    if (message.insecure != null && $Object.hasOwnProperty.call(message, "insecure") && message.insecure !== false)
                        writer.uint32(/* id 6, wireType 0 =*/48).bool(message.insecure);
                    if (message.secret != null && $Object.hasOwnProperty.call(message, "secret") && message.secret !== "")
                        writer.uint32(/* id 10, wireType 2 =*/82).string(message.secret);
                    if (message.prefix != null && $Object.hasOwnProperty.call(message, "prefix") && message.prefix !== "")
                        writer.uint32(/* id 11, wireType 2 =*/90).string(message.prefix);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a RemoteConfig message from the specified reader or buffer.
                 * @function decode
                 * @memberof viam.app.v1.RemoteConfig
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {viam.app.v1.RemoteConfig & viam.app.v1.RemoteConfig.$Shape} RemoteConfig
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                RemoteConfig.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.viam.app.v1.RemoteConfig();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.name = value;
                                else
                                    delete message.name;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.address = value;
                                else
                                    delete message.address;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                message.auth = $root.viam.app.v1.RemoteAuth.decode(reader, reader.size(), $undefined, _depth + 1, message.auth);
                                continue;
                            }
                        case 6: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.bool())
                                    message.insecure = value;
                                else
                                    delete message.insecure;
                                continue;
                            }
                        case 10: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.secret = value;
                                else
                                    delete message.secret;
                                continue;
                            }
                        case 11: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.prefix = value;
                                else
                                    delete message.prefix;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
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
                     * @typedef {Object} viam.app.datasync.v1.DataCaptureUploadRequest.$Properties
                     * @property {viam.app.datasync.v1.UploadMetadata.$Properties|null} [metadata] DataCaptureUploadRequest metadata
                     * @property {Array.<viam.app.datasync.v1.SensorData.$Properties>|null} [sensorContents] DataCaptureUploadRequest sensorContents
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */

                    /**
                     * Properties of a DataCaptureUploadRequest.
                     * @memberof viam.app.datasync.v1
                     * @interface IDataCaptureUploadRequest
                     * @augments viam.app.datasync.v1.DataCaptureUploadRequest.$Properties
                     * @deprecated Use viam.app.datasync.v1.DataCaptureUploadRequest.$Properties instead.
                     */

                    /**
                     * Shape of a DataCaptureUploadRequest.
                     * @typedef {{
                     *   metadata?: viam.app.datasync.v1.UploadMetadata.$Shape|null;
                     *   sensorContents?: Array.<viam.app.datasync.v1.SensorData.$Shape>|null;
                     *   $unknowns?: Array.<Uint8Array>;
                     * }} viam.app.datasync.v1.DataCaptureUploadRequest.$Shape
                     */

                    /**
                     * Constructs a new DataCaptureUploadRequest.
                     * @memberof viam.app.datasync.v1
                     * @classdesc Represents a DataCaptureUploadRequest.
                     * @constructor
                     * @param {viam.app.datasync.v1.DataCaptureUploadRequest.$Properties=} [properties] Properties to set
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */
                    const DataCaptureUploadRequest = function (properties) {
                        this.sensorContents = [];
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    /**
                     * DataCaptureUploadRequest metadata.
                     * @member {viam.app.datasync.v1.UploadMetadata.$Properties|null|undefined} metadata
                     * @memberof viam.app.datasync.v1.DataCaptureUploadRequest
                     * @instance
                     */
                    DataCaptureUploadRequest.prototype.metadata = null;

                    /**
                     * DataCaptureUploadRequest sensorContents.
                     * @member {Array.<viam.app.datasync.v1.SensorData.$Properties>} sensorContents
                     * @memberof viam.app.datasync.v1.DataCaptureUploadRequest
                     * @instance
                     */
                    DataCaptureUploadRequest.prototype.sensorContents = $util.emptyArray;

                    /**
                     * Creates a new DataCaptureUploadRequest instance using the specified properties.
                     * @function create
                     * @memberof viam.app.datasync.v1.DataCaptureUploadRequest
                     * @static
                     * @param {viam.app.datasync.v1.DataCaptureUploadRequest.$Properties=} [properties] Properties to set
                     * @returns {viam.app.datasync.v1.DataCaptureUploadRequest} DataCaptureUploadRequest instance
                     * @type {{
                     *   (properties: viam.app.datasync.v1.DataCaptureUploadRequest.$Shape): viam.app.datasync.v1.DataCaptureUploadRequest & viam.app.datasync.v1.DataCaptureUploadRequest.$Shape;
                     *   (properties?: viam.app.datasync.v1.DataCaptureUploadRequest.$Properties): viam.app.datasync.v1.DataCaptureUploadRequest;
                     * }}
                     */
                    DataCaptureUploadRequest.create = function(properties) {
                        return new DataCaptureUploadRequest(properties);
                    };

                    /**
                     * Encodes the specified DataCaptureUploadRequest message. Does not implicitly {@link viam.app.datasync.v1.DataCaptureUploadRequest.verify|verify} messages.
                     * @function encode
                     * @memberof viam.app.datasync.v1.DataCaptureUploadRequest
                     * @static
                     * @param {viam.app.datasync.v1.DataCaptureUploadRequest.$Properties} message DataCaptureUploadRequest message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    DataCaptureUploadRequest.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.metadata != null && $Object.hasOwnProperty.call(message, "metadata"))
                            $root.viam.app.datasync.v1.UploadMetadata.encode(message.metadata, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                        if (message.sensorContents != null && message.sensorContents.length)
                            for (let i = 0; i < message.sensorContents.length; ++i)
                                $root.viam.app.datasync.v1.SensorData.encode(message.sensorContents[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    /**
                     * Decodes a DataCaptureUploadRequest message from the specified reader or buffer.
                     * @function decode
                     * @memberof viam.app.datasync.v1.DataCaptureUploadRequest
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {viam.app.datasync.v1.DataCaptureUploadRequest & viam.app.datasync.v1.DataCaptureUploadRequest.$Shape} DataCaptureUploadRequest
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    DataCaptureUploadRequest.decode = function (reader, length, _end, _depth, _target) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $Reader.recursionLimit)
                            throw $Error("max depth exceeded");
                        let end, message, value;
                        if (length === $undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw $RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = _target || new $root.viam.app.datasync.v1.DataCaptureUploadRequest();
                        while (reader.pos < end) {
                            let start = reader.pos;
                            let tag = reader.tag();
                            if (tag === _end) {
                                _end = $undefined;
                                break;
                            }
                            let wireType = tag & 7;
                            switch (tag >>>= 3) {
                            case 1: {
                                    if (wireType !== 2)
                                        break;
                                    message.metadata = $root.viam.app.datasync.v1.UploadMetadata.decode(reader, reader.size(), $undefined, _depth + 1, message.metadata);
                                    continue;
                                }
                            case 2: {
                                    if (wireType !== 2)
                                        break;
                                    if (!(message.sensorContents && message.sensorContents.length))
                                        message.sensorContents = [];
                                    message.sensorContents.push($root.viam.app.datasync.v1.SensorData.decode(reader, reader.size(), $undefined, _depth + 1));
                                    continue;
                                }
                            }
                            reader.skipType(wireType, _depth, tag);
                            if (!reader.discardUnknown) {
                                $util.makeProp(message, "$unknowns", false);
                                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                            }
                        }
                        if (length !== $undefined) {
                            if (reader.pos !== end)
                                throw $RangeError("index out of range");
                            reader.len = length;
                        }
                        if (_end !== $undefined)
                            throw $Error("missing end group");
                        return message;
                    };

                    return DataCaptureUploadRequest;
                })();

                v1.DataCaptureUploadResponse = (function() {

                    /**
                     * Properties of a DataCaptureUploadResponse.
                     * @typedef {Object} viam.app.datasync.v1.DataCaptureUploadResponse.$Properties
                     * @property {string|null} [fileId] DataCaptureUploadResponse fileId
                     * @property {string|null} [binaryDataId] DataCaptureUploadResponse binaryDataId
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */

                    /**
                     * Properties of a DataCaptureUploadResponse.
                     * @memberof viam.app.datasync.v1
                     * @interface IDataCaptureUploadResponse
                     * @augments viam.app.datasync.v1.DataCaptureUploadResponse.$Properties
                     * @deprecated Use viam.app.datasync.v1.DataCaptureUploadResponse.$Properties instead.
                     */

                    /**
                     * Shape of a DataCaptureUploadResponse.
                     * @typedef {viam.app.datasync.v1.DataCaptureUploadResponse.$Properties} viam.app.datasync.v1.DataCaptureUploadResponse.$Shape
                     */

                    /**
                     * Constructs a new DataCaptureUploadResponse.
                     * @memberof viam.app.datasync.v1
                     * @classdesc Represents a DataCaptureUploadResponse.
                     * @constructor
                     * @param {viam.app.datasync.v1.DataCaptureUploadResponse.$Properties=} [properties] Properties to set
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */
                    const DataCaptureUploadResponse = function (properties) {
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

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
                     * @param {viam.app.datasync.v1.DataCaptureUploadResponse.$Properties=} [properties] Properties to set
                     * @returns {viam.app.datasync.v1.DataCaptureUploadResponse} DataCaptureUploadResponse instance
                     * @type {{
                     *   (properties: viam.app.datasync.v1.DataCaptureUploadResponse.$Shape): viam.app.datasync.v1.DataCaptureUploadResponse & viam.app.datasync.v1.DataCaptureUploadResponse.$Shape;
                     *   (properties?: viam.app.datasync.v1.DataCaptureUploadResponse.$Properties): viam.app.datasync.v1.DataCaptureUploadResponse;
                     * }}
                     */
                    DataCaptureUploadResponse.create = function(properties) {
                        return new DataCaptureUploadResponse(properties);
                    };

                    /**
                     * Encodes the specified DataCaptureUploadResponse message. Does not implicitly {@link viam.app.datasync.v1.DataCaptureUploadResponse.verify|verify} messages.
                     * @function encode
                     * @memberof viam.app.datasync.v1.DataCaptureUploadResponse
                     * @static
                     * @param {viam.app.datasync.v1.DataCaptureUploadResponse.$Properties} message DataCaptureUploadResponse message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    DataCaptureUploadResponse.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.fileId != null && $Object.hasOwnProperty.call(message, "fileId") && message.fileId !== "")
                            writer.uint32(/* id 1, wireType 2 =*/10).string(message.fileId);
                        if (message.binaryDataId != null && $Object.hasOwnProperty.call(message, "binaryDataId") && message.binaryDataId !== "")
                            writer.uint32(/* id 2, wireType 2 =*/18).string(message.binaryDataId);
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    /**
                     * Decodes a DataCaptureUploadResponse message from the specified reader or buffer.
                     * @function decode
                     * @memberof viam.app.datasync.v1.DataCaptureUploadResponse
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {viam.app.datasync.v1.DataCaptureUploadResponse & viam.app.datasync.v1.DataCaptureUploadResponse.$Shape} DataCaptureUploadResponse
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    DataCaptureUploadResponse.decode = function (reader, length, _end, _depth, _target) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $Reader.recursionLimit)
                            throw $Error("max depth exceeded");
                        let end, message, value;
                        if (length === $undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw $RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = _target || new $root.viam.app.datasync.v1.DataCaptureUploadResponse();
                        while (reader.pos < end) {
                            let start = reader.pos;
                            let tag = reader.tag();
                            if (tag === _end) {
                                _end = $undefined;
                                break;
                            }
                            let wireType = tag & 7;
                            switch (tag >>>= 3) {
                            case 1: {
                                    if (wireType !== 2)
                                        break;
                                    if ((value = reader.stringVerify()).length)
                                        message.fileId = value;
                                    else
                                        delete message.fileId;
                                    continue;
                                }
                            case 2: {
                                    if (wireType !== 2)
                                        break;
                                    if ((value = reader.stringVerify()).length)
                                        message.binaryDataId = value;
                                    else
                                        delete message.binaryDataId;
                                    continue;
                                }
                            }
                            reader.skipType(wireType, _depth, tag);
                            if (!reader.discardUnknown) {
                                $util.makeProp(message, "$unknowns", false);
                                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                            }
                        }
                        if (length !== $undefined) {
                            if (reader.pos !== end)
                                throw $RangeError("index out of range");
                            reader.len = length;
                        }
                        if (_end !== $undefined)
                            throw $Error("missing end group");
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
                    const valuesById = $Object.create(null), values = $Object.create(valuesById);
                    values[valuesById[0] = "DATA_TYPE_UNSPECIFIED"] = 0;
                    values[valuesById[1] = "DATA_TYPE_BINARY_SENSOR"] = 1;
                    values[valuesById[2] = "DATA_TYPE_TABULAR_SENSOR"] = 2;
                    values[valuesById[3] = "DATA_TYPE_FILE"] = 3;
                    return values;
                })();

                v1.UploadMetadata = (function() {

                    /**
                     * Properties of an UploadMetadata.
                     * @typedef {Object} viam.app.datasync.v1.UploadMetadata.$Properties
                     * @property {string|null} [partId] UploadMetadata partId
                     * @property {string|null} [componentType] UploadMetadata componentType
                     * @property {string|null} [componentName] UploadMetadata componentName
                     * @property {string|null} [methodName] UploadMetadata methodName
                     * @property {viam.app.datasync.v1.DataType|null} [type] UploadMetadata type
                     * @property {string|null} [fileName] UploadMetadata fileName
                     * @property {Object.<string,google.protobuf.Any.$Properties>|null} [methodParameters] UploadMetadata methodParameters
                     * @property {string|null} [fileExtension] UploadMetadata fileExtension
                     * @property {Array.<string>|null} [tags] UploadMetadata tags
                     * @property {Array.<string>|null} [datasetIds] UploadMetadata datasetIds
                     * @property {string|null} [mimeType] UploadMetadata mimeType
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */

                    /**
                     * Properties of an UploadMetadata.
                     * @memberof viam.app.datasync.v1
                     * @interface IUploadMetadata
                     * @augments viam.app.datasync.v1.UploadMetadata.$Properties
                     * @deprecated Use viam.app.datasync.v1.UploadMetadata.$Properties instead.
                     */

                    /**
                     * Shape of an UploadMetadata.
                     * @typedef {viam.app.datasync.v1.UploadMetadata.$Properties} viam.app.datasync.v1.UploadMetadata.$Shape
                     */

                    /**
                     * Constructs a new UploadMetadata.
                     * @memberof viam.app.datasync.v1
                     * @classdesc Represents an UploadMetadata.
                     * @constructor
                     * @param {viam.app.datasync.v1.UploadMetadata.$Properties=} [properties] Properties to set
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */
                    const UploadMetadata = function (properties) {
                        this.methodParameters = {};
                        this.tags = [];
                        this.datasetIds = [];
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

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
                     * @member {Object.<string,google.protobuf.Any.$Properties>} methodParameters
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
                     * @param {viam.app.datasync.v1.UploadMetadata.$Properties=} [properties] Properties to set
                     * @returns {viam.app.datasync.v1.UploadMetadata} UploadMetadata instance
                     * @type {{
                     *   (properties: viam.app.datasync.v1.UploadMetadata.$Shape): viam.app.datasync.v1.UploadMetadata & viam.app.datasync.v1.UploadMetadata.$Shape;
                     *   (properties?: viam.app.datasync.v1.UploadMetadata.$Properties): viam.app.datasync.v1.UploadMetadata;
                     * }}
                     */
                    UploadMetadata.create = function(properties) {
                        return new UploadMetadata(properties);
                    };

                    /**
                     * Encodes the specified UploadMetadata message. Does not implicitly {@link viam.app.datasync.v1.UploadMetadata.verify|verify} messages.
                     * @function encode
                     * @memberof viam.app.datasync.v1.UploadMetadata
                     * @static
                     * @param {viam.app.datasync.v1.UploadMetadata.$Properties} message UploadMetadata message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    UploadMetadata.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.partId != null && $Object.hasOwnProperty.call(message, "partId") && message.partId !== "")
                            writer.uint32(/* id 1, wireType 2 =*/10).string(message.partId);
                        if (message.componentType != null && $Object.hasOwnProperty.call(message, "componentType") && message.componentType !== "")
                            writer.uint32(/* id 2, wireType 2 =*/18).string(message.componentType);
                        if (message.componentName != null && $Object.hasOwnProperty.call(message, "componentName") && message.componentName !== "")
                            writer.uint32(/* id 3, wireType 2 =*/26).string(message.componentName);
                        if (message.methodName != null && $Object.hasOwnProperty.call(message, "methodName") && message.methodName !== "")
                            writer.uint32(/* id 5, wireType 2 =*/42).string(message.methodName);
                        if (message.type != null && $Object.hasOwnProperty.call(message, "type") && message.type !== 0)
                            writer.uint32(/* id 6, wireType 0 =*/48).int32(message.type);
                        if (message.fileName != null && $Object.hasOwnProperty.call(message, "fileName") && message.fileName !== "")
                            writer.uint32(/* id 7, wireType 2 =*/58).string(message.fileName);
                        if (message.methodParameters != null && $Object.hasOwnProperty.call(message, "methodParameters"))
                            for (let keys = $Object.keys(message.methodParameters), i = 0; i < keys.length; ++i) {
                                writer.uint32(/* id 8, wireType 2 =*/66).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]);
                                $root.google.protobuf.Any.encode(message.methodParameters[keys[i]], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim().ldelim();
                            }
                        if (message.fileExtension != null && $Object.hasOwnProperty.call(message, "fileExtension") && message.fileExtension !== "")
                            writer.uint32(/* id 9, wireType 2 =*/74).string(message.fileExtension);
                        if (message.tags != null && message.tags.length)
                            for (let i = 0; i < message.tags.length; ++i)
                                writer.uint32(/* id 10, wireType 2 =*/82).string(message.tags[i]);
                        if (message.datasetIds != null && message.datasetIds.length)
                            for (let i = 0; i < message.datasetIds.length; ++i)
                                writer.uint32(/* id 12, wireType 2 =*/98).string(message.datasetIds[i]);
                        if (message.mimeType != null && $Object.hasOwnProperty.call(message, "mimeType") && message.mimeType !== "")
                            writer.uint32(/* id 13, wireType 2 =*/106).string(message.mimeType);
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    /**
                     * Decodes an UploadMetadata message from the specified reader or buffer.
                     * @function decode
                     * @memberof viam.app.datasync.v1.UploadMetadata
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {viam.app.datasync.v1.UploadMetadata & viam.app.datasync.v1.UploadMetadata.$Shape} UploadMetadata
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    UploadMetadata.decode = function (reader, length, _end, _depth, _target) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $Reader.recursionLimit)
                            throw $Error("max depth exceeded");
                        let end, message, key, value;
                        if (length === $undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw $RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = _target || new $root.viam.app.datasync.v1.UploadMetadata();
                        while (reader.pos < end) {
                            let start = reader.pos;
                            let tag = reader.tag();
                            if (tag === _end) {
                                _end = $undefined;
                                break;
                            }
                            let wireType = tag & 7;
                            switch (tag >>>= 3) {
                            case 1: {
                                    if (wireType !== 2)
                                        break;
                                    if ((value = reader.stringVerify()).length)
                                        message.partId = value;
                                    else
                                        delete message.partId;
                                    continue;
                                }
                            case 2: {
                                    if (wireType !== 2)
                                        break;
                                    if ((value = reader.stringVerify()).length)
                                        message.componentType = value;
                                    else
                                        delete message.componentType;
                                    continue;
                                }
                            case 3: {
                                    if (wireType !== 2)
                                        break;
                                    if ((value = reader.stringVerify()).length)
                                        message.componentName = value;
                                    else
                                        delete message.componentName;
                                    continue;
                                }
                            case 5: {
                                    if (wireType !== 2)
                                        break;
                                    if ((value = reader.stringVerify()).length)
                                        message.methodName = value;
                                    else
                                        delete message.methodName;
                                    continue;
                                }
                            case 6: {
                                    if (wireType !== 0)
                                        break;
                                    if (value = reader.int32())
                                        message.type = value;
                                    else
                                        delete message.type;
                                    continue;
                                }
                            case 7: {
                                    if (wireType !== 2)
                                        break;
                                    if ((value = reader.stringVerify()).length)
                                        message.fileName = value;
                                    else
                                        delete message.fileName;
                                    continue;
                                }
                            case 8: {
                                    if (wireType !== 2)
                                        break;
                                    if (message.methodParameters === $util.emptyObject)
                                        message.methodParameters = {};
                                    let end2 = reader.size() + reader.pos;
                                    if (end2 > reader.len)
                                        throw $RangeError("index out of range");
                                    reader.len = end2;
                                    key = "";
                                    value = null;
                                    while (reader.pos < end2) {
                                        let tag2 = reader.tag();
                                        wireType = tag2 & 7;
                                        switch (tag2 >>>= 3) {
                                        case 1:
                                            if (wireType !== 2)
                                                break;
                                            key = reader.stringVerify();
                                            continue;
                                        case 2:
                                            if (wireType !== 2)
                                                break;
                                            value = $root.google.protobuf.Any.decode(reader, reader.size(), $undefined, _depth + 1, value);
                                            continue;
                                        }
                                        reader.skipType(wireType, _depth, tag2);
                                    }
                                    if (reader.pos !== end2)
                                        throw $RangeError("index out of range");
                                    reader.len = end;
                                    if (key === "__proto__")
                                        $util.makeProp(message.methodParameters, key);
                                    message.methodParameters[key] = value || new $root.google.protobuf.Any();
                                    continue;
                                }
                            case 9: {
                                    if (wireType !== 2)
                                        break;
                                    if ((value = reader.stringVerify()).length)
                                        message.fileExtension = value;
                                    else
                                        delete message.fileExtension;
                                    continue;
                                }
                            case 10: {
                                    if (wireType !== 2)
                                        break;
                                    if (!(message.tags && message.tags.length))
                                        message.tags = [];
                                    message.tags.push(reader.stringVerify());
                                    continue;
                                }
                            case 12: {
                                    if (wireType !== 2)
                                        break;
                                    if (!(message.datasetIds && message.datasetIds.length))
                                        message.datasetIds = [];
                                    message.datasetIds.push(reader.stringVerify());
                                    continue;
                                }
                            case 13: {
                                    if (wireType !== 2)
                                        break;
                                    if ((value = reader.stringVerify()).length)
                                        message.mimeType = value;
                                    else
                                        delete message.mimeType;
                                    continue;
                                }
                            }
                            reader.skipType(wireType, _depth, tag);
                            if (!reader.discardUnknown) {
                                $util.makeProp(message, "$unknowns", false);
                                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                            }
                        }
                        if (length !== $undefined) {
                            if (reader.pos !== end)
                                throw $RangeError("index out of range");
                            reader.len = length;
                        }
                        if (_end !== $undefined)
                            throw $Error("missing end group");
                        return message;
                    };

                    return UploadMetadata;
                })();

                v1.SensorMetadata = (function() {

                    /**
                     * Properties of a SensorMetadata.
                     * @typedef {Object} viam.app.datasync.v1.SensorMetadata.$Properties
                     * @property {google.protobuf.Timestamp.$Properties|null} [timeRequested] SensorMetadata timeRequested
                     * @property {google.protobuf.Timestamp.$Properties|null} [timeReceived] SensorMetadata timeReceived
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */

                    /**
                     * Properties of a SensorMetadata.
                     * @memberof viam.app.datasync.v1
                     * @interface ISensorMetadata
                     * @augments viam.app.datasync.v1.SensorMetadata.$Properties
                     * @deprecated Use viam.app.datasync.v1.SensorMetadata.$Properties instead.
                     */

                    /**
                     * Shape of a SensorMetadata.
                     * @typedef {viam.app.datasync.v1.SensorMetadata.$Properties} viam.app.datasync.v1.SensorMetadata.$Shape
                     */

                    /**
                     * Constructs a new SensorMetadata.
                     * @memberof viam.app.datasync.v1
                     * @classdesc Represents a SensorMetadata.
                     * @constructor
                     * @param {viam.app.datasync.v1.SensorMetadata.$Properties=} [properties] Properties to set
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */
                    const SensorMetadata = function (properties) {
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    /**
                     * SensorMetadata timeRequested.
                     * @member {google.protobuf.Timestamp.$Properties|null|undefined} timeRequested
                     * @memberof viam.app.datasync.v1.SensorMetadata
                     * @instance
                     */
                    SensorMetadata.prototype.timeRequested = null;

                    /**
                     * SensorMetadata timeReceived.
                     * @member {google.protobuf.Timestamp.$Properties|null|undefined} timeReceived
                     * @memberof viam.app.datasync.v1.SensorMetadata
                     * @instance
                     */
                    SensorMetadata.prototype.timeReceived = null;

                    /**
                     * Creates a new SensorMetadata instance using the specified properties.
                     * @function create
                     * @memberof viam.app.datasync.v1.SensorMetadata
                     * @static
                     * @param {viam.app.datasync.v1.SensorMetadata.$Properties=} [properties] Properties to set
                     * @returns {viam.app.datasync.v1.SensorMetadata} SensorMetadata instance
                     * @type {{
                     *   (properties: viam.app.datasync.v1.SensorMetadata.$Shape): viam.app.datasync.v1.SensorMetadata & viam.app.datasync.v1.SensorMetadata.$Shape;
                     *   (properties?: viam.app.datasync.v1.SensorMetadata.$Properties): viam.app.datasync.v1.SensorMetadata;
                     * }}
                     */
                    SensorMetadata.create = function(properties) {
                        return new SensorMetadata(properties);
                    };

                    /**
                     * Encodes the specified SensorMetadata message. Does not implicitly {@link viam.app.datasync.v1.SensorMetadata.verify|verify} messages.
                     * @function encode
                     * @memberof viam.app.datasync.v1.SensorMetadata
                     * @static
                     * @param {viam.app.datasync.v1.SensorMetadata.$Properties} message SensorMetadata message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    SensorMetadata.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.timeRequested != null && $Object.hasOwnProperty.call(message, "timeRequested"))
                            $root.google.protobuf.Timestamp.encode(message.timeRequested, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                        if (message.timeReceived != null && $Object.hasOwnProperty.call(message, "timeReceived"))
                            $root.google.protobuf.Timestamp.encode(message.timeReceived, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    /**
                     * Decodes a SensorMetadata message from the specified reader or buffer.
                     * @function decode
                     * @memberof viam.app.datasync.v1.SensorMetadata
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {viam.app.datasync.v1.SensorMetadata & viam.app.datasync.v1.SensorMetadata.$Shape} SensorMetadata
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    SensorMetadata.decode = function (reader, length, _end, _depth, _target) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $Reader.recursionLimit)
                            throw $Error("max depth exceeded");
                        let end, message, value;
                        if (length === $undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw $RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = _target || new $root.viam.app.datasync.v1.SensorMetadata();
                        while (reader.pos < end) {
                            let start = reader.pos;
                            let tag = reader.tag();
                            if (tag === _end) {
                                _end = $undefined;
                                break;
                            }
                            let wireType = tag & 7;
                            switch (tag >>>= 3) {
                            case 1: {
                                    if (wireType !== 2)
                                        break;
                                    message.timeRequested = $root.google.protobuf.Timestamp.decode(reader, reader.size(), $undefined, _depth + 1, message.timeRequested);
                                    continue;
                                }
                            case 2: {
                                    if (wireType !== 2)
                                        break;
                                    message.timeReceived = $root.google.protobuf.Timestamp.decode(reader, reader.size(), $undefined, _depth + 1, message.timeReceived);
                                    continue;
                                }
                            }
                            reader.skipType(wireType, _depth, tag);
                            if (!reader.discardUnknown) {
                                $util.makeProp(message, "$unknowns", false);
                                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                            }
                        }
                        if (length !== $undefined) {
                            if (reader.pos !== end)
                                throw $RangeError("index out of range");
                            reader.len = length;
                        }
                        if (_end !== $undefined)
                            throw $Error("missing end group");
                        return message;
                    };

                    return SensorMetadata;
                })();

                v1.SensorData = (function() {

                    /**
                     * Properties of a SensorData.
                     * @typedef {Object} viam.app.datasync.v1.SensorData.$Properties
                     * @property {viam.app.datasync.v1.SensorMetadata.$Properties|null} [metadata] SensorData metadata
                     * @property {google.protobuf.Struct.$Properties|null} [struct] SensorData struct
                     * @property {Uint8Array|null} [binary] SensorData binary
                     * @property {"struct"|"binary"} [data] SensorData data
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */

                    /**
                     * Properties of a SensorData.
                     * @memberof viam.app.datasync.v1
                     * @interface ISensorData
                     * @augments viam.app.datasync.v1.SensorData.$Properties
                     * @deprecated Use viam.app.datasync.v1.SensorData.$Properties instead.
                     */

                    /**
                     * Narrowed shape of a SensorData.
                     * @typedef {{
                     *   metadata?: viam.app.datasync.v1.SensorMetadata.$Shape|null;
                     *   struct?: google.protobuf.Struct.$Shape|null;
                     *   binary?: Uint8Array|null;
                     *   $unknowns?: Array.<Uint8Array>;
                     * } & (
                     *   ({ data?: undefined; struct?: null; binary?: null }|{ data?: "struct"; struct: google.protobuf.Struct.$Shape; binary?: null }|{ data?: "binary"; struct?: null; binary: Uint8Array })
                     * )} viam.app.datasync.v1.SensorData.$Shape
                     */

                    /**
                     * Constructs a new SensorData.
                     * @memberof viam.app.datasync.v1
                     * @classdesc Represents a SensorData.
                     * @constructor
                     * @param {viam.app.datasync.v1.SensorData.$Properties=} [properties] Properties to set
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */
                    const SensorData = function (properties) {
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    /**
                     * SensorData metadata.
                     * @member {viam.app.datasync.v1.SensorMetadata.$Properties|null|undefined} metadata
                     * @memberof viam.app.datasync.v1.SensorData
                     * @instance
                     */
                    SensorData.prototype.metadata = null;

                    /**
                     * SensorData struct.
                     * @member {google.protobuf.Struct.$Properties|null|undefined} struct
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
                    $Object.defineProperty(SensorData.prototype, "data", {
                        get: $util.oneOfGetter($oneOfFields = ["struct", "binary"]),
                        set: $util.oneOfSetter($oneOfFields)
                    });

                    /**
                     * Creates a new SensorData instance using the specified properties.
                     * @function create
                     * @memberof viam.app.datasync.v1.SensorData
                     * @static
                     * @param {viam.app.datasync.v1.SensorData.$Properties=} [properties] Properties to set
                     * @returns {viam.app.datasync.v1.SensorData} SensorData instance
                     * @type {{
                     *   (properties: viam.app.datasync.v1.SensorData.$Shape): viam.app.datasync.v1.SensorData & viam.app.datasync.v1.SensorData.$Shape;
                     *   (properties?: viam.app.datasync.v1.SensorData.$Properties): viam.app.datasync.v1.SensorData;
                     * }}
                     */
                    SensorData.create = function(properties) {
                        return new SensorData(properties);
                    };

                    /**
                     * Encodes the specified SensorData message. Does not implicitly {@link viam.app.datasync.v1.SensorData.verify|verify} messages.
                     * @function encode
                     * @memberof viam.app.datasync.v1.SensorData
                     * @static
                     * @param {viam.app.datasync.v1.SensorData.$Properties} message SensorData message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    SensorData.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.metadata != null && $Object.hasOwnProperty.call(message, "metadata"))
                            $root.viam.app.datasync.v1.SensorMetadata.encode(message.metadata, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                        if (message.struct != null && $Object.hasOwnProperty.call(message, "struct"))
                            $root.google.protobuf.Struct.encode(message.struct, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                        if (message.binary != null && $Object.hasOwnProperty.call(message, "binary"))
                            writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.binary);
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    /**
                     * Decodes a SensorData message from the specified reader or buffer.
                     * @function decode
                     * @memberof viam.app.datasync.v1.SensorData
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {viam.app.datasync.v1.SensorData & viam.app.datasync.v1.SensorData.$Shape} SensorData
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    SensorData.decode = function (reader, length, _end, _depth, _target) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $Reader.recursionLimit)
                            throw $Error("max depth exceeded");
                        let end, message, value;
                        if (length === $undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw $RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = _target || new $root.viam.app.datasync.v1.SensorData();
                        while (reader.pos < end) {
                            let start = reader.pos;
                            let tag = reader.tag();
                            if (tag === _end) {
                                _end = $undefined;
                                break;
                            }
                            let wireType = tag & 7;
                            switch (tag >>>= 3) {
                            case 1: {
                                    if (wireType !== 2)
                                        break;
                                    message.metadata = $root.viam.app.datasync.v1.SensorMetadata.decode(reader, reader.size(), $undefined, _depth + 1, message.metadata);
                                    continue;
                                }
                            case 2: {
                                    if (wireType !== 2)
                                        break;
                                    message.struct = $root.google.protobuf.Struct.decode(reader, reader.size(), $undefined, _depth + 1, message.struct);
                                    message.data = "struct";
                                    continue;
                                }
                            case 3: {
                                    if (wireType !== 2)
                                        break;
                                    message.binary = reader.bytes();
                                    message.data = "binary";
                                    continue;
                                }
                            }
                            reader.skipType(wireType, _depth, tag);
                            if (!reader.discardUnknown) {
                                $util.makeProp(message, "$unknowns", false);
                                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                            }
                        }
                        if (length !== $undefined) {
                            if (reader.pos !== end)
                                throw $RangeError("index out of range");
                            reader.len = length;
                        }
                        if (_end !== $undefined)
                            throw $Error("missing end group");
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
                     * @typedef {Object} viam.component.board.v1.SetGPIORequest.$Properties
                     * @property {string|null} [name] SetGPIORequest name
                     * @property {string|null} [pin] SetGPIORequest pin
                     * @property {boolean|null} [high] SetGPIORequest high
                     * @property {google.protobuf.Struct.$Properties|null} [extra] SetGPIORequest extra
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */

                    /**
                     * Properties of a SetGPIORequest.
                     * @memberof viam.component.board.v1
                     * @interface ISetGPIORequest
                     * @augments viam.component.board.v1.SetGPIORequest.$Properties
                     * @deprecated Use viam.component.board.v1.SetGPIORequest.$Properties instead.
                     */

                    /**
                     * Shape of a SetGPIORequest.
                     * @typedef {{
                     *   name?: string|null;
                     *   pin?: string|null;
                     *   high?: boolean|null;
                     *   extra?: google.protobuf.Struct.$Shape|null;
                     *   $unknowns?: Array.<Uint8Array>;
                     * }} viam.component.board.v1.SetGPIORequest.$Shape
                     */

                    /**
                     * Constructs a new SetGPIORequest.
                     * @memberof viam.component.board.v1
                     * @classdesc Represents a SetGPIORequest.
                     * @constructor
                     * @param {viam.component.board.v1.SetGPIORequest.$Properties=} [properties] Properties to set
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */
                    const SetGPIORequest = function (properties) {
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

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
                     * @member {google.protobuf.Struct.$Properties|null|undefined} extra
                     * @memberof viam.component.board.v1.SetGPIORequest
                     * @instance
                     */
                    SetGPIORequest.prototype.extra = null;

                    /**
                     * Creates a new SetGPIORequest instance using the specified properties.
                     * @function create
                     * @memberof viam.component.board.v1.SetGPIORequest
                     * @static
                     * @param {viam.component.board.v1.SetGPIORequest.$Properties=} [properties] Properties to set
                     * @returns {viam.component.board.v1.SetGPIORequest} SetGPIORequest instance
                     * @type {{
                     *   (properties: viam.component.board.v1.SetGPIORequest.$Shape): viam.component.board.v1.SetGPIORequest & viam.component.board.v1.SetGPIORequest.$Shape;
                     *   (properties?: viam.component.board.v1.SetGPIORequest.$Properties): viam.component.board.v1.SetGPIORequest;
                     * }}
                     */
                    SetGPIORequest.create = function(properties) {
                        return new SetGPIORequest(properties);
                    };

                    /**
                     * Encodes the specified SetGPIORequest message. Does not implicitly {@link viam.component.board.v1.SetGPIORequest.verify|verify} messages.
                     * @function encode
                     * @memberof viam.component.board.v1.SetGPIORequest
                     * @static
                     * @param {viam.component.board.v1.SetGPIORequest.$Properties} message SetGPIORequest message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    SetGPIORequest.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                            writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                        if (message.pin != null && $Object.hasOwnProperty.call(message, "pin") && message.pin !== "")
                            writer.uint32(/* id 2, wireType 2 =*/18).string(message.pin);
                        if (message.high != null && $Object.hasOwnProperty.call(message, "high") && message.high !== false)
                            writer.uint32(/* id 3, wireType 0 =*/24).bool(message.high);
                        if (message.extra != null && $Object.hasOwnProperty.call(message, "extra"))
                            $root.google.protobuf.Struct.encode(message.extra, writer.uint32(/* id 99, wireType 2 =*/794).fork(), _depth + 1).ldelim();
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    /**
                     * Decodes a SetGPIORequest message from the specified reader or buffer.
                     * @function decode
                     * @memberof viam.component.board.v1.SetGPIORequest
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {viam.component.board.v1.SetGPIORequest & viam.component.board.v1.SetGPIORequest.$Shape} SetGPIORequest
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    SetGPIORequest.decode = function (reader, length, _end, _depth, _target) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $Reader.recursionLimit)
                            throw $Error("max depth exceeded");
                        let end, message, value;
                        if (length === $undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw $RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = _target || new $root.viam.component.board.v1.SetGPIORequest();
                        while (reader.pos < end) {
                            let start = reader.pos;
                            let tag = reader.tag();
                            if (tag === _end) {
                                _end = $undefined;
                                break;
                            }
                            let wireType = tag & 7;
                            switch (tag >>>= 3) {
                            case 1: {
                                    if (wireType !== 2)
                                        break;
                                    if ((value = reader.stringVerify()).length)
                                        message.name = value;
                                    else
                                        delete message.name;
                                    continue;
                                }
                            case 2: {
                                    if (wireType !== 2)
                                        break;
                                    if ((value = reader.stringVerify()).length)
                                        message.pin = value;
                                    else
                                        delete message.pin;
                                    continue;
                                }
                            case 3: {
                                    if (wireType !== 0)
                                        break;
                                    if (value = reader.bool())
                                        message.high = value;
                                    else
                                        delete message.high;
                                    continue;
                                }
                            case 99: {
                                    if (wireType !== 2)
                                        break;
                                    message.extra = $root.google.protobuf.Struct.decode(reader, reader.size(), $undefined, _depth + 1, message.extra);
                                    continue;
                                }
                            }
                            reader.skipType(wireType, _depth, tag);
                            if (!reader.discardUnknown) {
                                $util.makeProp(message, "$unknowns", false);
                                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                            }
                        }
                        if (length !== $undefined) {
                            if (reader.pos !== end)
                                throw $RangeError("index out of range");
                            reader.len = length;
                        }
                        if (_end !== $undefined)
                            throw $Error("missing end group");
                        return message;
                    };

                    return SetGPIORequest;
                })();

                v1.SetGPIOResponse = (function() {

                    /**
                     * Properties of a SetGPIOResponse.
                     * @typedef {Object} viam.component.board.v1.SetGPIOResponse.$Properties
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */

                    /**
                     * Properties of a SetGPIOResponse.
                     * @memberof viam.component.board.v1
                     * @interface ISetGPIOResponse
                     * @augments viam.component.board.v1.SetGPIOResponse.$Properties
                     * @deprecated Use viam.component.board.v1.SetGPIOResponse.$Properties instead.
                     */

                    /**
                     * Shape of a SetGPIOResponse.
                     * @typedef {viam.component.board.v1.SetGPIOResponse.$Properties} viam.component.board.v1.SetGPIOResponse.$Shape
                     */

                    /**
                     * Constructs a new SetGPIOResponse.
                     * @memberof viam.component.board.v1
                     * @classdesc Represents a SetGPIOResponse.
                     * @constructor
                     * @param {viam.component.board.v1.SetGPIOResponse.$Properties=} [properties] Properties to set
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */
                    const SetGPIOResponse = function (properties) {
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    /**
                     * Creates a new SetGPIOResponse instance using the specified properties.
                     * @function create
                     * @memberof viam.component.board.v1.SetGPIOResponse
                     * @static
                     * @param {viam.component.board.v1.SetGPIOResponse.$Properties=} [properties] Properties to set
                     * @returns {viam.component.board.v1.SetGPIOResponse} SetGPIOResponse instance
                     * @type {{
                     *   (properties: viam.component.board.v1.SetGPIOResponse.$Shape): viam.component.board.v1.SetGPIOResponse & viam.component.board.v1.SetGPIOResponse.$Shape;
                     *   (properties?: viam.component.board.v1.SetGPIOResponse.$Properties): viam.component.board.v1.SetGPIOResponse;
                     * }}
                     */
                    SetGPIOResponse.create = function(properties) {
                        return new SetGPIOResponse(properties);
                    };

                    /**
                     * Encodes the specified SetGPIOResponse message. Does not implicitly {@link viam.component.board.v1.SetGPIOResponse.verify|verify} messages.
                     * @function encode
                     * @memberof viam.component.board.v1.SetGPIOResponse
                     * @static
                     * @param {viam.component.board.v1.SetGPIOResponse.$Properties} message SetGPIOResponse message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    SetGPIOResponse.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    /**
                     * Decodes a SetGPIOResponse message from the specified reader or buffer.
                     * @function decode
                     * @memberof viam.component.board.v1.SetGPIOResponse
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {viam.component.board.v1.SetGPIOResponse & viam.component.board.v1.SetGPIOResponse.$Shape} SetGPIOResponse
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    SetGPIOResponse.decode = function (reader, length, _end, _depth, _target) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $Reader.recursionLimit)
                            throw $Error("max depth exceeded");
                        let end, message;
                        if (length === $undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw $RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = _target || new $root.viam.component.board.v1.SetGPIOResponse();
                        while (reader.pos < end) {
                            let start = reader.pos;
                            let tag = reader.tag();
                            if (tag === _end) {
                                _end = $undefined;
                                break;
                            }
                            reader.skipType(tag & 7, _depth, tag);
                            if (!reader.discardUnknown) {
                                $util.makeProp(message, "$unknowns", false);
                                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                            }
                        }
                        if (length !== $undefined) {
                            if (reader.pos !== end)
                                throw $RangeError("index out of range");
                            reader.len = length;
                        }
                        if (_end !== $undefined)
                            throw $Error("missing end group");
                        return message;
                    };

                    return SetGPIOResponse;
                })();

                v1.GetGPIORequest = (function() {

                    /**
                     * Properties of a GetGPIORequest.
                     * @typedef {Object} viam.component.board.v1.GetGPIORequest.$Properties
                     * @property {string|null} [name] GetGPIORequest name
                     * @property {string|null} [pin] GetGPIORequest pin
                     * @property {google.protobuf.Struct.$Properties|null} [extra] GetGPIORequest extra
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */

                    /**
                     * Properties of a GetGPIORequest.
                     * @memberof viam.component.board.v1
                     * @interface IGetGPIORequest
                     * @augments viam.component.board.v1.GetGPIORequest.$Properties
                     * @deprecated Use viam.component.board.v1.GetGPIORequest.$Properties instead.
                     */

                    /**
                     * Shape of a GetGPIORequest.
                     * @typedef {{
                     *   name?: string|null;
                     *   pin?: string|null;
                     *   extra?: google.protobuf.Struct.$Shape|null;
                     *   $unknowns?: Array.<Uint8Array>;
                     * }} viam.component.board.v1.GetGPIORequest.$Shape
                     */

                    /**
                     * Constructs a new GetGPIORequest.
                     * @memberof viam.component.board.v1
                     * @classdesc Represents a GetGPIORequest.
                     * @constructor
                     * @param {viam.component.board.v1.GetGPIORequest.$Properties=} [properties] Properties to set
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */
                    const GetGPIORequest = function (properties) {
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

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
                     * @member {google.protobuf.Struct.$Properties|null|undefined} extra
                     * @memberof viam.component.board.v1.GetGPIORequest
                     * @instance
                     */
                    GetGPIORequest.prototype.extra = null;

                    /**
                     * Creates a new GetGPIORequest instance using the specified properties.
                     * @function create
                     * @memberof viam.component.board.v1.GetGPIORequest
                     * @static
                     * @param {viam.component.board.v1.GetGPIORequest.$Properties=} [properties] Properties to set
                     * @returns {viam.component.board.v1.GetGPIORequest} GetGPIORequest instance
                     * @type {{
                     *   (properties: viam.component.board.v1.GetGPIORequest.$Shape): viam.component.board.v1.GetGPIORequest & viam.component.board.v1.GetGPIORequest.$Shape;
                     *   (properties?: viam.component.board.v1.GetGPIORequest.$Properties): viam.component.board.v1.GetGPIORequest;
                     * }}
                     */
                    GetGPIORequest.create = function(properties) {
                        return new GetGPIORequest(properties);
                    };

                    /**
                     * Encodes the specified GetGPIORequest message. Does not implicitly {@link viam.component.board.v1.GetGPIORequest.verify|verify} messages.
                     * @function encode
                     * @memberof viam.component.board.v1.GetGPIORequest
                     * @static
                     * @param {viam.component.board.v1.GetGPIORequest.$Properties} message GetGPIORequest message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    GetGPIORequest.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                            writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                        if (message.pin != null && $Object.hasOwnProperty.call(message, "pin") && message.pin !== "")
                            writer.uint32(/* id 2, wireType 2 =*/18).string(message.pin);
                        if (message.extra != null && $Object.hasOwnProperty.call(message, "extra"))
                            $root.google.protobuf.Struct.encode(message.extra, writer.uint32(/* id 99, wireType 2 =*/794).fork(), _depth + 1).ldelim();
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    /**
                     * Decodes a GetGPIORequest message from the specified reader or buffer.
                     * @function decode
                     * @memberof viam.component.board.v1.GetGPIORequest
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {viam.component.board.v1.GetGPIORequest & viam.component.board.v1.GetGPIORequest.$Shape} GetGPIORequest
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    GetGPIORequest.decode = function (reader, length, _end, _depth, _target) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $Reader.recursionLimit)
                            throw $Error("max depth exceeded");
                        let end, message, value;
                        if (length === $undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw $RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = _target || new $root.viam.component.board.v1.GetGPIORequest();
                        while (reader.pos < end) {
                            let start = reader.pos;
                            let tag = reader.tag();
                            if (tag === _end) {
                                _end = $undefined;
                                break;
                            }
                            let wireType = tag & 7;
                            switch (tag >>>= 3) {
                            case 1: {
                                    if (wireType !== 2)
                                        break;
                                    if ((value = reader.stringVerify()).length)
                                        message.name = value;
                                    else
                                        delete message.name;
                                    continue;
                                }
                            case 2: {
                                    if (wireType !== 2)
                                        break;
                                    if ((value = reader.stringVerify()).length)
                                        message.pin = value;
                                    else
                                        delete message.pin;
                                    continue;
                                }
                            case 99: {
                                    if (wireType !== 2)
                                        break;
                                    message.extra = $root.google.protobuf.Struct.decode(reader, reader.size(), $undefined, _depth + 1, message.extra);
                                    continue;
                                }
                            }
                            reader.skipType(wireType, _depth, tag);
                            if (!reader.discardUnknown) {
                                $util.makeProp(message, "$unknowns", false);
                                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                            }
                        }
                        if (length !== $undefined) {
                            if (reader.pos !== end)
                                throw $RangeError("index out of range");
                            reader.len = length;
                        }
                        if (_end !== $undefined)
                            throw $Error("missing end group");
                        return message;
                    };

                    return GetGPIORequest;
                })();

                v1.GetGPIOResponse = (function() {

                    /**
                     * Properties of a GetGPIOResponse.
                     * @typedef {Object} viam.component.board.v1.GetGPIOResponse.$Properties
                     * @property {boolean|null} [high] GetGPIOResponse high
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */

                    /**
                     * Properties of a GetGPIOResponse.
                     * @memberof viam.component.board.v1
                     * @interface IGetGPIOResponse
                     * @augments viam.component.board.v1.GetGPIOResponse.$Properties
                     * @deprecated Use viam.component.board.v1.GetGPIOResponse.$Properties instead.
                     */

                    /**
                     * Shape of a GetGPIOResponse.
                     * @typedef {viam.component.board.v1.GetGPIOResponse.$Properties} viam.component.board.v1.GetGPIOResponse.$Shape
                     */

                    /**
                     * Constructs a new GetGPIOResponse.
                     * @memberof viam.component.board.v1
                     * @classdesc Represents a GetGPIOResponse.
                     * @constructor
                     * @param {viam.component.board.v1.GetGPIOResponse.$Properties=} [properties] Properties to set
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */
                    const GetGPIOResponse = function (properties) {
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

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
                     * @param {viam.component.board.v1.GetGPIOResponse.$Properties=} [properties] Properties to set
                     * @returns {viam.component.board.v1.GetGPIOResponse} GetGPIOResponse instance
                     * @type {{
                     *   (properties: viam.component.board.v1.GetGPIOResponse.$Shape): viam.component.board.v1.GetGPIOResponse & viam.component.board.v1.GetGPIOResponse.$Shape;
                     *   (properties?: viam.component.board.v1.GetGPIOResponse.$Properties): viam.component.board.v1.GetGPIOResponse;
                     * }}
                     */
                    GetGPIOResponse.create = function(properties) {
                        return new GetGPIOResponse(properties);
                    };

                    /**
                     * Encodes the specified GetGPIOResponse message. Does not implicitly {@link viam.component.board.v1.GetGPIOResponse.verify|verify} messages.
                     * @function encode
                     * @memberof viam.component.board.v1.GetGPIOResponse
                     * @static
                     * @param {viam.component.board.v1.GetGPIOResponse.$Properties} message GetGPIOResponse message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    GetGPIOResponse.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.high != null && $Object.hasOwnProperty.call(message, "high") && message.high !== false)
                            writer.uint32(/* id 1, wireType 0 =*/8).bool(message.high);
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    /**
                     * Decodes a GetGPIOResponse message from the specified reader or buffer.
                     * @function decode
                     * @memberof viam.component.board.v1.GetGPIOResponse
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {viam.component.board.v1.GetGPIOResponse & viam.component.board.v1.GetGPIOResponse.$Shape} GetGPIOResponse
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    GetGPIOResponse.decode = function (reader, length, _end, _depth, _target) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $Reader.recursionLimit)
                            throw $Error("max depth exceeded");
                        let end, message, value;
                        if (length === $undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw $RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = _target || new $root.viam.component.board.v1.GetGPIOResponse();
                        while (reader.pos < end) {
                            let start = reader.pos;
                            let tag = reader.tag();
                            if (tag === _end) {
                                _end = $undefined;
                                break;
                            }
                            let wireType = tag & 7;
                            switch (tag >>>= 3) {
                            case 1: {
                                    if (wireType !== 0)
                                        break;
                                    if (value = reader.bool())
                                        message.high = value;
                                    else
                                        delete message.high;
                                    continue;
                                }
                            }
                            reader.skipType(wireType, _depth, tag);
                            if (!reader.discardUnknown) {
                                $util.makeProp(message, "$unknowns", false);
                                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                            }
                        }
                        if (length !== $undefined) {
                            if (reader.pos !== end)
                                throw $RangeError("index out of range");
                            reader.len = length;
                        }
                        if (_end !== $undefined)
                            throw $Error("missing end group");
                        return message;
                    };

                    return GetGPIOResponse;
                })();

                v1.ReadAnalogReaderRequest = (function() {

                    /**
                     * Properties of a ReadAnalogReaderRequest.
                     * @typedef {Object} viam.component.board.v1.ReadAnalogReaderRequest.$Properties
                     * @property {string|null} [boardName] ReadAnalogReaderRequest boardName
                     * @property {string|null} [analogReaderName] ReadAnalogReaderRequest analogReaderName
                     * @property {google.protobuf.Struct.$Properties|null} [extra] ReadAnalogReaderRequest extra
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */

                    /**
                     * Properties of a ReadAnalogReaderRequest.
                     * @memberof viam.component.board.v1
                     * @interface IReadAnalogReaderRequest
                     * @augments viam.component.board.v1.ReadAnalogReaderRequest.$Properties
                     * @deprecated Use viam.component.board.v1.ReadAnalogReaderRequest.$Properties instead.
                     */

                    /**
                     * Shape of a ReadAnalogReaderRequest.
                     * @typedef {{
                     *   boardName?: string|null;
                     *   analogReaderName?: string|null;
                     *   extra?: google.protobuf.Struct.$Shape|null;
                     *   $unknowns?: Array.<Uint8Array>;
                     * }} viam.component.board.v1.ReadAnalogReaderRequest.$Shape
                     */

                    /**
                     * Constructs a new ReadAnalogReaderRequest.
                     * @memberof viam.component.board.v1
                     * @classdesc Represents a ReadAnalogReaderRequest.
                     * @constructor
                     * @param {viam.component.board.v1.ReadAnalogReaderRequest.$Properties=} [properties] Properties to set
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */
                    const ReadAnalogReaderRequest = function (properties) {
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

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
                     * @member {google.protobuf.Struct.$Properties|null|undefined} extra
                     * @memberof viam.component.board.v1.ReadAnalogReaderRequest
                     * @instance
                     */
                    ReadAnalogReaderRequest.prototype.extra = null;

                    /**
                     * Creates a new ReadAnalogReaderRequest instance using the specified properties.
                     * @function create
                     * @memberof viam.component.board.v1.ReadAnalogReaderRequest
                     * @static
                     * @param {viam.component.board.v1.ReadAnalogReaderRequest.$Properties=} [properties] Properties to set
                     * @returns {viam.component.board.v1.ReadAnalogReaderRequest} ReadAnalogReaderRequest instance
                     * @type {{
                     *   (properties: viam.component.board.v1.ReadAnalogReaderRequest.$Shape): viam.component.board.v1.ReadAnalogReaderRequest & viam.component.board.v1.ReadAnalogReaderRequest.$Shape;
                     *   (properties?: viam.component.board.v1.ReadAnalogReaderRequest.$Properties): viam.component.board.v1.ReadAnalogReaderRequest;
                     * }}
                     */
                    ReadAnalogReaderRequest.create = function(properties) {
                        return new ReadAnalogReaderRequest(properties);
                    };

                    /**
                     * Encodes the specified ReadAnalogReaderRequest message. Does not implicitly {@link viam.component.board.v1.ReadAnalogReaderRequest.verify|verify} messages.
                     * @function encode
                     * @memberof viam.component.board.v1.ReadAnalogReaderRequest
                     * @static
                     * @param {viam.component.board.v1.ReadAnalogReaderRequest.$Properties} message ReadAnalogReaderRequest message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    ReadAnalogReaderRequest.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.boardName != null && $Object.hasOwnProperty.call(message, "boardName") && message.boardName !== "")
                            writer.uint32(/* id 1, wireType 2 =*/10).string(message.boardName);
                        if (message.analogReaderName != null && $Object.hasOwnProperty.call(message, "analogReaderName") && message.analogReaderName !== "")
                            writer.uint32(/* id 2, wireType 2 =*/18).string(message.analogReaderName);
                        if (message.extra != null && $Object.hasOwnProperty.call(message, "extra"))
                            $root.google.protobuf.Struct.encode(message.extra, writer.uint32(/* id 99, wireType 2 =*/794).fork(), _depth + 1).ldelim();
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    /**
                     * Decodes a ReadAnalogReaderRequest message from the specified reader or buffer.
                     * @function decode
                     * @memberof viam.component.board.v1.ReadAnalogReaderRequest
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {viam.component.board.v1.ReadAnalogReaderRequest & viam.component.board.v1.ReadAnalogReaderRequest.$Shape} ReadAnalogReaderRequest
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    ReadAnalogReaderRequest.decode = function (reader, length, _end, _depth, _target) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $Reader.recursionLimit)
                            throw $Error("max depth exceeded");
                        let end, message, value;
                        if (length === $undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw $RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = _target || new $root.viam.component.board.v1.ReadAnalogReaderRequest();
                        while (reader.pos < end) {
                            let start = reader.pos;
                            let tag = reader.tag();
                            if (tag === _end) {
                                _end = $undefined;
                                break;
                            }
                            let wireType = tag & 7;
                            switch (tag >>>= 3) {
                            case 1: {
                                    if (wireType !== 2)
                                        break;
                                    if ((value = reader.stringVerify()).length)
                                        message.boardName = value;
                                    else
                                        delete message.boardName;
                                    continue;
                                }
                            case 2: {
                                    if (wireType !== 2)
                                        break;
                                    if ((value = reader.stringVerify()).length)
                                        message.analogReaderName = value;
                                    else
                                        delete message.analogReaderName;
                                    continue;
                                }
                            case 99: {
                                    if (wireType !== 2)
                                        break;
                                    message.extra = $root.google.protobuf.Struct.decode(reader, reader.size(), $undefined, _depth + 1, message.extra);
                                    continue;
                                }
                            }
                            reader.skipType(wireType, _depth, tag);
                            if (!reader.discardUnknown) {
                                $util.makeProp(message, "$unknowns", false);
                                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                            }
                        }
                        if (length !== $undefined) {
                            if (reader.pos !== end)
                                throw $RangeError("index out of range");
                            reader.len = length;
                        }
                        if (_end !== $undefined)
                            throw $Error("missing end group");
                        return message;
                    };

                    return ReadAnalogReaderRequest;
                })();

                v1.ReadAnalogReaderResponse = (function() {

                    /**
                     * Properties of a ReadAnalogReaderResponse.
                     * @typedef {Object} viam.component.board.v1.ReadAnalogReaderResponse.$Properties
                     * @property {number|null} [value] ReadAnalogReaderResponse value
                     * @property {number|null} [minRange] ReadAnalogReaderResponse minRange
                     * @property {number|null} [maxRange] ReadAnalogReaderResponse maxRange
                     * @property {number|null} [stepSize] ReadAnalogReaderResponse stepSize
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */

                    /**
                     * Properties of a ReadAnalogReaderResponse.
                     * @memberof viam.component.board.v1
                     * @interface IReadAnalogReaderResponse
                     * @augments viam.component.board.v1.ReadAnalogReaderResponse.$Properties
                     * @deprecated Use viam.component.board.v1.ReadAnalogReaderResponse.$Properties instead.
                     */

                    /**
                     * Shape of a ReadAnalogReaderResponse.
                     * @typedef {viam.component.board.v1.ReadAnalogReaderResponse.$Properties} viam.component.board.v1.ReadAnalogReaderResponse.$Shape
                     */

                    /**
                     * Constructs a new ReadAnalogReaderResponse.
                     * @memberof viam.component.board.v1
                     * @classdesc Represents a ReadAnalogReaderResponse.
                     * @constructor
                     * @param {viam.component.board.v1.ReadAnalogReaderResponse.$Properties=} [properties] Properties to set
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */
                    const ReadAnalogReaderResponse = function (properties) {
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

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
                     * @param {viam.component.board.v1.ReadAnalogReaderResponse.$Properties=} [properties] Properties to set
                     * @returns {viam.component.board.v1.ReadAnalogReaderResponse} ReadAnalogReaderResponse instance
                     * @type {{
                     *   (properties: viam.component.board.v1.ReadAnalogReaderResponse.$Shape): viam.component.board.v1.ReadAnalogReaderResponse & viam.component.board.v1.ReadAnalogReaderResponse.$Shape;
                     *   (properties?: viam.component.board.v1.ReadAnalogReaderResponse.$Properties): viam.component.board.v1.ReadAnalogReaderResponse;
                     * }}
                     */
                    ReadAnalogReaderResponse.create = function(properties) {
                        return new ReadAnalogReaderResponse(properties);
                    };

                    /**
                     * Encodes the specified ReadAnalogReaderResponse message. Does not implicitly {@link viam.component.board.v1.ReadAnalogReaderResponse.verify|verify} messages.
                     * @function encode
                     * @memberof viam.component.board.v1.ReadAnalogReaderResponse
                     * @static
                     * @param {viam.component.board.v1.ReadAnalogReaderResponse.$Properties} message ReadAnalogReaderResponse message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    ReadAnalogReaderResponse.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.value != null && $Object.hasOwnProperty.call(message, "value") && message.value !== 0)
                            writer.uint32(/* id 1, wireType 0 =*/8).int32(message.value);
                        if (message.minRange != null && $Object.hasOwnProperty.call(message, "minRange") && !$Object.is(message.minRange, 0))
                            writer.uint32(/* id 2, wireType 5 =*/21).float(message.minRange);
                        if (message.maxRange != null && $Object.hasOwnProperty.call(message, "maxRange") && !$Object.is(message.maxRange, 0))
                            writer.uint32(/* id 3, wireType 5 =*/29).float(message.maxRange);
                        if (message.stepSize != null && $Object.hasOwnProperty.call(message, "stepSize") && !$Object.is(message.stepSize, 0))
                            writer.uint32(/* id 4, wireType 5 =*/37).float(message.stepSize);
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    /**
                     * Decodes a ReadAnalogReaderResponse message from the specified reader or buffer.
                     * @function decode
                     * @memberof viam.component.board.v1.ReadAnalogReaderResponse
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {viam.component.board.v1.ReadAnalogReaderResponse & viam.component.board.v1.ReadAnalogReaderResponse.$Shape} ReadAnalogReaderResponse
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    ReadAnalogReaderResponse.decode = function (reader, length, _end, _depth, _target) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $Reader.recursionLimit)
                            throw $Error("max depth exceeded");
                        let end, message, value;
                        if (length === $undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw $RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = _target || new $root.viam.component.board.v1.ReadAnalogReaderResponse();
                        while (reader.pos < end) {
                            let start = reader.pos;
                            let tag = reader.tag();
                            if (tag === _end) {
                                _end = $undefined;
                                break;
                            }
                            let wireType = tag & 7;
                            switch (tag >>>= 3) {
                            case 1: {
                                    if (wireType !== 0)
                                        break;
                                    if (value = reader.int32())
                                        message.value = value;
                                    else
                                        delete message.value;
                                    continue;
                                }
                            case 2: {
                                    if (wireType !== 5)
                                        break;
                                    if (!$Object.is(value = reader.float(), 0))
                                        message.minRange = value;
                                    else
                                        delete message.minRange;
                                    continue;
                                }
                            case 3: {
                                    if (wireType !== 5)
                                        break;
                                    if (!$Object.is(value = reader.float(), 0))
                                        message.maxRange = value;
                                    else
                                        delete message.maxRange;
                                    continue;
                                }
                            case 4: {
                                    if (wireType !== 5)
                                        break;
                                    if (!$Object.is(value = reader.float(), 0))
                                        message.stepSize = value;
                                    else
                                        delete message.stepSize;
                                    continue;
                                }
                            }
                            reader.skipType(wireType, _depth, tag);
                            if (!reader.discardUnknown) {
                                $util.makeProp(message, "$unknowns", false);
                                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                            }
                        }
                        if (length !== $undefined) {
                            if (reader.pos !== end)
                                throw $RangeError("index out of range");
                            reader.len = length;
                        }
                        if (_end !== $undefined)
                            throw $Error("missing end group");
                        return message;
                    };

                    return ReadAnalogReaderResponse;
                })();

                v1.GetDigitalInterruptValueRequest = (function() {

                    /**
                     * Properties of a GetDigitalInterruptValueRequest.
                     * @typedef {Object} viam.component.board.v1.GetDigitalInterruptValueRequest.$Properties
                     * @property {string|null} [boardName] GetDigitalInterruptValueRequest boardName
                     * @property {string|null} [digitalInterruptName] GetDigitalInterruptValueRequest digitalInterruptName
                     * @property {google.protobuf.Struct.$Properties|null} [extra] GetDigitalInterruptValueRequest extra
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */

                    /**
                     * Properties of a GetDigitalInterruptValueRequest.
                     * @memberof viam.component.board.v1
                     * @interface IGetDigitalInterruptValueRequest
                     * @augments viam.component.board.v1.GetDigitalInterruptValueRequest.$Properties
                     * @deprecated Use viam.component.board.v1.GetDigitalInterruptValueRequest.$Properties instead.
                     */

                    /**
                     * Shape of a GetDigitalInterruptValueRequest.
                     * @typedef {{
                     *   boardName?: string|null;
                     *   digitalInterruptName?: string|null;
                     *   extra?: google.protobuf.Struct.$Shape|null;
                     *   $unknowns?: Array.<Uint8Array>;
                     * }} viam.component.board.v1.GetDigitalInterruptValueRequest.$Shape
                     */

                    /**
                     * Constructs a new GetDigitalInterruptValueRequest.
                     * @memberof viam.component.board.v1
                     * @classdesc Represents a GetDigitalInterruptValueRequest.
                     * @constructor
                     * @param {viam.component.board.v1.GetDigitalInterruptValueRequest.$Properties=} [properties] Properties to set
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */
                    const GetDigitalInterruptValueRequest = function (properties) {
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

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
                     * @member {google.protobuf.Struct.$Properties|null|undefined} extra
                     * @memberof viam.component.board.v1.GetDigitalInterruptValueRequest
                     * @instance
                     */
                    GetDigitalInterruptValueRequest.prototype.extra = null;

                    /**
                     * Creates a new GetDigitalInterruptValueRequest instance using the specified properties.
                     * @function create
                     * @memberof viam.component.board.v1.GetDigitalInterruptValueRequest
                     * @static
                     * @param {viam.component.board.v1.GetDigitalInterruptValueRequest.$Properties=} [properties] Properties to set
                     * @returns {viam.component.board.v1.GetDigitalInterruptValueRequest} GetDigitalInterruptValueRequest instance
                     * @type {{
                     *   (properties: viam.component.board.v1.GetDigitalInterruptValueRequest.$Shape): viam.component.board.v1.GetDigitalInterruptValueRequest & viam.component.board.v1.GetDigitalInterruptValueRequest.$Shape;
                     *   (properties?: viam.component.board.v1.GetDigitalInterruptValueRequest.$Properties): viam.component.board.v1.GetDigitalInterruptValueRequest;
                     * }}
                     */
                    GetDigitalInterruptValueRequest.create = function(properties) {
                        return new GetDigitalInterruptValueRequest(properties);
                    };

                    /**
                     * Encodes the specified GetDigitalInterruptValueRequest message. Does not implicitly {@link viam.component.board.v1.GetDigitalInterruptValueRequest.verify|verify} messages.
                     * @function encode
                     * @memberof viam.component.board.v1.GetDigitalInterruptValueRequest
                     * @static
                     * @param {viam.component.board.v1.GetDigitalInterruptValueRequest.$Properties} message GetDigitalInterruptValueRequest message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    GetDigitalInterruptValueRequest.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.boardName != null && $Object.hasOwnProperty.call(message, "boardName") && message.boardName !== "")
                            writer.uint32(/* id 1, wireType 2 =*/10).string(message.boardName);
                        if (message.digitalInterruptName != null && $Object.hasOwnProperty.call(message, "digitalInterruptName") && message.digitalInterruptName !== "")
                            writer.uint32(/* id 2, wireType 2 =*/18).string(message.digitalInterruptName);
                        if (message.extra != null && $Object.hasOwnProperty.call(message, "extra"))
                            $root.google.protobuf.Struct.encode(message.extra, writer.uint32(/* id 99, wireType 2 =*/794).fork(), _depth + 1).ldelim();
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    /**
                     * Decodes a GetDigitalInterruptValueRequest message from the specified reader or buffer.
                     * @function decode
                     * @memberof viam.component.board.v1.GetDigitalInterruptValueRequest
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {viam.component.board.v1.GetDigitalInterruptValueRequest & viam.component.board.v1.GetDigitalInterruptValueRequest.$Shape} GetDigitalInterruptValueRequest
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    GetDigitalInterruptValueRequest.decode = function (reader, length, _end, _depth, _target) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $Reader.recursionLimit)
                            throw $Error("max depth exceeded");
                        let end, message, value;
                        if (length === $undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw $RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = _target || new $root.viam.component.board.v1.GetDigitalInterruptValueRequest();
                        while (reader.pos < end) {
                            let start = reader.pos;
                            let tag = reader.tag();
                            if (tag === _end) {
                                _end = $undefined;
                                break;
                            }
                            let wireType = tag & 7;
                            switch (tag >>>= 3) {
                            case 1: {
                                    if (wireType !== 2)
                                        break;
                                    if ((value = reader.stringVerify()).length)
                                        message.boardName = value;
                                    else
                                        delete message.boardName;
                                    continue;
                                }
                            case 2: {
                                    if (wireType !== 2)
                                        break;
                                    if ((value = reader.stringVerify()).length)
                                        message.digitalInterruptName = value;
                                    else
                                        delete message.digitalInterruptName;
                                    continue;
                                }
                            case 99: {
                                    if (wireType !== 2)
                                        break;
                                    message.extra = $root.google.protobuf.Struct.decode(reader, reader.size(), $undefined, _depth + 1, message.extra);
                                    continue;
                                }
                            }
                            reader.skipType(wireType, _depth, tag);
                            if (!reader.discardUnknown) {
                                $util.makeProp(message, "$unknowns", false);
                                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                            }
                        }
                        if (length !== $undefined) {
                            if (reader.pos !== end)
                                throw $RangeError("index out of range");
                            reader.len = length;
                        }
                        if (_end !== $undefined)
                            throw $Error("missing end group");
                        return message;
                    };

                    return GetDigitalInterruptValueRequest;
                })();

                v1.GetDigitalInterruptValueResponse = (function() {

                    /**
                     * Properties of a GetDigitalInterruptValueResponse.
                     * @typedef {Object} viam.component.board.v1.GetDigitalInterruptValueResponse.$Properties
                     * @property {number|null} [value] GetDigitalInterruptValueResponse value
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */

                    /**
                     * Properties of a GetDigitalInterruptValueResponse.
                     * @memberof viam.component.board.v1
                     * @interface IGetDigitalInterruptValueResponse
                     * @augments viam.component.board.v1.GetDigitalInterruptValueResponse.$Properties
                     * @deprecated Use viam.component.board.v1.GetDigitalInterruptValueResponse.$Properties instead.
                     */

                    /**
                     * Shape of a GetDigitalInterruptValueResponse.
                     * @typedef {viam.component.board.v1.GetDigitalInterruptValueResponse.$Properties} viam.component.board.v1.GetDigitalInterruptValueResponse.$Shape
                     */

                    /**
                     * Constructs a new GetDigitalInterruptValueResponse.
                     * @memberof viam.component.board.v1
                     * @classdesc Represents a GetDigitalInterruptValueResponse.
                     * @constructor
                     * @param {viam.component.board.v1.GetDigitalInterruptValueResponse.$Properties=} [properties] Properties to set
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */
                    const GetDigitalInterruptValueResponse = function (properties) {
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

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
                     * @param {viam.component.board.v1.GetDigitalInterruptValueResponse.$Properties=} [properties] Properties to set
                     * @returns {viam.component.board.v1.GetDigitalInterruptValueResponse} GetDigitalInterruptValueResponse instance
                     * @type {{
                     *   (properties: viam.component.board.v1.GetDigitalInterruptValueResponse.$Shape): viam.component.board.v1.GetDigitalInterruptValueResponse & viam.component.board.v1.GetDigitalInterruptValueResponse.$Shape;
                     *   (properties?: viam.component.board.v1.GetDigitalInterruptValueResponse.$Properties): viam.component.board.v1.GetDigitalInterruptValueResponse;
                     * }}
                     */
                    GetDigitalInterruptValueResponse.create = function(properties) {
                        return new GetDigitalInterruptValueResponse(properties);
                    };

                    /**
                     * Encodes the specified GetDigitalInterruptValueResponse message. Does not implicitly {@link viam.component.board.v1.GetDigitalInterruptValueResponse.verify|verify} messages.
                     * @function encode
                     * @memberof viam.component.board.v1.GetDigitalInterruptValueResponse
                     * @static
                     * @param {viam.component.board.v1.GetDigitalInterruptValueResponse.$Properties} message GetDigitalInterruptValueResponse message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    GetDigitalInterruptValueResponse.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.value != null && $Object.hasOwnProperty.call(message, "value") && (typeof message.value === "object" ? message.value.low || message.value.high : message.value !== 0))
                            writer.uint32(/* id 1, wireType 0 =*/8).int64(message.value);
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    /**
                     * Decodes a GetDigitalInterruptValueResponse message from the specified reader or buffer.
                     * @function decode
                     * @memberof viam.component.board.v1.GetDigitalInterruptValueResponse
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {viam.component.board.v1.GetDigitalInterruptValueResponse & viam.component.board.v1.GetDigitalInterruptValueResponse.$Shape} GetDigitalInterruptValueResponse
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    GetDigitalInterruptValueResponse.decode = function (reader, length, _end, _depth, _target) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $Reader.recursionLimit)
                            throw $Error("max depth exceeded");
                        let end, message, value;
                        if (length === $undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw $RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = _target || new $root.viam.component.board.v1.GetDigitalInterruptValueResponse();
                        while (reader.pos < end) {
                            let start = reader.pos;
                            let tag = reader.tag();
                            if (tag === _end) {
                                _end = $undefined;
                                break;
                            }
                            let wireType = tag & 7;
                            switch (tag >>>= 3) {
                            case 1: {
                                    if (wireType !== 0)
                                        break;
                                    if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                        message.value = value;
                                    else
                                        delete message.value;
                                    continue;
                                }
                            }
                            reader.skipType(wireType, _depth, tag);
                            if (!reader.discardUnknown) {
                                $util.makeProp(message, "$unknowns", false);
                                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                            }
                        }
                        if (length !== $undefined) {
                            if (reader.pos !== end)
                                throw $RangeError("index out of range");
                            reader.len = length;
                        }
                        if (_end !== $undefined)
                            throw $Error("missing end group");
                        return message;
                    };

                    return GetDigitalInterruptValueResponse;
                })();

                return v1;
            })();

            return board;
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
                 * @typedef {Object} viam.common.v1.ResourceName.$Properties
                 * @property {string|null} [namespace] ResourceName namespace
                 * @property {string|null} [type] ResourceName type
                 * @property {string|null} [subtype] ResourceName subtype
                 * @property {string|null} [name] ResourceName name
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a ResourceName.
                 * @memberof viam.common.v1
                 * @interface IResourceName
                 * @augments viam.common.v1.ResourceName.$Properties
                 * @deprecated Use viam.common.v1.ResourceName.$Properties instead.
                 */

                /**
                 * Shape of a ResourceName.
                 * @typedef {viam.common.v1.ResourceName.$Properties} viam.common.v1.ResourceName.$Shape
                 */

                /**
                 * Constructs a new ResourceName.
                 * @memberof viam.common.v1
                 * @classdesc Represents a ResourceName.
                 * @constructor
                 * @param {viam.common.v1.ResourceName.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const ResourceName = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

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
                 * @param {viam.common.v1.ResourceName.$Properties=} [properties] Properties to set
                 * @returns {viam.common.v1.ResourceName} ResourceName instance
                 * @type {{
                 *   (properties: viam.common.v1.ResourceName.$Shape): viam.common.v1.ResourceName & viam.common.v1.ResourceName.$Shape;
                 *   (properties?: viam.common.v1.ResourceName.$Properties): viam.common.v1.ResourceName;
                 * }}
                 */
                ResourceName.create = function(properties) {
                    return new ResourceName(properties);
                };

                /**
                 * Encodes the specified ResourceName message. Does not implicitly {@link viam.common.v1.ResourceName.verify|verify} messages.
                 * @function encode
                 * @memberof viam.common.v1.ResourceName
                 * @static
                 * @param {viam.common.v1.ResourceName.$Properties} message ResourceName message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ResourceName.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.namespace != null && $Object.hasOwnProperty.call(message, "namespace") && message.namespace !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.namespace);
                    if (message.type != null && $Object.hasOwnProperty.call(message, "type") && message.type !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.type);
                    if (message.subtype != null && $Object.hasOwnProperty.call(message, "subtype") && message.subtype !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.subtype);
                    if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.name);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a ResourceName message from the specified reader or buffer.
                 * @function decode
                 * @memberof viam.common.v1.ResourceName
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {viam.common.v1.ResourceName & viam.common.v1.ResourceName.$Shape} ResourceName
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ResourceName.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.viam.common.v1.ResourceName();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.namespace = value;
                                else
                                    delete message.namespace;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.type = value;
                                else
                                    delete message.type;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.subtype = value;
                                else
                                    delete message.subtype;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.name = value;
                                else
                                    delete message.name;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                return ResourceName;
            })();

            v1.GetReadingsRequest = (function() {

                /**
                 * Properties of a GetReadingsRequest.
                 * @typedef {Object} viam.common.v1.GetReadingsRequest.$Properties
                 * @property {string|null} [name] GetReadingsRequest name
                 * @property {google.protobuf.Struct.$Properties|null} [extra] GetReadingsRequest extra
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a GetReadingsRequest.
                 * @memberof viam.common.v1
                 * @interface IGetReadingsRequest
                 * @augments viam.common.v1.GetReadingsRequest.$Properties
                 * @deprecated Use viam.common.v1.GetReadingsRequest.$Properties instead.
                 */

                /**
                 * Shape of a GetReadingsRequest.
                 * @typedef {{
                 *   name?: string|null;
                 *   extra?: google.protobuf.Struct.$Shape|null;
                 *   $unknowns?: Array.<Uint8Array>;
                 * }} viam.common.v1.GetReadingsRequest.$Shape
                 */

                /**
                 * Constructs a new GetReadingsRequest.
                 * @memberof viam.common.v1
                 * @classdesc Represents a GetReadingsRequest.
                 * @constructor
                 * @param {viam.common.v1.GetReadingsRequest.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const GetReadingsRequest = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * GetReadingsRequest name.
                 * @member {string} name
                 * @memberof viam.common.v1.GetReadingsRequest
                 * @instance
                 */
                GetReadingsRequest.prototype.name = "";

                /**
                 * GetReadingsRequest extra.
                 * @member {google.protobuf.Struct.$Properties|null|undefined} extra
                 * @memberof viam.common.v1.GetReadingsRequest
                 * @instance
                 */
                GetReadingsRequest.prototype.extra = null;

                /**
                 * Creates a new GetReadingsRequest instance using the specified properties.
                 * @function create
                 * @memberof viam.common.v1.GetReadingsRequest
                 * @static
                 * @param {viam.common.v1.GetReadingsRequest.$Properties=} [properties] Properties to set
                 * @returns {viam.common.v1.GetReadingsRequest} GetReadingsRequest instance
                 * @type {{
                 *   (properties: viam.common.v1.GetReadingsRequest.$Shape): viam.common.v1.GetReadingsRequest & viam.common.v1.GetReadingsRequest.$Shape;
                 *   (properties?: viam.common.v1.GetReadingsRequest.$Properties): viam.common.v1.GetReadingsRequest;
                 * }}
                 */
                GetReadingsRequest.create = function(properties) {
                    return new GetReadingsRequest(properties);
                };

                /**
                 * Encodes the specified GetReadingsRequest message. Does not implicitly {@link viam.common.v1.GetReadingsRequest.verify|verify} messages.
                 * @function encode
                 * @memberof viam.common.v1.GetReadingsRequest
                 * @static
                 * @param {viam.common.v1.GetReadingsRequest.$Properties} message GetReadingsRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                GetReadingsRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                    if (message.extra != null && $Object.hasOwnProperty.call(message, "extra"))
                        $root.google.protobuf.Struct.encode(message.extra, writer.uint32(/* id 99, wireType 2 =*/794).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a GetReadingsRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof viam.common.v1.GetReadingsRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {viam.common.v1.GetReadingsRequest & viam.common.v1.GetReadingsRequest.$Shape} GetReadingsRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                GetReadingsRequest.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.viam.common.v1.GetReadingsRequest();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.name = value;
                                else
                                    delete message.name;
                                continue;
                            }
                        case 99: {
                                if (wireType !== 2)
                                    break;
                                message.extra = $root.google.protobuf.Struct.decode(reader, reader.size(), $undefined, _depth + 1, message.extra);
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                return GetReadingsRequest;
            })();

            v1.GetReadingsResponse = (function() {

                /**
                 * Properties of a GetReadingsResponse.
                 * @typedef {Object} viam.common.v1.GetReadingsResponse.$Properties
                 * @property {Object.<string,google.protobuf.Value.$Properties>|null} [readings] GetReadingsResponse readings
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a GetReadingsResponse.
                 * @memberof viam.common.v1
                 * @interface IGetReadingsResponse
                 * @augments viam.common.v1.GetReadingsResponse.$Properties
                 * @deprecated Use viam.common.v1.GetReadingsResponse.$Properties instead.
                 */

                /**
                 * Shape of a GetReadingsResponse.
                 * @typedef {{
                 *   readings?: Object.<string,google.protobuf.Value.$Shape>|null;
                 *   $unknowns?: Array.<Uint8Array>;
                 * }} viam.common.v1.GetReadingsResponse.$Shape
                 */

                /**
                 * Constructs a new GetReadingsResponse.
                 * @memberof viam.common.v1
                 * @classdesc Represents a GetReadingsResponse.
                 * @constructor
                 * @param {viam.common.v1.GetReadingsResponse.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const GetReadingsResponse = function (properties) {
                    this.readings = {};
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * GetReadingsResponse readings.
                 * @member {Object.<string,google.protobuf.Value.$Properties>} readings
                 * @memberof viam.common.v1.GetReadingsResponse
                 * @instance
                 */
                GetReadingsResponse.prototype.readings = $util.emptyObject;

                /**
                 * Creates a new GetReadingsResponse instance using the specified properties.
                 * @function create
                 * @memberof viam.common.v1.GetReadingsResponse
                 * @static
                 * @param {viam.common.v1.GetReadingsResponse.$Properties=} [properties] Properties to set
                 * @returns {viam.common.v1.GetReadingsResponse} GetReadingsResponse instance
                 * @type {{
                 *   (properties: viam.common.v1.GetReadingsResponse.$Shape): viam.common.v1.GetReadingsResponse & viam.common.v1.GetReadingsResponse.$Shape;
                 *   (properties?: viam.common.v1.GetReadingsResponse.$Properties): viam.common.v1.GetReadingsResponse;
                 * }}
                 */
                GetReadingsResponse.create = function(properties) {
                    return new GetReadingsResponse(properties);
                };

                /**
                 * Encodes the specified GetReadingsResponse message. Does not implicitly {@link viam.common.v1.GetReadingsResponse.verify|verify} messages.
                 * @function encode
                 * @memberof viam.common.v1.GetReadingsResponse
                 * @static
                 * @param {viam.common.v1.GetReadingsResponse.$Properties} message GetReadingsResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                GetReadingsResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.readings != null && $Object.hasOwnProperty.call(message, "readings"))
                        for (let keys = $Object.keys(message.readings), i = 0; i < keys.length; ++i) {
                            writer.uint32(/* id 1, wireType 2 =*/10).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]);
                            $root.google.protobuf.Value.encode(message.readings[keys[i]], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim().ldelim();
                        }
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a GetReadingsResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof viam.common.v1.GetReadingsResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {viam.common.v1.GetReadingsResponse & viam.common.v1.GetReadingsResponse.$Shape} GetReadingsResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                GetReadingsResponse.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, key, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.viam.common.v1.GetReadingsResponse();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if (message.readings === $util.emptyObject)
                                    message.readings = {};
                                let end2 = reader.size() + reader.pos;
                                if (end2 > reader.len)
                                    throw $RangeError("index out of range");
                                reader.len = end2;
                                key = "";
                                value = null;
                                while (reader.pos < end2) {
                                    let tag2 = reader.tag();
                                    wireType = tag2 & 7;
                                    switch (tag2 >>>= 3) {
                                    case 1:
                                        if (wireType !== 2)
                                            break;
                                        key = reader.stringVerify();
                                        continue;
                                    case 2:
                                        if (wireType !== 2)
                                            break;
                                        value = $root.google.protobuf.Value.decode(reader, reader.size(), $undefined, _depth + 1, value);
                                        continue;
                                    }
                                    reader.skipType(wireType, _depth, tag2);
                                }
                                if (reader.pos !== end2)
                                    throw $RangeError("index out of range");
                                reader.len = end;
                                if (key === "__proto__")
                                    $util.makeProp(message.readings, key);
                                message.readings[key] = value || new $root.google.protobuf.Value();
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                return GetReadingsResponse;
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
                     * @typedef {Object} viam.service.datamanager.v1.SyncRequest.$Properties
                     * @property {string|null} [name] SyncRequest name
                     * @property {google.protobuf.Struct.$Properties|null} [extra] SyncRequest extra
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */

                    /**
                     * Properties of a SyncRequest.
                     * @memberof viam.service.datamanager.v1
                     * @interface ISyncRequest
                     * @augments viam.service.datamanager.v1.SyncRequest.$Properties
                     * @deprecated Use viam.service.datamanager.v1.SyncRequest.$Properties instead.
                     */

                    /**
                     * Shape of a SyncRequest.
                     * @typedef {{
                     *   name?: string|null;
                     *   extra?: google.protobuf.Struct.$Shape|null;
                     *   $unknowns?: Array.<Uint8Array>;
                     * }} viam.service.datamanager.v1.SyncRequest.$Shape
                     */

                    /**
                     * Constructs a new SyncRequest.
                     * @memberof viam.service.datamanager.v1
                     * @classdesc Represents a SyncRequest.
                     * @constructor
                     * @param {viam.service.datamanager.v1.SyncRequest.$Properties=} [properties] Properties to set
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */
                    const SyncRequest = function (properties) {
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    /**
                     * SyncRequest name.
                     * @member {string} name
                     * @memberof viam.service.datamanager.v1.SyncRequest
                     * @instance
                     */
                    SyncRequest.prototype.name = "";

                    /**
                     * SyncRequest extra.
                     * @member {google.protobuf.Struct.$Properties|null|undefined} extra
                     * @memberof viam.service.datamanager.v1.SyncRequest
                     * @instance
                     */
                    SyncRequest.prototype.extra = null;

                    /**
                     * Creates a new SyncRequest instance using the specified properties.
                     * @function create
                     * @memberof viam.service.datamanager.v1.SyncRequest
                     * @static
                     * @param {viam.service.datamanager.v1.SyncRequest.$Properties=} [properties] Properties to set
                     * @returns {viam.service.datamanager.v1.SyncRequest} SyncRequest instance
                     * @type {{
                     *   (properties: viam.service.datamanager.v1.SyncRequest.$Shape): viam.service.datamanager.v1.SyncRequest & viam.service.datamanager.v1.SyncRequest.$Shape;
                     *   (properties?: viam.service.datamanager.v1.SyncRequest.$Properties): viam.service.datamanager.v1.SyncRequest;
                     * }}
                     */
                    SyncRequest.create = function(properties) {
                        return new SyncRequest(properties);
                    };

                    /**
                     * Encodes the specified SyncRequest message. Does not implicitly {@link viam.service.datamanager.v1.SyncRequest.verify|verify} messages.
                     * @function encode
                     * @memberof viam.service.datamanager.v1.SyncRequest
                     * @static
                     * @param {viam.service.datamanager.v1.SyncRequest.$Properties} message SyncRequest message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    SyncRequest.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                            writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                        if (message.extra != null && $Object.hasOwnProperty.call(message, "extra"))
                            $root.google.protobuf.Struct.encode(message.extra, writer.uint32(/* id 99, wireType 2 =*/794).fork(), _depth + 1).ldelim();
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    /**
                     * Decodes a SyncRequest message from the specified reader or buffer.
                     * @function decode
                     * @memberof viam.service.datamanager.v1.SyncRequest
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {viam.service.datamanager.v1.SyncRequest & viam.service.datamanager.v1.SyncRequest.$Shape} SyncRequest
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    SyncRequest.decode = function (reader, length, _end, _depth, _target) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $Reader.recursionLimit)
                            throw $Error("max depth exceeded");
                        let end, message, value;
                        if (length === $undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw $RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = _target || new $root.viam.service.datamanager.v1.SyncRequest();
                        while (reader.pos < end) {
                            let start = reader.pos;
                            let tag = reader.tag();
                            if (tag === _end) {
                                _end = $undefined;
                                break;
                            }
                            let wireType = tag & 7;
                            switch (tag >>>= 3) {
                            case 1: {
                                    if (wireType !== 2)
                                        break;
                                    if ((value = reader.stringVerify()).length)
                                        message.name = value;
                                    else
                                        delete message.name;
                                    continue;
                                }
                            case 99: {
                                    if (wireType !== 2)
                                        break;
                                    message.extra = $root.google.protobuf.Struct.decode(reader, reader.size(), $undefined, _depth + 1, message.extra);
                                    continue;
                                }
                            }
                            reader.skipType(wireType, _depth, tag);
                            if (!reader.discardUnknown) {
                                $util.makeProp(message, "$unknowns", false);
                                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                            }
                        }
                        if (length !== $undefined) {
                            if (reader.pos !== end)
                                throw $RangeError("index out of range");
                            reader.len = length;
                        }
                        if (_end !== $undefined)
                            throw $Error("missing end group");
                        return message;
                    };

                    return SyncRequest;
                })();

                v1.SyncResponse = (function() {

                    /**
                     * Properties of a SyncResponse.
                     * @typedef {Object} viam.service.datamanager.v1.SyncResponse.$Properties
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */

                    /**
                     * Properties of a SyncResponse.
                     * @memberof viam.service.datamanager.v1
                     * @interface ISyncResponse
                     * @augments viam.service.datamanager.v1.SyncResponse.$Properties
                     * @deprecated Use viam.service.datamanager.v1.SyncResponse.$Properties instead.
                     */

                    /**
                     * Shape of a SyncResponse.
                     * @typedef {viam.service.datamanager.v1.SyncResponse.$Properties} viam.service.datamanager.v1.SyncResponse.$Shape
                     */

                    /**
                     * Constructs a new SyncResponse.
                     * @memberof viam.service.datamanager.v1
                     * @classdesc Represents a SyncResponse.
                     * @constructor
                     * @param {viam.service.datamanager.v1.SyncResponse.$Properties=} [properties] Properties to set
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */
                    const SyncResponse = function (properties) {
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    /**
                     * Creates a new SyncResponse instance using the specified properties.
                     * @function create
                     * @memberof viam.service.datamanager.v1.SyncResponse
                     * @static
                     * @param {viam.service.datamanager.v1.SyncResponse.$Properties=} [properties] Properties to set
                     * @returns {viam.service.datamanager.v1.SyncResponse} SyncResponse instance
                     * @type {{
                     *   (properties: viam.service.datamanager.v1.SyncResponse.$Shape): viam.service.datamanager.v1.SyncResponse & viam.service.datamanager.v1.SyncResponse.$Shape;
                     *   (properties?: viam.service.datamanager.v1.SyncResponse.$Properties): viam.service.datamanager.v1.SyncResponse;
                     * }}
                     */
                    SyncResponse.create = function(properties) {
                        return new SyncResponse(properties);
                    };

                    /**
                     * Encodes the specified SyncResponse message. Does not implicitly {@link viam.service.datamanager.v1.SyncResponse.verify|verify} messages.
                     * @function encode
                     * @memberof viam.service.datamanager.v1.SyncResponse
                     * @static
                     * @param {viam.service.datamanager.v1.SyncResponse.$Properties} message SyncResponse message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    SyncResponse.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    /**
                     * Decodes a SyncResponse message from the specified reader or buffer.
                     * @function decode
                     * @memberof viam.service.datamanager.v1.SyncResponse
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {viam.service.datamanager.v1.SyncResponse & viam.service.datamanager.v1.SyncResponse.$Shape} SyncResponse
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    SyncResponse.decode = function (reader, length, _end, _depth, _target) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $Reader.recursionLimit)
                            throw $Error("max depth exceeded");
                        let end, message;
                        if (length === $undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw $RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = _target || new $root.viam.service.datamanager.v1.SyncResponse();
                        while (reader.pos < end) {
                            let start = reader.pos;
                            let tag = reader.tag();
                            if (tag === _end) {
                                _end = $undefined;
                                break;
                            }
                            reader.skipType(tag & 7, _depth, tag);
                            if (!reader.discardUnknown) {
                                $util.makeProp(message, "$unknowns", false);
                                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                            }
                        }
                        if (length !== $undefined) {
                            if (reader.pos !== end)
                                throw $RangeError("index out of range");
                            reader.len = length;
                        }
                        if (_end !== $undefined)
                            throw $Error("missing end group");
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
                 * @typedef {Object} viam.robot.v1.ResourceNamesRequest.$Properties
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a ResourceNamesRequest.
                 * @memberof viam.robot.v1
                 * @interface IResourceNamesRequest
                 * @augments viam.robot.v1.ResourceNamesRequest.$Properties
                 * @deprecated Use viam.robot.v1.ResourceNamesRequest.$Properties instead.
                 */

                /**
                 * Shape of a ResourceNamesRequest.
                 * @typedef {viam.robot.v1.ResourceNamesRequest.$Properties} viam.robot.v1.ResourceNamesRequest.$Shape
                 */

                /**
                 * Constructs a new ResourceNamesRequest.
                 * @memberof viam.robot.v1
                 * @classdesc Represents a ResourceNamesRequest.
                 * @constructor
                 * @param {viam.robot.v1.ResourceNamesRequest.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const ResourceNamesRequest = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Creates a new ResourceNamesRequest instance using the specified properties.
                 * @function create
                 * @memberof viam.robot.v1.ResourceNamesRequest
                 * @static
                 * @param {viam.robot.v1.ResourceNamesRequest.$Properties=} [properties] Properties to set
                 * @returns {viam.robot.v1.ResourceNamesRequest} ResourceNamesRequest instance
                 * @type {{
                 *   (properties: viam.robot.v1.ResourceNamesRequest.$Shape): viam.robot.v1.ResourceNamesRequest & viam.robot.v1.ResourceNamesRequest.$Shape;
                 *   (properties?: viam.robot.v1.ResourceNamesRequest.$Properties): viam.robot.v1.ResourceNamesRequest;
                 * }}
                 */
                ResourceNamesRequest.create = function(properties) {
                    return new ResourceNamesRequest(properties);
                };

                /**
                 * Encodes the specified ResourceNamesRequest message. Does not implicitly {@link viam.robot.v1.ResourceNamesRequest.verify|verify} messages.
                 * @function encode
                 * @memberof viam.robot.v1.ResourceNamesRequest
                 * @static
                 * @param {viam.robot.v1.ResourceNamesRequest.$Properties} message ResourceNamesRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ResourceNamesRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a ResourceNamesRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof viam.robot.v1.ResourceNamesRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {viam.robot.v1.ResourceNamesRequest & viam.robot.v1.ResourceNamesRequest.$Shape} ResourceNamesRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ResourceNamesRequest.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.viam.robot.v1.ResourceNamesRequest();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        reader.skipType(tag & 7, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                return ResourceNamesRequest;
            })();

            v1.ResourceNamesResponse = (function() {

                /**
                 * Properties of a ResourceNamesResponse.
                 * @typedef {Object} viam.robot.v1.ResourceNamesResponse.$Properties
                 * @property {Array.<viam.common.v1.ResourceName.$Properties>|null} [resources] ResourceNamesResponse resources
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a ResourceNamesResponse.
                 * @memberof viam.robot.v1
                 * @interface IResourceNamesResponse
                 * @augments viam.robot.v1.ResourceNamesResponse.$Properties
                 * @deprecated Use viam.robot.v1.ResourceNamesResponse.$Properties instead.
                 */

                /**
                 * Shape of a ResourceNamesResponse.
                 * @typedef {viam.robot.v1.ResourceNamesResponse.$Properties} viam.robot.v1.ResourceNamesResponse.$Shape
                 */

                /**
                 * Constructs a new ResourceNamesResponse.
                 * @memberof viam.robot.v1
                 * @classdesc Represents a ResourceNamesResponse.
                 * @constructor
                 * @param {viam.robot.v1.ResourceNamesResponse.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const ResourceNamesResponse = function (properties) {
                    this.resources = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * ResourceNamesResponse resources.
                 * @member {Array.<viam.common.v1.ResourceName.$Properties>} resources
                 * @memberof viam.robot.v1.ResourceNamesResponse
                 * @instance
                 */
                ResourceNamesResponse.prototype.resources = $util.emptyArray;

                /**
                 * Creates a new ResourceNamesResponse instance using the specified properties.
                 * @function create
                 * @memberof viam.robot.v1.ResourceNamesResponse
                 * @static
                 * @param {viam.robot.v1.ResourceNamesResponse.$Properties=} [properties] Properties to set
                 * @returns {viam.robot.v1.ResourceNamesResponse} ResourceNamesResponse instance
                 * @type {{
                 *   (properties: viam.robot.v1.ResourceNamesResponse.$Shape): viam.robot.v1.ResourceNamesResponse & viam.robot.v1.ResourceNamesResponse.$Shape;
                 *   (properties?: viam.robot.v1.ResourceNamesResponse.$Properties): viam.robot.v1.ResourceNamesResponse;
                 * }}
                 */
                ResourceNamesResponse.create = function(properties) {
                    return new ResourceNamesResponse(properties);
                };

                /**
                 * Encodes the specified ResourceNamesResponse message. Does not implicitly {@link viam.robot.v1.ResourceNamesResponse.verify|verify} messages.
                 * @function encode
                 * @memberof viam.robot.v1.ResourceNamesResponse
                 * @static
                 * @param {viam.robot.v1.ResourceNamesResponse.$Properties} message ResourceNamesResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ResourceNamesResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.resources != null && message.resources.length)
                        for (let i = 0; i < message.resources.length; ++i)
                            $root.viam.common.v1.ResourceName.encode(message.resources[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a ResourceNamesResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof viam.robot.v1.ResourceNamesResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {viam.robot.v1.ResourceNamesResponse & viam.robot.v1.ResourceNamesResponse.$Shape} ResourceNamesResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ResourceNamesResponse.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.viam.robot.v1.ResourceNamesResponse();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.resources && message.resources.length))
                                    message.resources = [];
                                message.resources.push($root.viam.common.v1.ResourceName.decode(reader, reader.size(), $undefined, _depth + 1));
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                return ResourceNamesResponse;
            })();

            v1.Operation = (function() {

                /**
                 * Properties of an Operation.
                 * @typedef {Object} viam.robot.v1.Operation.$Properties
                 * @property {string|null} [id] Operation id
                 * @property {string|null} [method] Operation method
                 * @property {google.protobuf.Struct.$Properties|null} ["arguments"] Operation arguments
                 * @property {google.protobuf.Timestamp.$Properties|null} [started] Operation started
                 * @property {string|null} [sessionId] Operation sessionId
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of an Operation.
                 * @memberof viam.robot.v1
                 * @interface IOperation
                 * @augments viam.robot.v1.Operation.$Properties
                 * @deprecated Use viam.robot.v1.Operation.$Properties instead.
                 */

                /**
                 * Shape of an Operation.
                 * @typedef {{
                 *   id?: string|null;
                 *   method?: string|null;
                 *   "arguments"?: google.protobuf.Struct.$Shape|null;
                 *   started?: google.protobuf.Timestamp.$Shape|null;
                 *   sessionId?: string|null;
                 *   $unknowns?: Array.<Uint8Array>;
                 * }} viam.robot.v1.Operation.$Shape
                 */

                /**
                 * Constructs a new Operation.
                 * @memberof viam.robot.v1
                 * @classdesc Represents an Operation.
                 * @constructor
                 * @param {viam.robot.v1.Operation.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Operation = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

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
                 * @member {google.protobuf.Struct.$Properties|null|undefined} arguments
                 * @memberof viam.robot.v1.Operation
                 * @instance
                 */
                Operation.prototype["arguments"] = null;

                /**
                 * Operation started.
                 * @member {google.protobuf.Timestamp.$Properties|null|undefined} started
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
                $Object.defineProperty(Operation.prototype, "_sessionId", {
                    get: $util.oneOfGetter($oneOfFields = ["sessionId"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                /**
                 * Creates a new Operation instance using the specified properties.
                 * @function create
                 * @memberof viam.robot.v1.Operation
                 * @static
                 * @param {viam.robot.v1.Operation.$Properties=} [properties] Properties to set
                 * @returns {viam.robot.v1.Operation} Operation instance
                 * @type {{
                 *   (properties: viam.robot.v1.Operation.$Shape): viam.robot.v1.Operation & viam.robot.v1.Operation.$Shape;
                 *   (properties?: viam.robot.v1.Operation.$Properties): viam.robot.v1.Operation;
                 * }}
                 */
                Operation.create = function(properties) {
                    return new Operation(properties);
                };

                /**
                 * Encodes the specified Operation message. Does not implicitly {@link viam.robot.v1.Operation.verify|verify} messages.
                 * @function encode
                 * @memberof viam.robot.v1.Operation
                 * @static
                 * @param {viam.robot.v1.Operation.$Properties} message Operation message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Operation.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.id);
                    if (message.method != null && $Object.hasOwnProperty.call(message, "method") && message.method !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.method);
                    if (message["arguments"] != null && $Object.hasOwnProperty.call(message, "arguments"))
                        $root.google.protobuf.Struct.encode(message["arguments"], writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                    if (message.started != null && $Object.hasOwnProperty.call(message, "started"))
                        $root.google.protobuf.Timestamp.encode(message.started, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                    if (message.sessionId != null && $Object.hasOwnProperty.call(message, "sessionId"))
                        writer.uint32(/* id 5, wireType 2 =*/42).string(message.sessionId);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes an Operation message from the specified reader or buffer.
                 * @function decode
                 * @memberof viam.robot.v1.Operation
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {viam.robot.v1.Operation & viam.robot.v1.Operation.$Shape} Operation
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Operation.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.viam.robot.v1.Operation();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.id = value;
                                else
                                    delete message.id;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.method = value;
                                else
                                    delete message.method;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                message["arguments"] = $root.google.protobuf.Struct.decode(reader, reader.size(), $undefined, _depth + 1, message["arguments"]);
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                message.started = $root.google.protobuf.Timestamp.decode(reader, reader.size(), $undefined, _depth + 1, message.started);
                                continue;
                            }
                        case 5: {
                                if (wireType !== 2)
                                    break;
                                message.sessionId = reader.stringVerify();
                                message._sessionId = "sessionId";
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                return Operation;
            })();

            v1.GetOperationsRequest = (function() {

                /**
                 * Properties of a GetOperationsRequest.
                 * @typedef {Object} viam.robot.v1.GetOperationsRequest.$Properties
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a GetOperationsRequest.
                 * @memberof viam.robot.v1
                 * @interface IGetOperationsRequest
                 * @augments viam.robot.v1.GetOperationsRequest.$Properties
                 * @deprecated Use viam.robot.v1.GetOperationsRequest.$Properties instead.
                 */

                /**
                 * Shape of a GetOperationsRequest.
                 * @typedef {viam.robot.v1.GetOperationsRequest.$Properties} viam.robot.v1.GetOperationsRequest.$Shape
                 */

                /**
                 * Constructs a new GetOperationsRequest.
                 * @memberof viam.robot.v1
                 * @classdesc Represents a GetOperationsRequest.
                 * @constructor
                 * @param {viam.robot.v1.GetOperationsRequest.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const GetOperationsRequest = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Creates a new GetOperationsRequest instance using the specified properties.
                 * @function create
                 * @memberof viam.robot.v1.GetOperationsRequest
                 * @static
                 * @param {viam.robot.v1.GetOperationsRequest.$Properties=} [properties] Properties to set
                 * @returns {viam.robot.v1.GetOperationsRequest} GetOperationsRequest instance
                 * @type {{
                 *   (properties: viam.robot.v1.GetOperationsRequest.$Shape): viam.robot.v1.GetOperationsRequest & viam.robot.v1.GetOperationsRequest.$Shape;
                 *   (properties?: viam.robot.v1.GetOperationsRequest.$Properties): viam.robot.v1.GetOperationsRequest;
                 * }}
                 */
                GetOperationsRequest.create = function(properties) {
                    return new GetOperationsRequest(properties);
                };

                /**
                 * Encodes the specified GetOperationsRequest message. Does not implicitly {@link viam.robot.v1.GetOperationsRequest.verify|verify} messages.
                 * @function encode
                 * @memberof viam.robot.v1.GetOperationsRequest
                 * @static
                 * @param {viam.robot.v1.GetOperationsRequest.$Properties} message GetOperationsRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                GetOperationsRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a GetOperationsRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof viam.robot.v1.GetOperationsRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {viam.robot.v1.GetOperationsRequest & viam.robot.v1.GetOperationsRequest.$Shape} GetOperationsRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                GetOperationsRequest.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.viam.robot.v1.GetOperationsRequest();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        reader.skipType(tag & 7, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                return GetOperationsRequest;
            })();

            v1.GetOperationsResponse = (function() {

                /**
                 * Properties of a GetOperationsResponse.
                 * @typedef {Object} viam.robot.v1.GetOperationsResponse.$Properties
                 * @property {Array.<viam.robot.v1.Operation.$Properties>|null} [operations] GetOperationsResponse operations
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a GetOperationsResponse.
                 * @memberof viam.robot.v1
                 * @interface IGetOperationsResponse
                 * @augments viam.robot.v1.GetOperationsResponse.$Properties
                 * @deprecated Use viam.robot.v1.GetOperationsResponse.$Properties instead.
                 */

                /**
                 * Shape of a GetOperationsResponse.
                 * @typedef {{
                 *   operations?: Array.<viam.robot.v1.Operation.$Shape>|null;
                 *   $unknowns?: Array.<Uint8Array>;
                 * }} viam.robot.v1.GetOperationsResponse.$Shape
                 */

                /**
                 * Constructs a new GetOperationsResponse.
                 * @memberof viam.robot.v1
                 * @classdesc Represents a GetOperationsResponse.
                 * @constructor
                 * @param {viam.robot.v1.GetOperationsResponse.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const GetOperationsResponse = function (properties) {
                    this.operations = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * GetOperationsResponse operations.
                 * @member {Array.<viam.robot.v1.Operation.$Properties>} operations
                 * @memberof viam.robot.v1.GetOperationsResponse
                 * @instance
                 */
                GetOperationsResponse.prototype.operations = $util.emptyArray;

                /**
                 * Creates a new GetOperationsResponse instance using the specified properties.
                 * @function create
                 * @memberof viam.robot.v1.GetOperationsResponse
                 * @static
                 * @param {viam.robot.v1.GetOperationsResponse.$Properties=} [properties] Properties to set
                 * @returns {viam.robot.v1.GetOperationsResponse} GetOperationsResponse instance
                 * @type {{
                 *   (properties: viam.robot.v1.GetOperationsResponse.$Shape): viam.robot.v1.GetOperationsResponse & viam.robot.v1.GetOperationsResponse.$Shape;
                 *   (properties?: viam.robot.v1.GetOperationsResponse.$Properties): viam.robot.v1.GetOperationsResponse;
                 * }}
                 */
                GetOperationsResponse.create = function(properties) {
                    return new GetOperationsResponse(properties);
                };

                /**
                 * Encodes the specified GetOperationsResponse message. Does not implicitly {@link viam.robot.v1.GetOperationsResponse.verify|verify} messages.
                 * @function encode
                 * @memberof viam.robot.v1.GetOperationsResponse
                 * @static
                 * @param {viam.robot.v1.GetOperationsResponse.$Properties} message GetOperationsResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                GetOperationsResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.operations != null && message.operations.length)
                        for (let i = 0; i < message.operations.length; ++i)
                            $root.viam.robot.v1.Operation.encode(message.operations[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a GetOperationsResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof viam.robot.v1.GetOperationsResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {viam.robot.v1.GetOperationsResponse & viam.robot.v1.GetOperationsResponse.$Shape} GetOperationsResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                GetOperationsResponse.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.viam.robot.v1.GetOperationsResponse();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.operations && message.operations.length))
                                    message.operations = [];
                                message.operations.push($root.viam.robot.v1.Operation.decode(reader, reader.size(), $undefined, _depth + 1));
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                return GetOperationsResponse;
            })();

            v1.GetCloudMetadataRequest = (function() {

                /**
                 * Properties of a GetCloudMetadataRequest.
                 * @typedef {Object} viam.robot.v1.GetCloudMetadataRequest.$Properties
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a GetCloudMetadataRequest.
                 * @memberof viam.robot.v1
                 * @interface IGetCloudMetadataRequest
                 * @augments viam.robot.v1.GetCloudMetadataRequest.$Properties
                 * @deprecated Use viam.robot.v1.GetCloudMetadataRequest.$Properties instead.
                 */

                /**
                 * Shape of a GetCloudMetadataRequest.
                 * @typedef {viam.robot.v1.GetCloudMetadataRequest.$Properties} viam.robot.v1.GetCloudMetadataRequest.$Shape
                 */

                /**
                 * Constructs a new GetCloudMetadataRequest.
                 * @memberof viam.robot.v1
                 * @classdesc Represents a GetCloudMetadataRequest.
                 * @constructor
                 * @param {viam.robot.v1.GetCloudMetadataRequest.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const GetCloudMetadataRequest = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Creates a new GetCloudMetadataRequest instance using the specified properties.
                 * @function create
                 * @memberof viam.robot.v1.GetCloudMetadataRequest
                 * @static
                 * @param {viam.robot.v1.GetCloudMetadataRequest.$Properties=} [properties] Properties to set
                 * @returns {viam.robot.v1.GetCloudMetadataRequest} GetCloudMetadataRequest instance
                 * @type {{
                 *   (properties: viam.robot.v1.GetCloudMetadataRequest.$Shape): viam.robot.v1.GetCloudMetadataRequest & viam.robot.v1.GetCloudMetadataRequest.$Shape;
                 *   (properties?: viam.robot.v1.GetCloudMetadataRequest.$Properties): viam.robot.v1.GetCloudMetadataRequest;
                 * }}
                 */
                GetCloudMetadataRequest.create = function(properties) {
                    return new GetCloudMetadataRequest(properties);
                };

                /**
                 * Encodes the specified GetCloudMetadataRequest message. Does not implicitly {@link viam.robot.v1.GetCloudMetadataRequest.verify|verify} messages.
                 * @function encode
                 * @memberof viam.robot.v1.GetCloudMetadataRequest
                 * @static
                 * @param {viam.robot.v1.GetCloudMetadataRequest.$Properties} message GetCloudMetadataRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                GetCloudMetadataRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a GetCloudMetadataRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof viam.robot.v1.GetCloudMetadataRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {viam.robot.v1.GetCloudMetadataRequest & viam.robot.v1.GetCloudMetadataRequest.$Shape} GetCloudMetadataRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                GetCloudMetadataRequest.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.viam.robot.v1.GetCloudMetadataRequest();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        reader.skipType(tag & 7, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                return GetCloudMetadataRequest;
            })();

            v1.GetCloudMetadataResponse = (function() {

                /**
                 * Properties of a GetCloudMetadataResponse.
                 * @typedef {Object} viam.robot.v1.GetCloudMetadataResponse.$Properties
                 * @property {string|null} [primaryOrgId] GetCloudMetadataResponse primaryOrgId
                 * @property {string|null} [locationId] GetCloudMetadataResponse locationId
                 * @property {string|null} [machineId] GetCloudMetadataResponse machineId
                 * @property {string|null} [machinePartId] GetCloudMetadataResponse machinePartId
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a GetCloudMetadataResponse.
                 * @memberof viam.robot.v1
                 * @interface IGetCloudMetadataResponse
                 * @augments viam.robot.v1.GetCloudMetadataResponse.$Properties
                 * @deprecated Use viam.robot.v1.GetCloudMetadataResponse.$Properties instead.
                 */

                /**
                 * Shape of a GetCloudMetadataResponse.
                 * @typedef {viam.robot.v1.GetCloudMetadataResponse.$Properties} viam.robot.v1.GetCloudMetadataResponse.$Shape
                 */

                /**
                 * Constructs a new GetCloudMetadataResponse.
                 * @memberof viam.robot.v1
                 * @classdesc Represents a GetCloudMetadataResponse.
                 * @constructor
                 * @param {viam.robot.v1.GetCloudMetadataResponse.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const GetCloudMetadataResponse = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

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
                 * @param {viam.robot.v1.GetCloudMetadataResponse.$Properties=} [properties] Properties to set
                 * @returns {viam.robot.v1.GetCloudMetadataResponse} GetCloudMetadataResponse instance
                 * @type {{
                 *   (properties: viam.robot.v1.GetCloudMetadataResponse.$Shape): viam.robot.v1.GetCloudMetadataResponse & viam.robot.v1.GetCloudMetadataResponse.$Shape;
                 *   (properties?: viam.robot.v1.GetCloudMetadataResponse.$Properties): viam.robot.v1.GetCloudMetadataResponse;
                 * }}
                 */
                GetCloudMetadataResponse.create = function(properties) {
                    return new GetCloudMetadataResponse(properties);
                };

                /**
                 * Encodes the specified GetCloudMetadataResponse message. Does not implicitly {@link viam.robot.v1.GetCloudMetadataResponse.verify|verify} messages.
                 * @function encode
                 * @memberof viam.robot.v1.GetCloudMetadataResponse
                 * @static
                 * @param {viam.robot.v1.GetCloudMetadataResponse.$Properties} message GetCloudMetadataResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                GetCloudMetadataResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.primaryOrgId != null && $Object.hasOwnProperty.call(message, "primaryOrgId") && message.primaryOrgId !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.primaryOrgId);
                    if (message.locationId != null && $Object.hasOwnProperty.call(message, "locationId") && message.locationId !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.locationId);
                    if (message.machineId != null && $Object.hasOwnProperty.call(message, "machineId") && message.machineId !== "")
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.machineId);
                    if (message.machinePartId != null && $Object.hasOwnProperty.call(message, "machinePartId") && message.machinePartId !== "")
                        writer.uint32(/* id 5, wireType 2 =*/42).string(message.machinePartId);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a GetCloudMetadataResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof viam.robot.v1.GetCloudMetadataResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {viam.robot.v1.GetCloudMetadataResponse & viam.robot.v1.GetCloudMetadataResponse.$Shape} GetCloudMetadataResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                GetCloudMetadataResponse.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.viam.robot.v1.GetCloudMetadataResponse();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.primaryOrgId = value;
                                else
                                    delete message.primaryOrgId;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.locationId = value;
                                else
                                    delete message.locationId;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.machineId = value;
                                else
                                    delete message.machineId;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.machinePartId = value;
                                else
                                    delete message.machinePartId;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                return GetCloudMetadataResponse;
            })();

            v1.GetMachineStatusRequest = (function() {

                /**
                 * Properties of a GetMachineStatusRequest.
                 * @typedef {Object} viam.robot.v1.GetMachineStatusRequest.$Properties
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a GetMachineStatusRequest.
                 * @memberof viam.robot.v1
                 * @interface IGetMachineStatusRequest
                 * @augments viam.robot.v1.GetMachineStatusRequest.$Properties
                 * @deprecated Use viam.robot.v1.GetMachineStatusRequest.$Properties instead.
                 */

                /**
                 * Shape of a GetMachineStatusRequest.
                 * @typedef {viam.robot.v1.GetMachineStatusRequest.$Properties} viam.robot.v1.GetMachineStatusRequest.$Shape
                 */

                /**
                 * Constructs a new GetMachineStatusRequest.
                 * @memberof viam.robot.v1
                 * @classdesc Represents a GetMachineStatusRequest.
                 * @constructor
                 * @param {viam.robot.v1.GetMachineStatusRequest.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const GetMachineStatusRequest = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Creates a new GetMachineStatusRequest instance using the specified properties.
                 * @function create
                 * @memberof viam.robot.v1.GetMachineStatusRequest
                 * @static
                 * @param {viam.robot.v1.GetMachineStatusRequest.$Properties=} [properties] Properties to set
                 * @returns {viam.robot.v1.GetMachineStatusRequest} GetMachineStatusRequest instance
                 * @type {{
                 *   (properties: viam.robot.v1.GetMachineStatusRequest.$Shape): viam.robot.v1.GetMachineStatusRequest & viam.robot.v1.GetMachineStatusRequest.$Shape;
                 *   (properties?: viam.robot.v1.GetMachineStatusRequest.$Properties): viam.robot.v1.GetMachineStatusRequest;
                 * }}
                 */
                GetMachineStatusRequest.create = function(properties) {
                    return new GetMachineStatusRequest(properties);
                };

                /**
                 * Encodes the specified GetMachineStatusRequest message. Does not implicitly {@link viam.robot.v1.GetMachineStatusRequest.verify|verify} messages.
                 * @function encode
                 * @memberof viam.robot.v1.GetMachineStatusRequest
                 * @static
                 * @param {viam.robot.v1.GetMachineStatusRequest.$Properties} message GetMachineStatusRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                GetMachineStatusRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a GetMachineStatusRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof viam.robot.v1.GetMachineStatusRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {viam.robot.v1.GetMachineStatusRequest & viam.robot.v1.GetMachineStatusRequest.$Shape} GetMachineStatusRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                GetMachineStatusRequest.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.viam.robot.v1.GetMachineStatusRequest();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        reader.skipType(tag & 7, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                return GetMachineStatusRequest;
            })();

            v1.GetMachineStatusResponse = (function() {

                /**
                 * Properties of a GetMachineStatusResponse.
                 * @typedef {Object} viam.robot.v1.GetMachineStatusResponse.$Properties
                 * @property {Array.<viam.robot.v1.ResourceStatus.$Properties>|null} [resources] GetMachineStatusResponse resources
                 * @property {viam.robot.v1.ConfigStatus.$Properties|null} [config] GetMachineStatusResponse config
                 * @property {viam.robot.v1.GetMachineStatusResponse.State|null} [state] GetMachineStatusResponse state
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a GetMachineStatusResponse.
                 * @memberof viam.robot.v1
                 * @interface IGetMachineStatusResponse
                 * @augments viam.robot.v1.GetMachineStatusResponse.$Properties
                 * @deprecated Use viam.robot.v1.GetMachineStatusResponse.$Properties instead.
                 */

                /**
                 * Shape of a GetMachineStatusResponse.
                 * @typedef {viam.robot.v1.GetMachineStatusResponse.$Properties} viam.robot.v1.GetMachineStatusResponse.$Shape
                 */

                /**
                 * Constructs a new GetMachineStatusResponse.
                 * @memberof viam.robot.v1
                 * @classdesc Represents a GetMachineStatusResponse.
                 * @constructor
                 * @param {viam.robot.v1.GetMachineStatusResponse.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const GetMachineStatusResponse = function (properties) {
                    this.resources = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * GetMachineStatusResponse resources.
                 * @member {Array.<viam.robot.v1.ResourceStatus.$Properties>} resources
                 * @memberof viam.robot.v1.GetMachineStatusResponse
                 * @instance
                 */
                GetMachineStatusResponse.prototype.resources = $util.emptyArray;

                /**
                 * GetMachineStatusResponse config.
                 * @member {viam.robot.v1.ConfigStatus.$Properties|null|undefined} config
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
                 * @param {viam.robot.v1.GetMachineStatusResponse.$Properties=} [properties] Properties to set
                 * @returns {viam.robot.v1.GetMachineStatusResponse} GetMachineStatusResponse instance
                 * @type {{
                 *   (properties: viam.robot.v1.GetMachineStatusResponse.$Shape): viam.robot.v1.GetMachineStatusResponse & viam.robot.v1.GetMachineStatusResponse.$Shape;
                 *   (properties?: viam.robot.v1.GetMachineStatusResponse.$Properties): viam.robot.v1.GetMachineStatusResponse;
                 * }}
                 */
                GetMachineStatusResponse.create = function(properties) {
                    return new GetMachineStatusResponse(properties);
                };

                /**
                 * Encodes the specified GetMachineStatusResponse message. Does not implicitly {@link viam.robot.v1.GetMachineStatusResponse.verify|verify} messages.
                 * @function encode
                 * @memberof viam.robot.v1.GetMachineStatusResponse
                 * @static
                 * @param {viam.robot.v1.GetMachineStatusResponse.$Properties} message GetMachineStatusResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                GetMachineStatusResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.resources != null && message.resources.length)
                        for (let i = 0; i < message.resources.length; ++i)
                            $root.viam.robot.v1.ResourceStatus.encode(message.resources[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                    if (message.config != null && $Object.hasOwnProperty.call(message, "config"))
                        $root.viam.robot.v1.ConfigStatus.encode(message.config, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                    if (message.state != null && $Object.hasOwnProperty.call(message, "state") && message.state !== 0)
                        writer.uint32(/* id 3, wireType 0 =*/24).int32(message.state);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a GetMachineStatusResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof viam.robot.v1.GetMachineStatusResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {viam.robot.v1.GetMachineStatusResponse & viam.robot.v1.GetMachineStatusResponse.$Shape} GetMachineStatusResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                GetMachineStatusResponse.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.viam.robot.v1.GetMachineStatusResponse();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.resources && message.resources.length))
                                    message.resources = [];
                                message.resources.push($root.viam.robot.v1.ResourceStatus.decode(reader, reader.size(), $undefined, _depth + 1));
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                message.config = $root.viam.robot.v1.ConfigStatus.decode(reader, reader.size(), $undefined, _depth + 1, message.config);
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.int32())
                                    message.state = value;
                                else
                                    delete message.state;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
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
                    const valuesById = $Object.create(null), values = $Object.create(valuesById);
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
                 * @typedef {Object} viam.robot.v1.ResourceStatus.$Properties
                 * @property {viam.common.v1.ResourceName.$Properties|null} [name] ResourceStatus name
                 * @property {viam.robot.v1.ResourceStatus.State|null} [state] ResourceStatus state
                 * @property {google.protobuf.Timestamp.$Properties|null} [lastUpdated] ResourceStatus lastUpdated
                 * @property {string|null} [revision] ResourceStatus revision
                 * @property {string|null} [error] ResourceStatus error
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a ResourceStatus.
                 * @memberof viam.robot.v1
                 * @interface IResourceStatus
                 * @augments viam.robot.v1.ResourceStatus.$Properties
                 * @deprecated Use viam.robot.v1.ResourceStatus.$Properties instead.
                 */

                /**
                 * Shape of a ResourceStatus.
                 * @typedef {viam.robot.v1.ResourceStatus.$Properties} viam.robot.v1.ResourceStatus.$Shape
                 */

                /**
                 * Constructs a new ResourceStatus.
                 * @memberof viam.robot.v1
                 * @classdesc Represents a ResourceStatus.
                 * @constructor
                 * @param {viam.robot.v1.ResourceStatus.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const ResourceStatus = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * ResourceStatus name.
                 * @member {viam.common.v1.ResourceName.$Properties|null|undefined} name
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
                 * @member {google.protobuf.Timestamp.$Properties|null|undefined} lastUpdated
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
                 * @param {viam.robot.v1.ResourceStatus.$Properties=} [properties] Properties to set
                 * @returns {viam.robot.v1.ResourceStatus} ResourceStatus instance
                 * @type {{
                 *   (properties: viam.robot.v1.ResourceStatus.$Shape): viam.robot.v1.ResourceStatus & viam.robot.v1.ResourceStatus.$Shape;
                 *   (properties?: viam.robot.v1.ResourceStatus.$Properties): viam.robot.v1.ResourceStatus;
                 * }}
                 */
                ResourceStatus.create = function(properties) {
                    return new ResourceStatus(properties);
                };

                /**
                 * Encodes the specified ResourceStatus message. Does not implicitly {@link viam.robot.v1.ResourceStatus.verify|verify} messages.
                 * @function encode
                 * @memberof viam.robot.v1.ResourceStatus
                 * @static
                 * @param {viam.robot.v1.ResourceStatus.$Properties} message ResourceStatus message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ResourceStatus.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                        $root.viam.common.v1.ResourceName.encode(message.name, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                    if (message.state != null && $Object.hasOwnProperty.call(message, "state") && message.state !== 0)
                        writer.uint32(/* id 2, wireType 0 =*/16).int32(message.state);
                    if (message.lastUpdated != null && $Object.hasOwnProperty.call(message, "lastUpdated"))
                        $root.google.protobuf.Timestamp.encode(message.lastUpdated, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                    if (message.revision != null && $Object.hasOwnProperty.call(message, "revision") && message.revision !== "")
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.revision);
                    if (message.error != null && $Object.hasOwnProperty.call(message, "error") && message.error !== "")
                        writer.uint32(/* id 5, wireType 2 =*/42).string(message.error);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a ResourceStatus message from the specified reader or buffer.
                 * @function decode
                 * @memberof viam.robot.v1.ResourceStatus
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {viam.robot.v1.ResourceStatus & viam.robot.v1.ResourceStatus.$Shape} ResourceStatus
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ResourceStatus.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.viam.robot.v1.ResourceStatus();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                message.name = $root.viam.common.v1.ResourceName.decode(reader, reader.size(), $undefined, _depth + 1, message.name);
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.int32())
                                    message.state = value;
                                else
                                    delete message.state;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                message.lastUpdated = $root.google.protobuf.Timestamp.decode(reader, reader.size(), $undefined, _depth + 1, message.lastUpdated);
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.revision = value;
                                else
                                    delete message.revision;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.error = value;
                                else
                                    delete message.error;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
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
                    const valuesById = $Object.create(null), values = $Object.create(valuesById);
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
                 * @typedef {Object} viam.robot.v1.ConfigStatus.$Properties
                 * @property {string|null} [revision] ConfigStatus revision
                 * @property {google.protobuf.Timestamp.$Properties|null} [lastUpdated] ConfigStatus lastUpdated
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a ConfigStatus.
                 * @memberof viam.robot.v1
                 * @interface IConfigStatus
                 * @augments viam.robot.v1.ConfigStatus.$Properties
                 * @deprecated Use viam.robot.v1.ConfigStatus.$Properties instead.
                 */

                /**
                 * Shape of a ConfigStatus.
                 * @typedef {viam.robot.v1.ConfigStatus.$Properties} viam.robot.v1.ConfigStatus.$Shape
                 */

                /**
                 * Constructs a new ConfigStatus.
                 * @memberof viam.robot.v1
                 * @classdesc Represents a ConfigStatus.
                 * @constructor
                 * @param {viam.robot.v1.ConfigStatus.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const ConfigStatus = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * ConfigStatus revision.
                 * @member {string} revision
                 * @memberof viam.robot.v1.ConfigStatus
                 * @instance
                 */
                ConfigStatus.prototype.revision = "";

                /**
                 * ConfigStatus lastUpdated.
                 * @member {google.protobuf.Timestamp.$Properties|null|undefined} lastUpdated
                 * @memberof viam.robot.v1.ConfigStatus
                 * @instance
                 */
                ConfigStatus.prototype.lastUpdated = null;

                /**
                 * Creates a new ConfigStatus instance using the specified properties.
                 * @function create
                 * @memberof viam.robot.v1.ConfigStatus
                 * @static
                 * @param {viam.robot.v1.ConfigStatus.$Properties=} [properties] Properties to set
                 * @returns {viam.robot.v1.ConfigStatus} ConfigStatus instance
                 * @type {{
                 *   (properties: viam.robot.v1.ConfigStatus.$Shape): viam.robot.v1.ConfigStatus & viam.robot.v1.ConfigStatus.$Shape;
                 *   (properties?: viam.robot.v1.ConfigStatus.$Properties): viam.robot.v1.ConfigStatus;
                 * }}
                 */
                ConfigStatus.create = function(properties) {
                    return new ConfigStatus(properties);
                };

                /**
                 * Encodes the specified ConfigStatus message. Does not implicitly {@link viam.robot.v1.ConfigStatus.verify|verify} messages.
                 * @function encode
                 * @memberof viam.robot.v1.ConfigStatus
                 * @static
                 * @param {viam.robot.v1.ConfigStatus.$Properties} message ConfigStatus message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ConfigStatus.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.revision != null && $Object.hasOwnProperty.call(message, "revision") && message.revision !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.revision);
                    if (message.lastUpdated != null && $Object.hasOwnProperty.call(message, "lastUpdated"))
                        $root.google.protobuf.Timestamp.encode(message.lastUpdated, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a ConfigStatus message from the specified reader or buffer.
                 * @function decode
                 * @memberof viam.robot.v1.ConfigStatus
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {viam.robot.v1.ConfigStatus & viam.robot.v1.ConfigStatus.$Shape} ConfigStatus
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ConfigStatus.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.viam.robot.v1.ConfigStatus();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.revision = value;
                                else
                                    delete message.revision;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                message.lastUpdated = $root.google.protobuf.Timestamp.decode(reader, reader.size(), $undefined, _depth + 1, message.lastUpdated);
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                return ConfigStatus;
            })();

            v1.GetVersionRequest = (function() {

                /**
                 * Properties of a GetVersionRequest.
                 * @typedef {Object} viam.robot.v1.GetVersionRequest.$Properties
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a GetVersionRequest.
                 * @memberof viam.robot.v1
                 * @interface IGetVersionRequest
                 * @augments viam.robot.v1.GetVersionRequest.$Properties
                 * @deprecated Use viam.robot.v1.GetVersionRequest.$Properties instead.
                 */

                /**
                 * Shape of a GetVersionRequest.
                 * @typedef {viam.robot.v1.GetVersionRequest.$Properties} viam.robot.v1.GetVersionRequest.$Shape
                 */

                /**
                 * Constructs a new GetVersionRequest.
                 * @memberof viam.robot.v1
                 * @classdesc Represents a GetVersionRequest.
                 * @constructor
                 * @param {viam.robot.v1.GetVersionRequest.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const GetVersionRequest = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Creates a new GetVersionRequest instance using the specified properties.
                 * @function create
                 * @memberof viam.robot.v1.GetVersionRequest
                 * @static
                 * @param {viam.robot.v1.GetVersionRequest.$Properties=} [properties] Properties to set
                 * @returns {viam.robot.v1.GetVersionRequest} GetVersionRequest instance
                 * @type {{
                 *   (properties: viam.robot.v1.GetVersionRequest.$Shape): viam.robot.v1.GetVersionRequest & viam.robot.v1.GetVersionRequest.$Shape;
                 *   (properties?: viam.robot.v1.GetVersionRequest.$Properties): viam.robot.v1.GetVersionRequest;
                 * }}
                 */
                GetVersionRequest.create = function(properties) {
                    return new GetVersionRequest(properties);
                };

                /**
                 * Encodes the specified GetVersionRequest message. Does not implicitly {@link viam.robot.v1.GetVersionRequest.verify|verify} messages.
                 * @function encode
                 * @memberof viam.robot.v1.GetVersionRequest
                 * @static
                 * @param {viam.robot.v1.GetVersionRequest.$Properties} message GetVersionRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                GetVersionRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a GetVersionRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof viam.robot.v1.GetVersionRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {viam.robot.v1.GetVersionRequest & viam.robot.v1.GetVersionRequest.$Shape} GetVersionRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                GetVersionRequest.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.viam.robot.v1.GetVersionRequest();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        reader.skipType(tag & 7, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                return GetVersionRequest;
            })();

            v1.GetVersionResponse = (function() {

                /**
                 * Properties of a GetVersionResponse.
                 * @typedef {Object} viam.robot.v1.GetVersionResponse.$Properties
                 * @property {string|null} [platform] GetVersionResponse platform
                 * @property {string|null} [version] GetVersionResponse version
                 * @property {string|null} [apiVersion] GetVersionResponse apiVersion
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a GetVersionResponse.
                 * @memberof viam.robot.v1
                 * @interface IGetVersionResponse
                 * @augments viam.robot.v1.GetVersionResponse.$Properties
                 * @deprecated Use viam.robot.v1.GetVersionResponse.$Properties instead.
                 */

                /**
                 * Shape of a GetVersionResponse.
                 * @typedef {viam.robot.v1.GetVersionResponse.$Properties} viam.robot.v1.GetVersionResponse.$Shape
                 */

                /**
                 * Constructs a new GetVersionResponse.
                 * @memberof viam.robot.v1
                 * @classdesc Represents a GetVersionResponse.
                 * @constructor
                 * @param {viam.robot.v1.GetVersionResponse.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const GetVersionResponse = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

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
                 * @param {viam.robot.v1.GetVersionResponse.$Properties=} [properties] Properties to set
                 * @returns {viam.robot.v1.GetVersionResponse} GetVersionResponse instance
                 * @type {{
                 *   (properties: viam.robot.v1.GetVersionResponse.$Shape): viam.robot.v1.GetVersionResponse & viam.robot.v1.GetVersionResponse.$Shape;
                 *   (properties?: viam.robot.v1.GetVersionResponse.$Properties): viam.robot.v1.GetVersionResponse;
                 * }}
                 */
                GetVersionResponse.create = function(properties) {
                    return new GetVersionResponse(properties);
                };

                /**
                 * Encodes the specified GetVersionResponse message. Does not implicitly {@link viam.robot.v1.GetVersionResponse.verify|verify} messages.
                 * @function encode
                 * @memberof viam.robot.v1.GetVersionResponse
                 * @static
                 * @param {viam.robot.v1.GetVersionResponse.$Properties} message GetVersionResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                GetVersionResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.platform != null && $Object.hasOwnProperty.call(message, "platform") && message.platform !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.platform);
                    if (message.version != null && $Object.hasOwnProperty.call(message, "version") && message.version !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.version);
                    if (message.apiVersion != null && $Object.hasOwnProperty.call(message, "apiVersion") && message.apiVersion !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.apiVersion);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a GetVersionResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof viam.robot.v1.GetVersionResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {viam.robot.v1.GetVersionResponse & viam.robot.v1.GetVersionResponse.$Shape} GetVersionResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                GetVersionResponse.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.viam.robot.v1.GetVersionResponse();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.platform = value;
                                else
                                    delete message.platform;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.version = value;
                                else
                                    delete message.version;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.apiVersion = value;
                                else
                                    delete message.apiVersion;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                return GetVersionResponse;
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
             * @typedef {Object} google.protobuf.Any.$Properties
             * @property {string|null} [typeUrl] Any typeUrl
             * @property {Uint8Array|null} [value] Any value
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Any.
             * @memberof google.protobuf
             * @interface IAny
             * @augments google.protobuf.Any.$Properties
             * @deprecated Use google.protobuf.Any.$Properties instead.
             */

            /**
             * Shape of an Any.
             * @typedef {google.protobuf.Any.$Properties} google.protobuf.Any.$Shape
             */

            /**
             * Constructs a new Any.
             * @memberof google.protobuf
             * @classdesc Represents an Any.
             * @constructor
             * @param {google.protobuf.Any.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Any = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

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
             * @param {google.protobuf.Any.$Properties=} [properties] Properties to set
             * @returns {google.protobuf.Any} Any instance
             * @type {{
             *   (properties: google.protobuf.Any.$Shape): google.protobuf.Any & google.protobuf.Any.$Shape;
             *   (properties?: google.protobuf.Any.$Properties): google.protobuf.Any;
             * }}
             */
            Any.create = function(properties) {
                return new Any(properties);
            };

            /**
             * Encodes the specified Any message. Does not implicitly {@link google.protobuf.Any.verify|verify} messages.
             * @function encode
             * @memberof google.protobuf.Any
             * @static
             * @param {google.protobuf.Any.$Properties} message Any message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Any.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.typeUrl != null && $Object.hasOwnProperty.call(message, "typeUrl") && message.typeUrl !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.typeUrl);
                if (message.value != null && $Object.hasOwnProperty.call(message, "value") && message.value.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.value);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an Any message from the specified reader or buffer.
             * @function decode
             * @memberof google.protobuf.Any
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {google.protobuf.Any & google.protobuf.Any.$Shape} Any
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Any.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.google.protobuf.Any();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.typeUrl = value;
                            else
                                delete message.typeUrl;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.value = value;
                            else
                                delete message.value;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return Any;
        })();

        protobuf.Timestamp = (function() {

            /**
             * Properties of a Timestamp.
             * @typedef {Object} google.protobuf.Timestamp.$Properties
             * @property {number|null} [seconds] Timestamp seconds
             * @property {number|null} [nanos] Timestamp nanos
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Timestamp.
             * @memberof google.protobuf
             * @interface ITimestamp
             * @augments google.protobuf.Timestamp.$Properties
             * @deprecated Use google.protobuf.Timestamp.$Properties instead.
             */

            /**
             * Shape of a Timestamp.
             * @typedef {google.protobuf.Timestamp.$Properties} google.protobuf.Timestamp.$Shape
             */

            /**
             * Constructs a new Timestamp.
             * @memberof google.protobuf
             * @classdesc Represents a Timestamp.
             * @constructor
             * @param {google.protobuf.Timestamp.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Timestamp = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

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
             * @param {google.protobuf.Timestamp.$Properties=} [properties] Properties to set
             * @returns {google.protobuf.Timestamp} Timestamp instance
             * @type {{
             *   (properties: google.protobuf.Timestamp.$Shape): google.protobuf.Timestamp & google.protobuf.Timestamp.$Shape;
             *   (properties?: google.protobuf.Timestamp.$Properties): google.protobuf.Timestamp;
             * }}
             */
            Timestamp.create = function(properties) {
                return new Timestamp(properties);
            };

            /**
             * Encodes the specified Timestamp message. Does not implicitly {@link google.protobuf.Timestamp.verify|verify} messages.
             * @function encode
             * @memberof google.protobuf.Timestamp
             * @static
             * @param {google.protobuf.Timestamp.$Properties} message Timestamp message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Timestamp.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.seconds != null && $Object.hasOwnProperty.call(message, "seconds") && (typeof message.seconds === "object" ? message.seconds.low || message.seconds.high : message.seconds !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).int64(message.seconds);
                if (message.nanos != null && $Object.hasOwnProperty.call(message, "nanos") && message.nanos !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).int32(message.nanos);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Timestamp message from the specified reader or buffer.
             * @function decode
             * @memberof google.protobuf.Timestamp
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {google.protobuf.Timestamp & google.protobuf.Timestamp.$Shape} Timestamp
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Timestamp.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.google.protobuf.Timestamp();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.seconds = value;
                            else
                                delete message.seconds;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.nanos = value;
                            else
                                delete message.nanos;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return Timestamp;
        })();

        protobuf.Struct = (function() {

            /**
             * Properties of a Struct.
             * @typedef {Object} google.protobuf.Struct.$Properties
             * @property {Object.<string,google.protobuf.Value.$Properties>|null} [fields] Struct fields
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Struct.
             * @memberof google.protobuf
             * @interface IStruct
             * @augments google.protobuf.Struct.$Properties
             * @deprecated Use google.protobuf.Struct.$Properties instead.
             */

            /**
             * Shape of a Struct.
             * @typedef {{
             *   fields?: Object.<string,google.protobuf.Value.$Shape>|null;
             *   $unknowns?: Array.<Uint8Array>;
             * }} google.protobuf.Struct.$Shape
             */

            /**
             * Constructs a new Struct.
             * @memberof google.protobuf
             * @classdesc Represents a Struct.
             * @constructor
             * @param {google.protobuf.Struct.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Struct = function (properties) {
                this.fields = {};
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Struct fields.
             * @member {Object.<string,google.protobuf.Value.$Properties>} fields
             * @memberof google.protobuf.Struct
             * @instance
             */
            Struct.prototype.fields = $util.emptyObject;

            /**
             * Creates a new Struct instance using the specified properties.
             * @function create
             * @memberof google.protobuf.Struct
             * @static
             * @param {google.protobuf.Struct.$Properties=} [properties] Properties to set
             * @returns {google.protobuf.Struct} Struct instance
             * @type {{
             *   (properties: google.protobuf.Struct.$Shape): google.protobuf.Struct & google.protobuf.Struct.$Shape;
             *   (properties?: google.protobuf.Struct.$Properties): google.protobuf.Struct;
             * }}
             */
            Struct.create = function(properties) {
                return new Struct(properties);
            };

            /**
             * Encodes the specified Struct message. Does not implicitly {@link google.protobuf.Struct.verify|verify} messages.
             * @function encode
             * @memberof google.protobuf.Struct
             * @static
             * @param {google.protobuf.Struct.$Properties} message Struct message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Struct.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.fields != null && $Object.hasOwnProperty.call(message, "fields"))
                    for (let keys = $Object.keys(message.fields), i = 0; i < keys.length; ++i) {
                        writer.uint32(/* id 1, wireType 2 =*/10).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]);
                        $root.google.protobuf.Value.encode(message.fields[keys[i]], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim().ldelim();
                    }
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Struct message from the specified reader or buffer.
             * @function decode
             * @memberof google.protobuf.Struct
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {google.protobuf.Struct & google.protobuf.Struct.$Shape} Struct
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Struct.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, key, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.google.protobuf.Struct();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (message.fields === $util.emptyObject)
                                message.fields = {};
                            let end2 = reader.size() + reader.pos;
                            if (end2 > reader.len)
                                throw $RangeError("index out of range");
                            reader.len = end2;
                            key = "";
                            value = null;
                            while (reader.pos < end2) {
                                let tag2 = reader.tag();
                                wireType = tag2 & 7;
                                switch (tag2 >>>= 3) {
                                case 1:
                                    if (wireType !== 2)
                                        break;
                                    key = reader.stringVerify();
                                    continue;
                                case 2:
                                    if (wireType !== 2)
                                        break;
                                    value = $root.google.protobuf.Value.decode(reader, reader.size(), $undefined, _depth + 1, value);
                                    continue;
                                }
                                reader.skipType(wireType, _depth, tag2);
                            }
                            if (reader.pos !== end2)
                                throw $RangeError("index out of range");
                            reader.len = end;
                            if (key === "__proto__")
                                $util.makeProp(message.fields, key);
                            message.fields[key] = value || new $root.google.protobuf.Value();
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return Struct;
        })();

        protobuf.Value = (function() {

            /**
             * Properties of a Value.
             * @typedef {Object} google.protobuf.Value.$Properties
             * @property {google.protobuf.NullValue|null} [nullValue] Value nullValue
             * @property {number|null} [numberValue] Value numberValue
             * @property {string|null} [stringValue] Value stringValue
             * @property {boolean|null} [boolValue] Value boolValue
             * @property {google.protobuf.Struct.$Properties|null} [structValue] Value structValue
             * @property {google.protobuf.ListValue.$Properties|null} [listValue] Value listValue
             * @property {"nullValue"|"numberValue"|"stringValue"|"boolValue"|"structValue"|"listValue"} [kind] Value kind
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Value.
             * @memberof google.protobuf
             * @interface IValue
             * @augments google.protobuf.Value.$Properties
             * @deprecated Use google.protobuf.Value.$Properties instead.
             */

            /**
             * Narrowed shape of a Value.
             * @typedef {{
             *   nullValue?: google.protobuf.NullValue|null;
             *   numberValue?: number|null;
             *   stringValue?: string|null;
             *   boolValue?: boolean|null;
             *   structValue?: google.protobuf.Struct.$Shape|null;
             *   listValue?: google.protobuf.ListValue.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ kind?: undefined; nullValue?: null; numberValue?: null; stringValue?: null; boolValue?: null; structValue?: null; listValue?: null }|{ kind?: "nullValue"; nullValue: google.protobuf.NullValue; numberValue?: null; stringValue?: null; boolValue?: null; structValue?: null; listValue?: null }|{ kind?: "numberValue"; nullValue?: null; numberValue: number; stringValue?: null; boolValue?: null; structValue?: null; listValue?: null }|{ kind?: "stringValue"; nullValue?: null; numberValue?: null; stringValue: string; boolValue?: null; structValue?: null; listValue?: null }|{ kind?: "boolValue"; nullValue?: null; numberValue?: null; stringValue?: null; boolValue: boolean; structValue?: null; listValue?: null }|{ kind?: "structValue"; nullValue?: null; numberValue?: null; stringValue?: null; boolValue?: null; structValue: google.protobuf.Struct.$Shape; listValue?: null }|{ kind?: "listValue"; nullValue?: null; numberValue?: null; stringValue?: null; boolValue?: null; structValue?: null; listValue: google.protobuf.ListValue.$Shape })
             * )} google.protobuf.Value.$Shape
             */

            /**
             * Constructs a new Value.
             * @memberof google.protobuf
             * @classdesc Represents a Value.
             * @constructor
             * @param {google.protobuf.Value.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Value = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

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
             * @member {google.protobuf.Struct.$Properties|null|undefined} structValue
             * @memberof google.protobuf.Value
             * @instance
             */
            Value.prototype.structValue = null;

            /**
             * Value listValue.
             * @member {google.protobuf.ListValue.$Properties|null|undefined} listValue
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
            $Object.defineProperty(Value.prototype, "kind", {
                get: $util.oneOfGetter($oneOfFields = ["nullValue", "numberValue", "stringValue", "boolValue", "structValue", "listValue"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new Value instance using the specified properties.
             * @function create
             * @memberof google.protobuf.Value
             * @static
             * @param {google.protobuf.Value.$Properties=} [properties] Properties to set
             * @returns {google.protobuf.Value} Value instance
             * @type {{
             *   (properties: google.protobuf.Value.$Shape): google.protobuf.Value & google.protobuf.Value.$Shape;
             *   (properties?: google.protobuf.Value.$Properties): google.protobuf.Value;
             * }}
             */
            Value.create = function(properties) {
                return new Value(properties);
            };

            /**
             * Encodes the specified Value message. Does not implicitly {@link google.protobuf.Value.verify|verify} messages.
             * @function encode
             * @memberof google.protobuf.Value
             * @static
             * @param {google.protobuf.Value.$Properties} message Value message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Value.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.nullValue != null && $Object.hasOwnProperty.call(message, "nullValue"))
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.nullValue);
                if (message.numberValue != null && $Object.hasOwnProperty.call(message, "numberValue"))
                    writer.uint32(/* id 2, wireType 1 =*/17).double(message.numberValue);
                if (message.stringValue != null && $Object.hasOwnProperty.call(message, "stringValue"))
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.stringValue);
                if (message.boolValue != null && $Object.hasOwnProperty.call(message, "boolValue"))
                    writer.uint32(/* id 4, wireType 0 =*/32).bool(message.boolValue);
                if (message.structValue != null && $Object.hasOwnProperty.call(message, "structValue"))
                    $root.google.protobuf.Struct.encode(message.structValue, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                if (message.listValue != null && $Object.hasOwnProperty.call(message, "listValue"))
                    $root.google.protobuf.ListValue.encode(message.listValue, writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Value message from the specified reader or buffer.
             * @function decode
             * @memberof google.protobuf.Value
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {google.protobuf.Value & google.protobuf.Value.$Shape} Value
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Value.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.google.protobuf.Value();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            message.nullValue = reader.int32();
                            message.kind = "nullValue";
                            continue;
                        }
                    case 2: {
                            if (wireType !== 1)
                                break;
                            message.numberValue = reader.double();
                            message.kind = "numberValue";
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.stringValue = reader.stringVerify();
                            message.kind = "stringValue";
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            message.boolValue = reader.bool();
                            message.kind = "boolValue";
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message.structValue = $root.google.protobuf.Struct.decode(reader, reader.size(), $undefined, _depth + 1, message.structValue);
                            message.kind = "structValue";
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            message.listValue = $root.google.protobuf.ListValue.decode(reader, reader.size(), $undefined, _depth + 1, message.listValue);
                            message.kind = "listValue";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
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
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "NULL_VALUE"] = 0;
            return values;
        })();

        protobuf.ListValue = (function() {

            /**
             * Properties of a ListValue.
             * @typedef {Object} google.protobuf.ListValue.$Properties
             * @property {Array.<google.protobuf.Value.$Properties>|null} [values] ListValue values
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ListValue.
             * @memberof google.protobuf
             * @interface IListValue
             * @augments google.protobuf.ListValue.$Properties
             * @deprecated Use google.protobuf.ListValue.$Properties instead.
             */

            /**
             * Shape of a ListValue.
             * @typedef {{
             *   values?: Array.<google.protobuf.Value.$Shape>|null;
             *   $unknowns?: Array.<Uint8Array>;
             * }} google.protobuf.ListValue.$Shape
             */

            /**
             * Constructs a new ListValue.
             * @memberof google.protobuf
             * @classdesc Represents a ListValue.
             * @constructor
             * @param {google.protobuf.ListValue.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ListValue = function (properties) {
                this.values = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ListValue values.
             * @member {Array.<google.protobuf.Value.$Properties>} values
             * @memberof google.protobuf.ListValue
             * @instance
             */
            ListValue.prototype.values = $util.emptyArray;

            /**
             * Creates a new ListValue instance using the specified properties.
             * @function create
             * @memberof google.protobuf.ListValue
             * @static
             * @param {google.protobuf.ListValue.$Properties=} [properties] Properties to set
             * @returns {google.protobuf.ListValue} ListValue instance
             * @type {{
             *   (properties: google.protobuf.ListValue.$Shape): google.protobuf.ListValue & google.protobuf.ListValue.$Shape;
             *   (properties?: google.protobuf.ListValue.$Properties): google.protobuf.ListValue;
             * }}
             */
            ListValue.create = function(properties) {
                return new ListValue(properties);
            };

            /**
             * Encodes the specified ListValue message. Does not implicitly {@link google.protobuf.ListValue.verify|verify} messages.
             * @function encode
             * @memberof google.protobuf.ListValue
             * @static
             * @param {google.protobuf.ListValue.$Properties} message ListValue message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ListValue.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.values != null && message.values.length)
                    for (let i = 0; i < message.values.length; ++i)
                        $root.google.protobuf.Value.encode(message.values[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ListValue message from the specified reader or buffer.
             * @function decode
             * @memberof google.protobuf.ListValue
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {google.protobuf.ListValue & google.protobuf.ListValue.$Shape} ListValue
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ListValue.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.google.protobuf.ListValue();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.values && message.values.length))
                                message.values = [];
                            message.values.push($root.google.protobuf.Value.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return ListValue;
        })();

        protobuf.BoolValue = (function() {

            /**
             * Properties of a BoolValue.
             * @typedef {Object} google.protobuf.BoolValue.$Properties
             * @property {boolean|null} [value] BoolValue value
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a BoolValue.
             * @memberof google.protobuf
             * @interface IBoolValue
             * @augments google.protobuf.BoolValue.$Properties
             * @deprecated Use google.protobuf.BoolValue.$Properties instead.
             */

            /**
             * Shape of a BoolValue.
             * @typedef {google.protobuf.BoolValue.$Properties} google.protobuf.BoolValue.$Shape
             */

            /**
             * Constructs a new BoolValue.
             * @memberof google.protobuf
             * @classdesc Represents a BoolValue.
             * @constructor
             * @param {google.protobuf.BoolValue.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const BoolValue = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

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
             * @param {google.protobuf.BoolValue.$Properties=} [properties] Properties to set
             * @returns {google.protobuf.BoolValue} BoolValue instance
             * @type {{
             *   (properties: google.protobuf.BoolValue.$Shape): google.protobuf.BoolValue & google.protobuf.BoolValue.$Shape;
             *   (properties?: google.protobuf.BoolValue.$Properties): google.protobuf.BoolValue;
             * }}
             */
            BoolValue.create = function(properties) {
                return new BoolValue(properties);
            };

            /**
             * Encodes the specified BoolValue message. Does not implicitly {@link google.protobuf.BoolValue.verify|verify} messages.
             * @function encode
             * @memberof google.protobuf.BoolValue
             * @static
             * @param {google.protobuf.BoolValue.$Properties} message BoolValue message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            BoolValue.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.value != null && $Object.hasOwnProperty.call(message, "value") && message.value !== false)
                    writer.uint32(/* id 1, wireType 0 =*/8).bool(message.value);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a BoolValue message from the specified reader or buffer.
             * @function decode
             * @memberof google.protobuf.BoolValue
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {google.protobuf.BoolValue & google.protobuf.BoolValue.$Shape} BoolValue
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            BoolValue.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.google.protobuf.BoolValue();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.value = value;
                            else
                                delete message.value;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return BoolValue;
        })();

        protobuf.Int64Value = (function() {

            /**
             * Properties of an Int64Value.
             * @typedef {Object} google.protobuf.Int64Value.$Properties
             * @property {number|null} [value] Int64Value value
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Int64Value.
             * @memberof google.protobuf
             * @interface IInt64Value
             * @augments google.protobuf.Int64Value.$Properties
             * @deprecated Use google.protobuf.Int64Value.$Properties instead.
             */

            /**
             * Shape of an Int64Value.
             * @typedef {google.protobuf.Int64Value.$Properties} google.protobuf.Int64Value.$Shape
             */

            /**
             * Constructs a new Int64Value.
             * @memberof google.protobuf
             * @classdesc Represents an Int64Value.
             * @constructor
             * @param {google.protobuf.Int64Value.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Int64Value = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

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
             * @param {google.protobuf.Int64Value.$Properties=} [properties] Properties to set
             * @returns {google.protobuf.Int64Value} Int64Value instance
             * @type {{
             *   (properties: google.protobuf.Int64Value.$Shape): google.protobuf.Int64Value & google.protobuf.Int64Value.$Shape;
             *   (properties?: google.protobuf.Int64Value.$Properties): google.protobuf.Int64Value;
             * }}
             */
            Int64Value.create = function(properties) {
                return new Int64Value(properties);
            };

            /**
             * Encodes the specified Int64Value message. Does not implicitly {@link google.protobuf.Int64Value.verify|verify} messages.
             * @function encode
             * @memberof google.protobuf.Int64Value
             * @static
             * @param {google.protobuf.Int64Value.$Properties} message Int64Value message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Int64Value.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.value != null && $Object.hasOwnProperty.call(message, "value") && (typeof message.value === "object" ? message.value.low || message.value.high : message.value !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).int64(message.value);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an Int64Value message from the specified reader or buffer.
             * @function decode
             * @memberof google.protobuf.Int64Value
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {google.protobuf.Int64Value & google.protobuf.Int64Value.$Shape} Int64Value
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Int64Value.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.google.protobuf.Int64Value();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.value = value;
                            else
                                delete message.value;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return Int64Value;
        })();

        protobuf.UInt64Value = (function() {

            /**
             * Properties of a UInt64Value.
             * @typedef {Object} google.protobuf.UInt64Value.$Properties
             * @property {number|null} [value] UInt64Value value
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a UInt64Value.
             * @memberof google.protobuf
             * @interface IUInt64Value
             * @augments google.protobuf.UInt64Value.$Properties
             * @deprecated Use google.protobuf.UInt64Value.$Properties instead.
             */

            /**
             * Shape of a UInt64Value.
             * @typedef {google.protobuf.UInt64Value.$Properties} google.protobuf.UInt64Value.$Shape
             */

            /**
             * Constructs a new UInt64Value.
             * @memberof google.protobuf
             * @classdesc Represents a UInt64Value.
             * @constructor
             * @param {google.protobuf.UInt64Value.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const UInt64Value = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

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
             * @param {google.protobuf.UInt64Value.$Properties=} [properties] Properties to set
             * @returns {google.protobuf.UInt64Value} UInt64Value instance
             * @type {{
             *   (properties: google.protobuf.UInt64Value.$Shape): google.protobuf.UInt64Value & google.protobuf.UInt64Value.$Shape;
             *   (properties?: google.protobuf.UInt64Value.$Properties): google.protobuf.UInt64Value;
             * }}
             */
            UInt64Value.create = function(properties) {
                return new UInt64Value(properties);
            };

            /**
             * Encodes the specified UInt64Value message. Does not implicitly {@link google.protobuf.UInt64Value.verify|verify} messages.
             * @function encode
             * @memberof google.protobuf.UInt64Value
             * @static
             * @param {google.protobuf.UInt64Value.$Properties} message UInt64Value message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            UInt64Value.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.value != null && $Object.hasOwnProperty.call(message, "value") && (typeof message.value === "object" ? message.value.low || message.value.high : message.value !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.value);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a UInt64Value message from the specified reader or buffer.
             * @function decode
             * @memberof google.protobuf.UInt64Value
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {google.protobuf.UInt64Value & google.protobuf.UInt64Value.$Shape} UInt64Value
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            UInt64Value.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.google.protobuf.UInt64Value();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.value = value;
                            else
                                delete message.value;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return UInt64Value;
        })();

        protobuf.DoubleValue = (function() {

            /**
             * Properties of a DoubleValue.
             * @typedef {Object} google.protobuf.DoubleValue.$Properties
             * @property {number|null} [value] DoubleValue value
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a DoubleValue.
             * @memberof google.protobuf
             * @interface IDoubleValue
             * @augments google.protobuf.DoubleValue.$Properties
             * @deprecated Use google.protobuf.DoubleValue.$Properties instead.
             */

            /**
             * Shape of a DoubleValue.
             * @typedef {google.protobuf.DoubleValue.$Properties} google.protobuf.DoubleValue.$Shape
             */

            /**
             * Constructs a new DoubleValue.
             * @memberof google.protobuf
             * @classdesc Represents a DoubleValue.
             * @constructor
             * @param {google.protobuf.DoubleValue.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const DoubleValue = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

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
             * @param {google.protobuf.DoubleValue.$Properties=} [properties] Properties to set
             * @returns {google.protobuf.DoubleValue} DoubleValue instance
             * @type {{
             *   (properties: google.protobuf.DoubleValue.$Shape): google.protobuf.DoubleValue & google.protobuf.DoubleValue.$Shape;
             *   (properties?: google.protobuf.DoubleValue.$Properties): google.protobuf.DoubleValue;
             * }}
             */
            DoubleValue.create = function(properties) {
                return new DoubleValue(properties);
            };

            /**
             * Encodes the specified DoubleValue message. Does not implicitly {@link google.protobuf.DoubleValue.verify|verify} messages.
             * @function encode
             * @memberof google.protobuf.DoubleValue
             * @static
             * @param {google.protobuf.DoubleValue.$Properties} message DoubleValue message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DoubleValue.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.value != null && $Object.hasOwnProperty.call(message, "value") && !$Object.is(message.value, 0))
                    writer.uint32(/* id 1, wireType 1 =*/9).double(message.value);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a DoubleValue message from the specified reader or buffer.
             * @function decode
             * @memberof google.protobuf.DoubleValue
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {google.protobuf.DoubleValue & google.protobuf.DoubleValue.$Shape} DoubleValue
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DoubleValue.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.google.protobuf.DoubleValue();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.value = value;
                            else
                                delete message.value;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return DoubleValue;
        })();

        protobuf.StringValue = (function() {

            /**
             * Properties of a StringValue.
             * @typedef {Object} google.protobuf.StringValue.$Properties
             * @property {string|null} [value] StringValue value
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a StringValue.
             * @memberof google.protobuf
             * @interface IStringValue
             * @augments google.protobuf.StringValue.$Properties
             * @deprecated Use google.protobuf.StringValue.$Properties instead.
             */

            /**
             * Shape of a StringValue.
             * @typedef {google.protobuf.StringValue.$Properties} google.protobuf.StringValue.$Shape
             */

            /**
             * Constructs a new StringValue.
             * @memberof google.protobuf
             * @classdesc Represents a StringValue.
             * @constructor
             * @param {google.protobuf.StringValue.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const StringValue = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

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
             * @param {google.protobuf.StringValue.$Properties=} [properties] Properties to set
             * @returns {google.protobuf.StringValue} StringValue instance
             * @type {{
             *   (properties: google.protobuf.StringValue.$Shape): google.protobuf.StringValue & google.protobuf.StringValue.$Shape;
             *   (properties?: google.protobuf.StringValue.$Properties): google.protobuf.StringValue;
             * }}
             */
            StringValue.create = function(properties) {
                return new StringValue(properties);
            };

            /**
             * Encodes the specified StringValue message. Does not implicitly {@link google.protobuf.StringValue.verify|verify} messages.
             * @function encode
             * @memberof google.protobuf.StringValue
             * @static
             * @param {google.protobuf.StringValue.$Properties} message StringValue message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            StringValue.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.value != null && $Object.hasOwnProperty.call(message, "value") && message.value !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.value);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a StringValue message from the specified reader or buffer.
             * @function decode
             * @memberof google.protobuf.StringValue
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {google.protobuf.StringValue & google.protobuf.StringValue.$Shape} StringValue
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            StringValue.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.google.protobuf.StringValue();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.value = value;
                            else
                                delete message.value;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
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
                 * @typedef {Object} proto.rpc.v1.Credentials.$Properties
                 * @property {string|null} [type] Credentials type
                 * @property {string|null} [payload] Credentials payload
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Credentials.
                 * @memberof proto.rpc.v1
                 * @interface ICredentials
                 * @augments proto.rpc.v1.Credentials.$Properties
                 * @deprecated Use proto.rpc.v1.Credentials.$Properties instead.
                 */

                /**
                 * Shape of a Credentials.
                 * @typedef {proto.rpc.v1.Credentials.$Properties} proto.rpc.v1.Credentials.$Shape
                 */

                /**
                 * Constructs a new Credentials.
                 * @memberof proto.rpc.v1
                 * @classdesc Represents a Credentials.
                 * @constructor
                 * @param {proto.rpc.v1.Credentials.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Credentials = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

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
                 * @param {proto.rpc.v1.Credentials.$Properties=} [properties] Properties to set
                 * @returns {proto.rpc.v1.Credentials} Credentials instance
                 * @type {{
                 *   (properties: proto.rpc.v1.Credentials.$Shape): proto.rpc.v1.Credentials & proto.rpc.v1.Credentials.$Shape;
                 *   (properties?: proto.rpc.v1.Credentials.$Properties): proto.rpc.v1.Credentials;
                 * }}
                 */
                Credentials.create = function(properties) {
                    return new Credentials(properties);
                };

                /**
                 * Encodes the specified Credentials message. Does not implicitly {@link proto.rpc.v1.Credentials.verify|verify} messages.
                 * @function encode
                 * @memberof proto.rpc.v1.Credentials
                 * @static
                 * @param {proto.rpc.v1.Credentials.$Properties} message Credentials message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Credentials.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.type != null && $Object.hasOwnProperty.call(message, "type") && message.type !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.type);
                    if (message.payload != null && $Object.hasOwnProperty.call(message, "payload") && message.payload !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.payload);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a Credentials message from the specified reader or buffer.
                 * @function decode
                 * @memberof proto.rpc.v1.Credentials
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {proto.rpc.v1.Credentials & proto.rpc.v1.Credentials.$Shape} Credentials
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Credentials.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.proto.rpc.v1.Credentials();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.type = value;
                                else
                                    delete message.type;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.payload = value;
                                else
                                    delete message.payload;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                return Credentials;
            })();

            v1.AuthenticateRequest = (function() {

                /**
                 * Properties of an AuthenticateRequest.
                 * @typedef {Object} proto.rpc.v1.AuthenticateRequest.$Properties
                 * @property {string|null} [entity] AuthenticateRequest entity
                 * @property {proto.rpc.v1.Credentials.$Properties|null} [credentials] AuthenticateRequest credentials
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of an AuthenticateRequest.
                 * @memberof proto.rpc.v1
                 * @interface IAuthenticateRequest
                 * @augments proto.rpc.v1.AuthenticateRequest.$Properties
                 * @deprecated Use proto.rpc.v1.AuthenticateRequest.$Properties instead.
                 */

                /**
                 * Shape of an AuthenticateRequest.
                 * @typedef {proto.rpc.v1.AuthenticateRequest.$Properties} proto.rpc.v1.AuthenticateRequest.$Shape
                 */

                /**
                 * Constructs a new AuthenticateRequest.
                 * @memberof proto.rpc.v1
                 * @classdesc Represents an AuthenticateRequest.
                 * @constructor
                 * @param {proto.rpc.v1.AuthenticateRequest.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const AuthenticateRequest = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * AuthenticateRequest entity.
                 * @member {string} entity
                 * @memberof proto.rpc.v1.AuthenticateRequest
                 * @instance
                 */
                AuthenticateRequest.prototype.entity = "";

                /**
                 * AuthenticateRequest credentials.
                 * @member {proto.rpc.v1.Credentials.$Properties|null|undefined} credentials
                 * @memberof proto.rpc.v1.AuthenticateRequest
                 * @instance
                 */
                AuthenticateRequest.prototype.credentials = null;

                /**
                 * Creates a new AuthenticateRequest instance using the specified properties.
                 * @function create
                 * @memberof proto.rpc.v1.AuthenticateRequest
                 * @static
                 * @param {proto.rpc.v1.AuthenticateRequest.$Properties=} [properties] Properties to set
                 * @returns {proto.rpc.v1.AuthenticateRequest} AuthenticateRequest instance
                 * @type {{
                 *   (properties: proto.rpc.v1.AuthenticateRequest.$Shape): proto.rpc.v1.AuthenticateRequest & proto.rpc.v1.AuthenticateRequest.$Shape;
                 *   (properties?: proto.rpc.v1.AuthenticateRequest.$Properties): proto.rpc.v1.AuthenticateRequest;
                 * }}
                 */
                AuthenticateRequest.create = function(properties) {
                    return new AuthenticateRequest(properties);
                };

                /**
                 * Encodes the specified AuthenticateRequest message. Does not implicitly {@link proto.rpc.v1.AuthenticateRequest.verify|verify} messages.
                 * @function encode
                 * @memberof proto.rpc.v1.AuthenticateRequest
                 * @static
                 * @param {proto.rpc.v1.AuthenticateRequest.$Properties} message AuthenticateRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                AuthenticateRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.entity != null && $Object.hasOwnProperty.call(message, "entity") && message.entity !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.entity);
                    if (message.credentials != null && $Object.hasOwnProperty.call(message, "credentials"))
                        $root.proto.rpc.v1.Credentials.encode(message.credentials, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes an AuthenticateRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof proto.rpc.v1.AuthenticateRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {proto.rpc.v1.AuthenticateRequest & proto.rpc.v1.AuthenticateRequest.$Shape} AuthenticateRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                AuthenticateRequest.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.proto.rpc.v1.AuthenticateRequest();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.entity = value;
                                else
                                    delete message.entity;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                message.credentials = $root.proto.rpc.v1.Credentials.decode(reader, reader.size(), $undefined, _depth + 1, message.credentials);
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                return AuthenticateRequest;
            })();

            v1.AuthenticateResponse = (function() {

                /**
                 * Properties of an AuthenticateResponse.
                 * @typedef {Object} proto.rpc.v1.AuthenticateResponse.$Properties
                 * @property {string|null} [accessToken] AuthenticateResponse accessToken
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of an AuthenticateResponse.
                 * @memberof proto.rpc.v1
                 * @interface IAuthenticateResponse
                 * @augments proto.rpc.v1.AuthenticateResponse.$Properties
                 * @deprecated Use proto.rpc.v1.AuthenticateResponse.$Properties instead.
                 */

                /**
                 * Shape of an AuthenticateResponse.
                 * @typedef {proto.rpc.v1.AuthenticateResponse.$Properties} proto.rpc.v1.AuthenticateResponse.$Shape
                 */

                /**
                 * Constructs a new AuthenticateResponse.
                 * @memberof proto.rpc.v1
                 * @classdesc Represents an AuthenticateResponse.
                 * @constructor
                 * @param {proto.rpc.v1.AuthenticateResponse.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const AuthenticateResponse = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

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
                 * @param {proto.rpc.v1.AuthenticateResponse.$Properties=} [properties] Properties to set
                 * @returns {proto.rpc.v1.AuthenticateResponse} AuthenticateResponse instance
                 * @type {{
                 *   (properties: proto.rpc.v1.AuthenticateResponse.$Shape): proto.rpc.v1.AuthenticateResponse & proto.rpc.v1.AuthenticateResponse.$Shape;
                 *   (properties?: proto.rpc.v1.AuthenticateResponse.$Properties): proto.rpc.v1.AuthenticateResponse;
                 * }}
                 */
                AuthenticateResponse.create = function(properties) {
                    return new AuthenticateResponse(properties);
                };

                /**
                 * Encodes the specified AuthenticateResponse message. Does not implicitly {@link proto.rpc.v1.AuthenticateResponse.verify|verify} messages.
                 * @function encode
                 * @memberof proto.rpc.v1.AuthenticateResponse
                 * @static
                 * @param {proto.rpc.v1.AuthenticateResponse.$Properties} message AuthenticateResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                AuthenticateResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.accessToken != null && $Object.hasOwnProperty.call(message, "accessToken") && message.accessToken !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.accessToken);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes an AuthenticateResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof proto.rpc.v1.AuthenticateResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {proto.rpc.v1.AuthenticateResponse & proto.rpc.v1.AuthenticateResponse.$Shape} AuthenticateResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                AuthenticateResponse.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.proto.rpc.v1.AuthenticateResponse();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.accessToken = value;
                                else
                                    delete message.accessToken;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
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
