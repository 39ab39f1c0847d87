let opt: Double? = 42
print(opt as Any)
let xs: [Int?] = [1, nil]
print(xs)
print(String(describing: opt))
let n: Int? = nil
print(n as Any)
debugPrint(opt as Any)
