import Foundation

/// The time budgets of tests hold for a normal build. Under a sanitizer the same code runs several
/// times slower (scripts/sanitize.sh sets KADER_SANITIZER), so a budget grows with it: the test
/// still catches a runaway, not the sanitizer's cost.
enum TimeBudget {
    static func seconds(_ seconds: Int) -> Duration {
        // Measured on two shared cores: the 20 MB body took 31.7 s under ThreadSanitizer and from
        // under 30 s to 121 s under AddressSanitizer, as other builds came and went.
        ProcessInfo.processInfo.environment["KADER_SANITIZER"] == nil ? .seconds(seconds) : .seconds(seconds * 10)
    }
}
