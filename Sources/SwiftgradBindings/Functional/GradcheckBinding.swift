import Foundation
import SwiftgradLang
import Autodiff
import MimeBundle
import Displays

/// `gradcheck(f, at: [x, y])`: the engine's gradients against central differences, as a table with
/// a pass/fail. `f` takes one Value per input (`{ x, y in ... }`) or one array (`{ v in ... }`).
enum GradcheckBinding {
    static let type: NativeType = makeType()

    static func install(_ b: Binder) {
        b.type(type)
        b.function("gradcheck", labels: nil,
                   signature: "gradcheck(_ f: (Value...) -> Value, at xs: [Double], eps: Double = 1e-6, atol: Double = 1e-5, rtol: Double = 1e-3) -> GradcheckReport",
                   doc: """
                   Compares backward()'s gradient of f with central differences (f(x+eps) − f(x−eps)) / 2eps for each \
                   input. Shows a table (input, analytic, numeric, relative error, ok); `.passed` says whether every row is within \
                   atol + rtol·|numeric|. Catches a wrong derivative in a custom op.
                   """) { args in
            let r = args.named("gradcheck")
            guard let at = r.labeled("at") else { throw r.error("missing 'at:' (the inputs)") }
            let xs = try at.asDouble.map { [$0] } ?? Convert.doubles(at, "at:")
            let f = try r.closure(label: "of")
            let rt = args.runtime
            // Spread the inputs over the parameters, or pass one array if the function takes one: only a
            // call that does not fit the parameters falls back (an error inside f is f's error).
            var spread = true
            if xs.count > 1 {
                do { _ = try rt.call(f, xs.map { ValueBinding.wrap(Node($0)) }) } catch let e as RuntimeError where isArityMismatch(e) {
                    spread = false
                }
            }
            let report = try gradcheck(at: xs, eps: try r.double("eps", default: 1e-6), atol: try r.double("atol", default: 1e-5),
                                       rtol: try r.double("rtol", default: 1e-3)) { nodes in
                let out = spread ? try rt.call(f, nodes.map(ValueBinding.wrap)) : try rt.call(f, [Convert.array(nodes)])
                return try ValueBinding.operand(out, "gradcheck's function result")
            }
            return .native(type.wrap(report))
        }
    }

    /// The language's error for a call whose arguments do not fit the parameters.
    static func isArityMismatch(_ e: RuntimeError) -> Bool {
        e.kind == .typeMismatch && e.message.contains("argument") && e.message.contains("in call to")
    }

    static func text(_ report: GradcheckReport) -> String {
        let header = ["input", "analytic", "numeric", "rel. error", "ok"]
        let rows = report.rows.map { row in
            ["x\(row.input)", fmt(row.analytic), fmt(row.numeric), String(format: "%.2e", row.relativeError), row.ok ? "✓" : "✗"]
        }
        let all = [header] + rows
        let widths = (0..<header.count).map { c in all.map { $0[c].count }.max() ?? 0 }
        let lines = all.map { cells in
            cells.enumerated().map { c, s in s.padding(toLength: widths[c], withPad: " ", startingAt: 0) }
                .joined(separator: "  ").trimmingCharacters(in: .whitespaces)
        }
        let verdict = report.passed ? "✓ gradcheck passed (\(report.rows.count) inputs)"
                                    : "✗ gradcheck FAILED: \(report.rows.filter { !$0.ok }.count) of \(report.rows.count) inputs disagree"
        return (lines + [verdict]).joined(separator: "\n")
    }

    static func html(_ report: GradcheckReport) -> String {
        var s = "<div style=\"\(HTMLTheme.colors)\"><table><thead><tr><th>input</th><th>analytic</th><th>numeric</th><th>rel. error</th><th>ok</th></tr></thead><tbody>"
        for row in report.rows {
            let color = row.ok ? "" : " style=\"background:\(HTMLTheme.problemTint)\""
            s += "<tr\(color)><td>x\(row.input)</td><td>\(fmt(row.analytic))</td><td>\(fmt(row.numeric))</td>"
            s += "<td>\(String(format: "%.2e", row.relativeError))</td><td>\(row.ok ? "✓" : "✗")</td></tr>"
        }
        let color = report.passed ? HTMLTheme.success : HTMLTheme.failure
        s += "</tbody></table><p style=\"color:\(color)\"><b>\(report.passed ? "✓ gradcheck passed" : "✗ gradcheck failed")</b></p></div>"
        return s
    }

    static func fmt(_ x: Double) -> String { String(format: "%.6g", x) }

    private static func makeType() -> NativeType {
        let t = NativeType(name: "GradcheckReport", doc: "The result of gradcheck: a table and `passed`.")
        t.property("passed", doc: "True when every input's gradient matches.", get: { .bool(t.unwrap($0, as: GradcheckReport.self).passed) })
        t.property("rows", doc: "(input, analytic, numeric, relativeError, ok) per input.", get: { n in
            .arr(t.unwrap(n, as: GradcheckReport.self).rows.map { row in
                .tuple([.int(row.input), .double(row.analytic), .double(row.numeric), .double(row.relativeError), .bool(row.ok)],
                       labels: ["input", "analytic", "numeric", "relativeError", "ok"])
            })
        })
        t.description = { text(t.unwrap($0, as: GradcheckReport.self)) }
        t.mimeBundle = { n in
            let r = t.unwrap(n, as: GradcheckReport.self)
            return MimeBundle(data: [("text/plain", .string(text(r))), ("text/html", .string(html(r)))])
        }
        return t
    }
}
