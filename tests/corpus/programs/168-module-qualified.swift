import Foundation
print(Swift.min(3, 1), Swift.max(2.5, 1.0), Foundation.sqrt(81.0), Foundation.pow(2.0, 8.0))
