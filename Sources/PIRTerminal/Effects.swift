#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import PIRModel
import PIRUI

/// Carries out what the reducer asked for — files and the clipboard — and says how it went in the
/// status line.
enum Effects {
    static func perform(_ effect: Effect, language: Language = .zh, directory: String = FileManager.default.currentDirectoryPath) -> String {
        switch effect {
        case .export(let stem, let ext, let contents, let rows):
            do {
                let path = try write(contents, stem: stem, fileExtension: ext, directory: directory)
                return "已导出 exported \(rows) 行 rows → \(path)"
            } catch {
                return "导出失败 export failed: \(error)"
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

    /// A new file named after the view (`pir-budget.csv`, then `pir-budget-2.csv` …); never overwrites.
    static func write(_ contents: String, stem: String, fileExtension: String, directory: String) throws -> String {
        var n = 1
        while true {
            let name = n == 1 ? "\(stem).\(fileExtension)" : "\(stem)-\(n).\(fileExtension)"
            let path = directory + "/" + name
            let fd = open(path, O_WRONLY | O_CREAT | O_EXCL, 0o644)
            if fd < 0 {
                if errno == EEXIST && n < 1000 { n += 1; continue }
                throw EffectError(description: "\(path): \(String(cString: strerror(errno)))")
            }
            defer { close(fd) }
            let bytes = Array(contents.utf8)
            var written = 0
            while written < bytes.count {
                let r = bytes[written...].withUnsafeBufferPointer { Glibc.write(fd, $0.baseAddress, $0.count) }
                if r <= 0 { throw EffectError(description: "\(path): \(String(cString: strerror(errno)))") }
                written += r
            }
            return "./" + name
        }
    }
}

struct EffectError: Error, CustomStringConvertible { var description: String }
