// trap: UnwrapNil
let ages = ["ann": 31, "bob": 25]
for name in ["ann", "bob", "cy"] {
    let age = ages[name]!
    print(name, age)
}
