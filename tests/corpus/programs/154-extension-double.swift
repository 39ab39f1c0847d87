import Foundation
extension Double {
    func roundedTo(_ places: Int) -> Double {
        let m = pow(10.0, Double(places))
        return (self * m).rounded() / m
    }
}
print(3.14159.roundedTo(2), 2.71828.roundedTo(3))
