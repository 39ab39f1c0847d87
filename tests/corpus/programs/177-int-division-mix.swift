import Foundation
let total = 17
let parts = 5
print(total / parts, total % parts, Double(total) / Double(parts))
print((Double(total) / Double(parts)).rounded(), Int((Double(total) / Double(parts)).rounded()))
