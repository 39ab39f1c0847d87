let value: Double? = 2.5
if let value { print(value * 2) }
func f(_ x: Int?) -> String {
    guard let x else { return "nil" }
    return "value \(x)"
}
print(f(3), f(nil))
