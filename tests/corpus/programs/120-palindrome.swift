func isPalindrome(_ s: String) -> Bool {
    let chars = s.lowercased().filter { $0.isLetter }
    return chars == String(chars.reversed())
}
print(isPalindrome("A man, a plan, a canal: Panama"), isPalindrome("swift"), isPalindrome(""))
