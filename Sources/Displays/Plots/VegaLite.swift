import MimeBundle

/// Builders for the Vega-Lite v5 specs the plots send (`application/vnd.vegalite.v5+json`),
/// which JupyterLab renders natively and interactively.
enum VegaLite {
    static let schema = "https://vega.github.io/schema/vega-lite/v5.json"

    /// The common frame: schema, size, title, font sizes that read on a projector.
    static func spec(title: String?, _ body: [(String, JSONValue)]) -> JSONValue {
        var pairs: [(String, JSONValue)] = [("$schema", .string(schema)), ("width", .int(560)), ("height", .int(340))]
        if let title = title { pairs.append(("title", .string(title))) }
        pairs += body
        pairs.append(("config", .object([
            ("axis", .object([("labelFontSize", .int(14)), ("titleFontSize", .int(16))])),
            ("title", .object([("fontSize", .int(20)), ("anchor", .string("start"))])),
            ("legend", .object([("labelFontSize", .int(14)), ("titleFontSize", .int(15))])),
        ])))
        return .object(pairs)
    }

    /// `{"values": [{...}, ...]}` from rows of named numbers; non-finite numbers become null.
    static func data(_ rows: [[(String, JSONValue)]]) -> JSONValue {
        .object([("values", .array(rows.map { .object($0) }))])
    }

    /// An encoding of the data column `name` (dots and brackets escaped: Vega-Lite reads them as nested access).
    static func field(_ name: String, _ type: String, title: String? = nil, extra: [(String, JSONValue)] = []) -> JSONValue {
        var escaped = ""
        for c in name { if c == "." || c == "[" || c == "]" { escaped.append("\\") }; escaped.append(c) }
        var pairs: [(String, JSONValue)] = [("field", .string(escaped)), ("type", .string(type))]
        if let title = title { pairs.append(("title", .string(title))) }
        return .object(pairs + extra)
    }

    /// A nominal colour scale with the same palette as the SVG.
    static func classColor(_ field: String, classes: [Int]) -> JSONValue {
        .object([("field", .string(field)), ("type", .string("nominal")), ("title", .string("class")),
                 ("scale", .object([("domain", .array(classes.map { .int($0) })),
                                    ("range", .array(classes.map { .string(SVGCanvas.color($0)) }))]))])
    }

    /// A number for a spec (JSON has no NaN or infinity: those become null).
    static func number(_ v: Double) -> JSONValue { v.isFinite ? .double(v) : .null }
}
