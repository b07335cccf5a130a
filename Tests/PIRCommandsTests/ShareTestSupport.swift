import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// What the sharing tests need around the real binary: waiting for a program started in the
/// background (`Spawn.start`), the CPU time a process has used, and raw connections to a socket.
enum ShareTestSupport {
    /// Waits for a background program (killing it after `seconds`).
    static func finish(_ pid: pid_t, seconds: Double = 20) {
        var status: Int32 = 0
        let deadline = Date().addingTimeInterval(seconds)
        while waitpid(pid, &status, WNOHANG) == 0 {
            if Date() > deadline { kill(pid, SIGKILL); _ = waitpid(pid, &status, 0); return }
            usleep(20_000)
        }
    }

    /// User and system CPU seconds a process has used so far, from /proc/PID/stat.
    static func cpuSeconds(_ pid: pid_t) -> Double? {
        guard let text = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
              let close = text.lastIndex(of: ")") else { return nil }
        // fields after the command's closing parenthesis: state is field 3, utime 14, stime 15
        let fields = text[text.index(after: close)...].split(separator: " ")
        guard fields.count > 13, let user = Double(fields[11]), let system = Double(fields[12]) else { return nil }
        return (user + system) / Double(sysconf(Int32(_SC_CLK_TCK)))
    }

    /// The pid of the process called `name` whose parent is `parent` (pir under a tmux pane's shell).
    static func child(of parent: pid_t, named name: String) -> pid_t? {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        for pid in entries.compactMap({ pid_t($0) }) {
            guard let text = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
                  let open = text.firstIndex(of: "("), let close = text.lastIndex(of: ")") else { continue }
            let comm = text[text.index(after: open)..<close]
            let fields = text[text.index(after: close)...].split(separator: " ")
            if comm == name, fields.count > 1, pid_t(fields[1]) == parent { return pid }
        }
        return nil
    }

    /// A connected Unix socket to `path`, or nil.
    static func connect(_ path: String) -> Int32? {
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        let bytes = Array(path.utf8)
        guard bytes.count < MemoryLayout.size(ofValue: address.sun_path) else { return nil }
        withUnsafeMutableBytes(of: &address.sun_path) { raw in
            for (i, b) in bytes.enumerated() { raw[i] = b }
        }
        let fd = Glibc.socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { return nil }
        let rc = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { Glibc.connect(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
        }
        guard rc == 0 else { close(fd); return nil }
        return fd
    }

    /// The first line a socket receives within `seconds` (nil when it closes first or none comes).
    static func firstLine(_ fd: Int32, seconds: Double = 5) -> String? {
        var data = Data()
        var buffer = [UInt8](repeating: 0, count: 4096)
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            var p = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
            guard poll(&p, 1, 50) > 0 else { continue }
            let n = recv(fd, &buffer, buffer.count, Int32(MSG_DONTWAIT))
            if n <= 0 { if n == 0 { break } else { continue } }
            data.append(contentsOf: buffer[0..<n])
            if let newline = data.firstIndex(of: 0x0A) { return String(decoding: data[..<newline], as: UTF8.self) }
        }
        return nil
    }

    /// The socket a presenter made under `directory` (wherever in it the version of pir puts it).
    static func socket(under directory: String) -> String? {
        guard let walker = FileManager.default.enumerator(atPath: directory) else { return nil }
        for case let relative as String in walker where relative.hasSuffix(".sock") { return "\(directory)/\(relative)" }
        return nil
    }
}
