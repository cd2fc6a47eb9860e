import Foundation

/// Readable descriptions of decoding failures.
public enum FrameError {
    /// The failure in one line, with the JSON path where it happened (`data.current_user_attributes.last_read_id`).
    public static func describe(_ error: any Error) -> String {
        guard let error = error as? DecodingError else { return "\(error)" }
        func path(_ context: DecodingError.Context) -> String {
            let keys = context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? "." + $0.stringValue }.joined()
            return keys.isEmpty ? "the frame" : String(keys.drop { $0 == "." })
        }
        switch error {
        case .keyNotFound(let key, let context):
            let parent = path(context)
            return "\(parent == "the frame" ? "" : parent + ".")\(key.stringValue) is missing"
        case .valueNotFound(_, let context):
            return "\(path(context)) is null"
        case .typeMismatch(let type, let context):
            return "\(path(context)) is not \(type)"
        case .dataCorrupted(let context):
            return "\(path(context)): \(context.debugDescription)"
        @unknown default:
            return "\(error)"
        }
    }
}
