import Testing
@testable import Hearsay

@Suite struct InputSnifferTests {
    @Test func kinds() throws {
        #expect(InputSniffer.kind(of: "Just a sentence. And another one.") == .plainText)
        #expect(InputSniffer.kind(of: "<p>One</p><p>Two</p>") == .html)
        #expect(InputSniffer.kind(of: "<!DOCTYPE html><html><body>x</body></html>") == .html)
        let seed = String(decoding: try TestSupport.seedBytes(), as: UTF8.self)
        #expect(InputSniffer.kind(of: seed) == .encodedHTML)
    }
}
