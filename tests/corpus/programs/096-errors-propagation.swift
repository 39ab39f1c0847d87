struct ValidationError: Error { var message: String }
func check(_ x: Int) throws -> Int {
    if x < 0 { throw ValidationError(message: "negative: \(x)") }
    return x
}
func sumChecked(_ xs: [Int]) throws -> Int {
    var s = 0
    for x in xs { s += try check(x) }
    return s
}
do {
    print(try sumChecked([1, 2, 3]))
    print(try sumChecked([1, -2, 3]))
} catch let e as ValidationError {
    print("caught:", e.message)
}
