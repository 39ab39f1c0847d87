import Foundation

/// What `--write FILE` writes when `--only` ran some of the sections: the file as it was, with the
/// sections that ran replaced (matched by the first word of their heading: Engine, Interpreter, Kernel,
/// Tensors) and those it did not run kept, so re-measuring one section does not erase the others.
/// The header keeps describing the run that generated the file; each replaced section says when and
/// by what command it was re-measured, and on what load. Sections new to the file go after the others.
/// The hand-written text from `BenchReport.keptMarker` on is kept as a full run keeps it.
enum BenchFileMerge {
    /// `existing` with `sections` replaced or added; `provenance` is the note each replaced section gets.
    static func merge(_ sections: [BenchmarkSection], provenance: String, into existing: String) -> String {
        let (generated, kept) = split(existing)
        var document = parse(generated)
        for var section in sections {
            section.notes.append(provenance)
            let text = section.markdown
            if let index = document.sections.firstIndex(where: { key(ofHeading: $0) == key(ofTitle: section.title) }) {
                document.sections[index] = text
            } else {
                document.sections.append(text)
            }
        }
        let parts = [document.header] + document.sections + [document.footer]
        return parts.filter { !$0.isEmpty }.joined(separator: "\n\n") + "\n" + kept
    }

    /// The generated part of a file and the kept part (the marker on, after a blank line), or "".
    static func split(_ text: String) -> (generated: String, kept: String) {
        guard let range = text.range(of: BenchReport.keptMarker) else { return (text, "") }
        return (String(text[..<range.lowerBound]), "\n" + text[range.lowerBound...])
    }

    /// A generated part cut at its `## ` headings: what comes before the first (title, date, machine),
    /// each section, and the closing paragraphs from `Reproduce:` on.
    struct Document {
        var header = ""
        var sections: [String] = []
        var footer = ""
    }

    static func parse(_ generated: String) -> Document {
        var document = Document()
        var current: [Substring] = []
        var inFooter = false
        func finish() {
            let text = current.joined(separator: "\n").trimmingCharacters(in: .newlines)
            current = []
            guard !text.isEmpty else { return }
            if inFooter { document.footer = text }
            else if text.hasPrefix("## ") { document.sections.append(text) }
            else { document.header = text }
        }
        for line in generated.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("## ") && !inFooter {
                finish()
            } else if line.hasPrefix(BenchReport.reproduceLead) && !inFooter {
                finish()
                inFooter = true
            }
            current.append(line)
        }
        finish()
        return document
    }

    private static func key(ofHeading section: String) -> String {
        key(ofTitle: String(section.dropFirst(3).prefix(while: { $0 != "\n" })))
    }

    private static func key(ofTitle title: String) -> String {
        String(title.prefix(while: { $0 != " " })).lowercased()
    }
}
