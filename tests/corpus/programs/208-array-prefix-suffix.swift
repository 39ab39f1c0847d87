let xs = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3]
print(xs.prefix(3), xs.suffix(2), xs.dropFirst(7), xs.dropLast(8))
print(xs.prefix(while: { $0 < 5 }), xs.drop(while: { $0 < 5 }))
print(Array(xs.prefix(100)).count, xs.prefix(0))
print(xs.split(separator: 1).map { Array($0) })
print(xs.starts(with: [3, 1]), xs.elementsEqual(xs.reversed().reversed()))
print(xs.first(where: { $0 > 4 })!, xs.last(where: { $0 < 3 })!)
print(xs.firstIndex(of: 5)!, xs.lastIndex(of: 5)!, xs.firstIndex(where: { $0 > 100 }) == nil)
