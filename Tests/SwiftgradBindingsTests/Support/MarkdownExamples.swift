/// The examples of a Markdown document: each ```swift block, with the ```output block that follows
/// it (blank lines between are allowed) as its expected text, if there is one.
struct MarkdownExample {
    let code: String
    let expectedOutput: String?
    /// 1-based line of the ```swift fence.
    let line: Int

    static func parse(_ markdown: String) -> [MarkdownExample] {
        let lines = markdown.components(separatedBy: "\n")
        func isFence(_ i: Int, _ fence: String) -> Bool {
            i < lines.count && lines[i].trimmingCharacters(in: .whitespaces) == fence
        }
        /// The text between the fence at `start` and its closing ```, and the closing line's index.
        func block(from start: Int) -> (body: String, end: Int) {
            var end = start + 1
            while end < lines.count, !isFence(end, "```") { end += 1 }
            return (lines[(start + 1)..<end].joined(separator: "\n"), end)
        }
        var examples: [MarkdownExample] = []
        var i = 0
        while i < lines.count {
            guard isFence(i, "```swift") else { i += 1; continue }
            let (code, end) = block(from: i)
            var next = end + 1
            while next < lines.count, lines[next].trimmingCharacters(in: .whitespaces).isEmpty { next += 1 }
            var expected: String?
            if isFence(next, "```output") {
                let output = block(from: next)
                expected = output.body
                next = output.end
            } else {
                next = end
            }
            examples.append(MarkdownExample(code: code, expectedOutput: expected, line: i + 1))
            i = next + 1
        }
        return examples
    }
}
