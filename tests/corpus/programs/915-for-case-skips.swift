enum Token { case num(Int), op(String) }
let toks: [Token] = [.num(1), .op("+"), .num(2), .op("*"), .num(3)]
for case let .num(n) in toks { print(n) }
for case .op(let s) in toks { print(s) }
let opts: [Int?] = [1, nil, 3, nil]
for case let x? in opts { print(x) }
for case let x? in opts where x > 1 { print("big", x) }
