class Thermostat {
    var target: Double = 20 {
        didSet { print("target changed from \(oldValue) to \(target)") }
    }
}
let t = Thermostat()
t.target = 22.5
t.target += 1
print(t.target)
