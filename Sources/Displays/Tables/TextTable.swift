/// A table of strings that renders as aligned plain text, HTML and Markdown — the one layout used by
/// every tabular display, so the three forms always agree.
struct TextTable {
    enum Alignment { case left, right }

    var headers: [String]
    var alignments: [Alignment]
    var rows: [[String]] = []
    /// Optional background per row (HTML only, a translucent `HTMLTheme` tint), e.g. to mark parameters.
    var rowColors: [String?] = []
    /// Columns whose cells never break across lines in HTML (short tokens such as shapes `[100, 4]`,
    /// which a narrow output area would otherwise split after the comma).
    var noWrap: Set<Int> = []

    init(headers: [String], alignments: [Alignment]? = nil) {
        self.headers = headers
        self.alignments = alignments ?? headers.map { _ in .left }
    }

    mutating func add(_ row: [String], color: String? = nil) {
        rows.append(row)
        rowColors.append(color)
    }

    private func cell(_ row: [String], _ c: Int) -> String { c < row.count ? row[c] : "" }

    /// Columns padded to their widest cell, a rule under the header.
    var plainText: String {
        var widths = headers.map { $0.count }
        for row in rows { for c in 0..<headers.count { widths[c] = Swift.max(widths[c], cell(row, c).count) } }
        func line(_ row: [String]) -> String {
            var parts: [String] = []
            for c in 0..<headers.count {
                let text = cell(row, c)
                let pad = String(repeating: " ", count: widths[c] - text.count)
                parts.append(alignments[c] == .right ? pad + text : text + pad)
            }
            var s = parts.joined(separator: "  ")
            while s.hasSuffix(" ") { s.removeLast() }
            return s
        }
        var out = [line(headers), widths.map { String(repeating: "─", count: $0) }.joined(separator: "  ")]
        out += rows.map(line)
        return out.joined(separator: "\n")
    }

    /// A self-contained HTML table with inline styles (notebook front ends drop `<style>` blocks
    /// inconsistently, inline styles survive).
    func html(caption: String? = nil) -> String {
        let cellStyle = "padding:4px 12px;border-bottom:1px solid \(HTMLTheme.rule);"
        var out = "<table style=\"\(HTMLTheme.colors)border-collapse:collapse;font-family:Helvetica,Arial,sans-serif;font-size:15px;margin:6px 0\">"
        if let caption = caption {
            out += "<caption style=\"caption-side:top;text-align:left;font-weight:bold;padding:4px 0\">\(Escape.html(caption))</caption>"
        }
        out += "<thead><tr>"
        for (c, h) in headers.enumerated() {
            let align = alignments[c] == .right ? "right" : "left"
            out += "<th style=\"\(cellStyle)text-align:\(align);border-bottom:2px solid \(HTMLTheme.strongRule);background:\(HTMLTheme.header)\">\(Escape.html(h))</th>"
        }
        out += "</tr></thead><tbody>"
        for (r, row) in rows.enumerated() {
            let bg = (r < rowColors.count ? rowColors[r] : nil).map { " style=\"background:\($0)\"" } ?? ""
            out += "<tr\(bg)>"
            for c in 0..<headers.count {
                let align = alignments[c] == .right ? "right" : "left"
                let mono = alignments[c] == .right ? "font-family:Menlo,Consolas,monospace;" : ""
                let wrap = noWrap.contains(c) ? "white-space:nowrap;" : ""
                out += "<td style=\"\(cellStyle)text-align:\(align);\(mono)\(wrap)\">\(Escape.html(cell(row, c)))</td>"
            }
            out += "</tr>"
        }
        out += "</tbody></table>"
        return out
    }

    /// A GitHub-flavoured Markdown table.
    var markdown: String {
        var out = "| " + headers.map(Escape.markdownCell).joined(separator: " | ") + " |\n"
        out += "|" + alignments.map { $0 == .right ? " ---: " : " --- " }.joined(separator: "|") + "|\n"
        for row in rows {
            out += "| " + (0..<headers.count).map { Escape.markdownCell(cell(row, $0)) }.joined(separator: " | ") + " |\n"
        }
        return out
    }
}
