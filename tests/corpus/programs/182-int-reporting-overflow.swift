let a = Int.max
let r = a.addingReportingOverflow(1)
print(r.partialValue, r.overflow)
let s = 10.addingReportingOverflow(5)
print(s.partialValue, s.overflow)
let m = Int.max.multipliedReportingOverflow(by: 2)
print(m.partialValue, m.overflow)
let d = Int.min.subtractingReportingOverflow(1)
print(d.partialValue, d.overflow)
let (value, overflow) = 7.multipliedReportingOverflow(by: 6)
print(value, overflow)
func safeFactorial(_ n: Int) -> Int? {
    var acc = 1
    for k in 1...n {
        let (p, o) = acc.multipliedReportingOverflow(by: k)
        if o { return nil }
        acc = p
    }
    return acc
}
for n in [5, 20, 21, 25] {
    if let f = safeFactorial(n) { print(n, f) } else { print(n, "overflows") }
}
