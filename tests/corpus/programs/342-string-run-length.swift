func encode(_ s: String) -> String {
    var out = ""
    var prev: Character? = nil
    var count = 0
    for c in s {
        if c == prev { count += 1; continue }
        if let p = prev { out += "\(count)\(p)" }
        prev = c
        count = 1
    }
    if let p = prev { out += "\(count)\(p)" }
    return out
}
func decode(_ s: String) -> String {
    var out = "", num = 0
    for c in s {
        if let d = c.wholeNumberValue { num = num * 10 + d } else { out += String(repeating: String(c), count: num); num = 0 }
    }
    return out
}
for s in ["aaabccdddd", "abc", "", "zzzzzzzzzzzz"] {
    let e = encode(s)
    print("[\(e)]", decode(e) == s)
}
