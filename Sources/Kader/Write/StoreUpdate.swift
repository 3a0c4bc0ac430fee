import Foundation

/// One build's use of the `DecodedStore`: the documents it takes from the last build's store, and
/// what it keeps for the next one. `hashes` are the fingerprints the cache key read the files with
/// (`BuildCache.Inputs.files`); a file decoded anew is kept under the fingerprint of the bytes it
/// was decoded from, so a save between the two reads cannot leave old bytes under a new key.
final class StoreUpdate: @unchecked Sendable {
    let store: DecodedStore?
    let hashes: [String: UInt64]
    /// Set once, from the files' results in the walk's order (`collect`).
    private(set) var entries: [DecodedStore.Entry] = []
    /// How many files were decoded from their bytes (the rest came from the store).
    private(set) var decodedCount = 0

    init(store: DecodedStore?, hashes: [String: UInt64]) {
        self.store = store
        self.hashes = hashes
    }

    /// One file's document and findings, with what to store of it for the next build.
    struct Decoded: Sendable {
        let document: Document?
        let findings: [Finding]
        /// Nil when it is not to be stored (it has findings, or it could not be read).
        var entry: DecodedStore.Entry? = nil
        var fromBytes = false

        init(_ result: (Document?, [Finding])) {
            (document, findings) = result
        }
    }

    /// Called on all cores at once: it changes nothing of its own (`collect` does, after).
    func decode(_ path: String, root: String, decoder: DocumentDecoder) -> Decoded {
        guard case .success(let location) = ContentLocation.classify(path), location.nameFinding == nil else {
            return Decoded(Project.decode(path, root: root, decoder: decoder))
        }
        // The fingerprint the cache key read, or (for `kader check`, which reads no key) one of
        // the bytes read now.
        var bytes: [UInt8]?
        let hash: UInt64
        if let known = hashes[path] {
            hash = known
        } else {
            guard case .bytes(let read) = FileReader.read(root + "/" + path, limit: FileReader.maximumMarkdownSize) else {
                return Decoded(Project.decode(path, root: root, decoder: decoder))
            }
            (bytes, hash) = (read, BuildCache.fileHash(path, read))
        }
        if let (document, entry) = store?.document(path, hash: hash, location: location, decoder: decoder, root: root) {
            var decoded = Decoded((document, []))
            decoded.entry = entry
            return decoded
        }
        if bytes == nil, case .bytes(let read) = FileReader.read(root + "/" + path, limit: FileReader.maximumMarkdownSize) { bytes = read }
        guard let bytes else { return Decoded(Project.decode(path, root: root, decoder: decoder)) }
        let (document, findings, record) = decoder.decodeKeepingRecord(SourceFile(path: path, bytes: bytes), at: location)
        // A document with findings depends on more than its record and body (their sentences): it
        // is decoded again each time. A private evaluation's body never leaves the repository,
        // not even into kader's own files in the output folder: only its record is kept.
        let entry = findings.isEmpty
            ? DecodedStore.Entry(path: path, hash: BuildCache.fileHash(path, bytes), record: record.map(DecodedStore.bytes(of:)),
                                 body: document.isPrivate ? nil : document.body, bodyInFile: document.isPrivate)
            : nil
        var decoded = Decoded((document, findings))
        (decoded.entry, decoded.fromBytes) = (entry, true)
        return decoded
    }

    /// Writes the entries to the store for the next build, and lets go of them.
    func write(output: String, key: UInt64) {
        DecodedStore.write(entries, output: output, key: key)
        entries = []
    }

    /// Keeps the entries to store, in the walk's order as `decoded` has them.
    @discardableResult
    func collect(_ decoded: [Decoded]) -> [Decoded] {
        entries = decoded.compactMap(\.entry)
        decodedCount = decoded.count { $0.fromBytes }
        return decoded
    }
}
