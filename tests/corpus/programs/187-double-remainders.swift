import Foundation
print(7.5.truncatingRemainder(dividingBy: 2), (-7.5).truncatingRemainder(dividingBy: 2))
print(7.5.remainder(dividingBy: 2), 10.0.remainder(dividingBy: 3))
print(fmod(10.0, 3.0), fmod(-10.0, 3.0))
let angle = 370.0
print(angle.truncatingRemainder(dividingBy: 360))
let t = 12.75
print(t - t.rounded(.down), Int(t), t.squareRoot())
