import Autodiff
import MimeBundle

/// Training progress as one line that is updated in place: a bar, the epoch, the loss and the speed.
/// The kernel sends it under one display id and updates it after each epoch.
public struct ProgressBar: MimeRepresentable {
    public let progress: TrainProgress
    /// Characters in the text bar.
    static let textWidth = 30

    public init(_ p: TrainProgress) { progress = p }

    var fraction: Double {
        progress.epochs > 0 ? Swift.min(1, Swift.max(0, Double(progress.epoch) / Double(progress.epochs))) : 0
    }

    var finished: Bool { progress.epoch >= progress.epochs }

    /// "epoch 12/100 · loss 0.1234 · 350 epochs/s" (and "done in 0.2 s" at the end). `timed: false` drops
    /// the speed and time from the final line.
    func status(timed: Bool = true) -> String {
        var s = "epoch \(progress.epoch)/\(progress.epochs) · loss \(NumberFormat.short(progress.loss))"
        if finished && !timed { return s + " · done" }
        if progress.elapsed > 0 {
            let rate = Double(progress.epoch) / progress.elapsed
            s += " · \(NumberFormat.short(rate >= 10 ? rate.rounded() : (rate * 10).rounded() / 10)) epochs/s"
        }
        if finished { s += " · done in \(NumberFormat.short((progress.elapsed * 100).rounded() / 100)) s" }
        return s
    }

    /// `[#########.....................]  30%  epoch 30/100 · loss 0.25 · 1200 epochs/s`. The final line
    /// has no timings (`… · done`): it is what stays in a terminal, a console or a saved notebook's text,
    /// and it reads the same on every run; the HTML form keeps "done in 0.2 s".
    public var plainText: String {
        let filled = Int((fraction * Double(ProgressBar.textWidth)).rounded(.down))
        let bar = String(repeating: "#", count: filled) + String(repeating: ".", count: ProgressBar.textWidth - filled)
        let percent = Int((fraction * 100).rounded(.down))
        return "[\(bar)] \(String(repeating: " ", count: 3 - String(percent).count))\(percent)%  \(status(timed: false))"
    }

    public var html: String {
        let percent = NumberFormat.fixed(fraction * 100, decimals: 1, trimZeros: true)
        // The bar (120-320 px) gives up width before the status breaks mid-line; on a narrow output the whole
        // status moves under the bar (flex-wrap) instead of "done in" wrapping alone.
        return "<div style=\"\(HTMLTheme.colors)font-family:Helvetica,Arial,sans-serif;font-size:15px;display:flex;flex-wrap:wrap;align-items:center;gap:4px 12px\">"
            + "<div style=\"flex:1 1 120px;max-width:320px;height:16px;background:\(HTMLTheme.track);border-radius:8px;overflow:hidden\">"
            + "<div style=\"width:\(percent)%;height:100%;background:\(HTMLTheme.accent)\"></div></div>"
            + "<span style=\"font-family:Menlo,Consolas,monospace;white-space:nowrap\">\(Escape.html(status()))</span></div>"
    }

    public var mimeBundle: MimeBundle {
        MimeBundle(data: [("text/plain", .string(plainText)), ("text/html", .string(html))])
    }
}
