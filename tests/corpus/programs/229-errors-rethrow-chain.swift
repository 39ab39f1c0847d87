enum ParseError: Error { case empty, notNumber(String) }
func parse(_ s: String) throws -> Int {
    if s.isEmpty { throw ParseError.empty }
    guard let n = Int(s) else { throw ParseError.notNumber(s) }
    return n
}
func sum(_ items: [String]) throws -> Int {
    var total = 0
    for i in items { total += try parse(i) }
    return total
}
do { print(try sum(["1", "2", "3"])) } catch { print("failed", error) }
do { print(try sum(["1", "", "3"])) } catch { print("failed", error) }
do { print(try sum(["1", "b"])) } catch ParseError.notNumber(let s) { print("not a number:", s) } catch { print("?") }
let r = try? sum(["4", "x"])
print(r == nil, (try? sum(["4", "5"])) ?? 0)
let forced = try! parse("77")
print(forced)
func applyAll(_ xs: [String], _ f: (String) throws -> Int) rethrows -> [Int] { try xs.map(f) }
print(try applyAll(["5", "6"], parse))
print(applyAll(["ab", "c"]) { $0.count })
print((try? applyAll(["1", "?"], parse)) == nil)
