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
