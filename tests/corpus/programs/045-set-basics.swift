var s: Set<Int> = [3, 1, 2]
s.insert(2)
s.insert(5)
print(s.count, s.contains(5), s.contains(4), s.sorted())
s.remove(1)
print(s.sorted(), s.isEmpty)
