struct P { var x = 1 }
class C {}
enum E { case a }
print(type(of: 1), type(of: 2.5), type(of: "s"), type(of: true))
print(type(of: [1, 2]), type(of: ["a": 1]), type(of: P()), type(of: C()), type(of: E.a))
print(type(of: (1, "x")), type(of: Set([1])))
let values: [Any] = [1, "a", 2.0]
print(values.map { "\(type(of: $0))" })
print(P.self, String(describing: P.self))
