#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension String {
    /// Whether this string comes before `other` in the order of their UTF-8 bytes, the order of
    /// paths everywhere in kader: one `memcmp`, where the UTF-8 view compares a byte at a time
    /// (sorting 19,000 written paths took 20 ms that way).
    func precedesInBytes(_ other: String) -> Bool {
        var one = self, two = other
        return one.withUTF8 { a in
            two.withUTF8 { b in
                let shorter = min(a.count, b.count)
                let order = shorter == 0 ? 0 : memcmp(a.baseAddress!, b.baseAddress!, shorter)
                return order != 0 ? order < 0 : a.count < b.count
            }
        }
    }
}
