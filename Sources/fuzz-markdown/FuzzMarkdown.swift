import Foundation
import Kader

// libFuzzer target: one Markdown body through parsing, link positions, the broken-link rule and
// rendering with link rewriting (`FuzzEntry.markdown`).
// scripts/fuzz.sh builds it with KADER_FUZZING, coverage and AddressSanitizer, and main hands over
// to libFuzzer's driver. In the normal build it is a reproducer instead: `swift run fuzz-markdown FILE...`
// runs each file once through the same entry point.

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let input = Array(UnsafeRawBufferPointer(start: start, count: count))
    _ = FuzzEntry.markdown(input)
    return 0
}

#if KADER_FUZZING
// SwiftPM links an executable's main under its own name, so libFuzzer's main is not used: this one
// runs libFuzzer's driver, with every libFuzzer flag.
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
    _ callback: @convention(c) (UnsafeRawPointer?, Int) -> CInt
) -> CInt

@main
struct Fuzz {
    static func main() {
        var argc = CommandLine.argc
        var argv = CommandLine.unsafeArgv
        exit(LLVMFuzzerRunDriver(&argc, &argv) { start, count in
            fuzz(start ?? UnsafeRawPointer(bitPattern: 1)!, count)
        })
    }
}
#else
@main
struct Reproduce {
    static func main() throws {
        for path in CommandLine.arguments.dropFirst() {
            let bytes = try Data(contentsOf: URL(fileURLWithPath: path))
            bytes.withUnsafeBytes { buffer in
                _ = fuzz(buffer.baseAddress ?? UnsafeRawPointer(bitPattern: 1)!, buffer.count)
            }
            print("\(path): ok")
        }
    }
}
#endif
