struct Temperature {
    var celsius: Double
    init(celsius: Double) { self.celsius = celsius }
    init(fahrenheit: Double) { celsius = (fahrenheit - 32) * 5 / 9 }
    var fahrenheit: Double { celsius * 9 / 5 + 32 }
}
let t = Temperature(fahrenheit: 212)
print(t.celsius, Temperature(celsius: 37).fahrenheit)
