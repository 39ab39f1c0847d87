import Foundation
let n = 3
let d = 2.5
print(Double(n) * d, n * Int(d), Double(n) / 2, n / 2)
print(Int(d.rounded()), Int(7.9), Int(-7.9))
