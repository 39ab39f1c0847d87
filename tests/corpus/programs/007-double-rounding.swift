import Foundation
let values = [2.5, 3.5, -2.5, 2.4, -2.6, 0.5]
for v in values {
    print(v, v.rounded(), v.rounded(.down), v.rounded(.up), v.rounded(.towardZero))
}
print(floor(2.7), ceil(2.1), round(2.5), round(-2.5))
