import Foundation

/// Where tests write: one folder per test process, removed when the process exits. Each test
/// used to make its own folder in the system's temporary folder and most left it there, about 300
/// folders a run and up to 20 MB each, 11 GB on a machine that ran the suite for a few weeks.
enum Scratch {
    /// `$TMPDIR/kader-tests-PID`, made on first use; its removal is registered then too.
    static let root: String = {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("kader-tests-\(getpid())").path
        try? FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        atexit { Scratch.remove(Scratch.root) }
        return root
    }()

    /// A new path in the scratch folder named `prefix`, a UUID and `suffix`; nothing is made there.
    static func path(_ prefix: String, suffix: String = "") -> String {
        root + "/" + prefix + "-" + UUID().uuidString + suffix
    }

    /// Removes `folder` with everything in it, also where a test took away the owner's
    /// permissions (the file-safety tests do; only root could remove those folders as they are).
    static func remove(_ folder: String) {
        allowOwner(folder)
        try? FileManager.default.removeItem(atPath: folder)
    }

    private static func allowOwner(_ path: String) {
        var status = stat()
        guard lstat(path, &status) == 0, status.st_mode & S_IFMT == S_IFDIR else { return }
        chmod(path, 0o700)
        for name in (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? [] { allowOwner(path + "/" + name) }
    }
}
