/// Turns a file's bytes into text the parsers can use: UTF-8 checked, BOM dropped, CRLF and a lone
/// CR folded to LF. libyaml and cmark-gfm both end a line at a lone CR, as editors do, so line
/// numbers are unchanged by all three and positions still point into the file on disk.
enum TextDecoding {
    enum Outcome {
        case text(String)
        case invalid(at: Position)
    }

    static func decode(_ bytes: [UInt8]) -> Outcome {
        var start = 0
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { start = 3 }
        let body = bytes[start...]
        guard let text = String(validating: body, as: UTF8.self) else {
            return .invalid(at: firstInvalidByte(in: bytes, from: start))
        }
        return .text(body.contains(0x0D) ? String(decoding: foldCRLF(body), as: UTF8.self) : text)
    }

    private static func foldCRLF(_ bytes: ArraySlice<UInt8>) -> [UInt8] {
        var result = [UInt8]()
        result.reserveCapacity(bytes.count)
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let byte = bytes[index]
            if byte == 0x0D {
                // CRLF becomes LF; a lone CR (old Mac files) is a line end of its own.
                if index + 1 < bytes.endIndex, bytes[index + 1] == 0x0A {
                    index += 1
                    continue
                }
                result.append(0x0A)
                index += 1
                continue
            }
            result.append(byte)
            index += 1
        }
        return result
    }

    private static func firstInvalidByte(in bytes: [UInt8], from start: Int) -> Position {
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes[start...].makeIterator()
        var offset = start
        loop: while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let scalar): offset += scalar.count
            case .emptyInput: break loop
            case .error: break loop
            }
        }
        let lineStart = (bytes[start..<offset].lastIndex(of: 0x0A).map { $0 + 1 }) ?? start
        let line = bytes[start..<lineStart].reduce(1) { $0 + ($1 == 0x0A ? 1 : 0) }
        let column = String(decoding: bytes[lineStart..<offset], as: UTF8.self).count + 1
        return Position(line: line, column: column)
    }
}
