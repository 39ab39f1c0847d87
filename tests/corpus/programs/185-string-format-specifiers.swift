import Foundation
print(String(format: "%d", 42), String(format: "%5d|", 42), String(format: "%-5d|", 42), String(format: "%05d", 42))
print(String(format: "%.2f", 3.14159), String(format: "%8.3f|", 2.5), String(format: "%-8.1f|", 2.25), String(format: "%+.1f", 2.0))
print(String(format: "%e", 12345.678), String(format: "%.3e", 0.000123), String(format: "%g", 0.0001), String(format: "%g", 123456789.0))
print(String(format: "%x", 255), String(format: "%X", 255), String(format: "%o", 8), String(format: "%%"))
print(String(format: "%@ has %d items costing %.2f", "cart", 3, 9.5))
print(String(format: "%.0f %.0f %.0f %.0f", 0.5, 1.5, 2.5, -0.5))
print(String(format: "%10.4f|%-6d|%6.2f%%", Double.pi, 42, 99.5))
