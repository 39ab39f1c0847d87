func greet(_ name: String, with greeting: String = "Hello", times: Int = 1) -> String {
    Array(repeating: "\(greeting), \(name)!", count: times).joined(separator: " ")
}
print(greet("Ann"))
print(greet("Bo", with: "Hi"))
print(greet("Cy", times: 2))
func sum(_ xs: Double...) -> Double { xs.reduce(0, +) }
print(sum(), sum(1, 2.5), sum(1, 2, 3, 4))
