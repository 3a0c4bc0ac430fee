/// A compact binary form for kader's own caches: numbers as variable-length integers, text as its
/// length and UTF-8 bytes. Foundation's JSON decoder took longer to read the decoded documents
/// back than the YAML parser took to make them.
struct ByteWriter {
    private(set) var bytes: [UInt8] = []

    init() {}

    mutating func int(_ value: Int) {
        // Zigzag, so that small negative numbers stay short too.
        var rest = UInt64(bitPattern: Int64((value << 1) ^ (value >> (Int.bitWidth - 1))))
        while rest >= 0x80 {
            bytes.append(UInt8(rest & 0x7f) | 0x80)
            rest >>= 7
        }
        bytes.append(UInt8(rest))
    }

    mutating func word(_ value: UInt64) {
        for shift in stride(from: 0, to: 64, by: 8) { bytes.append(UInt8(truncatingIfNeeded: value >> UInt64(shift))) }
    }

    mutating func bool(_ value: Bool) { bytes.append(value ? 1 : 0) }

    mutating func string(_ value: String) {
        var value = value
        value.withUTF8 { utf8 in
            int(utf8.count)
            bytes.append(contentsOf: utf8)
        }
    }

    mutating func optional(_ value: String?) {
        bool(value != nil)
        if let value { string(value) }
    }

    mutating func raw(_ part: some Collection<UInt8>) { bytes.append(contentsOf: part) }

    /// The bytes written so far, leaving the writer empty: a long record is handed on in pieces.
    mutating func take() -> [UInt8] {
        let taken = bytes
        bytes = []
        return taken
    }
}

/// Reads what a `ByteWriter` wrote. Every read is checked against the end, so a damaged file gives
/// an error, never a crash or a read past the end.
struct ByteReader {
    struct Damaged: Error {}

    private let bytes: [UInt8]
    private(set) var offset: Int
    let end: Int

    init(_ bytes: [UInt8], from start: Int = 0, to end: Int? = nil) {
        self.bytes = bytes
        offset = start
        self.end = min(end ?? bytes.count, bytes.count)
    }

    var isAtEnd: Bool { offset >= end }

    mutating func byte() throws -> UInt8 {
        guard offset < end else { throw Damaged() }
        defer { offset += 1 }
        return bytes[offset]
    }

    mutating func int() throws -> Int {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            let next = try byte()
            guard shift < 64 else { throw Damaged() }
            value |= UInt64(next & 0x7f) << shift
            if next < 0x80 { break }
            shift += 7
        }
        let signed = Int64(bitPattern: value)
        return Int((signed >> 1) ^ -(signed & 1))
    }

    /// A count of things that follow, each at least a byte long.
    mutating func count() throws -> Int {
        let value = try int()
        guard value >= 0, value <= end - offset else { throw Damaged() }
        return value
    }

    mutating func word() throws -> UInt64 {
        guard end - offset >= 8 else { throw Damaged() }
        var value: UInt64 = 0
        for index in 0..<8 { value |= UInt64(bytes[offset + index]) << UInt64(8 * index) }
        offset += 8
        return value
    }

    mutating func bool() throws -> Bool {
        switch try byte() {
        case 0: return false
        case 1: return true
        default: throw Damaged()
        }
    }

    mutating func string() throws -> String {
        let length = try count()
        defer { offset += length }
        return String(decoding: bytes[offset..<(offset + length)], as: UTF8.self)
    }

    mutating func optionalString() throws -> String? {
        try bool() ? try string() : nil
    }

    /// The next `length` bytes' place, skipped.
    mutating func skip(_ length: Int) throws -> Range<Int> {
        guard length >= 0, length <= end - offset else { throw Damaged() }
        defer { offset += length }
        return offset..<(offset + length)
    }
}
