import Foundation
import Testing
@testable import PIRModel

/// `Block` keeps its rare fields out of line and `RegionalResults` keeps its cells inline (for the
/// explorer's peak memory at scale, docs/performance.md): both must still read, write, compare and
/// code exactly as the plain structs they replaced.
@Suite struct CompactModelTests {
    @Test func aBlockIsSmallAndItsRareFieldsReadAndWriteAsStoredOnes() throws {
        #expect(MemoryLayout<Block>.stride <= 48)
        var block = Block(kind: .paragraph, text: "正文")
        let plain = block
        block.en = EnglishLabel(text: "Body", official: false)
        block.box = 3
        block.figure = "表 2"
        block.source = "资料来源：国际劳工组织"
        block.blocks = [Block(kind: .bullet, text: "要点")]
        #expect(block.en?.text == "Body" && block.box == 3 && block.figure == "表 2")
        #expect(block.source == "资料来源：国际劳工组织" && block.blocks?.first?.text == "要点")
        #expect(block != plain)
        block.blocks?.append(Block(kind: .bullet, text: "第二"))
        #expect(block.blocks?.count == 2)
        // cleared again, it equals the block that never had them
        (block.en, block.box, block.figure, block.source, block.blocks) = (nil, nil, nil, nil, nil)
        #expect(block == plain)
    }

    @Test func aBlockCodesAsBeforeWithOptionalFieldsLeftOut() throws {
        var block = Block(kind: .box, title: "专栏", box: 1, blocks: [Block(kind: .paragraph, text: "正文")])
        block.en = EnglishLabel(text: "Box", official: true, source: "P&B")
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let json = String(decoding: try encoder.encode(block), as: UTF8.self)
        #expect(json == #"{"blocks":[{"kind":"paragraph","text":"正文"}],"box":1,"en":{"official":true,"source":"P&B","text":"Box"},"kind":"box","title":"专栏"}"#)
        #expect(try JSONDecoder().decode(Block.self, from: Data(json.utf8)) == block)
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(Block.self, from: Data(#"{"text":"x"}"#.utf8)) }
    }

    @Test func regionalResultsTellAMissingCellFromANullOne() throws {
        let cells: [RegionID: Double?] = [.africa: 4, .americas: nil, .europeCentralAsia: 0]
        let results = RegionalResults(cells)
        #expect(results[.africa] == 4 && results[.americas] == nil && results[.arabStates] == nil)
        #expect(results.values == cells)
        #expect(results.sum == 4)
        let withoutNull: [RegionID: Double?] = [.africa: 4, .europeCentralAsia: 0]
        #expect(results != RegionalResults(withoutNull))
        let reordered: [RegionID: Double?] = [.europeCentralAsia: 0, .americas: nil, .africa: 4]
        #expect(results == RegionalResults(reordered))
        #expect(RegionalResults([:]).sum == nil)
        var changed = results
        let other: [RegionID: Double?] = [.asiaPacific: 2.5]
        changed.values = other
        #expect(changed.values == other && changed[.africa] == nil)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let json = String(decoding: try encoder.encode(results), as: UTF8.self)
        #expect(json == #"{"africa":4,"americas":null,"europe_central_asia":0}"#)
        #expect(try JSONDecoder().decode(RegionalResults.self, from: Data(json.utf8)) == results)
    }
}
