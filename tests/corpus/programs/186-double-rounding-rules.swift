import Foundation
let xs = [2.5, -2.5, 3.5, 2.4, -2.6, 0.5]
for x in xs {
    print(x, x.rounded(), x.rounded(.up), x.rounded(.down), x.rounded(.towardZero), x.rounded(.toNearestOrEven), x.rounded(.awayFromZero))
}
print(floor(2.7), ceil(2.1), round(2.5), trunc(-2.7))
