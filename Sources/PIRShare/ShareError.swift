/// Why sharing could not start: what went wrong as a case, and what it concerns (a path, a name,
/// the system's reason) as its values, so the command line can say it in the reader's language
/// (`ShareError.message(in:)` in PIRUI, from the string tables' `errors` area). PIRShare has no
/// string tables of its own (it depends on PIRBasics only); `description` is the English, for
/// logs and for the tests of this module.
public struct ShareError: Error, Sendable, CustomStringConvertible {
    public enum Kind: Sendable, Equatable {
        case badName(String)
        case badFromUser(String)
        case noSuchUser(String)
        case cannotCreateDirectory(directory: String, reason: String)
        case cannotLetGroupReach(directory: String, reason: String)
        case directoryUnreadable(directory: String, reason: String)
        case notADirectory(String)
        case directoryOwnedByOther(directory: String, owner: String, expected: String)
        case directoryWritableByOthers(directory: String, mode: String)
        case pathTooLong(String)
        case notYourSocket(String)
        case alreadyShared(path: String, name: String)
        case cannotCreateSocket(reason: String)
        case cannotBind(path: String, reason: String)
        case cannotListen(path: String, reason: String)
        case badVia(String)
        case cannotMakeSocketPair(reason: String)
        case cannotMakePipe(reason: String)
        case cannotRunSSH(ssh: String, reason: String)
    }

    public var kind: Kind
    public init(_ kind: Kind) { self.kind = kind }

    public var description: String {
        switch kind {
        case .badName(let name): "bad presentation name \"\(name)\": use 1–64 letters, digits, '.', '_' or '-', not starting with '.' or '-'"
        case .badFromUser(let user): "bad user name \"\(user)\" for --from"
        case .noSuchUser(let user): "no user called \"\(user)\" here (--from takes the presenter's user name or uid)"
        case .cannotCreateDirectory(let directory, let reason): "\(directory): cannot create the directory for shared presentations: \(reason)"
        case .cannotLetGroupReach(let directory, let reason): "\(directory): cannot let the group reach it: \(reason)"
        case .directoryUnreadable(let directory, let reason): "\(directory): \(reason)"
        case .notADirectory(let directory): "\(directory) is not a directory: pir will not use it"
        case .directoryOwnedByOther(let directory, let owner, let expected):
            "\(directory) belongs to \(owner), not to \(expected): pir will not use it (remove it, or set XDG_RUNTIME_DIR)"
        case .directoryWritableByOthers(let directory, let mode):
            "\(directory) may be written by others (mode \(mode)): pir will not use it (chmod go-w \(directory))"
        case .pathTooLong(let path): "\(path): path too long for a socket"
        case .notYourSocket(let path): "\(path) exists and is not a socket of yours; choose another name"
        case .alreadyShared(let path, let name): "\(path): a presentation called \"\(name)\" is already being shared; choose another name"
        case .cannotCreateSocket(let reason): "cannot create a socket: \(reason)"
        case .cannotBind(let path, let reason): "\(path): cannot bind: \(reason)"
        case .cannotListen(let path, let reason): "\(path): cannot listen: \(reason)"
        case .badVia(let destination): "bad --via destination \"\(destination)\": give user@host, as for ssh"
        case .cannotMakeSocketPair(let reason): "cannot make a socket pair for ssh: \(reason)"
        case .cannotMakePipe(let reason): "cannot make a pipe for ssh: \(reason)"
        case .cannotRunSSH(let ssh, let reason): "cannot run \(ssh): \(reason)"
        }
    }
}
