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
        return String(format: "%04d-%02d-%02dT%02d:%02d:%02d.%06dZ",
                      Int(parts.tm_year) + 1900, Int(parts.tm_mon) + 1, Int(parts.tm_mday),
                      Int(parts.tm_hour), Int(parts.tm_min), Int(parts.tm_sec), Int(tv.tv_usec))
    }
}
