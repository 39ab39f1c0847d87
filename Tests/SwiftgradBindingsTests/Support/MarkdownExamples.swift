/// The examples of a Markdown document, in the format docs/language.md uses: a ```swift block is an
/// example, and the fenced blocks right after it say what it does — ```output (exactly what it prints
/// on stdout, displays' text/plain included; absent means nothing), ```result (the text of the cell's
/// result), ```error (`Kind: message` and the traceback), ```stderr.
struct MarkdownExample {
    static let expectationKinds: Set<String> = ["output", "result", "error", "stderr"]

    var code: String
    /// 1-based line of the ```swift fence.
    var line: Int
    var blocks: [String: String] = [:]

    static func parse(_ markdown: String) -> [MarkdownExample] {
        let lines = markdown.components(separatedBy: "\n")
        var examples: [MarkdownExample] = []
        var i = 0
        var lastWasExample = false
        while i < lines.count {
            guard lines[i].hasPrefix("```") else {
                if !lines[i].trimmingCharacters(in: .whitespaces).isEmpty { lastWasExample = false }
                i += 1
                continue
            }
            let info = String(lines[i].dropFirst(3)).trimmingCharacters(in: .whitespaces)
            var end = i + 1
            while end < lines.count && lines[end] != "```" { end += 1 }
            let body = lines[(i + 1)..<min(end, lines.count)].joined(separator: "\n")
            if info == "swift" {
                examples.append(MarkdownExample(code: body, line: i + 1))
                lastWasExample = true
            } else if lastWasExample, expectationKinds.contains(info) {
                examples[examples.count - 1].blocks[info] = body
            } else {
                lastWasExample = false
            }
            i = end + 1
        }
        return examples
    }
}
