import Foundation
import Testing
@testable import Hearsay

@Suite struct GzipTests {
    let gz = [UInt8](try! Data(contentsOf: TestSupport.fixture("seed-article.html.gz")))

    @Test func inflatesToTheOriginal() throws {
        #expect(Gzip.isGzip(gz))
        #expect(try Gzip.inflate(gz, limit: 1 << 20, name: "seed") == TestSupport.seedBytes())
    }

    @Test func refusesOutputOverTheCap() {
        #expect(throws: HearsayError.self) { try Gzip.inflate(gz, limit: 1000, name: "seed") }
    }

    @Test func truncatedDataIsAnError() {
        #expect(throws: HearsayError.self) { try Gzip.inflate(Array(gz.prefix(gz.count / 2)), limit: 1 << 20, name: "seed") }
    }
}

/// Gzip input built to hurt: concatenated members and output far beyond the cap.
@Suite struct GzipLimitTests {
    let gz = [UInt8](try! Data(contentsOf: TestSupport.fixture("seed-article.html.gz")))

    @Test func concatenatedMembersAreAllInflated() throws {
        let seed = try TestSupport.seedBytes()
        #expect(try Gzip.inflate(gz + gz + gz, limit: 1 << 20, name: "seed") == seed + seed + seed)
    }

    @Test func theCapIsExact() throws {
        let size = try TestSupport.seedBytes().count
        #expect(try Gzip.inflate(gz, limit: size, name: "seed").count == size)
        #expect(throws: HearsayError.badCompressedData(path: "seed", reason: "inflates to more than the cap of \(size - 1) bytes")) {
            try Gzip.inflate(gz, limit: size - 1, name: "seed")
        }
    }

    @Test func countingPassStopsAtTheCapWithoutStoringOutput() throws {
        // 64 copies of the seed member; the sink sees at most the cap before the refusal.
        var seen = 0
        #expect(throws: HearsayError.self) {
            _ = try Gzip.stream(Array([[UInt8]](repeating: gz, count: 64).joined()), limit: 20_000, name: "many") { seen += $0.count }
        }
        #expect(seen <= 20_000)
    }

    @Test func garbageAfterTheHeaderIsAnErrorWithZlibsReason() throws {
        var corrupt = gz
        for i in 20..<60 { corrupt[i] = 0 }
        #expect(throws: HearsayError.self) { try Gzip.inflate(corrupt, limit: 1 << 20, name: "corrupt") }
        #expect(throws: HearsayError.self) { try Gzip.inflate([0x1F, 0x8B], limit: 1 << 20, name: "header-only") }
    }
}
