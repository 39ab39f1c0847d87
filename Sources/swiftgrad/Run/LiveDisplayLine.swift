import Foundation
import MimeBundle

/// How `swiftgrad run` shows a display that has an id (train's progress bar, `display(x, id:)`):
/// while it is being updated, its one-line text/plain is redrawn in place on stderr with `\r`;
/// when other output comes (or the script ends) the line is finished with a newline and the
/// display's final text/plain goes to stdout once. So a terminal shows one live line, and a pipe
/// of stdout gets each display's last state instead of thousands of progress lines.
struct LiveDisplayLine {
    private(set) var id: String?
    private var latest: MimeBundle?
    /// Characters of the line currently drawn on stderr (0: nothing drawn).
    private var drawnWidth = 0
    /// The terminal's width when stderr is a terminal (lines are cut to fit so `\r` can redraw them).
    let columns: Int?

    init(columns: Int?) { self.columns = columns }

    /// Shows a new state of display `id`. Returns what to write to stderr, and the previous live
    /// display's ending when `id` is a different display (see `finish`).
    mutating func show(_ bundle: MimeBundle, id: String) -> (finished: (stderr: String, stdout: String)?, stderr: String) {
        var finished: (stderr: String, stdout: String)?
        if self.id != id { finished = finish() }
        self.id = id
        latest = bundle
        let text = bundle.plainText.trimmingCharacters(in: .newlines)
        // Several lines (e.g. the loss curve train ends with) are not animated: they go to stdout at the end.
        guard !text.contains("\n") else { return (finished, "") }
        var line = text
        if let columns, line.count > columns - 1 { line = String(line.prefix(max(1, columns - 1))) }
        let width = line.count
        let padding = String(repeating: " ", count: max(0, drawnWidth - width))
        drawnWidth = width
        return (finished, "\r" + line + padding)
    }

    /// Ends the live display: a newline for stderr if a line is drawn, and its last state for stdout.
    mutating func finish() -> (stderr: String, stdout: String)? {
        guard let bundle = latest else { return nil }
        let stderr = drawnWidth > 0 ? "\n" : ""
        let text = bundle.plainText
        id = nil
        latest = nil
        drawnWidth = 0
        return (stderr, text.hasSuffix("\n") ? text : text + "\n")
    }
}
