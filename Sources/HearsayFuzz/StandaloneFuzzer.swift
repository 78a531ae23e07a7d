import Foundation

/// The fuzz target without libFuzzer: replays files, or mutates them at random from a seed.
///
/// ```
/// HearsayFuzz PATH...                                  # run each file (or each file in a folder) once
/// HearsayFuzz --mutate SECONDS [--seed N] PATH...      # random mutations of those files
/// ```
enum StandaloneFuzzer {
    /// Runs the command line; returns the exit status.
    static func main(_ arguments: [String]) -> Int32 {
        var seconds: Double?
        var seed: UInt64 = 8
        var paths: [String] = []
        var rest = arguments[...]
        while let argument = rest.popFirst() {
            switch argument {
            case "--mutate": seconds = rest.popFirst().flatMap(Double.init)
            case "--seed": seed = rest.popFirst().flatMap { UInt64($0) } ?? seed
            default: paths.append(argument)
            }
        }
        let inputs = files(paths)
        guard !inputs.isEmpty else {
            FileHandle.standardError.write(Data("usage: HearsayFuzz [--mutate SECONDS] [--seed N] FILE|DIR...\n".utf8))
            return 64
        }
        let corpus = inputs.compactMap { FileManager.default.contents(atPath: $0).map { [UInt8]($0) } }
        guard let seconds else {
            for (path, bytes) in zip(inputs, corpus) {
                print("running \(path) (\(bytes.count) bytes)")
                FuzzTarget.run(bytes)
            }
            print("\(corpus.count) inputs ran without a crash")
            return 0
        }
        var mutator = Mutator(seed: seed)
        let deadline = Date().addingTimeInterval(seconds)
        var executions = 0
        while Date() < deadline {
            let input = mutator.mutate(corpus[mutator.next(corpus.count)], donor: corpus[mutator.next(corpus.count)])
            // Written first so that the input survives a crash.
            _ = FileManager.default.createFile(atPath: "crash-candidate", contents: Data(input))
            FuzzTarget.run(input)
            executions += 1
        }
        try? FileManager.default.removeItem(atPath: "crash-candidate")
        print("\(executions) executions in \(Int(seconds)) s without a crash (seed \(seed))")
        return 0
    }

    /// The regular files named by `paths`, folders expanded one level, in sorted order.
    static func files(_ paths: [String]) -> [String] {
        paths.flatMap { path -> [String] in
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { return [] }
            guard isDirectory.boolValue else { return [path] }
            let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
            return names.sorted().map { (path as NSString).appendingPathComponent($0) }.filter {
                (try? FileManager.default.attributesOfItem(atPath: $0)[.type] as? FileAttributeType) == .typeRegular
            }
        }
    }
}
