import Foundation
print(Foundation.sqrt(81.0), Foundation.pow(2.0, 8.0), Foundation.exp(0.0))
