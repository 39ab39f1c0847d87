import Foundation
import MimeBundle

/// Turns frames into checked `Message`s and back: signature verification, replay rejection,
/// JSON parsing, and signing of outgoing messages. Safe to share between channel threads.
public final class MessageCodec: @unchecked Sendable {
    public enum Rejection: Error, CustomStringConvertible {
        case malformed(String)
        case badSignature
        case replayed
        /// Signed, with a valid header, but its content, parent_header or metadata is not a JSON
        /// object: answered with an error reply (the client would otherwise wait forever).
        case partNotAnObject(String, Message)

        public var description: String {
            switch self {
            case let .malformed(why): return "malformed message (\(why))"
            case .badSignature: return "bad or missing signature"
            case .replayed: return "replayed signature"
            case let .partNotAnObject(part, _): return "\(part) is not a JSON object"
            }
        }
    }

    private let signer: MessageSigner
    private var replayGuard: ReplayGuard
    private let lock = NSLock()

    public init(key: String, scheme: String = "hmac-sha256", replayCapacity: Int = 1 << 16) {
        self.signer = MessageSigner(key: key, scheme: scheme)
        self.replayGuard = ReplayGuard(capacity: replayCapacity)
    }

    /// Decodes received frames; throws a `Rejection` for anything that must be dropped.
    public func decode(_ frames: [[UInt8]]) throws -> Message {
        let wire: WireMessage
        do { wire = try WireMessage(frames: frames) } catch { throw Rejection.malformed("\(error)") }
        guard signer.verify(wire.signature, parts: wire.signedParts) else { throw Rejection.badSignature }
        if signer.isEnabled {
            let fresh = lock.withLock { replayGuard.accept(wire.signature) }
            guard fresh else { throw Rejection.replayed }
        }
        func json(_ bytes: [UInt8], _ part: String) throws -> JSONValue {
            if bytes.isEmpty { return [:] }
            guard let value = JSONValue.parse(String(decoding: bytes, as: UTF8.self)), case .object = value else {
                throw Rejection.malformed("\(part) is not a JSON object")
            }
            return value
        }
        let headerJSON = try json(wire.header, "header")
        guard let header = Header(json: headerJSON) else { throw Rejection.malformed("header lacks msg_id/msg_type") }
        var notAnObject: String?
        func part(_ bytes: [UInt8], _ name: String) -> JSONValue {
            do { return try json(bytes, name) } catch {
                notAnObject = notAnObject ?? name
                return [:]
            }
        }
        let message = Message(identities: wire.identities, header: header,
                              parentHeader: part(wire.parentHeader, "parent_header"),
                              metadata: part(wire.metadata, "metadata"),
                              content: part(wire.content, "content"), buffers: wire.buffers)
        if let notAnObject { throw Rejection.partNotAnObject(notAnObject, message) }
        return message
    }

    /// Serialises and signs a message.
    public func encode(_ message: Message) -> [[UInt8]] {
        var wire = WireMessage(identities: message.identities, signature: "",
                               header: Array(message.header.json.serialized.utf8),
                               parentHeader: Array(message.parentHeader.serialized.utf8),
                               metadata: Array(message.metadata.serialized.utf8),
                               content: Array(message.content.serialized.utf8), buffers: message.buffers)
        wire.signature = signer.sign(wire.signedParts)
        return wire.frames
    }
}
