func toRoman(_ n: Int) -> String {
    let table: [(Int, String)] = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
                                  (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
    var n = n, out = ""
    for (v, s) in table { while n >= v { out += s; n -= v } }
    return out
}
func fromRoman(_ s: String) -> Int {
    let values: [Character: Int] = ["I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000]
    let digits = s.compactMap { values[$0] }
    var total = 0
    for (i, d) in digits.enumerated() {
        if i + 1 < digits.count && d < digits[i + 1] { total -= d } else { total += d }
    }
    return total
}
for n in [4, 9, 14, 40, 1994, 2024, 3999] { print(n, toRoman(n), fromRoman(toRoman(n))) }
