func work(_ label: String) -> Int {
    defer { print("leave", label) }
    print("enter", label)
    return label.count
}
print(work("ab"), work("xyz"))
