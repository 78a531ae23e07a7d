import ArgumentParser
import Foundation
import Hearsay

/// `hearsay extract PATH...`: the clean article text and metadata alone.
struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "extract", abstract: "Print the clean article text (and metadata).")

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, markdown, json }

    @Argument(help: "Files or directories.")
    var paths: [String]

    @Option(help: "text, markdown or json (one object per line).")
    var format: Format = .text

    func run() throws {
        let extractor = ArticleExtractor()
        var failures = 0
        for input in InputEnumerator(paths: paths) {
            do {
                print(ArticleRendering.render(try Self.article(input, extractor), id: input.id, format: format.rawValue))
            } catch {
                failures += 1
                FileHandle.standardError.write(Data("hearsay: \(input.id): \(error)\n".utf8))
            }
        }
        if failures > 0 { throw ExitCode(1) }
    }

    /// Extracts the article of one input.
    static func article(_ input: AnalysisInput, _ extractor: ArticleExtractor) throws -> Article {
        switch input {
        case let .file(_, path): return try extractor.extract(bytes: try CorpusRunner.readFile(path, limit: 512 << 20), name: path)
        case let .bytes(id, data): return try extractor.extract(bytes: data, name: id)
        case let .text(_, text): return extractor.extract(text: text, kind: .plainText)
        case let .html(_, html): return extractor.extract(text: html, kind: .html)
        case let .failure(_, message): throw HearsayError.usage(message)
        case let .annotated(inner, metadata):
            var article = try article(inner, extractor)
            metadata.apply(to: &article)
            return article
        }
    }
}
