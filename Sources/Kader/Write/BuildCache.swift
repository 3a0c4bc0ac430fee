import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What the last `kader build` into an output folder was made from and what it said, in
/// `.kader-cache.json` in that folder: a build writes nothing outside it. When everything a build reads is as it
/// was (the bytes and names of every content file and template, `kader.yml`, `today`, the commit
/// the git dates come from, kader itself) and every file the build wrote is still as it left it,
/// the output is already what a build would write: the build prints the same findings and writes
/// nothing. Anything else, a missing, unreadable, foreign or older cache included, is a full build,
/// after which the record is replaced: like the marker, it is kader's own by its name.
struct BuildCache: Sendable {
    static let file = ".kader-cache.json"
    /// Goes up whenever the record's shape changes.
    static let format = 2

    struct Record: Codable {
        var format: Int
        /// The inputs, as one fingerprint (`key(today:)`).
        var key: String
        var output: String
        /// Every file the build wrote, with its size and time, as one fingerprint.
        var outputStamp: String
        var filesChecked: Int
        var findings: [Kept]
        /// Every file the build wrote, per tree, a path a line (as in the marker): one string per
        /// tree encodes in a fraction of the time of 19,000 strings.
        var written: [String: String]

        var files: [String: [String]] { written.mapValues(\.pathLines) }
    }

    /// What tells whether a record is of these inputs.
    private struct Head: Decodable {
        var format: Int
        var key: String
        var output: String
    }

    /// A finding with its sentence in both languages (a `Finding` encodes it in English only).
    struct Kept: Codable {
        var rule: Rule
        var severity: Severity
        var file: String
        var line: Int
        var column: Int
        var dutch: String
        var english: String
        var wholeFile: Bool

        init(_ finding: Finding) {
            (rule, severity, file, line, column) = (finding.rule, finding.severity, finding.file, finding.line, finding.column)
            (dutch, english, wholeFile) = (finding.message(in: .nl), finding.message(in: .en), finding.isAboutTheWholeFile)
        }

        var finding: Finding {
            var finding = Finding(rule, file, Position(line: line, column: column), Message.kept(dutch: dutch, english: english, wholeFile: wholeFile))
            finding.severity = severity
            return finding
        }
    }

    enum Lookup {
        /// With the files it lists, split once.
        case hit(Record, files: [String: [String]])
        /// No record, or one of other inputs: nothing to say.
        case miss
        /// A record that cannot be used, and why (for the note the build prints).
        case unusable(CacheProblem)
    }

    let root: String
    let output: String

    var location: String { output + "/" + Self.file }

    /// Everything a build reads, as one fingerprint, and each content file's own.
    struct Inputs: Equatable, Sendable {
        let key: String
        /// All but the content's Markdown files: kader, `kader.yml`, the templates, the assets
        /// and `today` (`PageRecord`).
        let global: UInt64
        /// Per Markdown file (`fileHash`), so that the files whose bytes did not change need not be
        /// decoded again (`DecodedStore`).
        let files: [String: UInt64]
        /// The walk of `content/` the fingerprints were taken on, which the build's check goes on
        /// with (a walk of 16,000 files is a twentieth of a one-file build).
        let tree: ContentTree
        /// The stamp and fingerprint of every file read (`InputStamps`).
        let stamps: InputStamps

        /// The same inputs: the walk and the stamps are in the fingerprints.
        static func == (one: Inputs, other: Inputs) -> Bool {
            (one.key, one.global, one.files) == (other.key, other.global, other.files)
        }
    }

    /// The fingerprint of a file's path and bytes.
    static func fileHash(_ path: String, _ bytes: [UInt8]) -> UInt64 {
        var hash = Fingerprint()
        hash.add(path)
        hash.add(bytes)
        return hash.value
    }

    /// The fingerprint of everything a build reads, or nil when something cannot be read (the
    /// build then finds it and says so). A file whose stamp is one of `trusting` is not read
    /// (`InputStamps`): the last build's, or before a build's end those its start took.
    func key(today override: Day?, trusting known: InputStamps = InputStamps()) -> Inputs? {
        let (configuration, _) = Configuration.load(root: root)
        let today = override ?? configuration.today ?? Day.localToday()
        let tree = ContentWalker(root: root).walk()
        let templates = ((try? FileManager.default.contentsOfDirectory(atPath: root + "/templates")) ?? []).sorted().map { "templates/" + $0 }
        let names = tree.markdown + tree.assets + templates + ["kader.yml"]
        let root = self.root
        let known = known.matching(names)
        // Stamped before reading: a save during the read shows as another stamp next time.
        let before = FileStamp.all(names, under: root)
        let read: [(hash: UInt64, entry: InputStamps.Entry?)?] = Array(names.indices).parallelMap { place in
            let path = names[place]
            let stamp = before[place]
            if let hash = known.hash(path, place: place, stamp: stamp) { return (hash, InputStamps.Entry(stamp: stamp, hash: hash, settled: true)) }
            let readAt = FileStamp.now()
            switch FileReader.read(root + "/" + path) {
            case .bytes(let bytes):
                let hash = Self.fileHash(path, bytes)
                return (hash, InputStamps.Entry(stamp: stamp, hash: hash, settled: InputStamps.isSettled(stamp, readAt: readAt)))
            case .tooLarge, .unreadable:
                // kader.yml may be missing; anything else unreadable is the build's to report.
                guard path == "kader.yml" else { return nil }
                return (Self.fileHash(path, []), nil)
            }
        }
        let hashes = read.compactMap { $0?.hash }
        guard hashes.count == read.count else { return nil }
        // Everything but the Markdown files, which `PageRecord` follows file by file.
        var global = Fingerprint()
        for hash in hashes[tree.markdown.count...] { global.add(hash) }
        global.add("today \(today)")
        global.add("findings \(tree.findings.count)")
        global.add("kader " + Self.executableStamp)
        var total = Fingerprint()
        for hash in hashes[..<tree.markdown.count] { total.add(hash) }
        total.add(global.value)
        if configuration.lastUpdated == .git { total.add("git " + (GitHistory.head(root: root) ?? "none")) }
        var files: [String: UInt64] = [:]
        files.reserveCapacity(tree.markdown.count)
        for (path, hash) in zip(tree.markdown, hashes) { files[path] = hash }
        var stamps = InputStamps()
        stamps.paths.reserveCapacity(names.count)
        stamps.entries.reserveCapacity(names.count)
        for (path, entry) in zip(names, read) {
            if let entry = entry?.entry {
                stamps.paths.append(path)
                stamps.entries.append(entry)
            }
        }
        return Inputs(key: total.hex, global: global.value, files: files, tree: tree, stamps: stamps)
    }

    /// kader itself: a different binary may write different bytes. Size and time in seconds,
    /// which survive a CI cache's archive where an inode does not.
    static let executableStamp: String = {
        #if os(Linux)
        let stamp = FileStamp("/proc/self/exe")
        #else
        let stamp = FileStamp(Bundle.main.executablePath ?? CommandLine.arguments[0])
        #endif
        return "\(stamp.size).\(stamp.modified / 1_000_000_000)"
    }()

    /// The record, when it was made from the same inputs and the output is untouched since.
    func lookup(_ key: String) -> Lookup {
        guard FileManager.default.fileExists(atPath: location) else { return .miss }
        guard let data = FileManager.default.contents(atPath: location) else { return .unusable(.unreadable) }
        // Its head first: on a miss, the usual case of a build, the 19,000 paths it lists at
        // 16,000 content files are not made into strings.
        guard let head = try? JSONDecoder().decode(Head.self, from: data), head.format == Self.format else { return .unusable(.foreign) }
        guard head.key == key, head.output == output else { return .miss }
        guard let record = try? JSONDecoder().decode(Record.self, from: data) else { return .unusable(.foreign) }
        let files = record.files
        guard record.outputStamp == outputStamp(files) else { return .unusable(.outputChanged) }
        return .hit(record, files: files)
    }

    /// Keeps what this build read, said and wrote (with the `stamps` of what it wrote). A cache
    /// that cannot be written costs the next build its shortcut, nothing more.
    func store(key: String, result: CheckResult, files: [String: [String]], stamps: OutputStamps) {
        let record = Record(format: Self.format, key: key, output: output, outputStamp: outputStamp(files, known: stamps),
                            filesChecked: result.filesChecked, findings: result.findings.map(Kept.init),
                            written: files.mapValues { $0.joined(separator: "\n") })
        // Keys in order: the same build writes the same text (a dictionary's order is the process's).
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        guard let data = try? encoder.encode(record) else { return }
        OutputWriter.replaceCacheFile(location, parts: [Array(data)])
    }

    /// The size and modification time (in seconds, as archives keep it) of every written file and
    /// of the marker, as one fingerprint: what a CI cache restores matches, an edit does not.
    /// `known`: the stamps the build took of what it wrote; else each file is stamped.
    func outputStamp(_ files: [String: [String]], known: OutputStamps? = nil) -> String {
        var total = Fingerprint()
        let output = output
        // A stamp per file, 19,000 of them at 16,000 content files, folder by folder on all cores.
        let paths = files.treePaths
        let stamps = known.map { known in paths.map { known[$0] ?? .missing } } ?? FileStamp.all(paths, under: output)
        for (path, stamp) in zip(paths, stamps) { total.add(path, stamp) }
        total.add("marker", FileStamp(output + "/" + OutputWriter.markerName))
        return total.hex
    }
}

/// Why a build cache record was not used.
public enum CacheProblem: Sendable, Hashable {
    case unreadable
    /// Not a record of this kader.
    case foreign
    case outputChanged
}

/// FNV-1a, 64 bits (on words for longer parts): the same value on every machine and run (Swift's `Hasher` is seeded per
/// process), and fast enough to go over every content file before a build.
struct Fingerprint {
    private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

    mutating func add(_ bytes: some Collection<UInt8>) {
        let count = bytes.count
        let done: Void? = bytes.withContiguousStorageIfAvailable { buffer in
            addWords(UnsafeRawBufferPointer(buffer))
        }
        if done == nil { Array(bytes).withUnsafeBytes { addWords($0) } }
        // The length ends each part, so that two parts cannot run into each other.
        add(UInt64(count))
    }

    /// Eight bytes at a time (a file's fingerprint is taken of every content file before a build),
    /// the rest byte by byte; little-endian on every machine, so the value is too.
    fileprivate mutating func addWords(_ buffer: UnsafeRawBufferPointer) {
        var hash = value
        var offset = 0
        while offset + 8 <= buffer.count {
            hash ^= UInt64(littleEndian: buffer.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
            hash = (hash &* 0x0000_0100_0000_01b3) ^ (hash >> 29)
            offset += 8
        }
        while offset < buffer.count {
            hash ^= UInt64(buffer[offset])
            hash = hash &* 0x0000_0100_0000_01b3
            offset += 1
        }
        value = hash
    }

    /// A native string's bytes in place, not copied into an array first (the index's shape adds
    /// some 100,000 strings).
    mutating func add(_ text: String) { add(text.utf8) }

    mutating func add(_ number: UInt64) {
        var hash = value
        for shift in stride(from: 0, to: 64, by: 8) {
            hash ^= (number >> UInt64(shift)) & 0xff
            hash = hash &* 0x0000_0100_0000_01b3
        }
        value = hash
    }

    var hex: String { String(value, radix: 16) }

    /// A file's path, size and modification time in seconds.
    mutating func add(_ path: String, _ stamp: FileStamp) {
        add(path)
        add(UInt64(bitPattern: stamp.size))
        add(UInt64(bitPattern: stamp.modified / 1_000_000_000))
    }
}

/// `Fingerprint.add(_:)` of bytes that come in pieces: the same value as the whole added at once,
/// without holding the whole (`PageRecord.write`). Words of eight bytes may cross pieces.
struct PiecewiseFingerprint {
    private var fingerprint = Fingerprint()
    /// The bytes of a word that the next piece finishes: fewer than eight.
    private var pending: [UInt8] = []
    private var count = 0

    mutating func add(_ piece: [UInt8]) {
        count += piece.count
        var start = 0
        if !pending.isEmpty {
            start = min(8 - pending.count, piece.count)
            pending += piece[..<start]
            guard pending.count == 8 else { return }
            pending.withUnsafeBytes { fingerprint.addWords($0) }
            pending.removeAll(keepingCapacity: true)
        }
        let end = start + (piece.count - start) / 8 * 8
        piece[start..<end].withUnsafeBytes { fingerprint.addWords($0) }
        pending += piece[end...]
    }

    var value: UInt64 {
        var whole = fingerprint
        pending.withUnsafeBytes { whole.addWords($0) }
        whole.add(UInt64(count))
        return whole.value
    }
}
