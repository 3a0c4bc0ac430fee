import Foundation

/// The answers of a survey export as a grid of texts: a header row and one row per respondent,
/// each cell with the row number and column letter a spreadsheet program shows for it.
public struct ResponseTable: Sendable, Equatable {
    /// The texts of the first row, one per column.
    public var headers: [String]
    /// The rows after the header, each as long as `headers`.
    public var rows: [[String]]
    /// The spreadsheet row number of each row (the header is row 1); a CSV row that holds a line
    /// break inside a quoted field is still one row.
    public var rowNumbers: [Int]

    public init(headers: [String], rows: [[String]], rowNumbers: [Int]? = nil) {
        let width = max(headers.count, rows.map(\.count).max() ?? 0)
        self.headers = headers + Array(repeating: "", count: width - headers.count)
        self.rows = rows.map { $0 + Array(repeating: "", count: width - $0.count) }
        self.rowNumbers = rowNumbers ?? Array(rows.indices.map { $0 + 2 })
    }

    /// A table from its first row that is not empty and the rows after it; empty rows at the end
    /// are left out.
    init(grid: [[String]], rowNumbers: [Int]) throws {
        func isEmpty(_ row: [String]) -> Bool { row.allSatisfy { $0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty } }
        var grid = grid
        var numbers = rowNumbers
        while let last = grid.last, isEmpty(last) {
            grid.removeLast()
            numbers.removeLast()
        }
        guard let start = grid.firstIndex(where: { !isEmpty($0) }) else { throw ResponseError.empty }
        self.init(headers: grid[start], rows: Array(grid[(start + 1)...]), rowNumbers: Array(numbers[(start + 1)...]))
    }

    /// `A` for column 0, `Z` for 25, `AA` for 26.
    public static func letter(_ column: Int) -> String {
        var column = column + 1
        var letters = ""
        while column > 0 {
            let rest = (column - 1) % 26
            letters = String(UnicodeScalar(UInt8(65 + rest))) + letters
            column = (column - 1) / 26
        }
        return letters
    }

    /// The column index of a letter like `C` or `AB` (upper or lower case), nil for anything else.
    public static func column(letter: String) -> Int? {
        guard !letter.isEmpty, letter.count <= 3, letter.allSatisfy({ $0.isASCII && $0.isLetter }) else { return nil }
        var index = 0
        for scalar in letter.uppercased().unicodeScalars { index = index * 26 + Int(scalar.value) - 64 }
        return index - 1
    }

    /// `column C ("Autonomie")`, how a sentence names a column.
    public func name(ofColumn column: Int) -> String {
        let header = headers[column].split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        let shown = header.count > 60 ? String(header.prefix(57)) + "..." : header
        return header.isEmpty ? "column \(Self.letter(column))" : "column \(Self.letter(column)) (\"\(shown)\")"
    }

    /// Reads a CSV or .xlsx export; what it is follows from its bytes, not its name.
    public static func read(path: String) throws -> ResponseTable {
        let name = (path as NSString).lastPathComponent
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue else {
            throw UsageError("there is no file `\(path)`; name the CSV or .xlsx export of the survey with --responses")
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw UsageError("kader may not read `\(path)`; check its permissions")
        }
        do {
            if data.starts(with: [0x50, 0x4B, 0x03, 0x04]) {
                return try XLSXTable.read(data)
            }
            return try CSVTable.read(data)
        } catch let error as ResponseError {
            throw UsageError("\(name): \(error.sentence)")
        }
    }
}

/// What is wrong with a responses file as a whole.
enum ResponseError: Error {
    case empty
    case notATable(String)

    var sentence: String {
        switch self {
        case .empty: return "the file is empty; export the survey's answers again (CSV or .xlsx) and name that file"
        case .notATable(let why): return "\(why); export the answers as CSV (UTF-8) or as an Excel workbook (.xlsx)"
        }
    }
}
