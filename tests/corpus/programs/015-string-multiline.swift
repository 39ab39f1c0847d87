let text = """
    line one
    line two
      indented
    """
print(text)
print(text.split(separator: "\n").count)
let escaped = "tab\there \"quoted\" back\\slash"
print(escaped)
