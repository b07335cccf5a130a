#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Whether the terminal's own background is light or dark, found out without waiting for it:
/// `COLORFGBG` gives a first hint, and the terminal's answer to OSC 11 (`ESC ] 11 ; ? BEL`, which
/// xterm, VTE, kitty, iTerm2 and tmux answer with `ESC ] 11 ; rgb:RRRR/GGGG/BBBB` and BEL or ST)
/// settles it when it comes. Pure code: the terminal only sends the query and hands the reply's
/// bytes here, so every rule below is unit-tested.
public enum TerminalBackground: String, Sendable, Equatable {
    case light, dark

    /// The query, BEL-terminated (older terminals that know OSC but not ST end it with BEL too).
    public static let query = "\u{1B}]11;?\u{07}"

    /// `COLORFGBG` as rxvt, Konsole and others set it, `fg;bg` or `fg;xpm;bg`: the last field is
    /// the background's ANSI number. 0–6 and 8 are dark, 7 and 9–15 light (rxvt's rule); anything
    /// else (`default`, a missing or huge number) says nothing.
    public static func hint(colorfgbg: String?) -> TerminalBackground? {
        guard let value = colorfgbg, value.utf8.count <= 32,
              let last = value.split(separator: ";", omittingEmptySubsequences: false).last,
              last.count <= 2, let n = Int(last), (0...15).contains(n) else { return nil }
        return n <= 6 || n == 8 ? .dark : .light
    }

    /// Light when black text reads better on it than white text: WCAG relative luminance above
    /// the point where the two contrasts are equal (√(1.05 × 0.05) − 0.05 ≈ 0.179).
    public static func of(_ colour: RGB) -> TerminalBackground {
        colour.luminance > 0.179 ? .light : .dark
    }

    /// The longest reply taken as one; the terminal's part (`ESC ] 11 ; ` to the terminator) of a
    /// real one is at most 35 bytes (`rgba:RRRR/GGGG/BBBB/AAAA` and ST).
    public static let maximumReply = 64

    /// The colour in an OSC 11 reply: the whole reply, from ESC to BEL or `ESC \`. Accepts
    /// `rgb:R/G/B` and `rgba:R/G/B/A` with 1 to 4 hex digits per component (each scaled to its
    /// own width, as X11 reads them); anything else — too long, another OSC, a colour name,
    /// a stray byte — is nil and changes nothing.
    public static func parseReply(_ bytes: [UInt8]) -> RGB? {
        guard bytes.count <= maximumReply else { return nil }
        let head: [UInt8] = [0x1B, UInt8(ascii: "]"), UInt8(ascii: "1"), UInt8(ascii: "1"), UInt8(ascii: ";")]
        guard bytes.starts(with: head) else { return nil }
        var body = bytes.dropFirst(head.count)
        if body.last == 0x07 {
            body = body.dropLast()
        } else if body.count >= 2, body.suffix(2).elementsEqual([0x1B, UInt8(ascii: "\\")]) {
            body = body.dropLast(2)
        } else {
            return nil
        }
        guard let text = String(bytes: body, encoding: .ascii) else { return nil }
        let components: Int
        let rest: Substring
        if text.hasPrefix("rgb:") { components = 3; rest = text.dropFirst(4) }
        else if text.hasPrefix("rgba:") { components = 4; rest = text.dropFirst(5) }
        else { return nil }
        let parts = rest.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == components else { return nil }
        var values: [Double] = []
        for part in parts.prefix(3) {
            guard (1...4).contains(part.count), part.allSatisfy(\.isHexDigit), let n = Int(part, radix: 16) else { return nil }
            let full = Double((1 << (4 * part.count)) - 1)
            values.append(Double(n) / full * 255)
        }
        if components == 4 {
            guard let alpha = parts.last, (1...4).contains(alpha.count), alpha.allSatisfy(\.isHexDigit) else { return nil }
        }
        return RGB(values[0], values[1], values[2])
    }
}

/// A colour, each component 0…255, and what WCAG 2 computes from it.
public struct RGB: Hashable, Sendable, CustomStringConvertible {
    public var r, g, b: Double
    public init(_ r: Double, _ g: Double, _ b: Double) { self.r = r; self.g = g; self.b = b }

    /// WCAG 2 relative luminance (sRGB), 0 for black to 1 for white.
    public var luminance: Double {
        func linear(_ c: Double) -> Double {
            let s = c / 255
            return s <= 0.04045 ? s / 12.92 : pow((s + 0.055) / 1.055, 2.4)
        }
        return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b)
    }

    /// The WCAG contrast ratio of two colours, 1 (none) to 21 (black on white).
    public static func contrast(_ a: RGB, _ b: RGB) -> Double {
        let (x, y) = (a.luminance, b.luminance)
        return (max(x, y) + 0.05) / (min(x, y) + 0.05)
    }

    /// Halfway from this colour to another, channel by channel (how xterm draws faint text).
    public func blended(with other: RGB, _ amount: Double = 0.5) -> RGB {
        RGB(r + (other.r - r) * amount, g + (other.g - g) * amount, b + (other.b - b) * amount)
    }

    public var description: String {
        func hex(_ c: Double) -> String {
            let n = Int(c.rounded())
            return (n < 16 ? "0" : "") + String(n, radix: 16)
        }
        return "#" + hex(r) + hex(g) + hex(b)
    }
}
