import Foundation

extension JSONValue {
    /// Parses JSON text (via Foundation's JSONSerialization). Returns nil on malformed input.
    public static func parse(_ text: String) -> JSONValue? {
        guard let data = text.data(using: .utf8),
              let obj = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
        else { return nil }
        return JSONValue(foundation: obj)
    }
}
