import Foundation
@_spi(WordCheck) import Hearsay

/// `hearsay-bench wordcheck` and `sentcheck`: one-off checks, not timings, that the segmenter's
/// own word breaker gives ICU's tokens, and its own sentence breaker ICU's sentence
/// boundaries, for every text of a corpus.
enum BenchWordCheck {
    /// Compares the tokens of each text (the records of the `.jsonl` files, and the analysed
    /// text of each other file, an HTML page, gzipped or not) and returns the `WORDCHECK` line:
    /// texts, texts the breaker covers, covered texts whose tokens differ from ICU's, and the
    /// same three counts in bytes; the ids of differing texts go to standard error. With
    /// `sentences`, the sentence boundaries are compared instead (the `SENTCHECK` line).
    static func run(_ paths: [String], sentences: Bool = false) throws -> String {
        let segmenter = try Segmenter()
        var texts: [(id: String, text: String)] = []
        for path in paths where path.hasSuffix(".jsonl") { texts += try BenchInputs.texts([path]) }
        let extractor = ArticleExtractor()
        for path in paths where !path.hasSuffix(".jsonl") {
            var bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
            if Gzip.isGzip(bytes) { bytes = try Gzip.inflate(bytes, limit: 256 << 20, name: path) }
            let article = try extractor.extract(bytes: bytes, name: path)
            texts.append((path, try segmenter.document(for: article).text))
        }
        var covered = 0, differing = 0, bytes = 0, coveredBytes = 0, differingBytes = 0
        for (id, text) in texts {
            let result = try sentences ? segmenter.compareSentenceBreaks(text) : segmenter.compareWordBreaks(text)
            let length = text.utf8.count
            bytes += length
            if result.covered { covered += 1; coveredBytes += length }
            if !result.identical {
                differing += 1
                differingBytes += length
                FileHandle.standardError.write(Data("differs: \(id)\n".utf8))
            }
        }
        return [sentences ? "SENTCHECK" : "WORDCHECK", "texts", String(texts.count), "covered", String(covered), "differing", String(differing),
                "bytes", String(bytes), "covered", String(coveredBytes), "differing", String(differingBytes)].joined(separator: "\t")
    }
}
