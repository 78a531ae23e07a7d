import Foundation

/// Finds Hearsay's bundled data files (lexicons, the HTML5 entity table).
///
/// Looks, in order, in `$HEARSAY_RESOURCES`, in the SwiftPM resource bundle next to the running
/// executable, and in the source tree this file was compiled from. Unlike `Bundle.module` it never
/// traps: a missing resource is a typed error.
public enum ResourceLocator {
    /// Name of the SwiftPM resource bundle directory for this target.
    static let bundleName = "Hearsay_Hearsay.resources"

    /// Directories that may hold the `Resources` folder, most specific first.
    static func candidateRoots() -> [URL] {
        var roots: [URL] = []
        if let override = ProcessInfo.processInfo.environment["HEARSAY_RESOURCES"], !override.isEmpty {
            roots.append(URL(fileURLWithPath: override))
        }
        let mainBundle = Bundle.main.bundleURL
        roots.append(mainBundle.appendingPathComponent(bundleName).appendingPathComponent("Resources"))
        if let exe = Bundle.main.executableURL?.resolvingSymlinksInPath().deletingLastPathComponent() {
            roots.append(exe.appendingPathComponent(bundleName).appendingPathComponent("Resources"))
        }
        for bundle in Bundle.allBundles where bundle.bundlePath.hasSuffix(".xctest") {
            roots.append(bundle.bundleURL.deletingLastPathComponent()
                .appendingPathComponent(bundleName).appendingPathComponent("Resources"))
        }
        let source = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        roots.append(source.appendingPathComponent("Resources"))
        return roots
    }

    /// The URL of the bundled resource at `relativePath` (e.g. `Lexicons/cue-verbs.tsv`).
    public static func url(_ relativePath: String) throws -> URL {
        for root in candidateRoots() {
            let url = root.appendingPathComponent(relativePath)
            if FileManager.default.isReadableFile(atPath: url.path) { return url }
        }
        throw HearsayError.resourceMissing(name: relativePath)
    }

    /// The contents of a bundled UTF-8 text resource.
    public static func text(_ relativePath: String) throws -> String {
        let url = try url(relativePath)
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw HearsayError.resourceMissing(name: relativePath)
        }
        return String(decoding: data, as: UTF8.self)
    }
}
