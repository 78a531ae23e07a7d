import Foundation

/// Where `--resume` finds the work of earlier runs for an output path: the committed file, then
/// the `.partial` file an interrupted run leaves beside it.
public enum ResumeSources {
    /// The suffix of the file an interrupted run keeps.
    public static let partialSuffix = ".partial"

    /// The path an interrupted run keeps its output under.
    public static func partialPath(for path: String) -> String { path + partialSuffix }

    /// The existing sources for `path`, oldest first: `path`, then `path.partial`.
    public static func paths(for path: String) -> [String] {
        [path, partialPath(for: path)].filter { FileManager.default.fileExists(atPath: $0) }
    }
}
