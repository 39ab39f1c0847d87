/// One Jupyter message as it travels over zmq:
/// `[routing ids…, "<IDS|MSG>", signature, header, parent_header, metadata, content, buffers…]`.
/// The four JSON parts stay raw bytes here so the signature is checked over exactly what was sent.
public struct WireMessage: Equatable {
    public static let delimiter: [UInt8] = Array("<IDS|MSG>".utf8)

    public var identities: [[UInt8]]
    public var signature: String
    public var header: [UInt8]
    public var parentHeader: [UInt8]
    public var metadata: [UInt8]
    public var content: [UInt8]
    public var buffers: [[UInt8]]

    public init(identities: [[UInt8]], signature: String, header: [UInt8], parentHeader: [UInt8],
                metadata: [UInt8], content: [UInt8], buffers: [[UInt8]] = []) {
        self.identities = identities
        self.signature = signature
        self.header = header
        self.parentHeader = parentHeader
        self.metadata = metadata
        self.content = content
        self.buffers = buffers
    }

    public enum DecodeError: Error, Equatable {
        case noDelimiter
        case tooFewFrames(Int)
        case signatureNotText
    }

    /// Splits received frames. Extra frames after content are buffers.
    public init(frames: [[UInt8]]) throws {
        guard let d = frames.firstIndex(of: WireMessage.delimiter) else { throw DecodeError.noDelimiter }
        guard frames.count >= d + 6 else { throw DecodeError.tooFewFrames(frames.count - d - 1) }
        guard let signature = String(validating: frames[d + 1], as: UTF8.self) else {
            throw DecodeError.signatureNotText
        }
        self.identities = Array(frames[..<d])
        self.signature = signature
        self.header = frames[d + 2]
        self.parentHeader = frames[d + 3]
        self.metadata = frames[d + 4]
        self.content = frames[d + 5]
        self.buffers = Array(frames[(d + 6)...])
    }

    /// The four parts the signature covers, in order.
    public var signedParts: [[UInt8]] { [header, parentHeader, metadata, content] }

    /// Frames ready for `Socket.send`.
    public var frames: [[UInt8]] {
        identities + [WireMessage.delimiter, Array(signature.utf8)] + signedParts + buffers
    }
}
