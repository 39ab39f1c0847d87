let maybe: Int? = 42
if let v = maybe { print("got", v) } else { print("none") }
let nothing: Int? = nil
if let v = nothing { print("got", v) } else { print("none") }
print(maybe ?? 0, nothing ?? -1)
print(maybe! + 1, nothing == nil, maybe != nil)
