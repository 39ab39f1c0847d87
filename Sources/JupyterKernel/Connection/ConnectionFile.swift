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
        /// 0 asks for a random free port (written back once bound, see `KernelServer.boundConnection`).
        func port(_ field: String) throws -> Int {
            let value: Int?
            switch json[field] {
            case let .int(p)?: value = p
            case let .double(d)? where d == d.rounded() && abs(d) < 1e9: value = Int(d)
            case let .string(s)?: value = Int(s)
            default: value = nil
            }
            guard let value else { throw ParseError.missing(field) }
            guard (0...65535).contains(value) else {
                throw ParseError.unsupported("\(field) \(value) (ports are 1–65535, or 0 for a random port)")
            }
            return value
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
        guard key.isEmpty || MessageSigner.Scheme(signatureScheme) != nil else {
            throw ParseError.unsupported("signature_scheme \(signatureScheme) (supported: \(MessageSigner.Scheme.names.joined(separator: ", ")))")
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

    /// The zmq endpoint of a port: `tcp://ip:port` (port 0: `tcp://ip:*`, a random free port), or
    /// `ipc://ip-port` as jupyter_client names ipc files. zmq binds interfaces by address, so the
    /// name `localhost` binds the loopback address.
    public func endpoint(_ port: Int) -> String {
        if transport == "ipc" { return "ipc://\(ip)-\(port)" }
        let host = ip == "localhost" ? "127.0.0.1" : ip
        return "tcp://\(host):\(port == 0 ? "*" : String(port))"
    }

    /// The port a bound endpoint (`tcp://127.0.0.1:54321`) ended up on.
    public static func port(ofEndpoint endpoint: String) -> Int? {
        endpoint.split(separator: ":").last.flatMap { Int($0) }
    }

    /// Whether any port asks to be chosen at bind time.
    public var hasRandomPorts: Bool { [shellPort, iopubPort, stdinPort, controlPort, hbPort].contains(0) }

    /// The connection-file JSON `original` with the five ports replaced by these (other fields kept).
    public func rewritingPorts(of original: String) -> String? {
        guard case var .object(fields)? = JSONValue.parse(original) else { return nil }
        let ports: [String: Int] = ["shell_port": shellPort, "iopub_port": iopubPort, "stdin_port": stdinPort,
                                    "control_port": controlPort, "hb_port": hbPort]
        for i in fields.indices { if let p = ports[fields[i].0] { fields[i].1 = .int(p) } }
        return JSONValue.object(fields).serialized
    }
}
