class Temperature {
    static var readings = 0
    var celsius: Double = 0 
    var fahrenheit: Double {
        get { celsius * 9 / 5 + 32 }
        set { celsius = (newValue - 32) * 5 / 9 }
    }
    init(_ c: Double) { celsius = c; Temperature.readings += 1 }
}
let t = Temperature(100)
print(t.fahrenheit)
t.fahrenheit = 32
print(t.celsius, Temperature.readings)
