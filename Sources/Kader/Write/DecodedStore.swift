import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The content files the last build decoded, in `.kader-decoded` in the output folder beside
/// `.kader-cache.json`: each file's checked front matter (`Record`) and its body with its links,
/// under the fingerprint of its path and bytes. A build decodes again only the files whose bytes
/// changed. Reading and decoding was three fifths of `kader check`.
///
/// Only files that decoded without a finding are kept: their `Document` follows from the record,
/// the body and the path alone. Of a private evaluation only the record is kept (its page shows
/// that much); its body never leaves the repository, so it is parsed from the file again. The store belongs to one kader and one `kader.yml` (which sets the
/// scale the schema checks against); with any other, or damaged, it is not used. Each entry has a
/// checksum, checked when the entry is read, so a damaged entry is decoded again, never used.
final class DecodedStore: Sendable {
    static let file = ".kader-decoded"
    private static let magic = Array("kader decoded documents\n".utf8)
    /// Goes up whenever the entries' shape changes.
    private static let format = 2

    private let blob: [UInt8]
    private let entries: [String: (hash: UInt64, checksum: UInt64, range: Range<Int>)]

    private init(blob: [UInt8], entries: [String: (hash: UInt64, checksum: UInt64, range: Range<Int>)]) {
        self.blob = blob
        self.entries = entries
    }

    /// What a build keeps of one file for the next: what it decoded, or (`stored`) the bytes of
    /// the last build's entry, written back as they are (encoding 16,000 entries again was a
    /// twentieth of a one-file build).
    struct Entry: Sendable {
        let path: String
        /// The fingerprint of the path and bytes the document was decoded from (`BuildCache.fileHash`).
        let hash: UInt64
        var record: [UInt8]? = nil
        var body: MarkdownDocument? = nil
        /// The body is not kept but parsed from the file each time (a private evaluation's).
        var bodyInFile = false
        /// The entry's bytes in the last build's store, and their checksum.
        var stored: (checksum: UInt64, bytes: ArraySlice<UInt8>)? = nil
    }

    /// How an entry holds its body.
    private enum BodyTag: Int {
        case none = 0, kept = 1, inFile = 2
    }

    /// The key of every entry: kader itself and the bytes of `kader.yml`.
    static func key(root: String) -> UInt64 {
        var key = Fingerprint()
        key.add("format \(format)")
        key.add("kader " + BuildCache.executableStamp)
        if case .bytes(let bytes) = FileReader.read(root + "/kader.yml") { key.add(bytes) } else { key.add("no kader.yml") }
        return key.value
    }

    /// The store in `output`, when it is one of this kader for this `key`.
    static func load(output: String, key: UInt64) -> DecodedStore? {
        guard case .bytes(let blob) = FileReader.read(output + "/" + file) else { return nil }
        var reader = ByteReader(blob)
        do {
            guard blob.starts(with: magic) else { return nil }
            _ = try reader.skip(magic.count)
            guard try reader.int() == format, try reader.word() == key else { return nil }
            var entries: [String: (hash: UInt64, checksum: UInt64, range: Range<Int>)] = [:]
            let count = try reader.count()
            entries.reserveCapacity(count)
            for _ in 0..<count {
                let path = try reader.string()
                let hash = try reader.word()
                let checksum = try reader.word()
                let range = try reader.skip(try reader.count())
                entries[path] = (hash, checksum, range)
            }
            return DecodedStore(blob: blob, entries: entries)
        } catch {
            return nil
        }
    }

    /// The document `path` decoded to when its path and bytes had the fingerprint `hash`, and what
    /// to keep of it, if the store has it whole.
    func document(_ path: String, hash: UInt64, location: ContentLocation, decoder: DocumentDecoder, root: String) -> (Document, Entry)? {
        guard let entry = entries[path], entry.hash == hash else { return nil }
        var checksum = Fingerprint()
        checksum.add(blob[entry.range])
        guard checksum.value == entry.checksum else { return nil }
        var reader = ByteReader(blob, from: entry.range.lowerBound, to: entry.range.upperBound)
        do {
            let record = try reader.bool() ? try Record.read(from: &reader, depth: 0) : nil
            guard let tag = BodyTag(rawValue: try reader.int()) else { return nil }
            var body: MarkdownDocument?
            switch tag {
            case .none: break
            case .kept: body = try MarkdownDocument.read(from: &reader)
            case .inFile:
                // The bytes the record was made from, or the file is decoded whole.
                guard case .bytes(let bytes) = FileReader.read(root + "/" + path, limit: FileReader.maximumMarkdownSize),
                      BuildCache.fileHash(path, bytes) == hash,
                      let parsed = decoder.body(of: SourceFile(path: path, bytes: bytes)) else { return nil }
                body = parsed
            }
            guard reader.isAtEnd else { return nil }
            let document = decoder.restore(path: path, at: location, record: record, body: body)
            return (document, Entry(path: path, hash: hash, stored: (entry.checksum, blob[entry.range])))
        } catch {
            return nil
        }
    }

    /// Writes the entries, in their order, through a temporary file. A store that cannot be
    /// written costs the next build its decoding, nothing more.
    /// `run`, `window`: how many entries make a piece, how many pieces are made (on all cores) and
    /// written at a time, so that the store is never held whole.
    static func write(_ entries: [Entry], output: String, key: UInt64, run: Int = 256, window: Int = 16) {
        let runs = stride(from: 0, to: entries.count, by: run).map { $0..<min($0 + run, entries.count) }
        var header = ByteWriter()
        header.raw(magic)
        header.int(format)
        header.word(key)
        header.int(entries.count)
        OutputWriter.replaceCacheFile(output + "/" + file) { emit in
            emit(header.bytes)
            for first in stride(from: 0, to: runs.count, by: window) {
                Array(runs[first..<min(first + window, runs.count)]).parallelMap { piece(entries[$0]) }.forEach(emit)
            }
        }
    }

    /// The bytes of a run of entries, one after the other.
    private static func piece(_ run: ArraySlice<Entry>) -> [UInt8] {
        var piece = ByteWriter()
        for entry in run {
            if let stored = entry.stored {
                head(entry, checksum: stored.checksum, count: stored.bytes.count, to: &piece)
                piece.raw(stored.bytes)
                continue
            }
            var body = ByteWriter()
            body.bool(entry.record != nil)
            if let record = entry.record { body.raw(record) }
            body.int((entry.bodyInFile ? BodyTag.inFile : entry.body != nil ? .kept : .none).rawValue)
            if !entry.bodyInFile { entry.body?.write(to: &body) }
            var checksum = Fingerprint()
            checksum.add(body.bytes)
            head(entry, checksum: checksum.value, count: body.bytes.count, to: &piece)
            piece.raw(body.bytes)
        }
        return piece.bytes
    }

    /// What comes before an entry's bytes: its path, fingerprint, checksum and length.
    private static func head(_ entry: Entry, checksum: UInt64, count: Int, to writer: inout ByteWriter) {
        writer.string(entry.path)
        writer.word(entry.hash)
        writer.word(checksum)
        writer.int(count)
    }

    /// A record's bytes as the store keeps them.
    static func bytes(of record: Record) -> [UInt8] {
        var writer = ByteWriter()
        record.write(to: &writer)
        return writer.bytes
    }
}

extension Record {
    func write(to writer: inout ByteWriter) {
        writer.int(position.line)
        writer.int(position.column)
        writer.int(entries.count)
        // In key order, so the same record is the same bytes.
        for key in entries.keys.sorted() {
            let entry = entries[key]!
            writer.string(key)
            writer.int(entry.keyPosition.line)
            writer.int(entry.keyPosition.column)
            entry.value.write(to: &writer)
        }
        writer.int(invalid.count)
        for key in invalid.sorted() { writer.string(key) }
    }

    /// Deeper than YAML's own limit can only be damage.
    private static let deepest = 128

    static func read(from reader: inout ByteReader, depth: Int) throws -> Record {
        guard depth < deepest else { throw ByteReader.Damaged() }
        var record = Record(position: Position(line: try reader.int(), column: try reader.int()))
        let count = try reader.count()
        record.entries.reserveCapacity(min(count, 64))
        for _ in 0..<count {
            let key = try reader.string()
            let position = Position(line: try reader.int(), column: try reader.int())
            record.entries[key] = Entry(keyPosition: position, value: try Value.read(from: &reader, depth: depth + 1))
        }
        for _ in 0..<(try reader.count()) { record.invalid.insert(try reader.string()) }
        return record
    }
}

extension Record.Value {
    func write(to writer: inout ByteWriter) {
        switch self {
        case .text(let text): writer.int(0); writer.string(text)
        case .integer(let value): writer.int(1); writer.int(value)
        case .number(let value): writer.int(2); writer.word(value.bitPattern)
        case .bool(let value): writer.int(3); writer.bool(value)
        case .date(let day): writer.int(4); writer.int(day.ordinal)
        case .list(let items):
            writer.int(5)
            writer.int(items.count)
            for item in items { item.write(to: &writer) }
        case .record(let record): writer.int(6); record.write(to: &writer)
        case .keyed(let pairs):
            writer.int(7)
            writer.int(pairs.count)
            for pair in pairs {
                writer.string(pair.key)
                pair.value.write(to: &writer)
            }
        }
    }

    static func read(from reader: inout ByteReader, depth: Int) throws -> Record.Value {
        switch try reader.int() {
        case 0: return .text(try reader.string())
        case 1: return .integer(try reader.int())
        case 2: return .number(Double(bitPattern: try reader.word()))
        case 3: return .bool(try reader.bool())
        case 4:
            // Days the model can hold (years 0 to 9999), so no arithmetic on them can overflow.
            let ordinal = try reader.int()
            guard (-720_000...2_933_000).contains(ordinal) else { throw ByteReader.Damaged() }
            return .date(Day(ordinal: ordinal))
        case 5:
            return .list(try (0..<(try reader.count())).map { _ in try read(from: &reader, depth: depth + 1) })
        case 6: return .record(try Record.read(from: &reader, depth: depth + 1))
        case 7:
            return .keyed(try (0..<(try reader.count())).map { _ in
                (key: try reader.string(), value: try read(from: &reader, depth: depth + 1))
            })
        default: throw ByteReader.Damaged()
        }
    }
}
