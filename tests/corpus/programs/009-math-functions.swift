import Foundation
print(sqrt(2.0), exp(1.0), log(10.0), log2(8.0), log10(1000.0))
print(sin(0.0), cos(0.0), tan(0.0))
print(pow(2.0, 0.5), pow(10.0, 3.0))
print(tanh(0.5), atan(1.0) * 4, asin(1.0))
print(abs(-2.5), fabs(-3.0))
