struct Counter {
    private var counts: [String: Int] = [:]
    mutating func add(_ word: String) { counts[word, default: 0] += 1 }
    func count(of w: String) -> Int { counts[w] ?? 0 }
    var mostCommon: (String, Int)? { counts.max { a, b in a.value < b.value || (a.value == b.value && a.key > b.key) }.map { ($0.key, $0.value) } }
}
var c = Counter()
"a b a c b a".split(separator: " ").forEach { c.add(String($0)) }
print(c.count(of: "a"), c.count(of: "z"), c.mostCommon!)
let m = c.mostCommon
if let (w, n) = m { print(w, n) }
