#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import PIRBasics
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `pir relay NAME` (hidden), the far end of `pir follow NAME --via user@host`: run by ssh on the
/// presenter's machine, it connects to the shared presentation as a local follower would — the
/// same trusted directories, the same check of the presenter's uid — and copies what the presenter
/// says to standard output. Standard input is only watched for its end (the follower has gone);
/// anything on it is dropped, since followers have nothing to say. It does not read the
/// messages: the follower at the other end checks every one.
public enum ShareRelay {
    /// 0 when the presenter ended the presentation or the follower went; 1, with one line on
    /// standard error (which ssh carries to the follower's notice), when nobody trusted is there.
    public static func run(_ client: ShareClient) -> Int32 {
        guard client.connect() else {
            let why = client.problem ?? "nobody is presenting \"\(client.name)\" here (pir present --share \(client.name))"
            let line = Array("pir relay: \(why)\n".utf8)
            _ = line.withUnsafeBytes { write(STDERR_FILENO, $0.baseAddress, $0.count) }
            return 1
        }
        signal(SIGPIPE, SIG_IGN)
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            var fds = [pollfd(fd: client.fd, events: Int16(POLLIN), revents: 0), pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)]
            if poll(&fds, nfds_t(fds.count), -1) < 0 {
                if errno == EINTR { continue }
                return 1
            }
            if fds[1].revents != 0 {
                let n = read(STDIN_FILENO, &buffer, buffer.count)
                if n == 0 || (n < 0 && errno != EINTR && errno != EAGAIN) { return 0 }  // the follower went
            }
            guard fds[0].revents != 0 else { continue }
            let n = recv(client.fd, &buffer, buffer.count, 0)
            if n == 0 { return 0 }
            if n < 0 {
                if errno == EINTR || errno == EAGAIN { continue }
                return 0
            }
            var written = 0
            while written < n {
                let w = buffer[written..<n].withUnsafeBytes { write(STDOUT_FILENO, $0.baseAddress, $0.count) }
                if w < 0 {
                    if errno == EINTR || errno == EAGAIN { continue }
                    return 0  // the follower's side is gone
                }
                written += w
            }
        }
    }
}
