import MimeBundle

/// A decoded Jupyter message: routing identities, header, parent header, metadata, content, buffers.
public struct Message {
    public var identities: [[UInt8]]
    public var header: Header
    /// The parent header as received or to send (an empty object when there is none).
    public var parentHeader: JSONValue
    public var metadata: JSONValue
    public var content: JSONValue
    public var buffers: [[UInt8]]

    public init(identities: [[UInt8]] = [], header: Header, parentHeader: JSONValue = [:],
                metadata: JSONValue = [:], content: JSONValue = [:], buffers: [[UInt8]] = []) {
        self.identities = identities
        self.header = header
        self.parentHeader = parentHeader
        self.metadata = metadata
        self.content = content
        self.buffers = buffers
    }

    public var msgType: String { header.msgType }
}

/// Typed reads of request content fields, with the spec's defaults when a field is absent.
extension JSONValue {
    public func string(_ key: String, default value: String = "") -> String {
        if case let .string(s)? = self[key] { return s }
        return value
    }

    public func bool(_ key: String, default value: Bool) -> Bool {
        switch self[key] {
        case let .bool(b)?: return b
        case let .int(i)?: return i != 0
        default: return value
        }
    }

    public func int(_ key: String) -> Int? {
        switch self[key] {
        case let .int(i)?: return i
        case let .double(d)? where d.isFinite && abs(d) < 1e15: return Int(d)
        case let .bool(b)?: return b ? 1 : 0
        default: return nil
        }
    }
}
