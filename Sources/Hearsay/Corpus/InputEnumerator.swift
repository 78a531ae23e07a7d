import Foundation

/// Turns command-line paths into a lazy stream of inputs: files, directories (recursively,
/// sorted, symlink loops skipped), `.jsonl` record files and `-` for standard input.
///
/// Records are `{"id", "text"}`, `{"id", "html"}` or `{"id", "path"}` (relative to the JSONL
/// file's folder, or absolute), optionally with `title`, `date`, `url`, `site_name`,
/// `language` and `authors`, which override what the text says. A bad line becomes a failure
/// input for that line alone.
///
/// Every path is looked at before it is opened: a path that cannot be an article (missing, a
/// dangling or looping link, a device, or a FIFO met while walking a folder, which could block
/// the run forever) becomes a failure input with the reason, and the run goes on. A FIFO named
/// on the command line (a shell's `<(…)`) is read.
public struct InputEnumerator: Sequence, IteratorProtocol {
    /// Paths still to visit, last first; `named` marks those given on the command line.
    private var pending: [(path: String, named: Bool)]
    private var directoryQueue: [String] = []
    private var reader: (LineReader, source: String, base: String)?
    private var visitedDirectories: Set<String> = []
    private var queued: [AnalysisInput] = []
    /// Largest single input read from stdin.
    let maxBytes: Int

    /// Enumerates `paths` in order.
    public init(paths: [String], maxBytes: Int = 512 << 20) {
        self.pending = paths.reversed().map { ($0, true) }
        self.maxBytes = maxBytes
    }

    static let articleExtensions: Set<String> = ["html", "htm", "xhtml", "txt", "text", "gz", "jsonl", "md", ""]

    public mutating func next() -> AnalysisInput? {
        while true {
            if !queued.isEmpty { return queued.removeFirst() }
            if let (lines, source, base) = reader {
                switch lines.next() {
                case let .bytes(line)?:
                    if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { continue }
                    return Self.record(line, source: source, line: lines.lineNumber, base: base)
                case let .tooLong(length)?:
                    return .failure(id: "\(source):\(lines.lineNumber)",
                                    message: "\(source):\(lines.lineNumber): line of \(length) bytes, over the limit of \(lines.maxLineBytes) bytes")
                case nil:
                    break
                }
                reader = nil
                continue
            }
            guard let (path, named) = pending.popLast() else { return nil }
            if path == "-" && named {
                let stdin = LineReader(standardInput: (), maxLineBytes: maxBytes)
                if stdin.peekFirstNonSpace() == 0x7B {
                    reader = (stdin, "-", FileManager.default.currentDirectoryPath)
                    continue
                }
                do { return .bytes(id: "-", data: try stdin.readAll(limit: maxBytes)) }
                catch { return .failure(id: "-", message: "\(error)") }
            }
            let status = InputFile.status(path)
            switch status {
            case .directory:
                expand(directory: path)
                continue
            case .fifo where named:
                break
            default:
                if let problem = status.problem(path) { return .failure(id: path, message: problem) }
            }
            if path.hasSuffix(".jsonl") {
                do { reader = (try LineReader(path: path, maxLineBytes: maxBytes), path, (path as NSString).deletingLastPathComponent) }
                catch { return .failure(id: path, message: "\(error)") }
                continue
            }
            return .file(id: path, path: path)
        }
    }

    /// Pushes a directory's entries (sorted) to the front of the queue; skips hidden files and
    /// files whose extension is not an article's. A link back to the folder itself or to a
    /// folder above it, or to a folder already read, becomes a failure input.
    private mutating func expand(directory: String) {
        let real = InputFile.realPath(directory) ?? directory
        guard visitedDirectories.insert(real).inserted else {
            queued.append(.failure(id: directory, message: "skipped \(directory): the folder \(real) was already read (symbolic link)"))
            return
        }
        let entries: [String]
        do { entries = try FileManager.default.contentsOfDirectory(atPath: directory) }
        catch {
            queued.append(.failure(id: directory, message: "cannot read directory \(directory): \(error.localizedDescription)"))
            return
        }
        var children: [(String, Bool)] = []
        for name in entries.sorted() where !name.hasPrefix(".") {
            let full = (directory as NSString).appendingPathComponent(name)
            let status = InputFile.status(full)
            if status == .missing, name.unicodeScalars.contains("\u{FFFD}") {
                // Foundation could not decode the name, so no path names the file.
                queued.append(.failure(id: full, message: "cannot read \(full): its file name is not valid UTF-8"))
                continue
            }
            if status == .directory, InputFile.isSymbolicLink(full), let target = InputFile.realPath(full),
               real == target || real.hasPrefix(target.hasSuffix("/") ? target : target + "/") {
                queued.append(.failure(id: full, message: "skipped \(full): symbolic link loop (it leads back to \(target))"))
                continue
            }
            if status == .directory || status == .linkLoop || Self.articleExtensions.contains((name as NSString).pathExtension.lowercased()) {
                children.append((full, false))
            }
        }
        pending.append(contentsOf: children.reversed())
    }

    /// Parses one JSONL record.
    static func record(_ line: [UInt8], source: String, line number: Int, base: String) -> AnalysisInput {
        let fallbackID = "\(source):\(number)"
        let where_ = "\(source):\(number)"
        let object: [String: Any]
        // Most records are flat objects of strings, read straight from the bytes; the rest (and
        // every bad line, with its message) go through Foundation's parser.
        if let flat = FlatJSONObject.parse(line) {
            object = flat
        } else {
            guard let value = try? JSONSerialization.jsonObject(with: Data(line), options: .fragmentsAllowed) else {
                let why = TextDecoder.isValidUTF8(line) ? "" : " (it is not even valid UTF-8)"
                return .failure(id: fallbackID, message: "\(where_): not valid JSON\(why)")
            }
            guard let parsed = value as? [String: Any] else {
                return .failure(id: fallbackID, message: "\(where_): not a record object but \(jsonKind(value))")
            }
            object = parsed
        }
        let id: String
        if let s = object["id"] as? String { id = s }
        else if let n = object["id"] as? NSNumber { id = n.stringValue }
        else { id = fallbackID }
        let input: AnalysisInput
        if let text = object["text"] as? String { input = .text(id: id, text: text) }
        else if let html = object["html"] as? String { input = .html(id: id, html: html) }
        else if let path = object["path"] as? String ?? object["html_path"] as? String {
            let full = path.hasPrefix("/") ? path : (base as NSString).appendingPathComponent(path)
            let status = InputFile.status(full)
            if status == .directory { return .failure(id: id, message: "\(where_): \(full) is a directory") }
            if let problem = status.problem(full) { return .failure(id: id, message: "\(where_): \(problem)") }
            input = .file(id: id, path: full)
        } else {
            for key in ["text", "html", "path"] where object[key] != nil {
                return .failure(id: id, message: "\(where_): \"\(key)\" is \(jsonKind(object[key]!)), not a string")
            }
            return .failure(id: id, message: "\(where_): record has none of \"text\", \"html\" or \"path\"")
        }
        if let metadata = RecordMetadata(record: object) { return .annotated(input, metadata) }
        return input
    }

    /// "an array", "an object", … for a parsed JSON value; scalars are shown as they are.
    static func jsonKind(_ value: Any) -> String {
        switch value {
        case is [Any]: return "an array"
        case is [String: Any]: return "an object"
        default:
            let json = (try? JSONSerialization.data(withJSONObject: value, options: .fragmentsAllowed)).map { String(decoding: $0, as: UTF8.self) }
            return json.map { "the value \($0.prefix(40))" } ?? "not a string"
        }
    }
}
