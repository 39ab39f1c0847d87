// trap: Overflow
var values = [5, -7, Int.min + 1, Int.min]
for v in values {
    print(v, -v)
}
values.removeAll()
