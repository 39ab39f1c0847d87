import Foundation
import MimeBundle

/// A message header. Incoming headers keep their full JSON so they can be echoed as `parent_header`.
public struct Header: Equatable {
    public static let protocolVersion = "5.5"

    public var msgID: String
    public var session: String
    public var username: String
    public var date: String
    public var msgType: String
    public var version: String

    public init(msgID: String = Header.newID(), session: String, username: String = "kernel",
                date: String = Header.now(), msgType: String, version: String = Header.protocolVersion) {
        self.msgID = msgID
        self.session = session
        self.username = username
        self.date = date
        self.msgType = msgType
        self.version = version
    }

    /// Reads a header object; nil when `msg_type` or `msg_id` is missing.
    public init?(json: JSONValue) {
        func string(_ key: String) -> String? {
            if case let .string(s)? = json[key] { return s }
            return nil
        }
        guard let msgType = string("msg_type"), let msgID = string("msg_id") else { return nil }
        self.init(msgID: msgID, session: string("session") ?? "", username: string("username") ?? "",
                  date: string("date") ?? "", msgType: msgType, version: string("version") ?? "")
    }

    public var json: JSONValue {
        .object([
            ("msg_id", .string(msgID)), ("session", .string(session)), ("username", .string(username)),
            ("date", .string(date)), ("msg_type", .string(msgType)), ("version", .string(version)),
        ])
    }

    /// A fresh message id.
    public static func newID() -> String { UUID().uuidString.lowercased() }

    /// The current time in ISO 8601 with microseconds, UTC, as Jupyter writes it.
    public static func now() -> String {
        var tv = timeval()
        gettimeofday(&tv, nil)
        var seconds = time_t(tv.tv_sec)
        var parts = tm()
        gmtime_r(&seconds, &parts)
        // Written digit by digit: String(format:) costs more than the rest of a header (5 per cell).
        var text = ""
        text.reserveCapacity(27)
        func digits(_ value: Int, _ width: Int) {
            var divisor = 1
            for _ in 1..<width { divisor *= 10 }
            var v = value
            while divisor > 0 {
                text.unicodeScalars.append(Unicode.Scalar(UInt8(48 + (v / divisor) % 10)))
                v %= divisor
                divisor /= 10
            }
        }
        digits(Int(parts.tm_year) + 1900, 4); text += "-"; digits(Int(parts.tm_mon) + 1, 2); text += "-"
        digits(Int(parts.tm_mday), 2); text += "T"; digits(Int(parts.tm_hour), 2); text += ":"
        digits(Int(parts.tm_min), 2); text += ":"; digits(Int(parts.tm_sec), 2); text += "."
        digits(Int(tv.tv_usec), 6); text += "Z"
        return text
    }
}
