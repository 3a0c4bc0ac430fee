/// The teams of `data.json` across builds (`PageRecord`). Nearly all of the file is the teams'
/// reports, and a team's report is made from its own files (`ReportBuilder.buildTraced`), the
/// index's shape and the periods; so a team none of whose files changed keeps its bytes from the
/// last build's file instead of being encoded again, as the search index keeps its batches
/// (`SearchBatches`).
final class DataFileTeams: @unchecked Sendable {
    struct Last {
        let file: [UInt8]
        /// What the teams were made under: the index's shape and the periods (`shape(of:)`).
        let shape: UInt64
        let teams: [String: FilePart]
        /// By serial.
        let changed: [Bool]
    }

    /// The index's shape (`ContentIndex.shapeFingerprint`).
    let indexShape: UInt64
    // Set before the reports' figures are made and read after; nothing runs between.
    var last: Last?
    var made: (shape: UInt64, teams: [FilePart])?

    init(indexShape: UInt64) {
        self.indexShape = indexShape
    }

    /// What this build's teams are made under besides their files.
    func shape(of data: ReportData) -> UInt64 {
        var fingerprint = Fingerprint()
        fingerprint.add(indexShape)
        fingerprint.add(data.currentPeriod.description)
        fingerprint.add(UInt64(data.periods.count))
        for period in data.periods { fingerprint.add(period.description) }
        return fingerprint.value
    }

    /// The last build's bytes of `team`, when it was made under `shape` and none of its files changed.
    func kept(_ team: String, shape: UInt64) -> (bytes: ArraySlice<UInt8>, reads: [Int32])? {
        guard let last, last.shape == shape, let kept = last.teams[team], let bytes = kept.bytes(in: last.file, changed: last.changed) else { return nil }
        return (bytes, kept.reads)
    }
}
