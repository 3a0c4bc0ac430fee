/// The stamp (`FileStamp`) and fingerprint of every input file the last build read, in
/// `.kader-stamps` in the output folder. A file whose stamp is the one recorded, and which had not
/// been modified for a while when it was recorded (`FileStamp.isSettled`), has the same bytes: the
/// cache key takes its fingerprint without reading it, as git's index does. Reading and hashing
/// 16,000 files, twice (before a build and after it), was a sixth of a one-file build.
struct InputStamps: Sendable {
    static let file = ".kader-stamps"
    private static let magic = Array("kader stamps\n".utf8)
    private static let format = 1

    struct Entry: Sendable, Equatable {
        let stamp: FileStamp
        /// `BuildCache.fileHash` of the path and the bytes.
        let hash: UInt64
        /// Whether the file had not been modified for `FileStamp.racyWindow` when its bytes were
        /// read: only then can an equal stamp stand for equal bytes.
        let settled: Bool
    }

    /// In the order the cache key reads the files (the walk's), which the next build's key
    /// nearly always reads in too: then each file's entry is found at its place.
    var paths: [String] = []
    var entries: [Entry] = []
    /// By path, when the paths are not those of the next key (`matching`).
    private var places: [String: Int]? = nil

    /// Neither written to nor changed (a `touch` back to an old time changes the status time) for
    /// `FileStamp.racyWindow` before `readAt`.
    static func isSettled(_ stamp: FileStamp, readAt: Int64) -> Bool {
        stamp.isSettled(readAt: readAt) && stamp.changed < readAt - FileStamp.racyWindow
    }

    /// Ready for a key that reads `names`, in their order.
    func matching(_ names: [String]) -> InputStamps {
        var stamps = self
        stamps.places = names == paths ? nil : Dictionary(paths.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        return stamps
    }

    /// The fingerprint of the file `path`, read as the `place`th, when its stamp is `stamp` and
    /// the recorded one is as trustworthy.
    func hash(_ path: String, place: Int, stamp: FileStamp) -> UInt64? {
        guard let index = places.map({ $0[path] }) ?? (place < paths.count ? place : nil) else { return nil }
        let entry = entries[index]
        guard entry.settled, entry.stamp == stamp else { return nil }
        return entry.hash
    }

    /// The entry of `path` (for tests: a build looks entries up by place).
    subscript(path: String) -> Entry? {
        get { paths.firstIndex(of: path).map { entries[$0] } }
        set {
            if let index = paths.firstIndex(of: path) {
                if let newValue { entries[index] = newValue } else { paths.remove(at: index); entries.remove(at: index) }
            } else if let newValue {
                paths.append(path)
                entries.append(newValue)
            }
        }
    }

    /// The stamps in `output`; none when there are none or they cannot be believed.
    static func load(output: String) -> InputStamps {
        guard case .bytes(let bytes) = FileReader.read(output + "/" + file), bytes.starts(with: magic), bytes.count >= magic.count + 8 else {
            return InputStamps()
        }
        var checksum = Fingerprint()
        checksum.add(bytes[..<(bytes.count - 8)])
        var tail = ByteReader(bytes, from: bytes.count - 8)
        guard (try? tail.word()) == checksum.value else { return InputStamps() }
        var reader = ByteReader(bytes, from: magic.count, to: bytes.count - 8)
        do {
            guard try reader.int() == format else { return InputStamps() }
            var stamps = InputStamps()
            let count = try reader.count()
            stamps.paths.reserveCapacity(count)
            stamps.entries.reserveCapacity(count)
            for _ in 0..<count {
                stamps.paths.append(try reader.string())
                let stamp = FileStamp(device: try reader.word(), inode: try reader.word(), size: Int64(bitPattern: try reader.word()),
                                      modified: Int64(bitPattern: try reader.word()), changed: Int64(bitPattern: try reader.word()))
                stamps.entries.append(Entry(stamp: stamp, hash: try reader.word(), settled: try reader.bool()))
            }
            guard reader.isAtEnd else { return InputStamps() }
            return stamps
        } catch {
            return InputStamps()
        }
    }

    /// Through a temporary file; stamps that cannot be written cost the next build its reading, nothing more.
    func write(output: String) {
        var writer = ByteWriter()
        writer.raw(Self.magic)
        writer.int(Self.format)
        writer.int(entries.count)
        for (path, entry) in zip(paths, entries) {
            writer.string(path)
            for word in [entry.stamp.device, entry.stamp.inode, UInt64(bitPattern: entry.stamp.size),
                         UInt64(bitPattern: entry.stamp.modified), UInt64(bitPattern: entry.stamp.changed), entry.hash] {
                writer.word(word)
            }
            writer.bool(entry.settled)
        }
        var checksum = Fingerprint()
        checksum.add(writer.bytes)
        writer.word(checksum.value)
        OutputWriter.replaceCacheFile(output + "/" + Self.file, parts: [writer.bytes])
    }
}
