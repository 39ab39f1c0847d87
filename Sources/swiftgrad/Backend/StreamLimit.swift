import Foundation

/// Guards against output floods: caps the stream text (stdout and stderr together) of one cell and,
/// when the cap is crossed, adds one note saying so; later writes in that cell are dropped. Both hosts
/// use it: the kernel (a notebook with megabytes of `print` output becomes unusable) and `swiftgrad run`.
struct StreamLimit {
    /// Characters allowed per cell; nil means no limit.
    let maxCharacters: Int?
    /// How to raise the limit, for the note.
    let hint: String
    private(set) var used = 0
    private(set) var truncated = false

    /// The environment variable both hosts read (`0` or `none`: no limit).
    static let environmentVariable = "SWIFTGRAD_MAX_OUTPUT"
    /// The kernel's default: plenty for any lesson, far below what makes a notebook sluggish.
    static let kernelDefault = 100_000

    init(maxCharacters: Int?, hint: String) {
        self.maxCharacters = maxCharacters
        self.hint = hint
    }

    /// The limit from `SWIFTGRAD_MAX_OUTPUT` if set, else `fallback`.
    static func configured(fallback: Int?, environment: [String: String] = ProcessInfo.processInfo.environment) -> Int? {
        guard let raw = environment[environmentVariable]?.trimmingCharacters(in: .whitespaces), !raw.isEmpty else {
            return fallback
        }
        if raw == "none" || raw == "0" { return nil }
        return Int(raw).map { max(1, $0) } ?? fallback
    }

    /// A new cell starts with a fresh budget.
    mutating func reset() {
        used = 0
        truncated = false
    }

    /// What to show of `text` and, the first time the limit is crossed, the note to show after it.
    mutating func admit(_ text: String) -> (shown: String, note: String?) {
        guard let max = maxCharacters else { return (text, nil) }
        if truncated { return ("", nil) }
        let count = text.count
        if used + count <= max {
            used += count
            return (text, nil)
        }
        let shown = String(text.prefix(max - used))
        used = max
        truncated = true
        let newline = shown.isEmpty || shown.hasSuffix("\n") ? "" : "\n"
        return (shown, "\(newline)[output truncated: this cell wrote more than \(max) characters; \(hint)]\n")
    }
}
