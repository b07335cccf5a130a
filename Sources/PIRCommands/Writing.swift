#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writing that cannot trap. `FileHandle.write` traps on any write error — a full disk, a closed
/// descriptor, a pipe whose reader has gone while SIGPIPE is ignored — so pir writes with write(2):
/// a reader that left early (`pir export | head`) ends pir quietly with the status SIGPIPE would
/// give (141); any other error on the output is said in one line on stderr, exit status 1.
enum Writing {
    /// Writes all of `text`; 0, or the errno of the write that failed.
    static func write(_ descriptor: Int32, _ text: String) -> Int32 {
        var bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeMutableBytes { buffer in
                Glibc.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
            }
            if written < 0 {
                if errno == EINTR { continue }
                return errno
            }
            offset += written
        }
        return 0
    }
}

/// Writes to stdout, unbuffered, so output and errors interleave as they happen.
func emit(_ text: String) {
    let error = Writing.write(STDOUT_FILENO, text)
    if error == 0 { return }
    if error == EPIPE { exit(128 + SIGPIPE) }
    warn("pir: cannot write the output: \(String(cString: strerror(error)))\n")
    exit(1)
}

/// Writes to stderr; if even that fails there is no one left to tell.
func warn(_ text: String) {
    _ = Writing.write(STDERR_FILENO, text)
}
