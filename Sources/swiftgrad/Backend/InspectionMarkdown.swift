import Foundation

/// The Markdown form of an inspection (Shift-Tab in JupyterLab, `?` in the pager): the first line —
/// a signature, or `name: Type = value` — as a Swift code block, the documentation after it as Markdown,
/// so the backticks the docs use render as code.
enum InspectionMarkdown {
    static func from(plain text: String) -> String {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard let head = lines.first else { return text }
        // Hard line breaks keep "Properties: …" and "Methods: …" on lines of their own.
        let rest = lines.dropFirst().joined(separator: "  \n").trimmingCharacters(in: .whitespacesAndNewlines)
        let fence = head.contains("```") ? "~~~" : "```"
        return "\(fence)swift\n\(head)\n\(fence)" + (rest.isEmpty ? "" : "\n\n" + rest)
    }
}
