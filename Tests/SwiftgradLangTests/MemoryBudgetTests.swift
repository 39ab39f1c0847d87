import Foundation
import MemoryBudget
import XCTest
@testable import SwiftgradLang

/// Growing memory without end ends the cell with a `MemoryLimit` error; the session keeps its state
/// and, once the script frees what it built, runs again.
final class MemoryBudgetTests: XCTestCase {
    var savedLimit = 0

    override func setUp() {
        savedLimit = MemoryBudget.limit
        // A budget a little above what the process uses now, so the tests stop in seconds.
        MemoryBudget.releaseFreeMemory()
        MemoryBudget.limit = MemoryBudget.residentBytes() + 300 << 20
    }

    override func tearDown() { MemoryBudget.limit = savedLimit }

    func testADictionaryGrownWithoutEndIsAMemoryLimitError() throws {
        let s = Session()
        s.run("let kept = 42\nvar d: [Int: String] = [:]")
        let start = Date()
        let e = try XCTUnwrap(s.error("var i = 0\nwhile true { d[i] = \"item \\(i)\"; i += 1 }"))
        XCTAssertEqual(e.kind, "MemoryLimit", e.message)
        XCTAssertTrue(e.message.contains("memory budget"), e.message)
        XCTAssertLessThan(Date().timeIntervalSince(start), 120)
        XCTAssertEqual(s.run("print(kept, d.count > 1000)").output, "42 true\n")
        // Freed, the same session runs loops again.
        s.run("d = [:]")
        XCTAssertEqual(s.run("var n = 0\nfor i in 0..<100_000 { n += i % 2 }\nprint(n)").output, "50000\n")
    }

    func testAnArrayOfObjectsGrownWithoutEndIsAMemoryLimitError() throws {
        let s = Session()
        s.run("class Node { var next: Node?; var payload = [1, 2, 3, 4]; init(_ n: Node?) { next = n } }\nvar head: Node? = nil")
        let e = try XCTUnwrap(s.error("while true { head = Node(head) }"))
        XCTAssertEqual(e.kind, "MemoryLimit", e.message)
        s.run("head = nil")
        XCTAssertEqual(s.run("print(1 + 1)").output, "2\n")
    }

    func testOneLargeRequestOverTheBudgetFailsBeforeAllocating() {
        assertFails("let a = Array(repeating: 0, count: 9_000_000)\nlet b = Array(repeating: 1, count: 9_000_000)\nlet c = Array(repeating: 2, count: 9_000_000)",
                    kind: "MemoryLimit", message: "memory budget")
    }

    func testSizesParse() {
        XCTAssertEqual(MemoryBudget.parseSize("512M"), 512 << 20)
        XCTAssertEqual(MemoryBudget.parseSize("2 GiB"), 2 << 30)
        XCTAssertEqual(MemoryBudget.parseSize("1.5G"), 3 << 29)
        XCTAssertEqual(MemoryBudget.parseSize("none"), 0)
        XCTAssertEqual(MemoryBudget.parseSize("1000"), 1000)
        XCTAssertNil(MemoryBudget.parseSize("lots"))
        XCTAssertNil(MemoryBudget.parseSize("-5M"))
        XCTAssertGreaterThan(MemoryBudget.defaultLimit(), 0)
    }
}
