import XCTest
@testable import SwiftgradLang

/// Tokens: literals, operators, comments, positions.
final class LexerTests: XCTestCase {
    func kinds(_ source: String) throws -> [TokenKind] {
        try Lexer.tokenize(source).map(\.kind).filter { $0 != .endOfFile }
    }

    func testNumberLiterals() throws {
        let tokens = try Lexer.tokenize("1_000 0x1F 0b101 2.5 1e-3 3")
        XCTAssertEqual(tokens.prefix(3).map(\.intValue), [1000, 31, 5])
        XCTAssertEqual(tokens[3].doubleValue, 2.5)
        XCTAssertEqual(tokens[4].kind, .floatLiteral)
        XCTAssertEqual(tokens[4].doubleValue, 0.001)
        XCTAssertEqual(tokens[5].kind, .integerLiteral)
    }

    func testIntegerLiteralTooLargeIsASyntaxError() {
        XCTAssertThrowsError(try Lexer.tokenize("99999999999999999999"))
    }

    func testOperatorsKeywordsPunctuationAndShorthand() throws {
        XCTAssertEqual(try kinds("let x = a ** -b ?? $0"),
                       [.keyword, .identifier, .operator, .identifier, .operator, .operator, .identifier, .operator, .shorthandArgument])
        let ops = try Lexer.tokenize("a..<b ... c -> d").filter { $0.kind == .operator }.map(\.text)
        XCTAssertEqual(ops, ["..<", "...", "->"])
    }

    func testCommentsAreSkippedAndNest() throws {
        XCTAssertEqual(try kinds("a // line\n/* outer /* inner */ still */ b"), [.identifier, .identifier])
        let t = try Lexer.tokenize("a\n  b")
        XCTAssertTrue(t[1].newlineBefore)
        XCTAssertEqual(t[1].location.line, 2)
        XCTAssertEqual(t[1].location.column, 3)
    }

    func testStringInterpolationPieces() throws {
        let t = try Lexer.tokenize("\"a\\(x + 1)b\"")
        XCTAssertEqual(t[0].kind, .stringLiteral)
        XCTAssertEqual(t[0].stringPieces.count, 3)
        guard case let .interpolation(inner, _) = t[0].stringPieces[1] else { return XCTFail("no interpolation") }
        XCTAssertEqual(inner.filter { $0.kind != .endOfFile }.map(\.text), ["x", "+", "1"])
    }

    func testUnterminatedCommentAndStringAreAtEnd() {
        for source in ["/* open", "\"\"\"\nabc"] {
            do {
                _ = try Lexer.tokenize(source)
                XCTFail("\(source) lexed")
            } catch {
                XCTAssertTrue(error.isAtEnd, source)
            }
        }
    }
}
