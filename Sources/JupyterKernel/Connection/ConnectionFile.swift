import Foundation
import MimeBundle

/// The connection file a Jupyter client writes before launching the kernel: where to bind the five
/// channels, the signing key, and optionally a CurveZMQ key pair.
public struct ConnectionFile: Equatable {
    public var transport: String          // "tcp" or "ipc"
    public var ip: String
    public var shellPort: Int
    public var iopubPort: Int
    public var stdinPort: Int
    public var controlPort: Int
    public var hbPort: Int
    public var key: String
    public var signatureScheme: String
    public var kernelName: String?
    public var curvePublicKey: String?
    public var curveSecretKey: String?

    public enum ParseError: Error, CustomStringConvertible {
        case notJSON
        case missing(String)
        case unsupported(String)
        public var description: String {
            switch self {
            case .notJSON: return "connection file is not a JSON object"
            case let .missing(field): return "connection file lacks \(field)"
            case let .unsupported(what): return "connection file: unsupported \(what)"
            }
        }
    }

    /// Parses connection-file JSON text.
    public init(json text: String) throws {
        guard let json = JSONValue.parse(text), case .object = json else { throw ParseError.notJSON }
        func string(_ field: String) -> String? {
            if case let .string(s)? = json[field] { return s }
            return nil
        }
        func port(_ field: String) throws -> Int {
            switch json[field] {
            case let .int(p)?: return p
            case let .double(d)? where d == d.rounded() && d >= 0 && d < 65536: return Int(d)
            case let .string(s)?: if let p = Int(s) { return p }
            default: break
            }
            throw ParseError.missing(field)
        }
        transport = string("transport") ?? "tcp"
        guard transport == "tcp" || transport == "ipc" else { throw ParseError.unsupported("transport \(transport)") }
        ip = string("ip") ?? "127.0.0.1"
        shellPort = try port("shell_port")
        iopubPort = try port("iopub_port")
        stdinPort = try port("stdin_port")
        controlPort = try port("control_port")
        hbPort = try port("hb_port")
        key = string("key") ?? ""
        signatureScheme = string("signature_scheme") ?? "hmac-sha256"
        guard key.isEmpty || signatureScheme == "hmac-sha256" else {
            throw ParseError.unsupported("signature_scheme \(signatureScheme)")
        }
        kernelName = string("kernel_name")
        curvePublicKey = string("curve_publickey")
        curveSecretKey = string("curve_secretkey")
        if (curvePublicKey == nil) != (curveSecretKey == nil) {
            throw ParseError.missing(curvePublicKey == nil ? "curve_publickey" : "curve_secretkey")
        }
    }

    /// Reads and parses a connection file.
    public init(path: String) throws {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        try self.init(json: text)
    }

    /// Whether the channels are CurveZMQ-encrypted.
    public var usesCurve: Bool { curvePublicKey != nil && curveSecretKey != nil }

    /// The zmq endpoint of a port: `tcp://ip:port`, or `ipc://ip-port` as jupyter_client names ipc files.
    public func endpoint(_ port: Int) -> String {
        transport == "ipc" ? "ipc://\(ip)-\(port)" : "tcp://\(ip):\(port)"
    }
}
