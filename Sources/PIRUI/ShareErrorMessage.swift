import PIRModel
import PIRShare

extension ShareError {
    /// The message in `language`, from the string tables' `errors` area; the paths, names and the
    /// system's reason are the holes. PIRShare cannot reach the tables (it depends on PIRBasics
    /// only), so the words are chosen here, where both the error and the language are known.
    public func message(in language: Language) -> String {
        let t = language.strings.errors
        switch kind {
        case .badName(let name): return t.badName(name)
        case .badFromUser(let user): return t.badFromUser(user)
        case .noSuchUser(let user): return t.noSuchUser(user)
        case .cannotCreateDirectory(let directory, let reason): return t.cannotCreateDirectory(directory, reason)
        case .cannotLetGroupReach(let directory, let reason): return t.cannotLetGroupReach(directory, reason)
        case .directoryUnreadable(let directory, let reason): return t.directoryUnreadable(directory, reason)
        case .notADirectory(let directory): return t.notADirectory(directory)
        case .directoryOwnedByOther(let directory, let owner, let expected): return t.directoryOwnedByOther(directory, owner, expected)
        case .directoryWritableByOthers(let directory, let mode): return t.directoryWritableByOthers(directory, mode)
        case .pathTooLong(let path): return t.pathTooLong(path)
        case .notYourSocket(let path): return t.notYourSocket(path)
        case .alreadyShared(let path, let name): return t.alreadyShared(path, name)
        case .cannotCreateSocket(let reason): return t.cannotCreateSocket(reason)
        case .cannotBind(let path, let reason): return t.cannotBind(path, reason)
        case .cannotListen(let path, let reason): return t.cannotListen(path, reason)
        case .badVia(let destination): return t.badVia(destination)
        case .cannotMakeSocketPair(let reason): return t.cannotMakeSocketPair(reason)
        case .cannotMakePipe(let reason): return t.cannotMakePipe(reason)
        case .cannotRunSSH(let ssh, let reason): return t.cannotRunSSH(ssh, reason)
        }
    }
}
