import Testing
@testable import PIRCommands

/// `pir` alone and `pir --trace FILE` start the explorer without swift-argument-parser; everything
/// else goes through it, so no option is read two ways.
@Suite struct ExplorerLaunchTests {
    @Test func onlyNoArgumentsOrATraceSkipTheParser() throws {
        let bare = try #require(ExplorerLaunch(plain: []))
        #expect(bare.trace == nil && bare.data == nil && bare.language == nil && bare.pager && bare.mouse && !bare.plain)
        #expect(bare.view == .overview && bare.theme == nil && !bare.ascii)   // no --theme: PIR_THEME or the terminal decides
        #expect(try #require(ExplorerLaunch(plain: ["--trace", "t.log"])).trace == "t.log")
        for arguments in [["--trace"], ["--trace", "--help"], ["--trace=t.log"], ["--lang", "en"], ["show", "3"],
                          ["--trace", "t.log", "--plain"], ["--help"], ["explore"]] {
            #expect(ExplorerLaunch(plain: arguments) == nil, "\(arguments)")
        }
    }

    @Test func theParsedOptionsGiveTheSameLaunch() throws {
        // what `pir` alone gets without the parser is what the parser gives `pir explore`
        let parsed = try #require(try PIRCommand.parseAsRoot(["explore"]) as? Overview)
        let launch = parsed.explorer.launch
        let bare = try #require(ExplorerLaunch(plain: []))
        #expect(launch.data == bare.data && launch.language == bare.language && launch.pager == bare.pager)
        #expect(launch.theme == bare.theme && launch.ascii == bare.ascii && launch.mouse == bare.mouse)
        #expect(launch.plain == bare.plain && launch.view == bare.view && launch.trace == bare.trace)
    }
}
