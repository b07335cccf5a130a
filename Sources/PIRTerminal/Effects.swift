#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import PIRBasics
import PIRModel
import PIRUI

/// Carries out what the reducer asked for — files and the clipboard — and says how it went in the
/// status line.
enum Effects {
    static func perform(_ effect: Effect, language: Language = .zh, directory: String? = nil) -> String {
        switch effect {
        case .export(let stem, let ext, let contents, let rows):
            do {
                let path = try write(contents, stem: stem, fileExtension: ext, directory: directory)
                return language.strings.explorer.exported(rows, path)
            } catch {
                return language.strings.explorer.exportFailed("\(error)")
            }
        case .copy(let text):
            let multiplexer = Clipboard.multiplexer(environment: ProcessInfo.processInfo.environment)
            let sequence = Clipboard.osc52(text, multiplexer: multiplexer)
            fflush(nil)  // ncurses writes through stdio: flush it before writing to the fd
            let bytes = Array(sequence.utf8)
            var written = 0
            while written < bytes.count {
                let n = bytes[written...].withUnsafeBufferPointer { Glibc.write(STDOUT_FILENO, $0.baseAddress, $0.count) }
                if n <= 0 { break }
                written += n
            }
            let preview = text.count > 40 ? String(text.prefix(40)) + "…" : text
            // the terminal does not answer an OSC 52: say it was sent, not that it arrived
            return Clipboard.status(preview, multiplexer: multiplexer, language: language)
        }
    }

    /// A new file named after the view (`pir-budget.csv`, then `pir-budget-2.csv` …) in `directory`
    /// (the working directory when nil); never overwrites, and never leaves a part of a file.
    ///
    /// The contents go to a hidden temporary file in the same directory first, written and synced
    /// in full; only then is it linked under its name (`link` fails rather than replace a file that
    /// is there), and the temporary name removed. A full disk, a quota or a read-only directory
    /// leaves nothing behind, and a retry does not add an empty `-2` file. A working directory that
    /// was removed is said as such: `getcwd` fails, where `currentDirectoryPath` gave "" and the file
    /// went to `/pir-budget.csv` while the status line said `./pir-budget.csv`.
    static func write(_ contents: String, stem: String, fileExtension: String, directory: String? = nil) throws -> String {
        let directory = try directory ?? workingDirectory()
        func failure(_ what: String, _ code: Int32) -> EffectError {
            EffectError(description: "\(what): \(String(cString: strerror(code))); nothing was written")
        }
        let temporary = directory + "/.\(stem).\(getpid()).\(UInt32.random(in: 0...UInt32.max)).part"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        if fd < 0 { throw failure(directory, errno) }
        var linked = false
        defer { if !linked { unlink(temporary) } }
        let bytes = Array(contents.utf8)
        var written = 0
        while written < bytes.count {
            let r = bytes[written...].withUnsafeBufferPointer { Glibc.write(fd, $0.baseAddress, $0.count) }
            if r < 0 && errno == EINTR { continue }
            if r <= 0 { let code = r < 0 ? errno : ENOSPC; close(fd); throw failure(directory, code) }
            written += r
        }
        // a full disk can show only here (delayed allocation, network file systems)
        if fsync(fd) != 0 { let code = errno; close(fd); throw failure(directory, code) }
        if close(fd) != 0 { throw failure(directory, errno) }
        var n = 1
        while true {
            let name = n == 1 ? "\(stem).\(fileExtension)" : "\(stem)-\(n).\(fileExtension)"
            let path = directory + "/" + name
            if link(temporary, path) == 0 {
                linked = true
                unlink(temporary)
                return "./" + name
            }
            let code = errno
            if code == EEXIST && n < 1000 { n += 1; continue }
            // a file system without hard links: rename, which replaces, only to a name not taken
            if code == EPERM || code == ENOTSUP || code == EOPNOTSUPP, access(path, F_OK) != 0, rename(temporary, path) == 0 {
                linked = true
                return "./" + name
            }
            throw failure(path, code)
        }
    }

    /// The working directory's real path, or why there is none (it was removed, or is not searchable).
    static func workingDirectory() throws -> String {
        guard let raw = getcwd(nil, 0) else {
            throw EffectError(description: "the working directory cannot be found (\(String(cString: strerror(errno))): was it removed?); nothing was written")
        }
        defer { free(raw) }
        return String(cString: raw)
    }
}

struct EffectError: Error, CustomStringConvertible { var description: String }
