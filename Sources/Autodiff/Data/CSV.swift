import Foundation

/// Why a CSV file could not be read as a data set.
public struct DatasetError: Error, CustomStringConvertible {
    public var message: String
    public var description: String { message }
}

/// Reads a comma-separated file of numbers: every column but the last is a feature, the last is
/// the integer label. A first line that is not numeric is taken as a header and skipped; blank lines
/// are ignored.
public func loadCSV(_ path: String) throws -> (X: [[Double]], y: [Int]) {
    let text: String
    do {
        text = try String(contentsOfFile: path, encoding: .utf8)
    } catch {
        throw DatasetError(message: "cannot read \(path): \(error.localizedDescription)")
    }
    var X: [[Double]] = [], y: [Int] = []
    var lineNumber = 0
    for rawLine in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }) {
        lineNumber += 1
        let line = rawLine.trimmingCharacters(in: .whitespacesAndNewlines)
        if line.isEmpty { continue }
        let fields = line.split(separator: ",", omittingEmptySubsequences: false)
            .map { $0.trimmingCharacters(in: .whitespaces) }
        let numbers = fields.map { Double($0) }
        if numbers.contains(where: { $0 == nil }) {
            if X.isEmpty && y.isEmpty && lineNumber == 1 { continue }  // header
            throw DatasetError(message: "\(path):\(lineNumber): not a number in \"\(line)\"")
        }
        let values = numbers.compactMap { $0 }
        guard values.count >= 2 else {
            throw DatasetError(message: "\(path):\(lineNumber): need at least one feature and a label")
        }
        if let width = X.first?.count, width != values.count - 1 {
            throw DatasetError(message: "\(path):\(lineNumber): expected \(width + 1) columns, got \(values.count)")
        }
        let label = values[values.count - 1]
        guard label.isFinite, label.rounded() == label, Swift.abs(label) < 1e15 else {
            throw DatasetError(message: "\(path):\(lineNumber): label \(label) is not an integer")
        }
        X.append(Array(values.dropLast()))
        y.append(Int(label))
    }
    return (X, y)
}
