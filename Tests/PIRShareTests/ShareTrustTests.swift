import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif
@testable import PIRShare

/// Where sockets may be, and the follower's back-off: a directory another user made or may write
/// is refused by presenter and follower alike, with a line that says so; a follower that finds
/// nobody tries again less and less often.
@Suite(.serialized) final class ShareTrustTests {
    let name = "pir-trust-\(getpid())-\(UUID().uuidString.prefix(6))"
    let root: String
    let places: SharePlaces

    init() throws {
        root = try privateDirectory("pir-trust")
        places = SharePlaces(runtime: nil, temporary: root)
    }

    deinit { try? FileManager.default.removeItem(atPath: root) }

    var directory: String { "\(root)/pir-\(geteuid())" }

    @Test(.enabled(if: geteuid() == 0, "needs root to give a directory to another user"))
    func aDirectoryAnotherUserMadeIsRefused() throws {
        // another account made /tmp/pir-UID before this user ever presented
        #expect(mkdir(directory, 0o700) == 0)
        #expect(chown(directory, 65534, 65534) == 0)
        do {
            _ = try ShareServer(name: name, group: false, places: places)
            Issue.record("the presenter used a directory another user owns")
        } catch {
            #expect(error.description.contains("belongs to nobody") && error.description.contains(directory), "\(error)")
        }
        let client = try ShareClient(name: name, places: places)
        #expect(!client.connect())
        #expect(client.problem?.contains("belongs to nobody") == true, "\(client.problem ?? "nil")")
    }

    @Test func aDirectoryOthersMayWriteIsRefused() throws {
        #expect(mkdir(directory, 0o700) == 0)
        #expect(chmod(directory, 0o777) == 0)
        #expect(throws: ShareError.self) { try ShareServer(name: name, group: false, places: places) }
        let client = try ShareClient(name: name, places: places)
        #expect(!client.connect())
        #expect(client.problem?.contains("may be written by others") == true, "\(client.problem ?? "nil")")
    }

    @Test func aLinkInPlaceOfTheDirectoryIsRefused() throws {
        try FileManager.default.createDirectory(atPath: "\(root)/elsewhere", withIntermediateDirectories: false)
        #expect(symlink("\(root)/elsewhere", directory) == 0)
        #expect(throws: ShareError.self) { try ShareServer(name: name, group: false, places: places) }
    }

    @Test func theDirectoryIsMadeForItsOwnerOnlyOrReachableByTheGroup() throws {
        let server = try ShareServer(name: name, group: false, places: places)
        var info = stat()
        #expect(lstat(directory, &info) == 0 && info.st_mode & 0o777 == 0o700 && info.st_uid == geteuid())
        server.close()
        let group = try ShareServer(name: name, group: true, places: places)
        defer { group.close() }
        #expect(lstat(directory, &info) == 0 && info.st_mode & 0o777 == 0o710)
        // following by the presenter's own name finds it (as `--from USER` does for another account)
        let client = try ShareClient(name: name, from: SharePath.userName(geteuid()), places: places)
        #expect(client.connect())
        #expect(client.owner == nil, "following oneself names nobody else")
    }

    @Test(.enabled(if: geteuid() == 0, "needs root to give the directory another group"))
    func aGroupShareGivesTheDirectoryThePresentersGroup() throws {
        // made in an earlier session under another primary group (before `newgrp meeting`)
        #expect(mkdir(directory, 0o700) == 0 && chown(directory, geteuid(), 65534) == 0)
        let server = try ShareServer(name: name, group: true, places: places)
        defer { server.close() }
        var info = stat()
        #expect(lstat(directory, &info) == 0 && info.st_gid == getegid() && info.st_mode & 0o777 == 0o710)
        #expect(lstat(server.path, &info) == 0 && info.st_gid == getegid() && info.st_mode & 0o777 == 0o660)
    }

    @Test func aRuntimeDirectoryOthersMayWriteIsNotUsed() throws {
        let runtime = "\(root)/run"
        #expect(mkdir(runtime, 0o777) == 0 && chmod(runtime, 0o777) == 0)
        let open = SharePlaces(runtime: runtime, temporary: root)
        #expect(open.directory(group: false) == directory)
        #expect(!open.candidates(for: name).contains { $0.hasPrefix(runtime) })
    }

    @Test func aFollowerThatFindsNobodyBacksOffExponentiallyUpToACap() throws {
        let client = try ShareClient(name: name, places: places)
        var now = 1000.0
        var delays: [Double] = []
        for _ in 0..<10 {
            #expect(!client.attempt(now: now))
            delays.append(client.retryAt - now)
            // an attempt before it is due does nothing
            #expect(!client.attempt(now: now + 0.01) && client.retryAt - now == delays.last)
            now = client.retryAt
        }
        #expect(delays == [0.25, 0.5, 1, 2, 4, 5, 5, 5, 5, 5])
    }

    @Test(arguments: ["", "-oProxyCommand=x", "a b", "host;rm", "$(x)"])
    func badViaDestinationsAreRefused(_ destination: String) {
        #expect(throws: ShareError.self) { try ShareTunnel(destination: destination) }
    }

    @Test func theRelayCommandQuotesThePathAndPassesOnlySafeWords() throws {
        let tunnel = try ShareTunnel(destination: "alice@example.org", remotePir: "/opt/it's/pir")
        #expect(tunnel.command(name: "talk", from: "bob") == #"'/opt/it'\''s/pir' relay talk --from bob"#)
        #expect(throws: ShareError.self) { try ShareClient(name: "talk", from: "bob;rm", via: tunnel) }
    }
}
