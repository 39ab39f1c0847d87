print(Int(3.99), Int(-3.99), Int("123")! + 1, Int("abc") == nil)
print(Double(7) / 2, String(255, radix: 2), String(255, radix: 16))
print(Int("ff", radix: 16)!, Int("-12")!)
print(String(42) + "!", "\(7)" + "\(8)")
