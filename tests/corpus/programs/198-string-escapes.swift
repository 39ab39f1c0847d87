print("tab:\tend")
print("quote: \"hi\" backslash: \\")
print("line1\nline2")
print(#"raw \n stays"#)
print(#"raw with "quotes" and \#(1 + 1)"#)
let multi = """
    first "quoted"
      indented
    last\tTab
    """
print(multi)
print("a\u{301}".count, "e\u{301}" == "é")
