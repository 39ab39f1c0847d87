enum ParseError: Error { case bad(String) }
func parse(_ s: String) throws -> Int {
    guard let n = Int(s) else { throw ParseError.bad(s) }
    return n
}
print((try? parse("12")) ?? -1, (try? parse("x")) ?? -1)
print(try! parse("7") * 2)
let all = ["1", "2", "z"].compactMap { try? parse($0) }
print(all)
