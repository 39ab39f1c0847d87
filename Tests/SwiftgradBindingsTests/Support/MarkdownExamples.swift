import ScriptTestSupport

/// The examples of a Markdown document, in the format docs/language.md uses: a ```swift block is an
/// example, and the fenced blocks right after it say what it does — ```output (exactly what it prints
/// on stdout, displays' text/plain included; absent means nothing), ```result (the text of the cell's
/// result), ```error (`Kind: message` and the traceback), ```stderr.
typealias MarkdownExample = DocExample

extension DocExample {
    static let expectationKinds: Set<String> = ["output", "result", "error", "stderr"]

    static func parse(_ markdown: String) -> [DocExample] { parse(markdown, kinds: expectationKinds) }
}
