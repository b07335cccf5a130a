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

/// `pir follow NAME --via user@host`: the presenter's socket, streamed from another machine over
/// SSH, with no port of pir's own.
///
/// It runs `ssh -T user@host pir relay NAME`: the relay (on the presenter's machine) connects to
/// the local socket with every check a local follower makes and copies the presenter's messages to
/// its standard output, which ssh brings here on one end of a socketpair, read like a local socket.
/// Chosen over forwarding the socket with `ssh -L`: it needs no forwarding allowed by the server
/// (often off), no socket path from the other side, no socket file here to clean up or to be
/// trusted, and when either side ends the other sees end of file. ssh runs with `BatchMode=yes`,
/// so it never asks for a password on the terminal the follower draws on; its last line of
/// complaint (a refused key, a relay's "nobody is presenting") becomes the follower's notice.
public final class ShareTunnel {
    /// `user@host`, or any destination ssh takes.
    public let destination: String
    /// The ssh program: `PIR_SSH` when set (a wrapper with options), else `ssh` on the PATH.
    let ssh: String
    /// The pir to run there (`--remote-pir`), when it is not `pir` on that machine's PATH.
    let remotePir: String
    var child: pid_t = 0
    var errors: Int32 = -1
    var complaint = Data()

    public init(destination: String, remotePir: String = "pir", ssh: String? = nil) throws(ShareError) {
        // never an option to ssh, nor anything a shell would split
        guard !destination.isEmpty, !destination.hasPrefix("-"),
              destination.unicodeScalars.allSatisfy({ $0.isASCII && $0.value > 0x20 && $0.value < 0x7F && !"'\"\\`$;&|<>(){}*?!#~".unicodeScalars.contains($0) })
        else { throw ShareError(.badVia(ShareText.inert(destination))) }
        self.destination = destination
        self.remotePir = remotePir
        self.ssh = ssh ?? ProcessInfo.processInfo.environment["PIR_SSH"].flatMap { $0.isEmpty ? nil : $0 } ?? "ssh"
    }

    deinit { _ = close() }

    /// The remote command line: words checked safe (`SharePath.isSafeWord`), pir's path quoted.
    func command(name: String, from: String?) -> String {
        let quoted = "'" + remotePir.replacingOccurrences(of: "'", with: "'\\''") + "'"
        return ([quoted, "relay", name] + (from.map { ["--from", $0] } ?? [])).joined(separator: " ")
    }

    /// Starts ssh; the descriptor to read the presenter's messages from.
    func open(name: String, from: String?) -> Result<Int32, ShareError> {
        _ = close()
        var pair: [Int32] = [-1, -1], pipeFDs: [Int32] = [-1, -1]
        guard socketpair(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0, &pair) == 0 else {
            return .failure(ShareError(.cannotMakeSocketPair(reason: String(cString: strerror(errno)))))
        }
        guard pipe(&pipeFDs) == 0 else {
            closeDescriptor(pair[0]); closeDescriptor(pair[1])
            return .failure(ShareError(.cannotMakePipe(reason: String(cString: strerror(errno)))))
        }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, pair[1], 0)
        posix_spawn_file_actions_adddup2(&actions, pair[1], 1)
        posix_spawn_file_actions_adddup2(&actions, pipeFDs[1], 2)
        for fd in [pair[0], pipeFDs[0]] { posix_spawn_file_actions_addclose(&actions, fd) }
        // ssh starts with the default signals, whatever the follower blocked or caught
        let arguments = [ssh, "-T", "-o", "BatchMode=yes", "-o", "ServerAliveInterval=15", "-o", "ServerAliveCountMax=3",
                         "--", destination, command(name: name, from: from)]
        let spawned = ChildProcess.spawn(arguments, searchPath: true, actions: &actions)
        closeDescriptor(pair[1]); closeDescriptor(pipeFDs[1])
        let pid: pid_t
        switch spawned {
        case .success(let started): pid = started
        case .failure(let error):
            closeDescriptor(pair[0]); closeDescriptor(pipeFDs[0])
            return .failure(ShareError(.cannotRunSSH(ssh: ShareText.inert(ssh), reason: String(cString: strerror(error.code)))))
        }
        child = pid
        errors = pipeFDs[0]
        complaint = Data()
        for fd in [pair[0], errors] {
            _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK)
            _ = fcntl(fd, F_SETFD, FD_CLOEXEC)
        }
        return .success(pair[0])
    }

    /// Ends ssh (the caller closes its socket first, so the relay there sees end of file); what
    /// ssh or the relay last complained of, when anything.
    func close() -> String? {
        guard child > 0 else { return nil }
        var status: Int32 = 0
        // a relay that ended takes ssh with it, having said why: wait a moment for that, then end it
        for attempt in 0..<130 {
            if waitpid(child, &status, WNOHANG) != 0 { break }
            if attempt == 30 { kill(child, SIGTERM) }
            if attempt == 129 { kill(child, SIGKILL); _ = waitpid(child, &status, 0) }
            drainComplaint()
            usleep(10_000)
        }
        child = 0
        drainComplaint()
        closeDescriptor(errors)
        errors = -1
        let lines = String(decoding: complaint, as: UTF8.self).split(whereSeparator: \.isNewline)
        guard let last = lines.last(where: { !$0.trimmingCharacters(in: .whitespaces).isEmpty }) else { return nil }
        return "ssh \(destination): " + ShareText.inert(last)
    }

    /// Keeps the end of what ssh writes to standard error (a few kilobytes at most).
    func drainComplaint() {
        guard errors >= 0 else { return }
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let n = read(errors, &buffer, buffer.count)
            if n <= 0 { break }
            complaint.append(contentsOf: buffer[0..<n])
            if complaint.count > 4096 { complaint = Data(complaint.suffix(2048)) }
        }
    }
}
