import Autodiff
@testable import Displays
import XCTest

final class GradTableTests: XCTestCase {
    func testSeed002RowsInBackwardOrderWithChainProducts() {
        let s = Seed002()
        s.L.backward()
        let table = GradTable(s.L)
        let text = table.plainText
        Preview.save("gradtable_seed002.txt", text)
        Preview.save("gradtable_seed002.html", "<html><body>\(table.html)</body></html>")
        let rows = text.split(separator: "\n").map(String.init)
        // Title, header, rule, then L, h, b, z, x, w (reverse traversal order).
        XCTAssertEqual(rows.count, 9)
        XCTAssertEqual(rows[3...].map { String($0.prefix(1)) }, ["L", "h", "b", "z", "x", "w"])
        XCTAssertTrue(rows[3].contains("49"))
        XCTAssertTrue(rows[3].contains("dL/dL = 1"))
        XCTAssertTrue(rows[4].contains("dL/dh = 2·h = 14"), rows[4])
        XCTAssertTrue(rows[5].contains("dL/db = dL/dh · dh/db = 14 · 1 = 14"), rows[5])
        XCTAssertTrue(rows[6].contains("dL/dz = dL/dh · dh/dz = 14 · 1 = 14"), rows[6])
        XCTAssertTrue(rows[7].contains("dL/dx = dL/dz · dz/dx = 14 · 2 = 28"), rows[7])
        XCTAssertTrue(rows[8].contains("dL/dw = dL/dz · dz/dw = 14 · 3 = 42"), rows[8])
        XCTAssertTrue(rows[8].contains("dz/dw = 3"), "local derivative column")
        XCTAssertTrue(rows[6].contains("w * x"), "computed-as column")
    }

    func testColumnsAreAligned() {
        let s = Seed002()
        s.L.backward()
        let rows = GradTable(s.L).plainText.split(separator: "\n").dropFirst()
        // The "computed as" column starts at the same offset on every row.
        let offsets = rows.filter { !$0.hasPrefix("─") }.map { row -> Int in
            let chars = Array(row)
            var k = 0
            while k < chars.count && chars[k] != " " { k += 1 }
            while k < chars.count && chars[k] == " " { k += 1 }
            return k
        }
        XCTAssertEqual(Set(offsets).count, 1, "\(offsets)")
    }

    func testNodeUsedTwiceShowsTheSum() {
        let a = Value(3, label: "a")
        let b = a + a
        b.label = "b"
        b.backward()
        let text = GradTable(b).plainText
        XCTAssertTrue(text.contains("db/da = 1 + 1 = 2"), text)
    }

    func testUnlabelledValuesGetNamesByOperation() {
        let f = SumTimes()
        f.f.backward()
        let text = GradTable(f.f).plainText
        XCTAssertTrue(text.contains("v1    x + y"), text)
        XCTAssertTrue(text.contains("f     v1 * z"), text)
        XCTAssertTrue(text.contains("df/dx = df/dv1 · dv1/dx = -4 · 1 = -4"), text)
    }

    func testBeforeBackwardGradsAreNotYetComputed() {
        let s = Seed002()
        let text = GradTable(s.L).plainText
        XCTAssertTrue(text.contains("not yet computed"))
        XCTAssertTrue(text.contains("run backward() on L"))
        XCTAssertFalse(text.contains("= 42"))
    }

    func testBundleHasTextHTMLAndMarkdown() throws {
        let s = Seed002()
        s.L.backward()
        let bundle = GradTable(s.L).mimeBundle
        XCTAssertEqual(bundle.mimeTypes, ["text/plain", "text/html", "text/markdown"])
        let html = try XCTUnwrap(bundle.text("text/html"))
        XCTAssertTrue(html.contains("<table"))
        XCTAssertTrue(html.contains("<td style=\"padding:4px 12px;border-bottom:1px solid \(HTMLTheme.rule);text-align:right;font-family:Menlo,Consolas,monospace;\">42</td>"))
        XCTAssertTrue(html.contains("dL/dw = dL/dz · dz/dw = 14 · 3 = 42"))
        let md = try XCTUnwrap(bundle.text("text/markdown"))
        XCTAssertTrue(md.contains("| w | parameter | 2 | 42 | dz/dw = 3 | dL/dw = dL/dz · dz/dw = 14 · 3 = 42 |"), md)
    }

    func testModelTableFlagsDeadReLUAndNorms() {
        RandomSource.shared.seed(7)
        let model = MLP(2, [3, 1])
        // Force neuron 1 of layer 1 dead: large negative bias, so its ReLU outputs 0.
        model.layers[0].neurons[0].bias.data = -100
        let out = model([1.0, 2.0])[0]
        out.backward()
        let table = GradTable(model: model)
        let text = table.plainText
        Preview.save("gradtable_model.html", "<html><body>\(table.html)</body></html>")
        XCTAssertTrue(text.contains("L1.N1.w0"))
        XCTAssertTrue(text.contains("1 dead ReLU"), text)
        XCTAssertTrue(table.flags.contains { $0.contains("ReLU neuron 1 got zero gradient") }, "\(table.flags)")
        // Layer 2 is linear: its grad norm is the norm of (h1, h2, h3, 1).
        let h = model.layers[0].neurons.map { n -> Double in
            let pre = n.bias.data + n.weights[0].data * 1 + n.weights[1].data * 2
            return max(0, pre)
        }
        let norm = (h.map { $0 * $0 }.reduce(0, +) + 1).squareRoot()
        XCTAssertTrue(text.contains(NumberFormat.short(norm)), "layer 2 norm \(norm) in\n\(text)")
    }

    func testModelTableFlagsExplodingLayer() {
        let model = MLP(1, [1], activation: .linear)
        let out = model([1e6])[0] * 1e3
        out.backward()
        let table = GradTable(model: model)
        XCTAssertTrue(table.flags.contains { $0.contains("exploding") }, "\(table.flags)")
    }
}
