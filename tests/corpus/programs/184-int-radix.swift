print(String(255, radix: 2), String(255, radix: 16), String(255, radix: 16, uppercase: true))
print(String(-10, radix: 2), String(0, radix: 8), String(35, radix: 36))
print(Int("ff", radix: 16)!, Int("1010", radix: 2)!, Int("zz", radix: 36)!)
print(Int("12a") == nil, Int("-45")!, Int("+7")!, Int(" 3") == nil)
func binary(_ n: Int, width: Int) -> String {
    let s = String(n, radix: 2)
    return String(repeating: "0", count: max(0, width - s.count)) + s
}
for n in 0..<5 { print(binary(n, width: 4)) }
