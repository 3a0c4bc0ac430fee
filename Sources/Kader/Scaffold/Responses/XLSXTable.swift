import Foundation
import XMLCoder
import ZIPFoundation

/// The first sheet of an Excel workbook (.xlsx, Microsoft Forms' default export): a ZIP archive
/// of XML parts, read with ZIPFoundation and XMLCoder. Only what a survey export holds is read:
/// shared strings, inline strings and numbers, placed by their cell reference (`C7` is column C,
/// row 7). Formats, formulas and the other sheets are not.
enum XLSXTable {
    /// No part of a survey export comes near this; a larger one is refused rather than unpacked.
    static let partLimit = 64 << 20

    static func read(_ data: Data) throws -> ResponseTable {
        let archive: Archive
        do {
            archive = try Archive(data: data, accessMode: .read)
        } catch {
            throw ResponseError.notATable("the file starts like a ZIP archive but cannot be opened as one")
        }
        guard let sheet = try part("xl/worksheets/sheet1.xml", of: archive) else {
            throw ResponseError.notATable("the file is a ZIP archive but not an Excel workbook (it has no xl/worksheets/sheet1.xml)")
        }
        let shared = try part("xl/sharedStrings.xml", of: archive).map { data -> [String] in
            do {
                return try XMLDecoder(trimValueWhitespaces: false, removeWhitespaceElements: true).decode(SharedStrings.self, from: data).si?.map(\.text) ?? []
            } catch {
                throw ResponseError.notATable("the workbook's shared strings cannot be read")
            }
        } ?? []
        let worksheet: Worksheet
        do {
            worksheet = try XMLDecoder(trimValueWhitespaces: false, removeWhitespaceElements: true).decode(Worksheet.self, from: sheet)
        } catch {
            throw ResponseError.notATable("the workbook's first sheet cannot be read")
        }
        var cells: [Int: [Int: String]] = [:]
        var nextRow = 1
        for row in worksheet.sheetData.row ?? [] {
            let rowNumber = row.r.flatMap { Int($0) } ?? nextRow
            nextRow = rowNumber + 1
            var nextColumn = 0
            for cell in row.c ?? [] {
                var column = nextColumn
                if let reference = cell.r {
                    let letters = String(reference.prefix { $0.isLetter })
                    column = ResponseTable.column(letter: letters) ?? nextColumn
                }
                nextColumn = column + 1
                let value: String
                switch cell.t {
                case "s":
                    guard let index = cell.v.flatMap({ Int($0.trimmingCharacters(in: .whitespaces)) }), shared.indices.contains(index) else {
                        throw ResponseError.notATable("cell \(ResponseTable.letter(column))\(rowNumber) points at a shared string the workbook does not have")
                    }
                    value = shared[index]
                case "inlineStr":
                    value = cell.inline?.text ?? ""
                default:
                    value = cell.v ?? ""
                }
                cells[rowNumber, default: [:]][column] = value
            }
        }
        let numbers = cells.keys.sorted()
        let width = (cells.values.flatMap(\.keys).max() ?? -1) + 1
        let grid = numbers.map { number in (0..<width).map { cells[number]?[$0] ?? "" } }
        return try ResponseTable(grid: grid, rowNumbers: numbers)
    }

    private static func part(_ path: String, of archive: Archive) throws -> Data? {
        guard let entry = archive[path] else { return nil }
        guard entry.uncompressedSize <= UInt64(partLimit) else {
            throw ResponseError.notATable("the workbook's \(path) is larger than 64 MiB")
        }
        var data = Data()
        do {
            _ = try archive.extract(entry) { chunk in
                data.append(chunk)
                if data.count > partLimit { throw ResponseError.notATable("the workbook's \(path) is larger than 64 MiB") }
            }
        } catch let error as ResponseError {
            throw error
        } catch {
            throw ResponseError.notATable("the workbook's \(path) cannot be unpacked")
        }
        return data
    }

    // The parts of SpreadsheetML that a survey export needs, as XMLCoder decodes them.

    struct Text: Decodable {
        let value: String?
        enum CodingKeys: String, CodingKey { case value = "" }
    }

    /// A shared or inline string: plain (`<t>`) or rich text in runs (`<r><t>`).
    struct RichText: Decodable {
        let t: Text?
        let r: [Run]?
        struct Run: Decodable { let t: Text? }
        var text: String { (t?.value ?? "") + (r ?? []).map { $0.t?.value ?? "" }.joined() }
    }

    struct SharedStrings: Decodable { let si: [RichText]? }

    struct Worksheet: Decodable {
        let sheetData: SheetData
        struct SheetData: Decodable { let row: [Row]? }
        struct Row: Decodable {
            let r: String?
            let c: [Cell]?
        }
        struct Cell: Decodable {
            let r: String?
            let t: String?
            let v: String?
            let inline: RichText?
            enum CodingKeys: String, CodingKey { case r, t, v, inline = "is" }
        }
    }
}
