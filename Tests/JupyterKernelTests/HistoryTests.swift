import XCTest
@testable import JupyterKernel

final class HistoryTests: XCTestCase {
    private func sample() -> History {
        var h = History(session: 1)
        for (i, code) in ["let x = 1", "x + 1", "print(x)", "x + 1", "x * 2"].enumerated() {
            h.record(line: i + 1, input: code, output: code.hasPrefix("x") ? "2" : nil)
        }
        return h
    }

    /// Like IPython's cache_size: outputs of older cells are let go, and a huge output is kept cut.
    func testOutputsAreKeptForTheLastThousandCellsAndCut() {
        var h = History(session: 1)
        for i in 1...(History.outputCacheSize + 2) { h.record(line: i, input: "\(i)", output: "out \(i)") }
        XCTAssertNil(h.entries[0].output)
        XCTAssertNil(h.entries[1].output)
        XCTAssertEqual(h.entries[2].output, "out 3")
        XCTAssertEqual(h.entries.last?.output, "out \(History.outputCacheSize + 2)")
        XCTAssertEqual(h.entries[0].input, "1")
        h.record(line: 9999, input: "big", output: String(repeating: "x", count: 5 * History.maxOutputCharacters))
        let kept = h.entries.last?.output ?? ""
        XCTAssertLessThan(kept.count, History.maxOutputCharacters + 100)
        XCTAssertTrue(kept.hasSuffix("[output truncated in history]"))
    }

    func testTail() {
        XCTAssertEqual(sample().tail(2).map(\.input), ["x + 1", "x * 2"])
        XCTAssertEqual(sample().tail(0).count, 0)
    }

    func testRange() {
        XCTAssertEqual(sample().range(session: 1, start: 2, stop: 4).map(\.line), [2, 3])
        XCTAssertEqual(sample().range(session: 0, start: 4, stop: nil).map(\.line), [4, 5])
        XCTAssertEqual(sample().range(session: 7, start: 1, stop: nil).count, 0)
    }

    func testSearchGlobUniqueAndN() {
        let h = sample()
        XCTAssertEqual(h.search(pattern: "x*", unique: false, n: nil).map(\.line), [2, 4, 5])
        XCTAssertEqual(h.search(pattern: "x ? 1", unique: true, n: nil).map(\.line), [4])
        XCTAssertEqual(h.search(pattern: "*", unique: false, n: 2).map(\.line), [4, 5])
        XCTAssertEqual(h.search(pattern: "print*", unique: false, n: nil).map(\.input), ["print(x)"])
        XCTAssertTrue(History.glob("[lp]*", matches: "let x = 1"))
        XCTAssertFalse(History.glob("x", matches: "x + 1"), "globs are anchored at both ends")
    }
}
