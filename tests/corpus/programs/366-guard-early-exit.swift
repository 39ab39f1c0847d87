func process(_ input: [String: Any]) -> String {
    guard let name = input["name"] as? String else { return "missing name" }
    guard let age = input["age"] as? Int, age >= 0 else { return "bad age for \(name)" }
    guard age >= 18 else { return "\(name) is a minor" }
    return "\(name), \(age)"
}
print(process(["name": "Ann", "age": 30]))
print(process(["name": "Bo", "age": -1]))
print(process(["name": "Cy", "age": 12]))
print(process(["age": 40]))
print(process(["name": "Di", "age": "x"]))
func firstNegative(_ xs: [Int]) -> Int? {
    for x in xs {
        guard x >= 0 else { return x }
    }
    return nil
}
print(firstNegative([3, 1, -4, -1]) ?? 0, firstNegative([1]) ?? 0)
