import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What lies under `content/`: the Markdown files to parse and the assets to copy, found by one walk.
public struct ContentTree: Sendable {
    /// Repository-relative paths of `.md` files outside `content/assets/`, in byte order.
    public var markdown: [String] = []
    /// Repository-relative paths of every file under `content/assets/`, in byte order.
    public var assets: [String] = []
    /// Folders under `content/` (repository-relative), used to tell whether `people/` exists.
    public var folders: Set<String> = []
    public var findings: [Finding] = []
    fileprivate var seen: Set<String> = []
}

/// Walks `content/` without ever leaving the repository: a symbolic link that points outside is
/// reported and not followed, and a folder reached twice (a loop, or two links) is walked once.
struct ContentWalker {
    let root: String

    init(root: String) {
        self.root = ContentWalker.realPath(root) ?? root
    }

    func walk() -> ContentTree {
        var tree = ContentTree()
        var visited = Set<String>()
        var info = stat()
        if lstat(root + "/content", &info) == 0, (info.st_mode & S_IFMT) == S_IFLNK {
            // content/ itself may be a link, but only to a folder inside the repository.
            follow(link: "content", into: &tree, visited: &visited)
            tree.markdown.sort { $0.precedesInBytes($1) }
            tree.assets.sort { $0.precedesInBytes($1) }
            return tree
        }
        walk(directory: "content", into: &tree, visited: &visited)
        tree.markdown.sort { $0.precedesInBytes($1) }
        tree.assets.sort { $0.precedesInBytes($1) }
        return tree
    }

    private func walk(directory relative: String, into tree: inout ContentTree, visited: inout Set<String>) {
        guard let real = ContentWalker.realPath(root + "/" + relative), visited.insert(real).inserted else { return }
        tree.folders.insert(relative)
        guard let entries = Self.entries(root + "/" + relative) else {
            tree.findings.append(Finding(.unreadableFile, relative, .file, .folderUnreadable(folder: relative, reason: FileReader.reason(errno))))
            return
        }
        for (name, type) in entries where !name.hasPrefix(".") {
            let path = relative + "/" + name
            switch type ?? Self.type(root + "/" + path) {
            case S_IFLNK?: follow(link: path, into: &tree, visited: &visited)
            case S_IFDIR?: walk(directory: path, into: &tree, visited: &visited)
            case S_IFREG?: add(file: path, into: &tree)
            default: continue
            }
        }
    }

    private func follow(link path: String, into tree: inout ContentTree, visited: inout Set<String>) {
        guard let target = ContentWalker.realPath(root + "/" + path) else {
            let message: Message = switch errno {
            case ELOOP: .linkLoop(path: path)
            case EACCES: .linkTargetForbidden(path: path)
            default: .linkTargetMissing(path: path)
            }
            tree.findings.append(Finding(.unsafePath, path, .file, message))
            return
        }
        // The repository itself, or a folder of it outside content/, holds no content of its own:
        // what of it is content is walked already, under its real path.
        if target == root, path != "content" { return }
        guard target.hasPrefix(root + "/") else {
            tree.findings.append(Finding(.unsafePath, path, .file, .linkOutside(path: path, target: target)))
            return
        }
        // Inside the repository, a link is read under the path it really has.
        let realRelative = String(target.dropFirst(root.count + 1))
        guard path == "content" || realRelative == "content" || realRelative.hasPrefix("content/") else { return }
        var info = stat()
        guard stat(target, &info) == 0 else { return }
        if (info.st_mode & S_IFMT) == S_IFDIR {
            walk(directory: realRelative, into: &tree, visited: &visited)
        } else if (info.st_mode & S_IFMT) == S_IFREG {
            add(file: realRelative, into: &tree)
        }
    }

    private func add(file path: String, into tree: inout ContentTree) {
        guard tree.seen.insert(path).inserted else { return }
        // Markdown is read (and its failure told) when it is parsed; an asset only when it is copied.
        if path.hasPrefix("content/assets/"), access(root + "/" + path, R_OK) != 0 {
            tree.findings.append(Finding(.unreadableFile, path, .file, .assetUnreadable(reason: FileReader.reason(errno))))
            return
        }
        if path.hasPrefix("content/assets/") {
            tree.assets.append(path)
        } else if path.hasSuffix(".md") {
            tree.markdown.append(path)
        }
    }

    /// The names in a folder in byte order, with their type (`S_IFREG`, …) when the file system
    /// gives it with the name (then no `lstat` per file is needed), or nil (with `errno` set) when
    /// it cannot be listed.
    static func entries(_ path: String) -> [(name: String, type: mode_t?)]? {
        guard let directory = opendir(path) else { return nil }
        defer { closedir(directory) }
        var entries: [(bytes: [UInt8], type: mode_t?)] = []
        while let entry = readdir(directory) {
            let bytes = withUnsafeBytes(of: entry.pointee.d_name) { Array($0.prefix { $0 != 0 }) }
            guard bytes != [0x2E], bytes != [0x2E, 0x2E] else { continue }
            let type: mode_t? = switch Int32(entry.pointee.d_type) {
            case Int32(DT_REG): S_IFREG
            case Int32(DT_DIR): S_IFDIR
            case Int32(DT_LNK): S_IFLNK
            case Int32(DT_UNKNOWN): nil
            default: 0
            }
            entries.append((bytes, type))
        }
        // Sorted as bytes, before they are strings: a string's UTF-8 view compares a byte at a time.
        entries.sort { one, other in
            one.bytes.withUnsafeBufferPointer { a in
                other.bytes.withUnsafeBufferPointer { b in
                    let order = memcmp(a.baseAddress!, b.baseAddress!, min(a.count, b.count))
                    return order != 0 ? order < 0 : a.count < b.count
                }
            }
        }
        return entries.map { (String(decoding: $0.bytes, as: UTF8.self), $0.type) }
    }

    /// The type of what is at `path` (not following a link), or nil when it is gone.
    private static func type(_ path: String) -> mode_t? {
        var info = stat()
        return lstat(path, &info) == 0 ? info.st_mode & S_IFMT : nil
    }

    /// The names in a folder, or nil (with `errno` set) when it cannot be listed.
    static func list(_ path: String) -> [String]? {
        guard let directory = opendir(path) else { return nil }
        defer { closedir(directory) }
        var names: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            if name != ".", name != ".." { names.append(name) }
        }
        return names
    }

    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
