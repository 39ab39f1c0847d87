var xs = [1, 2, 3, 4, 5]
xs.insert(0, at: 0)
print(xs)
print(xs.remove(at: 2), xs)
print(xs.removeLast(), xs)
print(xs.removeFirst(), xs)
xs.removeAll()
print(xs)
