/// Operators a program may use: Swift's standard ones (the cases of `Operator`), and those it
/// declares (`infix operator +*`) in the same cell or an earlier one. An undeclared operator (`1 +* 2`) is a syntax error, as in
/// Swift, so `is_complete` answers `invalid` for it.
extension Parser {
    /// The operators declared anywhere in `tokens` (`infix operator X`, `prefix operator X`, ...).
    static func operatorDeclarations(in tokens: [Token]) -> Set<String> {
        var found: Set<String> = []
        for (i, t) in tokens.enumerated() where t.text == "operator" && i > 0 && i + 1 < tokens.count {
            if ["infix", "prefix", "postfix"].contains(tokens[i - 1].text) { found.insert(tokens[i + 1].text) }
        }
        return found
    }

    /// Throws unless the infix operator is standard (or a standard one's compound assignment) or declared.
    func checkInfixOperator(_ token: Token) throws(SyntaxDiagnostic) {
        let op = token.text
        if op == "=" || declaredOperators.contains(op) { return }
        // `+=`, `**=`: the compound assignments of the standard operators (a custom `+*=` is declared itself).
        let base = OperatorPrecedence.isAssignment(op) ? String(op.dropLast()) : op
        if Operator(base).isStandardInfix { return }
        let shown = Parser.shown(op)
        throw SyntaxDiagnostic("operator '\(shown)' is not declared (declare it with 'infix operator \(shown)' and define 'func \(shown)')", at: token.location)
    }

    func checkPrefixOperator(_ token: Token) throws(SyntaxDiagnostic) {
        if Operator(token.text).isStandardPrefix || declaredOperators.contains(token.text) { return }
        let shown = Parser.shown(token.text)
        throw SyntaxDiagnostic("prefix operator '\(shown)' is not declared (declare it with 'prefix operator \(shown)')", at: token.location)
    }

    /// An operator as an error message names it: a generated one of 100,000 characters is cut.
    static func shown(_ op: String) -> String {
        op.unicodeScalars.count <= 40 ? op : String(op.unicodeScalars.prefix(40)) + "… (\(op.unicodeScalars.count) characters)"
    }
}
