import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif
@testable import PIRShare

/// The presenter's socket with real followers in the same process: what they receive, and that
/// one that never reads costs the presenter a bounded amount of memory and no waiting.
@Suite(.serialized) final class ShareTests {
    let name = "pir-test-\(getpid())-\(UUID().uuidString.prefix(6))"
    /// A runtime directory and a /tmp of this test's own, removed after it.
    let root: String
    let places: SharePlaces

    init() throws {
        root = try privateDirectory("pir-share", children: ["run", "tmp"])
        places = SharePlaces(runtime: "\(root)/run", temporary: "\(root)/tmp")
    }

    deinit { try? FileManager.default.removeItem(atPath: root) }

    func state(_ slide: Int, step: Int = 0) -> ShareMessage {
        .state(ShareState(slide: slide, step: step, blank: false, startedAt: 1_700_000_000, exploring: nil))
    }

    /// Runs the server's side of poll until `done` or a second passes.
    func pump(_ server: ShareServer, until done: () -> Bool) {
        let deadline = Date().addingTimeInterval(2)
        while !done() && Date() < deadline {
            var fds = server.pollDescriptors
            _ = poll(&fds, nfds_t(fds.count), 20)
            server.handle(fds)
        }
    }

    func receive(_ client: ShareClient, from server: ShareServer, until done: ([ShareMessage]) -> Bool) -> [ShareMessage] {
        var got: [ShareMessage] = []
        let deadline = Date().addingTimeInterval(3)
        while !done(got) && Date() < deadline {
            var fds = server.pollDescriptors
            _ = poll(&fds, nfds_t(fds.count), 10)
            server.handle(fds)
            got += client.read() ?? []
        }
        return got
    }

    @Test func followersGetTheDeckThenEveryStateInOrder() throws {
        let server = try ShareServer(name: name, group: false, places: places)
        defer { server.close() }
        server.setHello(.hello(Hello(title: nil, entries: ["title", "outcome 3"], notes: [nil, "n"], titles: ["a", "b"])))
        server.publish(state(0))
        let clients = try (0..<3).map { _ in try ShareClient(name: name, places: places) }
        for client in clients { #expect(client.connect()) }
        pump(server) { server.followerCount == 3 }
        #expect(server.followerCount == 3)
        for n in 1...5 { server.publish(state(n)) }
        for client in clients {
            let got = receive(client, from: server) { $0.last?.state?.slide == 5 }
            #expect(got.first?.type == .hello)
            #expect(got.first?.hello?.entries == ["title", "outcome 3"])
            // a reading follower misses nothing: the states arrive in order
            #expect(got.compactMap { $0.state?.slide } == [0, 1, 2, 3, 4, 5])
        }
    }

    @Test func aFollowerThatNeverReadsIsBoundedAndGetsTheLatestStateWhenItDoes() throws {
        let server = try ShareServer(name: name, group: false, places: places)
        defer { server.close() }
        server.setHello(.hello(Hello(title: nil, entries: ["title"], notes: [nil], titles: ["a"])))
        let stuck = try ShareClient(name: name, places: places)
        let reader = try ShareClient(name: name, places: places)
        #expect(stuck.connect() && reader.connect())
        pump(server) { server.followerCount == 2 }
        let changes = 20_000
        var readerGot: [ShareMessage] = []
        for n in 1...changes {
            server.publish(state(n))
            if n % 100 == 0 {
                var fds = server.pollDescriptors
                _ = poll(&fds, nfds_t(fds.count), 0)
                server.handle(fds)
                readerGot += reader.read() ?? []
            }
        }
        // the stuck follower's socket is full: what the presenter keeps for it is one message in
        // flight and one newest state, not the thousands it missed
        let line = state(changes).line().count
        let kept = server.followers.values.map { $0.inFlight.count + ($0.next?.count ?? 0) }
        #expect(kept.allSatisfy { $0 <= 2 * line + 64 }, "kept \(kept) bytes")
        readerGot += receive(reader, from: server) { $0.last?.state?.slide == changes }
        #expect(readerGot.last?.state?.slide == changes)
        // once the stuck follower reads, it skips to the newest state: fewer states than changes
        let late = receive(stuck, from: server) { $0.last?.state?.slide == changes }
        let slides = late.compactMap { $0.state?.slide }
        #expect(slides.last == changes)
        #expect(slides.count < changes)
        #expect(slides == slides.sorted())
    }

    @Test func socketModeIsForTheUserOrTheGroup() throws {
        for (group, mode) in [(false, 0o600), (true, 0o660)] {
            let server = try ShareServer(name: name + (group ? "-g" : ""), group: group, places: places)
            var info = stat()
            #expect(stat(server.path, &info) == 0)
            #expect(Int(info.st_mode) & 0o777 == mode, "\(server.path)")
            #expect((Int(info.st_mode) & Int(S_IFMT)) == Int(S_IFSOCK))
            // a group share is where other accounts can reach it: not in the runtime directory
            if group { #expect(server.path.hasPrefix("\(root)/tmp/pir-\(geteuid())/")) } else { #expect(server.path.hasPrefix("\(root)/run/pir/")) }
            server.close()
            #expect(access(server.path, F_OK) != 0, "the socket is removed on close")
        }
    }

    @Test func aLivePresentationKeepsItsNameAStaleSocketIsReplaced() throws {
        let first = try ShareServer(name: name, group: false, places: places)
        #expect(throws: ShareError.self) { try ShareServer(name: name, group: false, places: places) }
        // a presenter that died leaves its socket file behind: simulate by closing the listener only
        closeDescriptor(first.listener)
        first.closed = true
        #expect(access(first.path, F_OK) == 0)
        let second = try ShareServer(name: name, group: false, places: places)
        #expect(second.path == first.path)
        second.close()
    }

    @Test func followersReconnectWhenThePresenterRestarts() throws {
        var server = try ShareServer(name: name, group: false, places: places)
        server.setHello(.hello(Hello(title: nil, entries: ["title", "end"], notes: [nil, nil], titles: ["a", "b"])))
        server.publish(state(1))
        let client = try ShareClient(name: name, places: places)
        #expect(client.connect())
        var got = receive(client, from: server) { $0.contains { $0.state?.slide == 1 } }
        #expect(got.contains { $0.state?.slide == 1 })
        server.close()
        // the presenter said bye and went: reading ends the connection
        got = []
        let deadline = Date().addingTimeInterval(2)
        while client.isConnected && Date() < deadline { got += client.read() ?? []; usleep(10_000) }
        #expect(!client.isConnected)
        #expect(got.last?.type == .bye)
        #expect(!client.connect(), "nobody is presenting")
        server = try ShareServer(name: name, group: false, places: places)
        defer { server.close() }
        server.setHello(.hello(Hello(title: nil, entries: ["title", "end"], notes: [nil, nil], titles: ["a", "b"])))
        server.publish(state(0, step: 2))
        #expect(client.connect())
        got = receive(client, from: server) { $0.contains { $0.state != nil } }
        #expect(got.first?.type == .hello)
        #expect(got.compactMap(\.state).last?.step == 2)
    }

    @Test(arguments: ["", "../x", ".hidden", "-x", "a b", "名字", String(repeating: "a", count: 65)])
    func badNamesAreRefused(_ bad: String) {
        #expect(throws: ShareError.self) { try ShareClient(name: bad) }
    }

    @Test func messagesSplitAcrossReadsAreReassembled() throws {
        let bytes = state(3).line() + state(4, step: 1).line()
        var reader = MessageReader()
        var got: [ShareMessage] = []
        for chunk in stride(from: 0, to: bytes.count, by: 7) {
            got += try reader.feed(bytes[chunk..<min(bytes.count, chunk + 7)])
        }
        #expect(got.compactMap { $0.state?.slide } == [3, 4])
        var bad = MessageReader()
        #expect(throws: MessageReader.Failure.self) { try bad.feed(Data("{not json}\n".utf8)) }
    }
}
