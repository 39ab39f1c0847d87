func describe(_ x: Int?) -> String {
    switch x {
    case .none: return "nothing"
    case .some(let v) where v < 0: return "negative \(v)"
    case .some(let v): return "value \(v)"
    }
}
print(describe(nil), describe(-3), describe(8))
let values: [Int?] = [1, nil, 3]
for v in values {
    if case let x? = v { print("got", x) } else { print("missing") }
}
let maybe: String? = "hi"
if case .some(let s) = maybe { print(s.count) }
