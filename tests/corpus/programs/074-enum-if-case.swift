enum Result2 { case ok(Int), fail(String) }
let rs: [Result2] = [.ok(1), .fail("bad"), .ok(5)]
var sum = 0
for r in rs {
    if case .ok(let v) = r { sum += v }
    if case .fail(let m) = r { print("failure:", m) }
}
print(sum)
