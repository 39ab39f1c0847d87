/// A hand-written SVG plot: frame, grid, ticks and labels sized for a projector (16 px text, thick
/// lines), then the marks. Everything is written into one String buffer.
struct SVGCanvas {
    static let width = 720.0
    static let height = 450.0
    static let left = 78.0, right = 28.0, top = 56.0, bottom = 62.0
    static let font = "Helvetica, Arial, sans-serif"
    /// Colour-blind-friendly class colours (Tableau 10).
    static let palette = ["#4e79a7", "#f28e2b", "#59a14f", "#e15759", "#b07aa1", "#76b7b2", "#edc948", "#ff9da7", "#9c755f", "#bab0ac"]
    static let lineColor = "#1f5fa8"

    static var plotX: (Double, Double) { (left, width - right) }
    static var plotY: (Double, Double) { (height - bottom, top) }

    private(set) var body = ""
    let x: AxisScale
    let y: AxisScale

    init(x: AxisScale, y: AxisScale) {
        self.x = x
        self.y = y
    }

    static func color(_ label: Int) -> String { palette[((label % palette.count) + palette.count) % palette.count] }

    static func num(_ v: Double) -> String { NumberFormat.fixed(v, decimals: 1, trimZeros: true) }

    /// Gridlines, tick labels, axis titles and the plot title.
    mutating func axes(title: String?, xLabel: String, yLabel: String) {
        let (x0, x1) = SVGCanvas.plotX, (y0, y1) = SVGCanvas.plotY
        for t in y.ticks {
            let py = SVGCanvas.num(y(t))
            body += "<line x1=\"\(SVGCanvas.num(x0))\" y1=\"\(py)\" x2=\"\(SVGCanvas.num(x1))\" y2=\"\(py)\" stroke=\"#e4e4e4\" stroke-width=\"1\"/>"
            body += "<text x=\"\(SVGCanvas.num(x0 - 8))\" y=\"\(py)\" text-anchor=\"end\" dominant-baseline=\"middle\" font-size=\"15\" fill=\"#333\">\(Escape.html(y.label(t)))</text>"
        }
        for t in x.ticks {
            let px = SVGCanvas.num(x(t))
            body += "<line x1=\"\(px)\" y1=\"\(SVGCanvas.num(y0))\" x2=\"\(px)\" y2=\"\(SVGCanvas.num(y1))\" stroke=\"#e4e4e4\" stroke-width=\"1\"/>"
            body += "<text x=\"\(px)\" y=\"\(SVGCanvas.num(y0 + 22))\" text-anchor=\"middle\" font-size=\"15\" fill=\"#333\">\(Escape.html(x.label(t)))</text>"
        }
        body += "<rect x=\"\(SVGCanvas.num(x0))\" y=\"\(SVGCanvas.num(y1))\" width=\"\(SVGCanvas.num(x1 - x0))\" height=\"\(SVGCanvas.num(y0 - y1))\" fill=\"none\" stroke=\"#555\" stroke-width=\"1.5\"/>"
        body += "<text x=\"\(SVGCanvas.num((x0 + x1) / 2))\" y=\"\(SVGCanvas.num(SVGCanvas.height - 14))\" text-anchor=\"middle\" font-size=\"17\" fill=\"#222\">\(Escape.html(xLabel))</text>"
        body += "<text transform=\"translate(20 \(SVGCanvas.num((y0 + y1) / 2))) rotate(-90)\" text-anchor=\"middle\" font-size=\"17\" fill=\"#222\">\(Escape.html(yLabel))</text>"
        if let title = title { self.title(title) }
    }

    /// The title, left-aligned over the frame; a long one is set smaller, and squeezed to the width
    /// at the smallest size, rather than cut off at the picture's edge.
    mutating func title(_ title: String) {
        let available = SVGCanvas.width - SVGCanvas.left - SVGCanvas.right
        let estimated = { (size: Double) in Double(title.count) * size * 0.6 }   // bold Helvetica, on average
        let size = Swift.max(13, Swift.min(21, 21 * available / estimated(21)))
        let squeeze = estimated(size) > available
            ? " textLength=\"\(SVGCanvas.num(available))\" lengthAdjust=\"spacingAndGlyphs\"" : ""
        body += "<text x=\"\(SVGCanvas.num(SVGCanvas.left))\" y=\"34\" font-size=\"\(SVGCanvas.num(size))\" font-weight=\"bold\" fill=\"#111\"\(squeeze)>\(Escape.html(title))</text>"
    }

    /// A polyline through the finite points; breaks at non-finite ones.
    mutating func line(_ xs: [Double], _ ys: [Double], color: String = SVGCanvas.lineColor, width: Double = 3) {
        var segment: [String] = []
        func flush() {
            if segment.count > 1 {
                body += "<polyline fill=\"none\" stroke=\"\(color)\" stroke-width=\"\(SVGCanvas.num(width))\" stroke-linejoin=\"round\" stroke-linecap=\"round\" points=\"\(segment.joined(separator: " "))\"/>"
            } else if let only = segment.first {
                let p = only.split(separator: ",")
                body += "<circle cx=\"\(p[0])\" cy=\"\(p[1])\" r=\"4\" fill=\"\(color)\"/>"
            }
            segment.removeAll()
        }
        for (a, b) in zip(xs, ys) {
            guard a.isFinite, b.isFinite, !y.logarithmic || b > 0 else { flush(); continue }
            segment.append("\(SVGCanvas.num(x(a))),\(SVGCanvas.num(y(b)))")
        }
        flush()
    }

    mutating func point(_ a: Double, _ b: Double, color: String, radius: Double = 6) {
        guard a.isFinite, b.isFinite else { return }
        body += "<circle cx=\"\(SVGCanvas.num(x(a)))\" cy=\"\(SVGCanvas.num(y(b)))\" r=\"\(SVGCanvas.num(radius))\" fill=\"\(color)\" stroke=\"white\" stroke-width=\"1.5\"/>"
    }

    /// A filled rectangle in data coordinates. The colour is mixed with white rather than drawn
    /// translucent, so neighbouring cells that overlap by half a pixel show no seams.
    mutating func rect(x0: Double, y0: Double, x1: Double, y1: Double, color: String, opacity: Double) {
        let px0 = x(x0), px1 = x(x1), py0 = y(y0), py1 = y(y1)
        body += "<rect x=\"\(SVGCanvas.num(Swift.min(px0, px1)))\" y=\"\(SVGCanvas.num(Swift.min(py0, py1)))\" width=\"\(SVGCanvas.num(Swift.abs(px1 - px0) + 0.5))\" height=\"\(SVGCanvas.num(Swift.abs(py1 - py0) + 0.5))\" fill=\"\(SVGCanvas.mixWithWhite(color, opacity))\"/>"
    }

    /// `#rrggbb` blended with white: `alpha` 1 is the colour, 0 is white.
    static func mixWithWhite(_ hex: String, _ alpha: Double) -> String {
        let digits = Array(hex.dropFirst())
        guard digits.count == 6 else { return hex }
        let a = Swift.min(1, Swift.max(0, alpha))
        var out = "#"
        for k in 0..<3 {
            let channel = Double(Int(String(digits[2 * k..<2 * k + 2]), radix: 16) ?? 255)
            let mixed = Int((255 - (255 - channel) * a).rounded())
            let h = String(mixed, radix: 16)
            out += h.count == 1 ? "0" + h : h
        }
        return out
    }

    /// Text at a pixel position, with a white halo so it stays readable over lines and cells.
    mutating func text(_ s: String, px: Double, py: Double, anchor: String = "start", size: Double = 15, color: String = "#222", bold: Bool = false) {
        body += "<text x=\"\(SVGCanvas.num(px))\" y=\"\(SVGCanvas.num(py))\" text-anchor=\"\(anchor)\" font-size=\"\(SVGCanvas.num(size))\" fill=\"\(color)\" stroke=\"white\" stroke-width=\"4\" paint-order=\"stroke\"\(bold ? " font-weight=\"bold\"" : "")>\(Escape.html(s))</text>"
    }

    /// A legend of coloured dots in the top-right corner, inside the frame.
    mutating func legend(_ entries: [(String, String)]) {
        guard !entries.isEmpty else { return }
        let longest = entries.map { $0.0.count }.max() ?? 0
        let w = 38.0 + Double(longest) * 8.5
        let x0 = SVGCanvas.width - SVGCanvas.right - w - 8
        let y0 = SVGCanvas.top + 8
        body += "<rect x=\"\(SVGCanvas.num(x0))\" y=\"\(SVGCanvas.num(y0))\" width=\"\(SVGCanvas.num(w))\" height=\"\(SVGCanvas.num(Double(entries.count) * 24 + 8))\" rx=\"5\" fill=\"white\" fill-opacity=\"0.85\" stroke=\"#bbb\"/>"
        for (k, entry) in entries.enumerated() {
            let cy = y0 + 16 + Double(k) * 24
            body += "<circle cx=\"\(SVGCanvas.num(x0 + 14))\" cy=\"\(SVGCanvas.num(cy))\" r=\"6\" fill=\"\(entry.1)\"/>"
            text(entry.0, px: x0 + 28, py: cy + 5)
        }
    }

    /// The finished document.
    var svg: String {
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(Int(SVGCanvas.width))\" height=\"\(Int(SVGCanvas.height))\" viewBox=\"0 0 \(Int(SVGCanvas.width)) \(Int(SVGCanvas.height))\" font-family=\"\(SVGCanvas.font)\">"
            + "<rect width=\"100%\" height=\"100%\" fill=\"white\"/>" + body + "</svg>"
    }
}
