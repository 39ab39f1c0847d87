let words = ["éclair", "eclair", "Zoo", "apple", "Äpfel", "zebra"]
print(words.sorted())
print("é" == "e\u{301}", "é".count, "e\u{301}".unicodeScalars.count)
print("abc" < "abd", "Z" < "a", "" < "a", "a" < "A")
print(words.filter { $0.lowercased().hasPrefix("e") || $0.hasPrefix("é") })
print("straße".uppercased(), "İ".lowercased().count)
