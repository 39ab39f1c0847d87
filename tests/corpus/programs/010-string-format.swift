import Foundation
print(String(format: "%.2f", 3.14159))
print(String(format: "%5.1f|%-6d|%03d", 2.25, 42, 7))
print(String(format: "%d items cost %.2f", 3, 9.5))
print(String(format: "%e", 12345.678))
print(String(format: "%x %X %o", 255, 255, 8))
