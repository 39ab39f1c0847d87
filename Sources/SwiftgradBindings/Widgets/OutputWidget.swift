import SwiftgradLang
import Displays
import MimeBundle

/// `Output()`: an `@jupyter-widgets/output` area whose outputs the kernel sets (`outputs` state),
/// so callbacks can redraw into it: `out.display(x)`, `out.print(s)`, `out.clear()`,
/// `out.capture { ... }` (replaces the contents with what the closure shows).
enum OutputWidget {
    static func install(on t: NativeType) {
        func widget(_ n: NativeObject) -> Widget { t.unwrap(n, as: Widget.self) }
        t.method("display", labels: [nil], signature: "display(_ value: Any)", doc: "Appends a rich display.") { n, args in
            append(widget(n), [try args[0].mimeBundle()])
            return .void
        }
        t.method("print", labels: [nil], signature: "print(_ text: String)", doc: "Appends a line of text.") { n, args in
            append(widget(n), [MimeBundle(plain: args[0].description)])
            return .void
        }
        t.method("clear", labels: [], signature: "clear()", doc: "Removes every output.") { n, _ in
            widget(n).set([("outputs", .array([]))])
            return .void
        }
        t.method("capture", labels: [nil], signature: "capture(_ body: () -> Any)",
                 doc: "Replaces the contents with what `body` prints and displays (and its value).") { n, args in
            let parts = try OutputCapture.run(in: args.runtime) { try args.call(args[0]) }
            widget(n).set([("outputs", .array([]))])
            append(widget(n), parts)
            return .void
        }
        t.property("text", doc: "The plain text of the outputs.", get: { .str(text(widget($0))) })
        t.mimeBundle = { n in
            var bundle = CombinedOutput.bundle(outputs(widget(n)))
            if let view = widget(n).mimeBundle["application/vnd.jupyter.widget-view+json"] {
                bundle.data.insert(("application/vnd.jupyter.widget-view+json", view), at: 0)
            }
            return bundle
        }
        t.description = { text(widget($0)) }
    }

    /// Outputs as Jupyter output dicts (what the front end's output area takes).
    static func append(_ w: Widget, _ bundles: [MimeBundle]) {
        guard case let .array(current)? = w["outputs"] else { return }
        let added: [JSONValue] = bundles.map { b in
            .object([("output_type", .string("display_data")), ("data", .object(b.data)), ("metadata", .object(b.metadata))])
        }
        w.set([("outputs", .array(current + added))])
    }

    static func outputs(_ w: Widget) -> [MimeBundle] {
        guard case let .array(items)? = w["outputs"] else { return [] }
        return items.compactMap { item in
            guard case let .object(data)? = item["data"] else { return nil }
            return MimeBundle(data: data)
        }
    }

    static func text(_ w: Widget) -> String { outputs(w).map { $0.plainText }.joined(separator: "\n") }
}
