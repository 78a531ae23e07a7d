import Foundation
import Hearsay

// hearsay-bench: the measuring half of Scripts/bench (which builds, generates inputs and
// tabulates). Each invocation measures one case and prints RESULT lines; see BenchResult.
//
//   hearsay-bench floor --jobs N [--passes P] [--repeat R] FILE.jsonl...   ICU segmentation alone, P times over
//   hearsay-bench text  --jobs N [--repeat R] FILE.jsonl...   whole analysis of the records' plain text
//   hearsay-bench paired [--repeat R] [--passes P] FILE.jsonl...   floor (P passes) and text on one worker in turns, R pairs
//   hearsay-bench scaling --jobs N [--repeat R] [--passes P] FILE.jsonl...   text on one worker and on N (P passes) in turns, R pairs
//   hearsay-bench warm [--repeat R] [--passes P] WARMUP.jsonl -- FILE.jsonl...   after WARMUP's texts, text and floor (P passes) in turns on R runs of the FILEs' texts
//   hearsay-bench extract --jobs N [--passes P] [--repeat R] INDEX.jsonl   article extraction alone (text + metadata) of those pages, P times over
//   hearsay-bench html  --jobs N [--repeat R] INDEX.jsonl     whole analysis of the pages its html_path names
//   hearsay-bench ratios NAME RATIO...             (no timing) the PAIRED line of ratios a script timed in turns
//   hearsay-bench startup                          lexicon loading and ICU prototypes
//   hearsay-bench wordcheck FILE.jsonl|PAGE.html[.gz]...   (no timing) the segmenter's word breaker against ICU's tokens
//   hearsay-bench sentcheck FILE.jsonl|PAGE.html[.gz]...   (no timing) its sentence breaker against ICU's sentence boundaries

var arguments = Array(CommandLine.arguments.dropFirst())
guard let mode = arguments.first else {
    FileHandle.standardError.write(Data("usage: hearsay-bench floor|text|paired|scaling|warm|extract|html|startup [--jobs N] FILE...\n".utf8))
    exit(64)
}
arguments.removeFirst()
/// Removes `--name N` from `arguments` and returns N (or `fallback`).
func option(_ name: String, default fallback: Int, _ arguments: inout [String]) -> Int {
    guard let i = arguments.firstIndex(of: name), i + 1 < arguments.count, let n = Int(arguments[i + 1]), n > 0 else { return fallback }
    arguments.removeSubrange(i...(i + 1))
    return n
}
let jobs = option("--jobs", default: 1, &arguments)
let repeats = option("--repeat", default: 1, &arguments)
let passes = option("--passes", default: 1, &arguments)

do {
    switch mode {
    case "startup":
        print(try BenchCases.startup().line)
    case "floor":
        print(try BenchCases.floor(try BenchInputs.texts(arguments), jobs: jobs, passes: passes, repeats: repeats).line)
    case "paired":
        let texts = try BenchInputs.texts(arguments)
        _ = try BenchCases.startup()
        print(try BenchCases.paired(texts, pairs: repeats, floorPasses: passes))
    case "scaling":
        let texts = try BenchInputs.texts(arguments)
        _ = try BenchCases.startup()
        print(BenchCases.scaling(texts, jobs: jobs, pairs: repeats, passes: passes))
    case "warm":
        guard let split = arguments.firstIndex(of: "--"), split > 0, split + 1 < arguments.count else {
            FileHandle.standardError.write(Data("usage: hearsay-bench warm [--repeat R] WARMUP.jsonl... -- FILE.jsonl...\n".utf8))
            exit(64)
        }
        let warmup = try BenchInputs.texts(Array(arguments[..<split]))
        let texts = try BenchInputs.texts(Array(arguments[(split + 1)...]))
        _ = try BenchCases.startup()
        print(try BenchCases.warm(warmup, texts, pairs: repeats, floorPasses: passes))
    case "text":
        let texts = try BenchInputs.texts(arguments)
        _ = try BenchCases.startup()
        let inputs = texts.map { AnalysisInput.text(id: $0.id, text: $0.text) }
        print(BenchCases.analyze("text", inputs, bytes: texts.reduce(0) { $0 + $1.text.utf8.count }, jobs: jobs, repeats: repeats).line)
    case "extract":
        let pages = try arguments.flatMap { try BenchInputs.pages($0) }
        print(BenchCases.extract(pages, jobs: jobs, repeats: repeats, passes: passes).line)
    case "ratios":
        let ratios = arguments.dropFirst().compactMap(Double.init)
        guard let name = arguments.first, !ratios.isEmpty, ratios.count == arguments.count - 1 else {
            FileHandle.standardError.write(Data("usage: hearsay-bench ratios NAME RATIO...\n".utf8))
            exit(64)
        }
        print(BenchCases.pairedLine(name, ratios))
    case "wordcheck":
        print(try BenchWordCheck.run(arguments))
    case "sentcheck":
        print(try BenchWordCheck.run(arguments, sentences: true))
    case "html":
        let pages = try arguments.flatMap { try BenchInputs.pages($0) }
        _ = try BenchCases.startup()
        let inputs = pages.map { AnalysisInput.bytes(id: $0.id, data: $0.html) }
        print(BenchCases.analyze("html", inputs, bytes: pages.reduce(0) { $0 + $1.html.count }, jobs: jobs, repeats: repeats).line)
    default:
        FileHandle.standardError.write(Data("hearsay-bench: unknown mode \(mode)\n".utf8))
        exit(64)
    }
} catch {
    FileHandle.standardError.write(Data("hearsay-bench: \(error)\n".utf8))
    exit(1)
}
