// The floor for pir's one-shot commands (`pir show`, `pir search`, `pir export`): a static Swift
// program that prints the same text. benchmarks/run builds it with `swiftc -O -static-stdlib`, the
// way pir is linked, gives it the text pir printed in a file, and reports pir ÷ this from
// interleaved runs. It imports no Foundation, so it measures the Swift runtime's start-up and the
// write, nothing else.
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

let arguments = CommandLine.arguments
guard arguments.count == 2 else {
    fputs("usage: floor-print FILE\n", stderr)
    exit(2)
}
let fd = open(arguments[1], O_RDONLY)
guard fd >= 0 else {
    fputs("floor-print: cannot open \(arguments[1])\n", stderr)
    exit(2)
}
var buffer = [UInt8](repeating: 0, count: 1 << 16)
while true {
    let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
    if n <= 0 { break }
    var written = 0
    while written < n {
        let w = buffer.withUnsafeBytes { write(1, $0.baseAddress! + written, n - written) }
        if w <= 0 { exit(1) }
        written += w
    }
}
close(fd)
