import SeededRandom
@testable import SwiftgradLang

/// Seeded mutations of script source for the fuzz test: character and token edits, truncation,
/// inserted brackets/operators/unicode/huge literals, splices from other programs, deep nesting.
struct FuzzMutator {
    /// SplitMix64 (the language's own): small, seeded, the same sequence on every platform.
    struct Generator {
        var state: UInt64
        mutating func next() -> UInt64 { RandomSource.splitMix64(&state) }
        mutating func below(_ n: Int) -> Int { n <= 1 ? 0 : Int(next() % UInt64(n)) }
        mutating func pick<T>(_ xs: [T]) -> T { xs[below(xs.count)] }
    }

    static let fragments: [String] = [
        "(", ")", "[", "]", "{", "}", "<", ">", "+", "-", "*", "/", "%", "**", "?", "!", "??", "?.", "...", "..<",
        "&", "=", "==", "!=", "&&", "||", ".", ",", ":", ";", "->", "$0", "$1", "\\(", "\"", "\"\"\"", "#",
        "/*", "*/", "//", "\n", " in ", "let ", "var ", "func ", "class ", "struct ", "enum ", "case ", "return ",
        "inout ", "self", "init", "nil", "_", "@", "`", "\\u{", "\\u{110000}", "\\u{D800}", "\\u{zz}", "\\q",
        "é", "🦆", "\u{0}", "\u{FEFF}", "\u{301}", "\u{202E}", "9223372036854775807", "9223372036854775808",
        "99999999999999999999999", "0x", "0xFFFFFFFFFFFFFFFFFF", "0b102", "1e999", "1e-999", "1_000_", ".5",
        "Int.max", "Int.min", "-9223372036854775808", "Double.nan", ".infinity", "Int.max + 1", "1 << 64",
        "Array(repeating: 0, count: Int.max)", "String(repeating: \"ab\", count: Int.max)", "[Int](repeating: 1, count: -1)",
        "xs[Int.max]", "[1][-1]", "(1...0)", "stride(from: 0, to: 10, by: 0)", "0..<Int.max", "Optional(1)",
        "type(of: x)", "switch x { }", "guard else", "while false {}", "repeat {} while false", "for _ in 0..<3 {}",
        "repeatElement(0, count: Int.max)", "Array(Int.min..<Int.max)", ".isMultiple(of: -1)", ".index(after: Int.max)",
        ".padding(toLength: Int.max, withPad: \" \", startingAt: 0)", "Int(\"1\", radix: 99)", "Int.random(in: Int.min...Int.max)",
        "{ $0 }", "{ x in x }", "&x", "x!", "x?", "try ", "throw ", "defer {}", "fatalError()", "help(print)",
    ]

    var random: Generator
    let corpus: [String]

    init(seed: UInt64, corpus: [String]) {
        random = Generator(state: seed)
        self.corpus = corpus
    }

    /// A corpus program with one to four mutations applied.
    mutating func next() -> String {
        var chars = Array(random.pick(corpus).unicodeScalars)
        for _ in 0...random.below(random.below(3) == 0 ? 4 : 1) {
            // Half the edits keep the program mostly well-formed, so runs get past the parser.
            if random.below(2) == 0 { mutate(&chars) } else { mutateSoftly(&chars) }
        }
        var s = String.UnicodeScalarView()
        s.append(contentsOf: chars)
        return String(s)
    }

    mutating func mutate(_ chars: inout [Unicode.Scalar]) {
        let n = chars.count
        let a = random.below(n + 1), b = min(n, a + random.below(40))
        switch random.below(9) {
        case 0: chars.removeSubrange(a..<b)                                       // delete characters
        case 1: chars.insert(contentsOf: chars[a..<b], at: random.below(n + 1))  // duplicate a range
        case 2: swapTokens(&chars)
        case 3: chars.removeSubrange(a..<n)                                       // truncate
        case 4, 5: chars.insert(contentsOf: random.pick(FuzzMutator.fragments).unicodeScalars, at: a)
        case 6:                                                                  // splice from another program
            let other = Array(random.pick(corpus).unicodeScalars)
            let c = random.below(other.count + 1), d = min(other.count, c + random.below(200))
            chars.replaceSubrange(a..<b, with: other[c..<d])
        case 7: nest(&chars, range: a..<b)
        default:                                                                 // replace a character
            if a < n { chars[a] = random.pick(Array("(){}[]+-*/.,:;?!=<>&|\"\\$0 \n".unicodeScalars)) }
        }
    }

    static let operators = [" + ", " - ", " * ", " / ", " % ", " ** ", " == ", " < ", " && ", " ?? ", "..<", "...",
                            " = ", " += ", " -= ", " *= ", "!", "?", ".", " & ", " << ", " === "]
    /// A line wrapped in a loop, a closure, a function, a type, a condition or a string.
    static let wrappers = [("for _ in 0..<3 { ", " }"), ("_ = { ", " }()"), ("func wrapped() { ", " }; wrapped()"),
                           ("if true { ", " }"), ("class Wrapped { func m() { ", " } }; Wrapped().m()"),
                           ("repeat { ", " } while false"), ("print(\"\\(", ")\")"), ("do { ", " }")]

    static let edgeNumbers = ["0", "-1", "1", "2", "Int.max", "Int.min", "9223372036854775807", "1e308", "-0.0",
                              "Double.nan", "Double.infinity", "100000000", "1_000_000_000", "0.1", "64", "-64"]

    /// Edits that keep the shape of the program: numbers become edge cases, a name becomes another
    /// name of the program, a line is deleted, duplicated or moved.
    mutating func mutateSoftly(_ chars: inout [Unicode.Scalar]) {
        let words = wordRanges(chars)
        switch random.below(7) {
        case 0:
            let numbers = words.filter { chars[$0.lowerBound].properties.numericType != nil }
            guard !numbers.isEmpty else { return }
            chars.replaceSubrange(random.pick(numbers), with: random.pick(FuzzMutator.edgeNumbers).unicodeScalars)
        case 1:
            let names = words.filter { chars[$0.lowerBound].properties.isAlphabetic }
            guard !names.isEmpty else { return }
            let replacement = Array(chars[random.pick(names)])
            chars.replaceSubrange(random.pick(names), with: replacement)
        case 2:
            let operators = words.filter { "+-*/%<>=!&|?.".unicodeScalars.contains(chars[$0.lowerBound]) }
            guard !operators.isEmpty else { return }
            chars.replaceSubrange(random.pick(operators), with: random.pick(FuzzMutator.operators).unicodeScalars)
        case 3:
            guard !words.isEmpty else { return }
            let at = random.pick(words).lowerBound
            chars.insert(contentsOf: (random.pick(FuzzMutator.fragments) + " ").unicodeScalars, at: at)
        case 4:
            var lines = String(String.UnicodeScalarView(chars)).components(separatedBy: "\n")
            let i = random.below(lines.count)
            let (open, close) = random.pick(FuzzMutator.wrappers)
            lines[i] = open + lines[i] + close
            chars = Array(lines.joined(separator: "\n").unicodeScalars)
        default:
            var lines = String(String.UnicodeScalarView(chars)).components(separatedBy: "\n")
            let i = random.below(lines.count), j = random.below(lines.count)
            switch random.below(3) {
            case 0: lines.remove(at: i)
            case 1: lines.insert(lines[i], at: j)
            default: lines.swapAt(i, j)
            }
            chars = Array(lines.joined(separator: "\n").unicodeScalars)
        }
    }

    /// Runs of letters/digits (with `_`), and single other characters except spaces.
    func wordRanges(_ chars: [Unicode.Scalar]) -> [Range<Int>] {
        func isWord(_ c: Unicode.Scalar) -> Bool { c == "_" || c.properties.isAlphabetic || c.properties.numericType != nil }
        var ranges: [Range<Int>] = []
        var i = 0
        while i < chars.count {
            var j = i + 1
            if isWord(chars[i]) { while j < chars.count && isWord(chars[j]) { j += 1 } }
            if chars[i] != " " && chars[i] != "\n" { ranges.append(i..<j) }
            i = j
        }
        return ranges
    }

    /// Swaps two "words" (runs of letters/digits, or single other characters).
    mutating func swapTokens(_ chars: inout [Unicode.Scalar]) {
        let tokens = wordRanges(chars)
        guard tokens.count >= 2 else { return }
        var x = random.pick(tokens), y = random.pick(tokens)
        if x.lowerBound > y.lowerBound { swap(&x, &y) }
        guard x.upperBound <= y.lowerBound else { return }
        let first = Array(chars[x]), second = Array(chars[y])
        chars.replaceSubrange(y, with: first)
        chars.replaceSubrange(x, with: second)
    }

    /// Wraps a range in many brackets of one kind (sometimes unbalanced), up to a few hundred deep.
    mutating func nest(_ chars: inout [Unicode.Scalar], range: Range<Int>) {
        let (open, close) = random.pick([("(", ")"), ("[", "]"), ("{", "}"), ("{ ", " }()"), ("if true { ", " }"), ("-", "")])
        let depth = 1 + random.below(random.below(2) == 0 ? 20 : 400)
        let balanced = random.below(4) != 0
        let inner = Array(chars[range])
        let opening = Array(String(repeating: open, count: depth).unicodeScalars)
        let closing = Array(String(repeating: close, count: balanced ? depth : random.below(depth + 1)).unicodeScalars)
        chars.replaceSubrange(range, with: opening + inner + closing)
    }
}
