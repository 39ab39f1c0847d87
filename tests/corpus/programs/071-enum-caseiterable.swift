enum Color: CaseIterable { case red, green, blue }
print(Color.allCases.count)
for c in Color.allCases { print(c) }
print(Color.allCases.map { "\($0)" }.joined(separator: "/"))
