import Foundation
import Hearsay

/// The benchmark's texts and pages, read into memory before any clock starts.
enum BenchInputs {
    /// The `text` field of every record of the JSONL files at `paths`, with its id.
    static func texts(_ paths: [String]) throws -> [(id: String, text: String)] {
        var texts: [(id: String, text: String)] = []
        for path in paths {
            for (number, line) in try lines(path).enumerated() {
                guard let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                      let text = object["text"] as? String else { continue }
                // Foundation hands back bridged strings; analyse native UTF-8 ones, as the CLI does.
                texts.append(((object["id"] as? String) ?? "\(path):\(number + 1)", String(decoding: Array(text.utf8), as: UTF8.self)))
            }
        }
        return texts
    }

    /// The HTML pages named by the `html_path` field of the records in `index` (relative to its
    /// folder), inflated when gzipped.
    static func pages(_ index: String) throws -> [(id: String, html: [UInt8])] {
        let base = URL(fileURLWithPath: index).deletingLastPathComponent()
        var pages: [(id: String, html: [UInt8])] = []
        for line in try lines(index) {
            guard let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                  let path = object["html_path"] as? String else { continue }
            let url = path.hasPrefix("/") ? URL(fileURLWithPath: path) : base.appendingPathComponent(path)
            var bytes = [UInt8](try Data(contentsOf: url))
            if Gzip.isGzip(bytes) { bytes = try Gzip.inflate(bytes, limit: 256 << 20, name: url.path) }
            pages.append(((object["id"] as? String) ?? path, bytes))
        }
        return pages
    }

    /// The non-blank lines of a text file.
    static func lines(_ path: String) throws -> [Substring] {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        return text.split(separator: "\n").filter { !$0.allSatisfy(\.isWhitespace) }
    }
}
