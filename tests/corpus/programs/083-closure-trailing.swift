func repeatN(_ n: Int, _ body: (Int) -> Void) {
    for i in 0..<n { body(i) }
}
repeatN(3) { i in print("step", i) }
let doubled = [1, 2, 3].map { x -> Int in
    let y = x * 2
    return y
}
print(doubled)
