/// pir's version: the one place it is written. `pir --version` prints it, the man page's footer
/// names it and `scripts/release` names the tarball after it (it asks the built binary).
public enum PIRVersion {
    public static let current = "0.9.0"
}
