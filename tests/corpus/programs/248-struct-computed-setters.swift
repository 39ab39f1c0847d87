struct Temperature {
    var celsius: Double
    var fahrenheit: Double {
        get { celsius * 9 / 5 + 32 }
        set { celsius = (newValue - 32) * 5 / 9 }
    }
}
var t = Temperature(celsius: 100)
print(t.fahrenheit)
t.fahrenheit = 32
print(t.celsius)
struct Rect {
    var origin = (x: 0.0, y: 0.0)
    var size = (w: 1.0, h: 1.0)
    var center: (x: Double, y: Double) {
        get { (origin.x + size.w / 2, origin.y + size.h / 2) }
        set { origin = (newValue.x - size.w / 2, newValue.y - size.h / 2) }
    }
    var area: Double { size.w * size.h }
}
var r = Rect(size: (w: 4, h: 2))
r.center = (10, 10)
print(r.origin, r.center, r.area)
