import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What each page of the last build was made from, in `.kader-pages` in the output folder: the
/// content files its job read (`Trace`), and the size and time of the file it wrote. The next
/// build keeps a page (a hard link to the last build's file, `OutputJob.Work.keep`) when
///   - kader, `kader.yml`, the templates, the assets and `today` are as they were (`global`),
///   - the index has the same shape (`ContentIndex.shapeFingerprint`: the same files, lists and
///     relations), and for a report the reports' figures are the same (`ReportSite.dataFingerprint`),
///   - none of the files the page read has other bytes or another last change in git, and
///   - the last build's file is still as it left it (its size and time, `matches`);
/// and makes it again otherwise. The search index, made on all cores, is not traced as a whole:
/// its batches are, and a batch none of whose items changed is kept as bytes (`SearchBatches`);
/// so are the teams of the reports' `data.json` (`DataFileTeams`).
/// A part of a file made on all cores (a batch of the search index, a team of `data.json`): such
/// a file cannot be kept as a page is, so each part is traced on its own and kept as bytes while
/// none of what it read changed.
struct FilePart: Sendable {
    /// Which part: a team's id; empty for a batch, known by its place.
    let id: String
    /// Serials (`Item.serial`) it read.
    let reads: [Int32]
    /// Where its bytes are in the file.
    let range: Range<Int>

    /// Its bytes in the last build's `file`, when none of what it read changed since (`changed`,
    /// by serial).
    func bytes(in file: [UInt8], changed: [Bool]) -> ArraySlice<UInt8>? {
        guard range.upperBound <= file.count, !reads.contains(where: { Int($0) >= changed.count || changed[Int($0)] }) else { return nil }
        return file[range]
    }
}

struct PageRecord {
    static let file = ".kader-pages"
    private static let magic = Array("kader pages\n".utf8)
    private static let format = 4

    /// What a build decides by, and records for the next.
    struct Inputs {
        /// kader, `kader.yml`, the templates, the assets and `today` (`BuildCache.Inputs.global`).
        let global: UInt64
        /// Per tree (`handbook`, `reports`): what its pages read besides items. The reports' is
        /// known only once their figures are made, after the record is loaded (`compare`).
        var shapes: [String: UInt64]
        /// Every content file with an item, by serial (`ContentIndex.serialPaths`), and the
        /// fingerprint of its bytes and last change.
        let documents: [String]
        let fingerprints: [UInt64]
    }

    /// The shapes recorded, per tree.
    let shapes: [String: UInt64]
    /// The trees whose shape is the same as the last build's (`compare`).
    private(set) var sameShape: Set<String> = []
    /// By serial: whether the document changed since the last build.
    let changed: [Bool]
    /// By tree and path (`handbook/teams/noord.html`).
    let pages: [String: Page]
    /// The search index's file and its batches.
    let search: PartedFile?
    /// The reports' `data.json` and its teams.
    let data: PartedFile?

    /// A file kept by parts (`FilePart`): its size and time (as a `reads`-less page), what its
    /// parts were made under besides their items (0 for the search index, whose batches go by the
    /// handbook's shape), and the parts.
    struct PartedFile {
        let file: Page
        let shape: UInt64
        let parts: [FilePart]
    }

    struct Page {
        let size: Int64
        let modified: Int64
        /// Serials of `documents`.
        let reads: [Int32]
    }

    /// A document's fingerprint: its path and bytes (`BuildCache.fileHash`) and the day git last
    /// changed it, which its page shows.
    static func fingerprint(_ hash: UInt64, lastChanged: Day?) -> UInt64 {
        var fingerprint = Fingerprint()
        fingerprint.add(hash)
        fingerprint.add(UInt64(bitPattern: Int64(lastChanged?.ordinal ?? Int.min)))
        return fingerprint.value
    }

    /// Which trees have the same shape as the last build's.
    mutating func compare(shapes: [String: UInt64]) {
        sameShape = Set(shapes.keys.filter { self.shapes[$0] == shapes[$0] })
    }

    /// The record in `output`, when it was made with the same `global` and documents; its trees'
    /// shapes are compared with `inputs.shapes` (`compare`).
    static func load(output: String, inputs: Inputs) -> PageRecord? {
        let documents = inputs.documents
        guard case .bytes(let bytes) = FileReader.read(output + "/" + file), bytes.starts(with: magic), bytes.count >= magic.count + 8 else { return nil }
        // The last eight bytes are the checksum of the rest: a damaged record is not believed.
        var checksum = Fingerprint()
        checksum.add(bytes[..<(bytes.count - 8)])
        var tail = ByteReader(bytes, from: bytes.count - 8)
        guard (try? tail.word()) == checksum.value else { return nil }
        var reader = ByteReader(bytes, from: magic.count, to: bytes.count - 8)
        do {
            guard try reader.int() == format, try reader.word() == inputs.global else { return nil }
            var shapes: [String: UInt64] = [:]
            for _ in 0..<(try reader.count()) {
                let tree = try reader.string()
                shapes[tree] = try reader.word()
            }
            let count = try reader.count()
            guard count == documents.count else { return nil }
            var changed: [Bool] = []
            changed.reserveCapacity(count)
            for index in 0..<count {
                guard try reader.string() == documents[index] else { return nil }
                changed.append(try reader.word() != inputs.fingerprints[index])
            }
            var pages: [String: Page] = [:]
            for _ in 0..<(try reader.count()) {
                let path = try reader.string()
                let size = Int64(try reader.int()), modified = Int64(try reader.int())
                pages[path] = Page(size: size, modified: modified, reads: try readSerials(&reader, below: count))
            }
            let search = try readParted(&reader, below: count), data = try readParted(&reader, below: count)
            guard reader.isAtEnd else { return nil }
            var record = PageRecord(shapes: shapes, changed: changed, pages: pages, search: search, data: data)
            record.compare(shapes: inputs.shapes)
            return record
        } catch {
            return nil
        }
    }

    /// A file kept by parts, when the build recorded one.
    private static func readParted(_ reader: inout ByteReader, below count: Int) throws -> PartedFile? {
        guard try reader.bool() else { return nil }
        let file = Page(size: Int64(try reader.int()), modified: Int64(try reader.int()), reads: [])
        let shape = try reader.word()
        var parts: [FilePart] = []
        for _ in 0..<(try reader.count()) {
            let id = try reader.string()
            let reads = try readSerials(&reader, below: count)
            let start = try reader.int(), length = try reader.int()
            guard start >= 0, length >= 0, start <= Int(file.size) - length else { throw ByteReader.Damaged() }
            parts.append(FilePart(id: id, reads: reads, range: start..<(start + length)))
        }
        return PartedFile(file: file, shape: shape, parts: parts)
    }

    /// `parts` of a file whose stamp after the swap is `stamp`, or that none was made.
    private static func writeParted(_ stamp: FileStamp?, shape: UInt64, parts: [FilePart]?, to writer: inout ByteWriter) {
        let file = stamp?.sizeAndModified
        writer.bool(parts != nil && file != nil)
        guard let parts, let (size, modified) = file else { return }
        writer.int(Int(size))
        writer.int(Int(modified))
        writer.word(shape)
        writer.int(parts.count)
        for part in parts {
            writer.string(part.id)
            writeSerials(part.reads, to: &writer)
            writer.int(part.range.lowerBound)
            writer.int(part.range.count)
        }
    }

    /// The bytes of a file kept by parts, when it is still as the last build left it.
    private static func lastBytes(of parted: PartedFile, at location: String) -> [UInt8]? {
        guard matches(FileStamp(location).sizeAndModified, parted.file), case .bytes(let file) = FileReader.read(location), file.count == Int(parted.file.size) else { return nil }
        return file
    }

    /// Serials, ascending, each as its distance from the one before.
    private static func readSerials(_ reader: inout ByteReader, below count: Int) throws -> [Int32] {
        var reads: [Int32] = []
        var serial = -1
        for _ in 0..<(try reader.count()) {
            serial += try reader.int()
            guard serial >= 0, serial < count else { throw ByteReader.Damaged() }
            reads.append(Int32(serial))
        }
        return reads
    }

    private static func writeSerials(_ reads: [Int32], to writer: inout ByteWriter) {
        writer.int(reads.count)
        var last: Int32 = -1
        for serial in reads {
            writer.int(Int(serial - last))
            last = serial
        }
    }

    /// The last build's search index and its batches, for `SearchIndex.script`, when its file is
    /// still as that build left it.
    func lastSearchIndex(output: String) -> SearchBatches.Last? {
        guard sameShape.contains(Handbook.tree), let search,
              let file = Self.lastBytes(of: search, at: output + "/" + Handbook.tree + "/" + SearchIndex.file) else { return nil }
        return SearchBatches.Last(file: file, batches: search.parts, changed: changed)
    }

    /// The last build's `data.json` and its teams, for `ReportSite`, when the file is still as
    /// that build left it. The teams' own shape is compared there (`DataFileTeams.kept`).
    func lastDataFile(output: String) -> DataFileTeams.Last? {
        guard let data, let file = Self.lastBytes(of: data, at: output + "/" + ReportSite.tree + "/" + ReportSite.dataFileName) else { return nil }
        return DataFileTeams.Last(file: file, shape: data.shape, teams: Dictionary(data.parts.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first }),
                                  changed: changed)
    }

    /// Turns each job whose page can be kept into keeping it: the page read nothing that
    /// changed, and its file is still as the last build left it (stamped folder by folder).
    func plan(output: String) -> @Sendable ([OutputJob]) -> [OutputJob] {
        let pages = pages, sameShape = sameShape, changed = changed
        return { jobs in
            let candidates: [(job: Int, page: Page)] = jobs.indices.compactMap { index in
                let job = jobs[index]
                guard job.traced, sameShape.contains(job.tree), case .make = job.work, let page = pages[job.tree + "/" + job.path],
                      !page.reads.contains(where: { changed[Int($0)] }) else { return nil }
                return (index, page)
            }
            let stamps = FileStamp.all(candidates.map { jobs[$0.job].tree + "/" + jobs[$0.job].path }, under: output)
            var planned = jobs
            for (candidate, stamp) in zip(candidates, stamps) where Self.matches(stamp.sizeAndModified, candidate.page) {
                let job = jobs[candidate.job]
                planned[candidate.job] = OutputJob(tree: job.tree, path: job.path, work: .keep(source: output + "/" + job.tree + "/" + job.path), traced: true,
                                                   stamp: stamp)
            }
            return planned
        }
    }

    /// Whether a file with `stamp` is the one recorded. A CI cache's archive keeps times in whole
    /// seconds, so a file whose time has no fraction left matches by the second (every page
    /// restored from a cache would look edited otherwise); any other time must be the same.
    static func matches(_ stamp: (Int64, Int64)?, _ page: Page) -> Bool {
        guard let (size, modified) = stamp, size == page.size else { return false }
        if modified == page.modified { return true }
        return modified % 1_000_000_000 == 0 && modified / 1_000_000_000 == page.modified / 1_000_000_000
    }

    /// Writes the record of a build whose jobs were `jobs` (run as `ran`), after its output was
    /// swapped in, with the `stamps` of what it wrote. A kept page read what it read before.
    /// Through a temporary file, in pieces of about `piece` bytes handed on as they are made (the
    /// whole record was 23 MB at 49,000 files, at the build's peak); a record that cannot be
    /// written costs the next build its shortcut, nothing more.
    static func write(output: String, inputs: Inputs, jobs: [OutputJob], ran: OutputJobs.Ran, stamps: OutputStamps, previous: PageRecord?,
                      search: [FilePart]?, data: (shape: UInt64, teams: [FilePart])?, piece: Int = 1 << 20) {
        /// A traced page that is in the output now, with what it read.
        func recorded(_ index: Int) -> (key: String, reads: [Int32], stamp: (Int64, Int64))? {
            let job = jobs[index]
            guard job.traced, index < ran.reads.count else { return nil }
            let key = job.tree + "/" + job.path
            let reads: [Int32]?
            switch job.work {
            case .make, .made: reads = ran.reads[index]
            case .keep: reads = previous?.pages[key]?.reads
            case .copy: reads = nil
            }
            guard let reads, let stamp = stamps[key]?.sizeAndModified else { return nil }
            return (key, reads, stamp)
        }
        OutputWriter.replaceCacheFile(output + "/" + file) { emit in
            var writer = ByteWriter()
            var checksum = PiecewiseFingerprint()
            func handOn(atLeast size: Int) {
                guard writer.bytes.count >= size, !writer.bytes.isEmpty else { return }
                let part = writer.take()
                checksum.add(part)
                emit(part)
            }
            writer.raw(magic)
            writer.int(format)
            writer.word(inputs.global)
            writer.int(inputs.shapes.count)
            for tree in inputs.shapes.keys.sorted() {
                writer.string(tree)
                writer.word(inputs.shapes[tree]!)
            }
            writer.int(inputs.documents.count)
            for (path, fingerprint) in zip(inputs.documents, inputs.fingerprints) {
                writer.string(path)
                writer.word(fingerprint)
                handOn(atLeast: piece)
            }
            writer.int(jobs.indices.count { recorded($0) != nil })
            for index in jobs.indices {
                guard let (key, reads, stamp) = recorded(index) else { continue }
                writer.string(key)
                writer.int(Int(stamp.0))
                writer.int(Int(stamp.1))
                writeSerials(reads, to: &writer)
                handOn(atLeast: piece)
            }
            writeParted(stamps[Handbook.tree + "/" + SearchIndex.file], shape: 0, parts: search, to: &writer)
            writeParted(stamps[ReportSite.tree + "/" + ReportSite.dataFileName], shape: data?.shape ?? 0, parts: data?.teams, to: &writer)
            handOn(atLeast: 0)
            writer.word(checksum.value)
            emit(writer.take())
        }
    }
}
