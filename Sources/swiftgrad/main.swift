print("swiftgrad: under construction")
