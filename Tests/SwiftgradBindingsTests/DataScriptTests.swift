import Foundation
import XCTest

/// Seeded randomness, the data sets, `loadCSV` and `shuffled()` from scripts.
final class DataScriptTests: ScriptTestCase {

    func testSeedMakesRandomnessReproducible() throws {
        let draw = "[random(in: -1.0...1.0), randn(), random(in: 0...10), MLP(2, [2, 1]).parameters()[0].data, makeMoons(3, noise: 0.2).X[2][1]]"
        try s.run("seed(42)")
        let first = try s.numbers(draw)
        try s.run("seed(42)")
        XCTAssertEqual(try s.numbers(draw), first)
        try s.run("seed(43)")
        XCTAssertNotEqual(try s.numbers(draw), first)
        XCTAssertTrue((-1...1).contains(first[0]))
        XCTAssertTrue((0...10).contains(first[2]))
    }

    func testDataSetShapesAndLabels() throws {
        let cases: [(String, Int, Set<Int>)] = [
            ("xorData()", 4, [0, 1]),
            ("makeMoons(50, noise: 0.1)", 50, [0, 1]),
            ("makeCircles(40, noise: 0.05, factor: 0.5)", 40, [0, 1]),
            ("makeSpirals(60, classes: 3)", 60, [0, 1, 2]),
            ("makeBlobs(30, centers: 3)", 30, [0, 1, 2]),
        ]
        for (call, n, labels) in cases {
            try s.run("let (X, y) = \(call)\nvar widths: [Int] = []\nfor row in X { widths.append(row.count) }")
            XCTAssertEqual(try s.number("X.count"), Double(n), call)
            XCTAssertEqual(try s.number("y.count"), Double(n), call)
            XCTAssertEqual(Set(try s.numbers("widths")), [2], "\(call): 2-D points")
            XCTAssertEqual(Set(try s.numbers("y").map { Int($0) }), labels, call)
            XCTAssertEqual(try s.text("type(of: y[0])"), "Int", "\(call): integer labels")
        }
        XCTAssertEqual(try s.numbers("xorData().y"), [0, 1, 1, 0])
        XCTAssertEqual(try s.numbers("xorData().X[3]"), [1, 1])
    }

    func testLoadCSV() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("swiftgrad-\(UUID().uuidString).csv").path
        try "x0,x1,label\n0.5,1.5,1\n-2,3.25,0\n".write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        try s.run("let (X, y) = loadCSV(\"\(path)\")")
        XCTAssertEqual(try s.numbers("X[0]"), [0.5, 1.5])
        XCTAssertEqual(try s.numbers("X[1]"), [-2, 3.25])
        XCTAssertEqual(try s.numbers("y"), [1, 0])
        XCTAssertEqual(s.error("loadCSV(\"/nonexistent/file.csv\")")?.kind, "IOError")
    }

    func testShuffledIsAPermutation() throws {
        try s.run("seed(9)\nlet (X, y) = makeMoons(20)\nlet order = Array(0..<20).shuffled()")
        let order = try s.numbers("order").map { Int($0) }
        XCTAssertEqual(order.sorted(), Array(0..<20))
        XCTAssertNotEqual(order, Array(0..<20))
    }

    func testOneSeedGovernsTheLanguagesRandomnessToo() throws {
        let draw = "[Array(0..<10).shuffled(), [Double.random(in: 0...1)], [Int.random(in: 0..<1000)], [[1, 2, 3].randomElement()!]]"
        try s.run("seed(21)")
        let first = try s.text(draw)
        try s.run("seed(21)")
        XCTAssertEqual(try s.text(draw), first, "shuffled, random(in:) and randomElement follow seed(n)")
        try s.run("seed(22)")
        XCTAssertNotEqual(try s.text(draw), first)
    }
}
