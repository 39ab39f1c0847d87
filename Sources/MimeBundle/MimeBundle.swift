/// A rich display: one representation per mime type, as Jupyter's `display_data` carries it.
/// Every bundle should have a `text/plain` fallback; `swiftgrad run` prints exactly that.
public struct MimeBundle: Equatable, Sendable {
    /// mime type → representation. Text types are `.string`; JSON types (Vega-Lite) are objects.
    public var data: [(String, JSONValue)]
    /// mime type → metadata (e.g. image sizes); usually empty.
    public var metadata: [(String, JSONValue)]

    public init(data: [(String, JSONValue)] = [], metadata: [(String, JSONValue)] = []) {
        self.data = data
        self.metadata = metadata
    }

    /// A bundle with only a `text/plain` representation.
    public init(plain: String) {
        self.init(data: [("text/plain", .string(plain))])
    }

    public static func == (a: MimeBundle, b: MimeBundle) -> Bool {
        JSONValue.object(a.data) == JSONValue.object(b.data)
            && JSONValue.object(a.metadata) == JSONValue.object(b.metadata)
    }

    /// The representation for one mime type.
    public subscript(mime: String) -> JSONValue? {
        get { data.first { $0.0 == mime }?.1 }
        set {
            if let i = data.firstIndex(where: { $0.0 == mime }) {
                if let newValue { data[i].1 = newValue } else { data.remove(at: i) }
            } else if let newValue {
                data.append((mime, newValue))
            }
        }
    }

    /// The `text/plain` fallback (empty if there is none).
    public var plainText: String {
        if case let .string(s)? = self["text/plain"] { return s }
        return ""
    }

    public var mimeTypes: [String] { data.map { $0.0 } }
}

/// Anything that can show itself richly. Engine objects (graphs, tables, plots) conform in the
/// Displays target; the language asks native objects for a bundle when a cell's result is one.
public protocol MimeRepresentable {
    var mimeBundle: MimeBundle { get }
}
