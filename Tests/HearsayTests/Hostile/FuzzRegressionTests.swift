import Foundation
import Testing
@testable import HearsayFuzz

/// Every input the fuzzer once crashed on (Fixtures/fuzz-regressions/) runs through the fuzz
/// target again: the whole pipeline and the report invariants. Serialized: the fuzz target's one
/// `Analyzer` (like every analyzer, one per worker) must not be used from two threads at once.
@Suite(.serialized) struct FuzzRegressionTests {
    static let inputs: [String] = {
        let folder = TestSupport.fixture("fuzz-regressions").path
        return ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted()
    }()

    @Test(arguments: inputs)
    func crashingInputRunsClean(_ name: String) throws {
        let bytes = [UInt8](try Data(contentsOf: TestSupport.fixture("fuzz-regressions").appendingPathComponent(name)))
        FuzzTarget.run(bytes)
    }

    @Test func theRegressionsAreThere() {
        #expect(!Self.inputs.isEmpty)
    }
}
