import Foundation

/// One runnable example of a Markdown document, in the format the docs use: a ```swift block is an
/// example, and the fenced blocks right after it (```output, ```result, ```error, ...) say what it
/// does. Shared by the tests that execute docs/language.md and docs/bindings.md.
public struct DocExample {
    public var code: String
    /// 1-based line of the ```swift fence.
    public var line: Int
    /// Expectation blocks by kind (`output`, `result`, ...).
    public var blocks: [String: String] = [:]

    public init(code: String, line: Int, blocks: [String: String] = [:]) {
        self.code = code
        self.line = line
        self.blocks = blocks
    }

    /// The examples of a Markdown text, each with the blocks of the given kinds that follow it.
    public static func parse(_ markdown: String, kinds: Set<String>) -> [DocExample] {
        let lines = markdown.components(separatedBy: "\n")
        var examples: [DocExample] = []
        var i = 0
        var lastWasExample = false
        while i < lines.count {
            let line = lines[i]
            guard line.hasPrefix("```") else {
                if !line.trimmingCharacters(in: .whitespaces).isEmpty { lastWasExample = false }
                i += 1
                continue
            }
            let info = String(line.dropFirst(3)).trimmingCharacters(in: .whitespaces)
            var end = i + 1
            while end < lines.count && lines[end] != "```" { end += 1 }
            let body = lines[(i + 1)..<min(end, lines.count)].joined(separator: "\n")
            if info == "swift" {
                examples.append(DocExample(code: body, line: i + 1))
                lastWasExample = true
            } else if lastWasExample, kinds.contains(info) {
                examples[examples.count - 1].blocks[info] = body
            } else {
                lastWasExample = false
            }
            i = end + 1
        }
        return examples
    }
}
